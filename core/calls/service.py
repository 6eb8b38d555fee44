"""Single calls: place one and follow it onto its record (reading, listing and outcomes are in
core/calls/records.py, re-exported here).

A call row is written before anyone is dialled (status queued) and then kept up to date from
the client's live updates and its final CallOutcome. Writes start with an UPDATE or INSERT, never
a read, so that SQLite does not refuse them when calls run side by side.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.client import CallClient, CallOutcome, CallRequest, CallUpdate
from core.calls.models import CALL_OUTCOMES, CALL_STATUSES, Call
from core.calls.offers import product_brief
from core.calls.records import (
    CALLERS,
    VOICE_AGENT,
    get_call,
    list_calls,
    read_call,
    record_call_outcome,
    update_call_outcome,
)
from core.calls.schemas import CallView
from core.config import get_settings
from core.db import session_scope, utcnow
from core.errors import Conflict, NotFound, StaleUpdate, ValidationError
from core.policies.models import Customer
from core.validation import normalize_phone

__all__ = ["ACTIVE_STATUSES", "CALLERS", "CALL_OUTCOMES", "CALL_STATUSES", "PURPOSES",
           "SIMULATED_LABEL", "VOICE_AGENT", "call_client", "calls_simulated", "get_call",
           "list_calls", "record_call_outcome", "start_call", "update_call_outcome"]
ACTIVE_STATUSES = ("queued", "dialing", "ringing", "in_progress")
FINAL_STATUSES = ("completed", "busy", "no_answer", "declined", "failed")
# A call still "active" after this long was cut off by a restart; it no longer blocks anyone.
STALE_AFTER = timedelta(minutes=30)
LIVE_TO_STATUS = {"dialing": "dialing", "ringing": "ringing", "active": "in_progress"}
SIMULATED_LABEL = "Simulated call (demo mode: LiveKit is not configured)"
PURPOSES = ("renewal_reminder", "claim_follow_up", "product_offer", "payment_reminder")
T = TypeVar("T")


def call_client() -> CallClient:
    """The LiveKit client when LiveKit is configured, else the demo simulation."""
    settings = get_settings()
    if not calls_simulated():
        from core.calls.livekit_client import make_livekit_client

        client: CallClient = make_livekit_client(settings)
        return client
    from core.calls.simulated import SimulatedCallClient

    return SimulatedCallClient()


def calls_simulated() -> bool:
    """True in demo mode: LiveKit is not configured, so calls run in the simulation."""
    return not getattr(get_settings(), "livekit_configured", False)


def retry_write(write: Callable[[], T], attempts: int = 30) -> T:
    """Run a short write again when SQLite refused it because another connection wrote."""
    for attempt in range(attempts):
        try:
            return write()
        except StaleUpdate:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def callable_phone(customer: Customer) -> str:
    """The customer's E.164 number; Conflict for do-not-call, ValidationError for no number."""
    if customer.do_not_call:
        raise Conflict(f"{customer.name} ({customer.code}) asked not to be called.")
    try:
        phone = normalize_phone(customer.phone or "")
    except ValueError as exc:
        raise ValidationError(
            {"phone": f"{customer.name} has no valid phone number: {exc}"}) from exc
    if phone != customer.phone:
        raise ValidationError({"phone": f"{customer.name}'s number {customer.phone!r} "
                                        "is not in E.164 form (+ and country code)."})
    return phone


class AlreadyOnCall(Conflict):
    """The customer has another call in flight; a second one would ring them twice at once."""


def guard_single_call(session: Session, call: Call, now: datetime) -> None:
    """After inserting `call` (not yet committed), refuse it if the customer has another call in
    flight. The customer row is locked first (PostgreSQL; SQLite already holds its one write
    lock), so of two claims for one customer at once, the second sees the first."""
    # NO KEY UPDATE: the insert already holds KEY SHARE on the row (its foreign key); a plain
    # FOR UPDATE would deadlock two claimers that both hold it.
    session.execute(select(Customer.id).where(Customer.id == call.customer_id)
                    .with_for_update(key_share=True))  # FOR NO KEY UPDATE
    other = session.scalar(select(Call.id).where(
        Call.customer_id == call.customer_id, Call.id != call.id,
        Call.status.in_(ACTIVE_STATUSES), Call.created_at > now - STALE_AFTER).limit(1))
    if other is not None:
        raise AlreadyOnCall(f"The customer is already on a call (call {other}).")


def mark_live_status(update_: CallUpdate) -> None:
    """Write a live status (dialing, ringing, active) onto a call that has not ended yet."""
    status = LIVE_TO_STATUS.get(update_.status)
    if status is None:
        return
    now = utcnow()
    values: dict[str, Any] = {"status": status}
    if status == "in_progress":
        values["answered_at"] = now

    def write() -> None:
        with session_scope() as session:
            session.execute(update(Call).where(
                Call.id == update_.call_id, Call.status.in_(ACTIVE_STATUSES)).values(**values))
    retry_write(write)


