"""Single calls: refusals, status from the CallOutcome, customer counters, outcomes, audit."""

from __future__ import annotations

import pytest

from core.calls.service import (
    call_client,
    get_call,
    list_calls,
    record_call_outcome,
    start_call,
    update_call_outcome,
)
from core.calls.simulated import SimulatedCallClient
from core.errors import Conflict, PermissionDenied, ValidationError
from core.policies.customers import get_customer
from tests.core.calls.fakes import ScriptedClient, set_customer
from tests.core.helpers import audit_entries
from tests.factories import make_customer, make_user

PHONE = "+16175550125"


def test_a_do_not_call_customer_is_refused(db, admin):
    customer = make_customer(phone=PHONE, do_not_call=True)
    client = ScriptedClient()
    with pytest.raises(Conflict, match="asked not to be called"):
        start_call(customer, actor=admin, purpose="renewal_reminder", client=client)
    assert not client.dials
    assert list_calls(actor=admin).total == 0


@pytest.mark.parametrize("phone", [None, "12345", "+1 617 555 0125"])
def test_a_customer_without_a_valid_e164_number_is_refused(db, admin, phone):
    customer = make_customer(phone=PHONE)
    set_customer(customer, phone=phone)
    with pytest.raises(ValidationError, match="phone"):
        start_call(customer, actor=admin, purpose="renewal_reminder", client=ScriptedClient())


@pytest.mark.parametrize(("result", "status", "reason"), [
    ("completed", "completed", None),
    ("busy", "busy", "scripted busy"),
    ("no_answer", "no_answer", "scripted no_answer"),
    ("declined", "declined", "scripted declined"),
    ("bad_number", "failed", "Bad number: scripted bad_number"),
    ("failed", "failed", "scripted failed"),
])
def test_the_call_status_follows_the_outcome(db, admin, result, status, reason):
    customer = make_customer(phone=PHONE)
    call = start_call(customer, actor=admin, purpose="claim_follow_up",
                      client=ScriptedClient({PHONE: result}))
    assert (call.status, call.failure_reason) == (status, reason)
    assert call.started_at is not None and call.ended_at is not None
    assert call.sip_status_code == {"completed": 200, "busy": 486, "no_answer": 480,
                                    "declined": 603, "bad_number": 404, "failed": 200}[result]
    assert call.simulated is False
    if result == "completed":
        assert call.answered_at is not None and call.duration_seconds == 42


def test_a_client_that_raises_fails_the_call_with_its_reason(db, admin):
    customer = make_customer(phone=PHONE)
    call = start_call(customer, actor=admin, purpose="renewal_reminder",
                      client=ScriptedClient(raise_for={PHONE}))
    assert call.status == "failed"
    assert "injected failure" in (call.failure_reason or "")


def test_the_customer_keeps_last_called_and_count(db, admin):
    customer = make_customer(phone=PHONE)
    for result in ("busy", "completed"):
        call = start_call(customer, actor=admin, purpose="renewal_reminder",
                          client=ScriptedClient({PHONE: result}))
    view = get_customer(customer, actor=admin)
    assert view.call_count == 2
    assert view.last_called_at == call.started_at


def test_the_simulation_is_labelled_and_decided_by_the_last_digit(db, admin):
    answered = make_customer(phone="+16175550127")
    busy = make_customer(phone="+16175550120")
    client = SimulatedCallClient(step_seconds=0)
    done = start_call(answered, actor=admin, purpose="renewal_reminder", client=client)
    engaged = start_call(busy, actor=admin, purpose="renewal_reminder", client=client)
    assert (done.status, done.simulated) == ("completed", True)
    assert (engaged.status, engaged.simulated, engaged.sip_status_code) == ("busy", True, 486)
    # The demo voice agent reports on answered calls only, as the voice agent.
    assert done.outcome == "renewed" and done.summary.startswith("Simulated conversation:")
    assert engaged.outcome is None
    [entry] = audit_entries("call_outcome_recorded", done.id)
    assert entry.username == "voice-agent"


def test_without_livekit_settings_calls_are_simulated(db):
    assert isinstance(call_client(), SimulatedCallClient)
    assert call_client().simulated is True


