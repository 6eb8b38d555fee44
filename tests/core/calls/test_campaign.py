"""Campaigns: who is eligible (do-not-call, window in their zone, attempts, back-off), pausing,
and nobody dialled twice: not after a restart, not by two people running it at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from core.calls.campaign import (
    campaign_progress,
    create_campaign,
    pause_campaign,
    run_campaign_batch,
    start_campaign,
)
from core.calls.service import list_calls
from core.errors import ValidationError
from tests.core.calls.fakes import Crash, ScriptedClient, set_customer
from tests.core.helpers import audit_entries, run_concurrently
from tests.factories import make_customer, make_policy, make_user

NOON_NY = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)  # 12:00 in New York, 09:00 in Los Angeles


def phones(n: int) -> list[str]:
    return [f"+1617555{150 + i:04d}" for i in range(n)]


def customers_campaign(actor, ids: list[int], **kwargs) -> int:  # type: ignore[no-untyped-def]
    campaign = create_campaign("Renewals", "renewal_reminder",
                               {"kind": "customers", "customer_ids": ids}, actor=actor, **kwargs)
    start_campaign(campaign.id, actor=actor)
    return campaign.id


def run(campaign_id: int, client: ScriptedClient, now: datetime = NOON_NY, **kw):  # type: ignore[no-untyped-def]
    return run_campaign_batch(campaign_id, now=now, client=client, concurrency=4,
                              rate_per_second=1000, **kw)


def test_criteria_are_validated(db, admin):
    with pytest.raises(ValidationError, match="within_days"):
        create_campaign("x", "renewal_reminder", {"kind": "expiring_policies", "within_days": 0},
                        actor=admin)
    with pytest.raises(ValidationError, match="kind"):
        create_campaign("x", "renewal_reminder", {"kind": "everyone"}, actor=admin)


def test_expiring_policies_target_their_customers_only(db, admin):
    today = date(2026, 11, 23)
    soon = make_customer(phone="+16175550131")
    later = make_customer(phone="+16175550132")
    make_policy(customer_id=soon, end_in_days=10, today=today)
    make_policy(customer_id=later, end_in_days=60, today=today)
    campaign = create_campaign("Expiring", "renewal_reminder",
                               {"kind": "expiring_policies", "within_days": 30}, actor=admin)
    start_campaign(campaign.id, actor=admin, today=today)
    client = ScriptedClient()
    result = run(campaign.id, client)
    assert (result.dialled, list(client.dials)) == (1, ["+16175550131"])
    [call] = list_calls(actor=admin, campaign_id=campaign.id).items
    assert call.policy_id is not None and call.customer_id == soon


def test_the_call_window_is_read_in_the_customers_time_zone(db, admin):
    la = make_customer(phone="+16175550141")
    set_customer(la, timezone="America/Los_Angeles", call_window_start=time(9, 0),
                 call_window_end=time(17, 0))
    campaign_id = customers_campaign(admin, [la])
    client = ScriptedClient()
    # 08:00 UTC is midnight in Los Angeles: outside 09:00-17:00 there.
    assert run(campaign_id, client, now=datetime(2026, 11, 23, 8, 0, tzinfo=UTC)).eligible == 0
    # 18:00 UTC is 10:00 there.
    assert run(campaign_id, client, now=datetime(2026, 11, 23, 18, 0, tzinfo=UTC)).dialled == 1
    assert client.dials == {"+16175550141": 1}


def test_do_not_call_is_skipped_and_counted(db, admin):
    ok, dnc = make_customer(phone="+16175550142"), make_customer(phone="+16175550143")
    set_customer(dnc, do_not_call=True)
    campaign_id = customers_campaign(admin, [ok, dnc])
    client = ScriptedClient()
    assert run(campaign_id, client).dialled == 1
    assert "+16175550143" not in client.dials
    progress = campaign_progress(campaign_id)
    assert progress.skipped == {"do_not_call": 1}
    assert (progress.targets, progress.dialled, progress.remaining) == (2, 1, 0)
    assert progress.status == "completed"  # nobody left: the campaign finished
    [done] = audit_entries("campaign_completed", entity_id=campaign_id)
    assert (done.username, done.details["dialled"]) == ("system", 1)
    run(campaign_id, client)  # a later run of a finished campaign does not record it again
    assert len(audit_entries("campaign_completed", entity_id=campaign_id)) == 1


def test_max_attempts_and_backoff(db, admin):
    customer = make_customer(phone="+16175550144")
    campaign_id = customers_campaign(admin, [customer], max_attempts=3, retry_backoff_minutes=60)
    client = ScriptedClient({"+16175550144": "busy"})
    minutes = [0, 30, 61, 100, 122, 200, 400]
    dialled = [run(campaign_id, client, now=NOON_NY + timedelta(minutes=m)).dialled
               for m in minutes]
    assert dialled == [1, 0, 1, 0, 1, 0, 0]
    assert sorted(a for _p, a in client.attempts) == [1, 2, 3]
    progress = campaign_progress(campaign_id)
    assert progress.by_status == {"busy": 3}
    assert progress.skipped == {"max_attempts_reached": 1}


def test_an_answered_customer_is_not_called_again(db, admin):
    customer = make_customer(phone="+16175550145")
    campaign_id = customers_campaign(admin, [customer], retry_backoff_minutes=0)
    client = ScriptedClient()
    run(campaign_id, client)
    run(campaign_id, client, now=NOON_NY + timedelta(hours=5))
    assert client.dials == {"+16175550145": 1}


def test_a_paused_campaign_dials_nobody(db, admin):
    campaign_id = customers_campaign(admin, [make_customer(phone="+16175550146")])
    pause_campaign(campaign_id, actor=admin)
    client = ScriptedClient()
    result = run(campaign_id, client)
    assert (result.dialled, result.stopped) == (0, "the campaign is paused")
    assert not client.dials
    start_campaign(campaign_id, actor=admin)
    assert run(campaign_id, client).dialled == 1


def test_a_restart_mid_campaign_never_redials_a_claimed_attempt(db, admin):
    numbers = phones(12)
    ids = [make_customer(phone=p) for p in numbers]
    campaign_id = customers_campaign(admin, ids)
    crashing = ScriptedClient(crash_after=5, delay=0.01)
    with pytest.raises(Crash):
        run(campaign_id, crashing)
    restarted = ScriptedClient(results={numbers[-1]: "busy"}, raise_for={numbers[-2]})
    run(campaign_id, restarted)
    run(campaign_id, restarted, now=NOON_NY + timedelta(minutes=5))  # back-off not elapsed
    both = crashing.dials + restarted.dials
    assert set(both) <= set(numbers)
    assert max(both.values()) == 1, both
    assert not set(crashing.dials) & set(restarted.dials)
    # Every claimed attempt is a call row; the cut-off ones stay blocked, not re-dialled.
    calls = list_calls(actor=admin, campaign_id=campaign_id, page_size=100).items
    assert len({(c.customer_id, c.attempt) for c in calls}) == len(calls)


@pytest.mark.parametrize("starters", [2, 3])
def test_people_running_the_same_campaign_at_once_dial_nobody_twice(committed_engine, starters):
    admin = make_user("admin")
    numbers = phones(30)
    ids = [make_customer(phone=p) for p in numbers]
    campaign_id = customers_campaign(admin, ids)
    client = ScriptedClient(delay=0.01, raise_for=set(numbers[::7]),
                            results={p: "busy" for p in numbers[::5]})
    outcomes = run_concurrently([
        lambda: run(campaign_id, client, actor=admin) for _ in range(starters)], timeout=120)
    assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
    assert sorted(client.dials) == sorted(numbers)
    assert set(client.dials.values()) == {1}
    assert sum(o.dialled for o in outcomes) == 30
    again = run(campaign_id, client, now=NOON_NY + timedelta(minutes=61))
    assert again.dialled == len(set(numbers[::7]) | set(numbers[::5]))
    assert max(client.attempts.values()) == 1


def test_a_pause_mid_batch_stops_the_dialling(db, admin):
    numbers = phones(10)
    campaign_id = customers_campaign(admin, [make_customer(phone=p) for p in numbers])

    class PausingClient(ScriptedClient):
        async def place_call(self, request, on_update=None):  # type: ignore[no-untyped-def]
            if sum(self.dials.values()) == 2:
                pause_campaign(campaign_id, actor=admin)
            return await super().place_call(request, on_update)

    client = PausingClient()
    result = run_campaign_batch(campaign_id, now=NOON_NY, client=client, concurrency=1,
                                rate_per_second=1000)
    assert (result.dialled, result.stopped) == (3, "the campaign was paused")
    assert sum(client.dials.values()) == 3
    assert campaign_progress(campaign_id).calls == 3  # no claim left behind


@pytest.mark.parametrize("starters", [2])
def test_two_campaigns_over_the_same_customers_never_ring_anyone_twice_at_once(
        committed_engine, starters):
    admin = make_user("admin")
    numbers = phones(16)
    ids = [make_customer(phone=p) for p in numbers]
    campaigns = [customers_campaign(admin, ids) for _ in range(starters)]
    client = ScriptedClient(delay=0.02)
    outcomes = run_concurrently([
        lambda c=c: run(c, client, actor=admin) for c in campaigns], timeout=120)
    assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
    assert set(client.most_at_once.values()) == {1}
    assert set(client.dials) == set(numbers)
