"""Who a campaign is about, who may be called now (in SQL), campaigns read, and how far one is."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.models import Call, Campaign
from core.calls.offers import offer_targets
from core.calls.schemas import CampaignProgress, CampaignView
from core.calls.service import ACTIVE_STATUSES, CALLERS, STALE_AFTER
from core.db import session_scope, utcnow
from core.errors import NotFound, ValidationError
from core.policies.models import Customer, Policy, Product

FINISHED = ("completed", "declined")  # an answered or refused call ends the customer's turn
BAD_NUMBER_SIP = 404  # ... and so does a number that does not exist
CRITERIA_KINDS = ("expiring_policies", "customers", "product_offer")


def clean_criteria(criteria: dict[str, Any]) -> dict[str, Any]:
    """Validated campaign criteria; a product offer's rules are added when it is created."""
    kind = (criteria or {}).get("kind")
    if kind == "expiring_policies":
        try:
            days = int(criteria.get("within_days", 30))
        except (TypeError, ValueError):
            days = 0
        if not 1 <= days <= 366:
            raise ValidationError({"within_days": "must be between 1 and 366"})
        return {"kind": kind, "within_days": days}
    if kind == "customers":
        try:
            ids = sorted({int(i) for i in criteria.get("customer_ids") or []})
        except (TypeError, ValueError):
            ids = []
        if not ids:
            raise ValidationError({"customer_ids": "choose at least one customer"})
        return {"kind": kind, "customer_ids": ids}
    if kind == "product_offer":
        try:
            product_id = int(criteria.get("product_id") or 0)
        except (TypeError, ValueError):
            product_id = 0
        if product_id <= 0:
            raise ValidationError({"product_id": "choose the product to offer"})
        return {"kind": kind, "product_id": product_id}
    raise ValidationError({"criteria": f"kind must be one of {', '.join(CRITERIA_KINDS)}"})


def campaign_targets(campaign: Campaign) -> Any:
    """A subquery of (customer_id, policy_id) the campaign is about."""
    criteria = campaign.criteria or {}
    if criteria.get("kind") == "product_offer":
        # The rules were copied into the criteria when the campaign was created, so that
        # editing the product later does not change whom a running campaign calls.
        as_of = date.fromisoformat(criteria.get("as_of") or date.today().isoformat())
        return offer_targets(int(criteria["product_id"]), criteria.get("eligibility") or {},
                             as_of)
    if criteria.get("kind") == "expiring_policies":
        as_of = date.fromisoformat(criteria.get("as_of") or date.today().isoformat())
        return (select(Policy.customer_id.label("customer_id"),
                       func.min(Policy.id).label("policy_id"))
                .where(Policy.status == "active", Policy.end_date >= as_of,
                       Policy.end_date <= as_of + timedelta(days=int(criteria["within_days"])))
                .group_by(Policy.customer_id).subquery())
    ids = [int(i) for i in criteria.get("customer_ids") or []]
    return (select(Customer.id.label("customer_id"), null().label("policy_id"))
            .where(Customer.id.in_(ids)).subquery())


def campaign_attempts(campaign_id: int) -> Any:
    ended_turn = or_(Call.status.in_(FINISHED), Call.sip_status_code == BAD_NUMBER_SIP)
    return (select(Call.customer_id.label("customer_id"), func.count().label("attempts"),
                   func.max(Call.attempt).label("last_attempt"),
                   func.max(Call.created_at).label("last_at"),
                   func.sum(case((ended_turn, 1), else_=0)).label("done"))
            .where(Call.campaign_id == campaign_id).group_by(Call.customer_id).subquery())


def _in_window(session: Session, now: datetime) -> ColumnElement[bool]:
    """Customers whose call window, in their own time zone, contains `now`."""
    allowed: list[ColumnElement[bool]] = [Customer.call_window_start.is_(None)]
    for tz in session.scalars(select(Customer.timezone).distinct()):
        try:
            local = now.astimezone(ZoneInfo(tz or "UTC")).time().replace(tzinfo=None)
        except (KeyError, ValueError):
            continue
        allowed.append(and_(Customer.timezone == tz, Customer.call_window_start <= local,
                            Customer.call_window_end > local))
    return or_(*allowed)


