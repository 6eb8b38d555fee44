"""Demo calls: a finished product-offer campaign for Motor Plus, so that calls, campaign results
and interest and conversion per product have something to show before anyone dials.

The campaign's calls are simulated and their outcomes are the demo voice agent's (the same
rules as a simulated call: the number's last digit). A few customers who bought Motor Plus were
called a week before their policy started, so the campaign also shows conversions. Nothing is
dialled; idempotent: skipped when the campaign exists.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.calls.client import CallRequest
from core.calls.models import Call, Campaign
from core.calls.offers import eligibility_conditions, product_brief
from core.calls.simulated import UNANSWERED, simulated_conversation
from core.policies.models import Customer, Policy, Product
from core.policies.products import clean_eligibility

DEMO_CAMPAIGN = "Motor Plus offer (demo)"
DEMO_PRODUCT = "MOTOR-PLUS"
OFFERED = 20  # eligible customers called three days before the seed day
CONVERTED = 3  # holders of the product, called a week before their policy started


def _callable() -> list[Any]:
    return [Customer.do_not_call.is_(False), Customer.phone.is_not(None)]


def _call(campaign: Campaign, customer: Customer, at: datetime,
          brief: dict[str, Any]) -> Call:
    """A finished simulated call to `customer` at `at`, ended as the simulation would end it."""
    digit = (customer.phone or "")[-1:]
    call = Call(campaign_id=campaign.id, customer_id=customer.id, product_id=campaign.product_id,
                purpose=campaign.purpose, attempt=1, phone=customer.phone, simulated=True,
                created_at=at, started_at=at, room_name=f"sim-demo-{customer.id}")
    if digit in UNANSWERED:
        result, code, reason = UNANSWERED[digit]
        call.status = "failed" if result == "bad_number" else result
        call.sip_status_code, call.failure_reason = code, reason
        call.ended_at = at + timedelta(seconds=20)
        return call
    request = CallRequest(call_id=0, phone_e164=customer.phone or "", customer_name=customer.name,
                          purpose=campaign.purpose, metadata={"product": brief})
    call.outcome, call.summary = simulated_conversation(request)
    duration = 30 + int(digit or 0) * 7
    call.status, call.sip_status_code, call.duration_seconds = "completed", 200, duration
    call.answered_at, call.ended_at = at + timedelta(seconds=8), at + timedelta(seconds=duration)
    return call


def _converted_call(campaign: Campaign, customer: Customer, starts: date,
                    brief: dict[str, Any]) -> Call:
    at = datetime.combine(starts - timedelta(days=7), time(15, 0), tzinfo=UTC)
    call = _call(campaign, customer, at, brief)
    call.status, call.sip_status_code, call.failure_reason = "completed", 200, None
    call.duration_seconds, call.answered_at = 95, at + timedelta(seconds=8)
    call.ended_at, call.outcome = at + timedelta(seconds=95), "interested"
    call.summary = (f"Simulated conversation: Interested in {brief['name']}; asked for the "
                    "terms by e-mail and signed up the following week.")
    return call


def seed_demo_calls(*, session: Session, today: date) -> int:
    """Add the demo product-offer campaign and its calls if missing; the number of calls."""
    if session.scalar(select(Campaign.id).where(Campaign.name == DEMO_CAMPAIGN)) is not None:
        return 0
    product = session.scalar(select(Product).where(Product.code == DEMO_PRODUCT))
    if product is None:
        return 0
    rules = clean_eligibility(product.eligibility or {})
    ran = datetime.combine(today - timedelta(days=3), time(15, 0), tzinfo=UTC)
    offered = list(session.scalars(
        select(Customer).where(*eligibility_conditions(product.id, rules, today), *_callable())
        .order_by(Customer.id).limit(OFFERED)))
    latest = (select(Policy.customer_id, func.max(Policy.start_date).label("starts"))
              .where(Policy.product_id == product.id, Policy.status == "active",
                     Policy.end_date >= today, Policy.start_date <= today - timedelta(days=8))
              .group_by(Policy.customer_id).subquery())
    holders = list(session.execute(
        select(Customer, latest.c.starts).join(latest, latest.c.customer_id == Customer.id)
        .where(*_callable(),
               *eligibility_conditions(product.id, {**rules, "exclude_holders": False}, today))
        .order_by(latest.c.starts.desc(), Customer.id).limit(CONVERTED)).all())
    first = min([ran] + [datetime.combine(s - timedelta(days=7), time(15, 0), tzinfo=UTC)
                         for _c, s in holders])
    campaign = Campaign(name=DEMO_CAMPAIGN, purpose="product_offer", status="completed",
                        product_id=product.id, max_attempts=3, retry_backoff_minutes=60,
                        criteria={"kind": "product_offer", "product_id": product.id,
                                  "eligibility": rules, "as_of": first.date().isoformat()},
                        created_at=first - timedelta(hours=1), started_at=first,
                        finished_at=ran + timedelta(hours=1))
    session.add(campaign)
    session.flush()
    record_audit(session=session, actor=None, action="campaign_created", entity_type="campaign",
                 entity_id=campaign.id, username="demo-seed",
                 details={"name": DEMO_CAMPAIGN, "criteria": campaign.criteria,
                          "product_id": product.id})
    brief = product_brief(session, product.id)
    calls = [_call(campaign, c, ran + timedelta(minutes=2 * i), brief)
             for i, c in enumerate(offered)]
    calls += [_converted_call(campaign, c, starts, brief) for c, starts in holders]
    session.add_all(calls)
    for call in calls:
        session.execute(update(Customer).where(Customer.id == call.customer_id).values(
            last_called_at=call.started_at, call_count=Customer.call_count + 1))
    session.flush()
    return len(calls)