def test_outcome_by_the_voice_agent_and_then_by_staff_is_audited(db):
    agent = make_user("agent")
    customer = make_customer(phone=PHONE)
    call = start_call(customer, actor=agent, purpose="renewal_reminder", client=ScriptedClient())
    record_call_outcome(call.id, "call_back", "Asked to be called on Friday.")
    assert get_call(call.id, actor=agent).outcome == "call_back"
    fixed = update_call_outcome(call.id, "renewed", "Renewed on the second call.", actor=agent)
    assert (fixed.outcome, fixed.summary) == ("renewed", "Renewed on the second call.")
    [by_agent, by_staff] = audit_entries("call_outcome_recorded", call.id)
    assert by_agent.username == "voice-agent" and by_agent.user_id is None
    assert by_staff.username == agent.username
    assert by_staff.details["old"] == {"outcome": "call_back",
                                       "summary": "Asked to be called on Friday.",
                                       "product_id": None}
    assert [e.username for e in audit_entries("call_started", call.id)] == [agent.username]
    [finished] = audit_entries("call_finished", call.id)
    assert finished.details["status"] == "completed"
    with pytest.raises(ValidationError):
        record_call_outcome(call.id, "maybe", None)


def test_roles_and_filters(db, admin):
    with pytest.raises(PermissionDenied):
        start_call(1, actor=None, purpose="x")  # type: ignore[arg-type]
    first, second = make_customer(phone=PHONE), make_customer(phone="+16175550126")
    start_call(first, actor=admin, purpose="renewal_reminder", client=ScriptedClient())
    start_call(second, actor=admin, purpose="renewal_reminder",
               client=ScriptedClient({"+16175550126": "busy"}))
    assert list_calls(actor=admin).total == 2
    assert [c.customer_id for c in list_calls(actor=admin, customer_id=first).items] == [first]
    assert [c.customer_id for c in list_calls(actor=admin, status="busy").items] == [second]
    adjuster = make_user("adjuster")
    assert list_calls(actor=adjuster, status="completed").total == 1


def test_the_simulation_reports_each_live_status_in_order():
    import asyncio

    from core.calls.client import CallRequest

    seen: list[str] = []
    outcome = asyncio.run(SimulatedCallClient(step_seconds=0).place_call(
        CallRequest(call_id=3, phone_e164="+16175550124", customer_name="Ann",
                    purpose="renewal_reminder"), lambda u: seen.append(u.status)))
    assert seen == ["dialing", "ringing", "active", "hangup"]
    assert (outcome.result, outcome.answered, outcome.simulated) == ("completed", True, True)


def test_calls_by_day_and_unknown_calls(db, admin):
    from datetime import timedelta

    from core.errors import NotFound

    call = start_call(make_customer(phone=PHONE), actor=admin, purpose="renewal_reminder",
                      client=ScriptedClient())
    today = call.created_at.date()  # the call's own UTC day, even across midnight
    assert list_calls(actor=admin, date_from=today, date_to=today).total == 1
    assert list_calls(actor=admin, date_to=today - timedelta(days=1)).total == 0
    assert list_calls(actor=admin, date_from=today + timedelta(days=1)).total == 0
    with pytest.raises(NotFound):
        record_call_outcome(987654, "renewed", None)
    with pytest.raises(NotFound):
        get_call(987654, actor=admin)


def test_concurrency_and_rate_are_settings(settings_env):
    from core.config import get_settings
    from core.errors import ConfigError

    assert (get_settings().call_concurrency, get_settings().calls_per_second) == (5, 2.0)
    settings_env(CLAIMDESK_CALL_CONCURRENCY="20", CLAIMDESK_CALLS_PER_SECOND="50")
    assert (get_settings().call_concurrency, get_settings().calls_per_second) == (20, 50.0)
    settings_env(CLAIMDESK_CALL_CONCURRENCY="0")
    with pytest.raises(ConfigError, match="call_concurrency"):
        get_settings()


def test_a_customer_on_a_call_is_not_called_again_at_once(db, admin):
    from core.calls.service import AlreadyOnCall

    customer = make_customer(phone=PHONE)
    refused: list[Exception] = []

    class CallsAgainWhileRinging(ScriptedClient):
        async def place_call(self, request, on_update=None):  # type: ignore[no-untyped-def]
            try:
                start_call(customer, actor=admin, purpose="renewal_reminder",
                           client=ScriptedClient())
            except AlreadyOnCall as exc:
                refused.append(exc)
            return await super().place_call(request, on_update)

    call = start_call(customer, actor=admin, purpose="renewal_reminder",
                      client=CallsAgainWhileRinging())
    assert call.status == "completed"
    assert [str(e) for e in refused] == [f"The customer is already on a call (call {call.id})."]
    assert list_calls(actor=admin, customer_id=customer).total == 1
