"""Campaigns: choose customers, then dial them in batches, fairly, at most once per attempt.

Eligibility is decided in SQL (do-not-call, call window in the customer's own time zone,
attempts left, back-off elapsed, no call of theirs in flight). Each target is then CLAIMED by
inserting its Call row for (campaign, customer, attempt) in a committed transaction of its own
before anyone is dialled: the unique constraint lets only one claimer win, so a restarted app or
a second person running the same campaign never dials a claimed attempt again.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.client import CallClient, CallRequest
from core.calls.models import Call, Campaign
from core.calls.offers import offer_product, product_brief
from core.calls.schemas import BatchResult, CampaignView
from core.calls.service import (
    ACTIVE_STATUSES,
    CALLERS,
    STALE_AFTER,
    AlreadyOnCall,
    call_client,
    callable_phone,
    guard_single_call,
    retry_write,
    run_call,
)
from core.calls.targets import (
    campaign_progress,
    campaign_view,
    clean_criteria,
    complete_if_done,
    eligible_targets,
    get_campaign,
    list_campaigns,
)
from core.config import get_settings
from core.db import session_scope, utcnow
from core.errors import Conflict, NotFound, ValidationError
from core.policies.models import Customer

MANAGERS = ("admin", "agent")
DEFAULT_BATCH = 100
OFFER = "product_offer"  # the purpose (and criteria kind) of a product-offer campaign
__all__ = ["campaign_progress", "create_campaign", "get_campaign", "list_campaigns",
           "pause_campaign", "run_campaign_batch", "start_campaign"]


def _campaign_row(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound(f"Campaign {campaign_id} does not exist.")
    return campaign


def create_campaign(name: str, purpose: str, criteria: dict[str, Any], *, actor: CurrentUser,
                    max_attempts: int = 3, retry_backoff_minutes: int = 60) -> CampaignView:
    """A draft campaign over `criteria` ({"kind": "expiring_policies", "within_days": 30},
    {"kind": "customers", "customer_ids": [...]} or {"kind": "product_offer", "product_id": n},
    whose purpose must then be "product_offer"); admins and agents."""
    require_role(actor, *MANAGERS)
    errors: dict[str, str] = {}
    name, purpose = " ".join((name or "").split()), (purpose or "").strip()
    if not name:
        errors["name"] = "is required"
    if not purpose:
        errors["purpose"] = "is required"
    if not 1 <= int(max_attempts) <= 10:
        errors["max_attempts"] = "must be between 1 and 10"
    if not 0 <= int(retry_backoff_minutes) <= 7 * 24 * 60:
        errors["retry_backoff_minutes"] = "must be between 0 and 10080 (a week)"
    try:
        clean = clean_criteria(criteria)
    except ValidationError as exc:
        errors.update(exc.errors)
        clean = {}
    if clean.get("kind") == OFFER and purpose and purpose != OFFER:
        errors["purpose"] = f"must be {OFFER} for a product-offer campaign"
    if errors:
        raise ValidationError(errors)
    with session_scope() as session:
        product_id = None
        if clean["kind"] == OFFER:
            product, rules = offer_product(session, clean["product_id"])
            product_id, clean["eligibility"] = product.id, rules
        campaign = Campaign(name=name, purpose=purpose, status="draft", criteria=clean,
                            product_id=product_id, max_attempts=int(max_attempts),
                            retry_backoff_minutes=int(retry_backoff_minutes),
                            created_by_id=actor.id)
        session.add(campaign)
        session.flush()
        record_audit(session=session, actor=actor, action="campaign_created",
                     entity_type="campaign", entity_id=campaign.id,
                     details={"name": name, "purpose": purpose, "criteria": clean,
                              "product_id": product_id})
        return campaign_view(session, campaign)


def _set_status(campaign_id: int, actor: CurrentUser, allowed: tuple[str, ...], new: str,
                today: date | None = None) -> CampaignView:
    require_role(actor, *MANAGERS)
    with session_scope() as session:
        campaign = _campaign_row(session, campaign_id)
        if campaign.status not in allowed:
            raise Conflict(f"Campaign {campaign.name} is {campaign.status}; it cannot be {new}.")
        old = campaign.status
        campaign.status = new
        if new == "running":
            campaign.started_at = campaign.started_at or utcnow()
            criteria = dict(campaign.criteria or {})
            if criteria.get("kind") in ("expiring_policies", OFFER) and "as_of" not in criteria:
                # The day (expiry window, ages) is fixed when the campaign starts, so its
                # targets stay the same.
                criteria["as_of"] = (today or date.today()).isoformat()
                campaign.criteria = criteria
        record_audit(session=session, actor=actor, action=f"campaign_{new}",
                     entity_type="campaign", entity_id=campaign_id,
                     details={"old": old, "new": new, "product_id": campaign.product_id})
        return campaign_view(session, campaign)


def start_campaign(campaign_id: int, *, actor: CurrentUser,
                   today: date | None = None) -> CampaignView:
    """Start (or resume) a draft or paused campaign."""
    return _set_status(campaign_id, actor, ("draft", "paused", "running"), "running", today)


def pause_campaign(campaign_id: int, *, actor: CurrentUser) -> CampaignView:
    """Pause a running campaign: no batch dials anyone until it is started again."""
    return _set_status(campaign_id, actor, ("running", "paused"), "paused")


class CampaignStopped(Exception):
    """The campaign was paused (or ended) while a batch ran."""


def _claim(campaign: Campaign, customer_id: int, policy_id: int | None, phone: str,
           attempt: int, actor: CurrentUser | None, simulated: bool, now: datetime,
           started: datetime) -> int | None:
    """Insert this attempt's Call row and commit it; None when someone else claimed it first,
    CampaignStopped (nothing written) when the campaign is no longer running."""
    def write() -> int:
        with session_scope() as session:
            call = Call(campaign_id=campaign.id, customer_id=customer_id, policy_id=policy_id,
                        product_id=campaign.product_id, purpose=campaign.purpose,
                        status="queued", attempt=attempt, phone=phone, simulated=simulated,
                        started_at=started,
                        created_by_id=actor.id if actor else None, created_at=now)
            session.add(call)
            session.flush()
            # Read in the claiming transaction, after its write: a pause committed before this
            # claim is always seen, so a paused campaign dials nobody, even mid-batch.
            status = session.scalar(select(Campaign.status).where(Campaign.id == campaign.id))
            if status != "running":
                raise CampaignStopped(f"the campaign was {status}")
            guard_single_call(session, call, now)
            record_audit(session=session, actor=actor, action="call_started", entity_type="call",
                         entity_id=call.id, details={"campaign_id": campaign.id,
                                                     "customer_id": customer_id,
                                                     "attempt": attempt})
            return call.id
    try:
        return retry_write(write)
    except (IntegrityError, AlreadyOnCall):
        return None


class _Pacer:
    """Spaces call starts `1 / rate` seconds apart (calls per second)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = 0.0

    async def wait(self) -> None:
        loop_now = asyncio.get_running_loop().time()
        at = max(loop_now, self.next_at)
        self.next_at = at + self.interval
        if at > loop_now:
            await asyncio.sleep(at - loop_now)


