"""Interest and conversion per product: outcomes with a product, counts grouped in SQL (calls,
answered, interested, converted), filters, and the demo simulation's answers to an offer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from core.calls.campaign import run_campaign_batch
from core.calls.models import Call
from core.calls.offers import ProductOfferRow, product_offer_summary
from core.calls.service import get_call, record_call_outcome, start_call, update_call_outcome
from core.calls.simulated import SimulatedCallClient
from core.db import session_scope
from core.errors import PermissionDenied, ValidationError
from tests.core.calls.fakes import ScriptedClient
from tests.core.calls.offer_helpers import offer_product, started_offer
from tests.core.calls.test_campaign import NOON_NY, run
from tests.core.helpers import audit_entries
from tests.factories import make_customer, make_policy, make_user


def offer_call(actor, customer: int, product: int | None, result: str = "completed") -> int:  # type: ignore[no-untyped-def]
    """A single call about `product` that ends as `result`."""
    return start_call(customer, actor=actor, purpose="product_offer", product_id=product,
                      client=ScriptedClient({PHONES[customer]: result})).id


PHONES: dict[int, str] = {}  # customer id -> number, for the scripted results


def customer(phone: str) -> int:
    cid = make_customer(phone=phone)
    PHONES[cid] = phone
    return cid


def test_the_voice_agent_and_staff_record_the_product_with_the_outcome(db, admin):
    agent = make_user("agent")
    motor, home = offer_product(admin, {}), offer_product(admin, {}, name="Home Standard")
    call_id = offer_call(agent, customer("+16175550301"), motor)
    assert get_call(call_id, actor=agent).product_id == motor
    kept = record_call_outcome(call_id, "interested", "Wants a quote.")
    assert (kept.outcome, kept.product_id, kept.product_name) == ("interested", motor,
                                                                  "Motor Plus")
    moved = update_call_outcome(call_id, "interested", "Rather the home cover.", actor=agent,
                                product_id=home)
    assert (moved.product_id, moved.product_name) == (home, "Home Standard")
    by_agent, by_staff = audit_entries("call_outcome_recorded", call_id)
    assert by_agent.details["new"]["product_id"] == motor
    assert (by_staff.details["old"]["product_id"], by_staff.details["new"]["product_id"]) == (
        motor, home)
    with pytest.raises(ValidationError, match="product_id"):
        record_call_outcome(call_id, "not_interested", None, product_id=999999)
    after = get_call(call_id, actor=agent)
    assert (after.outcome, after.product_id) == ("interested", home)  # nothing half-written


def test_a_renewal_call_can_record_interest_in_a_product(db, admin):
    motor = offer_product(admin, {})
    call_id = offer_call(admin, customer("+16175550302"), None)
    assert get_call(call_id, actor=admin).product_id is None
    record_call_outcome(call_id, "interested", "Asked about Motor Plus.", product_id=motor)
    [row] = product_offer_summary(actor=admin)
    assert (row.product_id, row.calls, row.interested) == (motor, 1, 1)


def test_counts_per_product_with_conversion(db, admin):
    motor, home = offer_product(admin, {}), offer_product(admin, {}, name="Home Standard")
    ann, bob, cy, dee = (customer(f"+161755503{i}") for i in (11, 12, 13, 14))
    # Ann: busy, then answered and interested, then bought Motor Plus: converted once.
    offer_call(admin, ann, motor, "busy")
    record_call_outcome(offer_call(admin, ann, motor), "interested", None)
    make_policy(customer_id=ann, product_id=motor)
    # Bob held Motor Plus before he was called: not a conversion.
    make_policy(customer_id=bob, product_id=motor)
    record_call_outcome(offer_call(admin, bob, motor), "not_interested", None)
    # Cy: interested in Motor Plus but bought Home Standard: no Motor Plus conversion.
    record_call_outcome(offer_call(admin, cy, motor), "interested", None)
    make_policy(customer_id=cy, product_id=home)
    # Dee: Home Standard, no answer; a call without a product is not counted anywhere.
    offer_call(admin, dee, home, "no_answer")
    offer_call(admin, dee, None)
    rows = {r.product_id: r for r in product_offer_summary(actor=admin)}
    assert rows[motor] == ProductOfferRow(motor, rows[motor].product_code, "Motor Plus",
                                          calls=4, answered=3, interested=2, converted=1)
    assert rows[home] == ProductOfferRow(home, rows[home].product_code, "Home Standard",
                                         calls=1, answered=0, interested=0, converted=0)
    assert [r.product_id for r in product_offer_summary(actor=admin, product_id=home)] == [home]
    with pytest.raises(PermissionDenied):
        product_offer_summary(actor=None)  # type: ignore[arg-type]


def test_the_summary_filters_by_day_and_campaign(db, admin):
    motor = offer_product(admin, {})
    for phone in ("+16175550321", "+16175550322"):
        customer(phone)
    campaign_id = started_offer(admin, motor)
    run(campaign_id, ScriptedClient())
    lone = offer_call(admin, customer("+16175550323"), motor)
    with session_scope() as session:  # the single call was placed a week later
        session.execute(update(Call).where(Call.id == lone).values(
            created_at=NOON_NY + timedelta(days=7)))
    day = NOON_NY.date()

    def calls(**filters: object) -> list[int]:
        return [r.calls for r in product_offer_summary(actor=admin, **filters)]  # type: ignore[arg-type]

    assert calls() == [3]
    assert calls(campaign_id=campaign_id) == [2]
    assert calls(date_from=day, date_to=day) == [2]
    assert calls(date_from=day + timedelta(days=1)) == [1]
    assert calls(date_to=day - timedelta(days=1)) == []


def test_a_simulated_offer_campaign_reports_interest_in_the_product(db, admin):
    motor = offer_product(admin, {})
    # Last digits 4..9 answer; 0 is busy. 4, 5 and 7 are interested in the demo simulation.
    for digit in range(10):
        customer(f"+161755503{40 + digit}")
    campaign_id = started_offer(admin, motor)
    result = run_campaign_batch(campaign_id, now=datetime(2026, 11, 23, 17, 0, tzinfo=UTC),
                                client=SimulatedCallClient(step_seconds=0), concurrency=5,
                                rate_per_second=1000)
    assert result.dialled == 10
    [row] = product_offer_summary(actor=admin, campaign_id=campaign_id)
    assert (row.calls, row.answered, row.interested, row.converted) == (10, 6, 3, 0)
    calls = {c.phone[-1]: c for c in (get_call(i, actor=admin) for i in result.call_ids)}
    assert calls["4"].outcome == "interested" and "Motor Plus" in calls["4"].summary
    assert calls["9"].outcome == "not_interested" and "Motor Plus" in calls["9"].summary
    assert calls["0"].outcome is None
