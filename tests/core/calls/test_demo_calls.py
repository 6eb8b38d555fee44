"""The demo seed's calls: a finished Motor Plus offer with simulated outcomes and conversions,
products given eligibility rules, and nothing added twice."""

from __future__ import annotations

from datetime import date

from core.calls.campaign import campaign_progress, list_campaigns
from core.calls.demo import CONVERTED, DEMO_CAMPAIGN, OFFERED
from core.calls.offers import product_offer_summary
from core.calls.service import list_calls
from core.demo import seed_demo
from core.policies.customers import get_customer
from core.policies.products import list_products
from tests.core.calls.offer_helpers import set_rules
from tests.factories import make_user

TODAY = date(2026, 3, 10)


def test_the_demo_seed_shows_a_finished_offer_with_interest_and_conversions(db):
    report = seed_demo(today=TODAY, with_claims=False)
    viewer = make_user("agent", username="viewer")
    [campaign] = [c for c in list_campaigns(actor=viewer) if c.name == DEMO_CAMPAIGN]
    assert (campaign.status, campaign.purpose, campaign.product_code) == (
        "completed", "product_offer", "MOTOR-PLUS")
    calls = list_calls(actor=viewer, campaign_id=campaign.id, page_size=100).items
    assert len(calls) == report.calls == OFFERED + CONVERTED
    assert all(c.simulated and c.product_code == "MOTOR-PLUS" for c in calls)
    [row] = product_offer_summary(actor=viewer, campaign_id=campaign.id)
    assert row.product_code == "MOTOR-PLUS" and row.calls == len(calls)
    assert row.answered == sum(c.status == "completed" for c in calls)
    assert row.interested == sum(c.outcome == "interested" for c in calls) > CONVERTED
    assert row.converted == CONVERTED
    assert campaign_progress(campaign.id).by_outcome["interested"] == row.interested
    for call in calls:  # nobody who asked not to be called; each customer's count kept
        customer = get_customer(call.customer_id, actor=viewer)
        assert not customer.do_not_call and customer.call_count == 1
    assert seed_demo(today=TODAY, with_claims=False).calls == report.calls  # nothing twice


def test_the_seed_gives_demo_products_without_rules_their_rules(db):
    seed_demo(today=TODAY, with_claims=False)
    viewer = make_user("agent", username="viewer")
    motor = next(p for p in list_products(actor=viewer).items if p.code == "MOTOR-PLUS")
    set_rules(motor.id, {})
    seed_demo(today=TODAY, with_claims=False)
    motor = next(p for p in list_products(actor=viewer).items if p.code == "MOTOR-PLUS")
    assert motor.eligibility == {"min_age": 25, "max_age": 75}