def finish_call(call_id: int, customer_id: int, outcome: CallOutcome, *,
                actor: CurrentUser | None, started_at: datetime) -> str:
    """Write how a call ended onto its row and its customer; return the call's final status."""
    status = outcome.result if outcome.result in FINAL_STATUSES else "failed"
    reason = outcome.reason
    if outcome.result == "bad_number":
        reason = f"Bad number: {outcome.reason}"
    ended = utcnow()
    duration = outcome.duration_seconds
    if duration is None and outcome.answered:
        duration = max(0, int((ended - started_at).total_seconds()))

    def write() -> None:
        with session_scope() as session:
            session.execute(update(Call).where(Call.id == call_id).values(
                status=status, ended_at=ended, duration_seconds=duration,
                sip_status_code=outcome.sip_status_code, room_name=outcome.room_name,
                sip_participant_id=outcome.participant_id, simulated=outcome.simulated,
                failure_reason=None if status == "completed" else reason))
            session.execute(update(Customer).where(Customer.id == customer_id).values(
                last_called_at=started_at, call_count=Customer.call_count + 1))
            record_audit(session=session, actor=actor, action="call_finished", entity_type="call",
                         entity_id=call_id, details={
                             "status": status, "result": outcome.result, "reason": reason,
                             "sip_status_code": outcome.sip_status_code,
                             "simulated": outcome.simulated})
    retry_write(write)
    return status


async def run_call(client: CallClient, request: CallRequest, customer_id: int, *,
                   actor: CurrentUser | None, on_update: Any = None,
                   started: datetime | None = None) -> str:
    """Dial a claimed call through `client`, keep its row current, and record how it ended.

    `started`: when the claim already wrote the start time (campaigns), it is not written again.
    """
    if started is None:
        started = utcnow()
        start = started

        def write_start() -> None:
            with session_scope() as session:
                session.execute(update(Call).where(Call.id == request.call_id).values(
                    started_at=start, simulated=client.simulated))
        retry_write(write_start)

    async def updated(change: CallUpdate) -> None:
        mark_live_status(change)
        if on_update is not None:
            result = on_update(change)
            if asyncio.iscoroutine(result):
                await result

    try:
        outcome = await client.place_call(request, updated)
    except Exception as exc:  # noqa: BLE001 - a client that raises still ends the call
        outcome = CallOutcome(result="failed", reason=f"The call could not be placed: {exc}",
                              simulated=client.simulated)
    status = finish_call(request.call_id, customer_id, outcome, actor=actor, started_at=started)
    if outcome.simulated and status == "completed":
        # Demo mode: the simulated voice agent reports, as the real one does from its process.
        from core.calls.simulated import simulated_conversation

        record_call_outcome(request.call_id, *simulated_conversation(request))
    return status


def start_call(customer_id: int, *, actor: CurrentUser, purpose: str,
               policy_id: int | None = None, claim_id: int | None = None,
               client: CallClient | None = None, on_update: Any = None,
               product_id: int | None = None) -> CallView:
    """Call one customer now and wait for the call to end (admins, agents, adjusters);
    `product_id`: the product offered, passed to the voice agent."""
    require_role(actor, *CALLERS)
    purpose = (purpose or "").strip()
    if not purpose:
        raise ValidationError({"purpose": "is required"})
    client = client or call_client()
    with session_scope() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"Customer {customer_id} does not exist.")
        phone = callable_phone(customer)
        offer = product_brief(session, product_id) if product_id is not None else None
        call = Call(customer_id=customer_id, policy_id=policy_id, claim_id=claim_id,
                    product_id=product_id, purpose=purpose, status="queued", attempt=1, phone=phone,
                    simulated=client.simulated, created_by_id=actor.id)
        session.add(call)
        session.flush()
        guard_single_call(session, call, utcnow())
        record_audit(session=session, actor=actor, action="call_started", entity_type="call",
                     entity_id=call.id, details={"customer_id": customer_id, "purpose": purpose,
                                                 "product_id": product_id,
                                                 "simulated": client.simulated})
        request = CallRequest(call_id=call.id, phone_e164=phone, customer_name=customer.name,
                              purpose=purpose, metadata={
                                  "call_id": call.id, "customer_id": customer_id,
                                  "customer_name": customer.name, "policy_id": policy_id,
                                  "claim_id": claim_id, "purpose": purpose,
                                  **({"product": offer} if offer else {})})
    asyncio.run(run_call(client, request, customer_id, actor=actor, on_update=on_update))
    return read_call(request.call_id)