def run_campaign_batch(campaign_id: int, *, now: datetime | None = None,
                       client: CallClient | None = None, concurrency: int | None = None,
                       rate_per_second: float | None = None, limit: int = DEFAULT_BATCH,
                       actor: CurrentUser | None = None,
                       on_progress: Callable[[int, int], None] | None = None) -> BatchResult:
    """Dial the campaign's next eligible customers (at most `limit`) and wait for their calls."""
    if actor is not None:
        require_role(actor, *CALLERS)
    now = now or utcnow()
    settings = get_settings()
    def close_stale() -> None:
        # Calls cut off by a restart long ago: closed, so that their customers can be retried.
        with session_scope() as session:
            session.execute(update(Call).where(
                Call.campaign_id == campaign_id, Call.status.in_(ACTIVE_STATUSES),
                Call.created_at <= now - STALE_AFTER).values(
                status="failed", failure_reason="Interrupted: the app stopped during the call."))
    retry_write(close_stale)
    with session_scope() as session:
        campaign = _campaign_row(session, campaign_id)
        if campaign.status != "running":
            return BatchResult(campaign_id, 0, 0, 0, stopped=f"the campaign is {campaign.status}")
        targets = eligible_targets(session, campaign, now, limit)
        offer = product_brief(session, campaign.product_id) if campaign.product_id else None
    client = client or call_client()
    result = asyncio.run(_dial_all(
        campaign, targets, client, actor, concurrency or settings.call_concurrency,
        rate_per_second or settings.calls_per_second, on_progress, now, offer))
    complete_if_done(campaign_id, now)
    return result


async def _dial_all(campaign: Campaign, targets: list[Any], client: CallClient,
                    actor: CurrentUser | None, concurrency: int, rate: float,
                    on_progress: Callable[[int, int], None] | None,
                    now: datetime | None = None,
                    offer: dict[str, Any] | None = None) -> BatchResult:
    now = utcnow() if now is None else now
    gate, pacer = asyncio.Semaphore(max(1, concurrency)), _Pacer(rate)
    statuses: Counter[str] = Counter()
    call_ids: list[int] = []
    counts = {"elsewhere": 0, "done": 0}
    stopped: list[str] = []

    async def dial(customer_id: int, policy_id: int | None, name: str, phone: str,
                   last_attempt: int) -> None:
        async with gate:
            try:
                if stopped:
                    return
                try:
                    phone = callable_phone(Customer(name=name, phone=phone, do_not_call=False))
                except (ValidationError, Conflict):
                    statuses["skipped_bad_phone"] += 1
                    return
                await pacer.wait()
                started = utcnow()
                try:
                    call_id = _claim(campaign, customer_id, policy_id, phone, last_attempt + 1,
                                     actor, client.simulated, now, started)
                except CampaignStopped as exc:
                    stopped.append(str(exc))
                    return
                if call_id is None:
                    counts["elsewhere"] += 1
                    return
                call_ids.append(call_id)
                request = CallRequest(call_id=call_id, phone_e164=phone, customer_name=name,
                                      purpose=campaign.purpose, metadata={
                                          "call_id": call_id, "campaign_id": campaign.id,
                                          "customer_id": customer_id, "policy_id": policy_id,
                                          "customer_name": name, "purpose": campaign.purpose,
                                          "attempt": last_attempt + 1,
                                          **({"product": offer} if offer else {})})
                statuses[await run_call(client, request, customer_id, actor=actor,
                                        started=started)] += 1
            finally:
                counts["done"] += 1
                if on_progress is not None:
                    on_progress(counts["done"], len(targets))

    await asyncio.gather(*(dial(*row) for row in targets))
    return BatchResult(campaign_id=campaign.id, eligible=len(targets), dialled=len(call_ids),
                       claimed_elsewhere=counts["elsewhere"], by_status=dict(statuses),
                       call_ids=sorted(call_ids), stopped=stopped[0] if stopped else None)
