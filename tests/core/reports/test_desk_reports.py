"""The renewal pipeline and call and campaign outcomes: exact figures from the known data set."""

from __future__ import annotations

from datetime import date

from core.calls.schemas import ProductOfferRow
from core.reports.schemas import CallOutcomeCount, CampaignRow, RenewalRow
from core.reports.service import (
    call_outcomes,
    campaign_outcomes,
    offers_by_product,
    renewal_pipeline,
)
from tests.core.reports.conftest import TODAY
from tests.factories import make_user

NOVEMBER = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}


def test_renewal_pipeline_per_product(dataset):
    agent = make_user("agent")
    assert renewal_pipeline(actor=agent, today=TODAY) == [
        # 10 and 30 days; 31; 90 (91 days, a cancelled term and yesterday's are not counted)
        RenewalRow(dataset.product_a, "RPT-A", "Test product", expiring_30=2, expiring_60=1,
                   expiring_90=1, renewed=1, declined=0),
        RenewalRow(dataset.product_b, "RPT-B", "Test product", expiring_30=0, expiring_60=1,
                   expiring_90=0, renewed=1, declined=1),
    ]


def test_renewed_and_declined_count_terms_ending_in_the_period(dataset):
    agent = make_user("agent")
    rows = renewal_pipeline(actor=agent, today=TODAY, **NOVEMBER)
    # A's renewed term ends on 13 December; B's ended on 1 November, its declined one ends on
    # the 26th. Terms about to expire are always counted from today.
    assert [(r.product_code, r.expiring_30, r.renewed, r.declined) for r in rows] == [
        ("RPT-A", 2, 0, 0), ("RPT-B", 0, 1, 1)]
    only_b = renewal_pipeline(actor=agent, today=TODAY, product_id=dataset.product_b)
    assert [r.product_code for r in only_b] == ["RPT-B"]
    # A week later the 31-day term joins the 30 days, and the 91-day one the 90 days.
    later = renewal_pipeline(actor=agent, today=date(2026, 11, 30),
                             product_id=dataset.product_a)[0]
    assert (later.expiring_30, later.expiring_60, later.expiring_90) == (3, 0, 2)


def test_call_outcomes_by_status_and_outcome(dataset):
    admin = make_user("admin")
    assert call_outcomes(actor=admin) == [
        CallOutcomeCount("busy", None, 1), CallOutcomeCount("completed", "interested", 1),
        CallOutcomeCount("completed", "not_interested", 1),
        CallOutcomeCount("completed", "renewed", 1), CallOutcomeCount("failed", None, 1),
        CallOutcomeCount("no_answer", None, 1)]
    assert sum(r.calls for r in call_outcomes(actor=admin, **NOVEMBER)) == 5  # not October's
    # Product B: calls about its policy, and a call about the product itself.
    assert {(r.status, r.outcome) for r in call_outcomes(
        actor=admin, product_id=dataset.product_b)} == {
        ("completed", "interested"), ("busy", None), ("completed", "not_interested")}


def test_campaign_outcomes_with_single_calls_last(dataset):
    admin = make_user("admin")
    assert campaign_outcomes(actor=admin) == [
        CampaignRow(dataset.campaign_id, "Renewals November", "running", calls=4, answered=2,
                    outcomes={"interested": 1, "renewed": 1}),
        CampaignRow(None, "Single calls (no campaign)", None, calls=2, answered=1,
                    outcomes={"not_interested": 1}),
    ]
    [campaign, single] = campaign_outcomes(actor=admin, **NOVEMBER)
    assert (campaign.calls, single.calls) == (3, 2)
    assert campaign_outcomes(actor=admin, date_from=date(2027, 1, 1)) == []


def test_offers_by_product_count_interest_and_conversion(dataset):
    agent = make_user("agent")
    # The one call about product B itself was answered; its customer then took a B policy.
    assert offers_by_product(actor=agent) == [
        ProductOfferRow(dataset.product_b, "RPT-B", "Test product", calls=1, answered=1,
                        interested=0, converted=1)]
    assert offers_by_product(actor=agent, product_id=dataset.product_a) == []
    assert offers_by_product(actor=agent, date_from=date(2026, 11, 22)) == []
