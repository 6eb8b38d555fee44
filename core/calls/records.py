"""Call records: read and list calls, and record what was said (outcome, summary, product).

The voice agent (a separate process) records an outcome with `record_call_outcome`; staff
correct it with `update_call_outcome`. Both may name the product the customer showed interest in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any

from sqlalchemy import Select, and_, select

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.models import CALL_OUTCOMES, CALL_STATUSES, Call, Campaign
from core.calls.schemas import CallView
from core.config import get_settings
from core.db import session_scope
from core.errors import NotFound, ValidationError
from core.pagination import Page, paginate
from core.policies.models import Customer, Product

CALLERS = ("admin", "agent", "adjuster")
VOICE_AGENT = "voice-agent"


def to_call_view(row: Any) -> CallView:
    call, customer, campaign_name, product_code, product_name = row
    return CallView(
        id=call.id, customer_id=customer.id, customer_name=customer.name,
        customer_code=customer.code, phone=call.phone, purpose=call.purpose, status=call.status,
        attempt=call.attempt, simulated=call.simulated, campaign_id=call.campaign_id,
        campaign_name=campaign_name, policy_id=call.policy_id, claim_id=call.claim_id,
        outcome=call.outcome, summary=call.summary, failure_reason=call.failure_reason,
        sip_status_code=call.sip_status_code, created_at=call.created_at,
        started_at=call.started_at, answered_at=call.answered_at, ended_at=call.ended_at,
        duration_seconds=call.duration_seconds, product_id=call.product_id,
        product_code=product_code, product_name=product_name,
    )


def _query() -> Select[Call, Customer, str, str, str]:
    return (select(Call, Customer, Campaign.name, Product.code, Product.name)
            .join(Customer, Call.customer_id == Customer.id)
            .outerjoin(Campaign, Call.campaign_id == Campaign.id)
            .outerjoin(Product, Call.product_id == Product.id))


def read_call(call_id: int) -> CallView:
    """One call as a view (no role check: callers check first)."""
    with session_scope() as session:
        row = session.execute(_query().where(Call.id == call_id)).first()
        if row is None:
            raise NotFound(f"Call {call_id} does not exist.")
        return to_call_view(row)


def _set_outcome(call_id: int, outcome: str, summary: str | None, actor: CurrentUser | None,
                 product_id: int | None) -> CallView:
    if outcome not in CALL_OUTCOMES:
        raise ValidationError({"outcome": f"must be one of {', '.join(CALL_OUTCOMES)}"})
    summary = (summary or "").strip() or None
    with session_scope() as session:
        if product_id is not None and session.get(Product, product_id) is None:
            raise ValidationError({"product_id": f"product {product_id} does not exist"})
        call = session.get(Call, call_id)
        if call is None:
            raise NotFound(f"Call {call_id} does not exist.")
        old = {"outcome": call.outcome, "summary": call.summary, "product_id": call.product_id}
        call.outcome, call.summary = outcome, summary
        if product_id is not None:
            call.product_id = product_id
        record_audit(session=session, actor=actor, action="call_outcome_recorded",
                     entity_type="call", entity_id=call_id, username=VOICE_AGENT,
                     details={"old": old, "new": {"outcome": outcome, "summary": summary,
                                                  "product_id": call.product_id}})
    return read_call(call_id)


def record_call_outcome(call_id: int, outcome: str, summary: str | None,
                        product_id: int | None = None) -> CallView:
    """The voice agent (a separate process) records what the customer said, and optionally the
    product they showed interest in (None keeps the call's product, e.g. its campaign's)."""
    return _set_outcome(call_id, outcome, summary, None, product_id)


def update_call_outcome(call_id: int, outcome: str, summary: str | None, *,
                        actor: CurrentUser, product_id: int | None = None) -> CallView:
    """Staff correct or fill in a call's outcome, summary and (optionally) product."""
    require_role(actor, *CALLERS)
    return _set_outcome(call_id, outcome, summary, actor, product_id)


def get_call(call_id: int, *, actor: CurrentUser) -> CallView:
    """One call with its customer, campaign and product."""
    require_role(actor, *CALLERS)
    return read_call(call_id)


def day_start(day: date) -> datetime:
    """Midnight UTC at the start of `day`."""
    return datetime.combine(day, dtime(0, 0), tzinfo=UTC)


def list_calls(*, actor: CurrentUser, customer_id: int | None = None, status: str | None = None,
               campaign_id: int | None = None, date_from: date | None = None,
               date_to: date | None = None, page: int = 1, page_size: int | None = None,
               product_id: int | None = None) -> Page[CallView]:
    """Calls, newest first, filtered by customer, status, campaign, product and creation day
    (UTC)."""
    require_role(actor, *CALLERS)
    if status is not None and status not in CALL_STATUSES:
        raise ValidationError({"status": f"must be one of {', '.join(CALL_STATUSES)}"})
    conditions = []
    if customer_id is not None:
        conditions.append(Call.customer_id == customer_id)
    if status is not None:
        conditions.append(Call.status == status)
    if campaign_id is not None:
        conditions.append(Call.campaign_id == campaign_id)
    if product_id is not None:
        conditions.append(Call.product_id == product_id)
    if date_from is not None:
        conditions.append(Call.created_at >= day_start(date_from))
    if date_to is not None:
        conditions.append(Call.created_at < day_start(date_to + timedelta(days=1)))
    stmt = _query().order_by(Call.created_at.desc(), Call.id.desc())
    if conditions:
        stmt = stmt.where(and_(*conditions))
    with session_scope() as session:
        return paginate(session, stmt, page=page,
                        page_size=page_size or get_settings().page_size, to_item=to_call_view)