def eligible_targets(session: Session, campaign: Campaign, now: datetime, limit: int) -> list[Any]:
    targets, att = campaign_targets(campaign), campaign_attempts(campaign.id)
    in_call = exists().where(Call.customer_id == Customer.id, Call.status.in_(ACTIVE_STATUSES),
                             Call.created_at > now - STALE_AFTER)
    stmt: Select[Any] = (
        select(Customer.id, targets.c.policy_id, Customer.name, Customer.phone,
               func.coalesce(att.c.last_attempt, 0))
        .join(targets, targets.c.customer_id == Customer.id)
        .outerjoin(att, att.c.customer_id == Customer.id)
        .where(Customer.do_not_call.is_(false()), Customer.phone.is_not(None),
               _in_window(session, now),
               func.coalesce(att.c.attempts, 0) < campaign.max_attempts,
               func.coalesce(att.c.done, 0) == literal(0),
               or_(att.c.last_at.is_(None),
                   att.c.last_at <= now - timedelta(minutes=campaign.retry_backoff_minutes)),
               ~in_call)
        .order_by(Customer.id).limit(limit))
    return list(session.execute(stmt).all())


def _to_view(c: Campaign, product: Product | None = None) -> CampaignView:
    return CampaignView(id=c.id, name=c.name, purpose=c.purpose, status=c.status,
                        criteria=dict(c.criteria or {}), max_attempts=c.max_attempts,
                        retry_backoff_minutes=c.retry_backoff_minutes, created_at=c.created_at,
                        started_at=c.started_at, finished_at=c.finished_at,
                        product_id=c.product_id,
                        product_code=product.code if product else None,
                        product_name=product.name if product else None)


def campaign_view(session: Session, c: Campaign) -> CampaignView:
    """A campaign as a view, with its product's code and name."""
    return _to_view(c, session.get(Product, c.product_id) if c.product_id else None)


def get_campaign(campaign_id: int, *, actor: CurrentUser) -> CampaignView:
    """One campaign."""
    require_role(actor, *CALLERS)
    with session_scope() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise NotFound(f"Campaign {campaign_id} does not exist.")
        return campaign_view(session, campaign)


def list_campaigns(*, actor: CurrentUser) -> list[CampaignView]:
    """Every campaign, newest first."""
    require_role(actor, *CALLERS)
    with session_scope() as session:
        rows = session.execute(select(Campaign, Product)
                               .outerjoin(Product, Product.id == Campaign.product_id)
                               .order_by(Campaign.id.desc()))
        return [_to_view(c, p) for c, p in rows]


def campaign_progress(campaign_id: int, *, actor: CurrentUser | None = None,
                      now: datetime | None = None) -> CampaignProgress:
    """Targets, calls by status and outcome, customers dialled, remaining and skipped by reason."""
    if actor is not None:
        require_role(actor, *CALLERS)
    now = now or utcnow()
    with session_scope() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise NotFound(f"Campaign {campaign_id} does not exist.")
        targets, att = campaign_targets(campaign), campaign_attempts(campaign_id)
        rows = session.execute(
            select(Customer.do_not_call, Customer.phone, att.c.attempts, att.c.done)
            .join(targets, targets.c.customer_id == Customer.id)
            .outerjoin(att, att.c.customer_id == Customer.id)).all()
        calls = session.execute(select(Call.status, Call.outcome)
                                .where(Call.campaign_id == campaign_id)).all()
        status = campaign.status
        max_attempts = campaign.max_attempts
    skipped: Counter[str] = Counter()
    remaining = dialled = 0
    for do_not_call, phone, attempts, done in rows:
        dialled += bool(attempts)
        if do_not_call:
            skipped["do_not_call"] += 1
        elif not phone:
            skipped["no_phone"] += 1
        elif done:
            continue
        elif (attempts or 0) >= max_attempts:
            skipped["max_attempts_reached"] += 1
        else:
            remaining += 1
    return CampaignProgress(
        campaign_id=campaign_id, status=status, targets=len(rows), dialled=dialled,
        remaining=remaining, calls=len(calls),
        by_status=dict(Counter(s for s, _o in calls)),
        by_outcome=dict(Counter(o for _s, o in calls if o)), skipped=dict(skipped))


def complete_if_done(campaign_id: int, now: datetime) -> None:
    """Mark a running campaign completed once nobody is left to call and no call is in flight."""
    progress = campaign_progress(campaign_id, now=now)
    in_flight = sum(progress.by_status.get(s, 0) for s in ACTIVE_STATUSES)
    if progress.status != "running" or progress.remaining or in_flight:
        return
    with session_scope() as session:
        session.execute(update(Campaign).where(
            Campaign.id == campaign_id, Campaign.status == "running").values(
            status="completed", finished_at=now))
