"""Claims, scores, reserves and decision times: exact figures from the known data set."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.errors import PermissionDenied, ValidationError
from core.reports.schemas import (
    BandCount,
    DecisionWeek,
    ReserveRow,
    StatusCount,
    WeekStatusCount,
)
from core.reports.service import (
    claims_by_risk_band,
    claims_by_status,
    claims_by_week,
    decision_time_distribution,
    decision_times_by_week,
    fraud_score_histogram,
    reserves_by_incident_type,
    reserves_by_product,
)
from tests.core.claims.rows import make_claim
from tests.core.reports.conftest import at
from tests.factories import make_user

D = Decimal


def test_claims_by_status_counts_every_claim_once(dataset):
    agent = make_user("agent")  # every logged-in role reads reports
    assert claims_by_status(actor=agent) == [
        StatusCount("approved", 3), StatusCount("rejected", 2), StatusCount("in_review", 1),
        StatusCount("info_requested", 1), StatusCount("new", 1)]


def test_filters_by_product_and_by_the_days_claims_were_received(dataset):
    adjuster = make_user("adjuster")
    assert {r.status: r.claims for r in claims_by_status(
        actor=adjuster, product_id=dataset.product_a)} == {
        "new": 1, "approved": 1, "rejected": 1, "info_requested": 1}
    # 9 to 16 Nov, both days whole: c4 (midnight on the 9th), c5 and c6 (10:00 on the 16th);
    # c3, received at 23:30 on the 8th, is out.
    assert {r.status: r.claims for r in claims_by_status(
        actor=adjuster, date_from=date(2026, 11, 9), date_to=date(2026, 11, 16))} == {
        "in_review": 1, "approved": 1, "rejected": 1}
    assert claims_by_status(actor=adjuster, date_from=date(2027, 1, 1)) == []


def test_claims_by_week_start_on_monday(dataset):
    admin = make_user("admin")
    assert claims_by_week(actor=admin) == [
        WeekStatusCount(date(2026, 9, 28), "approved", 1),
        WeekStatusCount(date(2026, 11, 2), "approved", 1),
        WeekStatusCount(date(2026, 11, 2), "new", 1),
        WeekStatusCount(date(2026, 11, 2), "rejected", 1),  # Sunday 8 Nov, 23:30
        WeekStatusCount(date(2026, 11, 9), "approved", 1),
        WeekStatusCount(date(2026, 11, 9), "in_review", 1),
        WeekStatusCount(date(2026, 11, 16), "info_requested", 1),
        WeekStatusCount(date(2026, 11, 16), "rejected", 1),
    ]
    assert [(r.week, r.claims) for r in claims_by_week(
        actor=admin, product_id=dataset.product_b, date_from=date(2026, 11, 1))] == [
        (date(2026, 11, 2), 1), (date(2026, 11, 9), 1)]


def test_fraud_score_histogram_uses_current_scores_in_5_percent_buckets(dataset):
    admin = make_user("admin")
    buckets = fraud_score_histogram(actor=admin)
    assert len(buckets) == 20
    assert (buckets[0].low, buckets[0].high, buckets[-1].low, buckets[-1].high) == (
        0.0, 0.05, 0.95, 1.0)
    counts = {round(b.low, 2): b.claims for b in buckets if b.claims}
    # 0.7 sits in 70-75 % and 1.0 in the last bucket; c7's old 0.9 no longer counts.
    assert counts == {0.0: 1, 0.1: 1, 0.3: 1, 0.5: 1, 0.7: 1, 0.95: 2}
    product_a = {round(b.low, 2): b.claims
                 for b in fraud_score_histogram(actor=admin, product_id=dataset.product_a)
                 if b.claims}
    assert product_a == {0.0: 1, 0.1: 1, 0.3: 1, 0.95: 1}


def test_claims_by_risk_band_include_the_unscored(dataset):
    admin = make_user("admin")
    assert claims_by_risk_band(actor=admin) == [
        BandCount("high", 3), BandCount("medium", 2), BandCount("low", 2),
        BandCount("unscored", 1)]
    assert claims_by_risk_band(actor=admin, date_from=date(2026, 11, 9),
                               date_to=date(2026, 11, 10)) == [
        BandCount("high", 1), BandCount("unscored", 1)]


def test_reserves_by_product_sum_open_reserves_claimed_and_approved(dataset):
    admin = make_user("admin")
    assert reserves_by_product(actor=admin) == [
        ReserveRow("RPT-A", "Test product (RPT-A)", claims=4, open_claims=2,
                   open_reserve=D("1200.00"), claimed_total=D("4200.00"),
                   approved_total=D("1500.00")),
        ReserveRow("RPT-B", "Test product (RPT-B)", claims=3, open_claims=1,
                   open_reserve=D("500.00"), claimed_total=D("15700.00"),
                   approved_total=D("8000.00")),
        ReserveRow("", "(no policy on file)", claims=1, open_claims=0, open_reserve=D("0.00"),
                   claimed_total=D("300.00"), approved_total=D("300.00")),
    ]
    assert [r.key for r in reserves_by_product(actor=admin, product_id=dataset.product_b)] == [
        "RPT-B"]


def test_reserves_by_incident_type(dataset):
    admin = make_user("admin")
    rows = {r.key: (r.claims, r.open_claims, r.open_reserve, r.claimed_total, r.approved_total)
            for r in reserves_by_incident_type(actor=admin)}
    assert rows == {
        "collision": (2, 1, D("800.00"), D("3000.00"), D("1500.00")),
        "theft": (2, 1, D("500.00"), D("5700.00"), D("0.00")),
        "fire": (1, 1, D("400.00"), D("0.00"), D("0.00")),
        "water_damage": (1, 0, D("0.00"), D("1200.00"), D("0.00")),
        "liability": (1, 0, D("0.00"), D("10000.00"), D("8000.00")),
        "": (1, 0, D("0.00"), D("300.00"), D("300.00")),
    }
    # Largest open reserve first; readable labels.
    assert [r.label for r in reserves_by_incident_type(actor=admin)] == [
        "collision", "theft", "fire", "(not stated)", "liability", "water damage"]


def test_decision_times_by_week_of_decision(dataset):
    admin = make_user("admin")
    assert decision_times_by_week(actor=admin) == [
        DecisionWeek(date(2026, 11, 2), decided=1, median_days=1.0, p90_days=1.0,
                     mean_days=1.0),
        # c5 after 6 hours, c8 after 40 days
        DecisionWeek(date(2026, 11, 9), decided=2, median_days=0.25, p90_days=40.0,
                     mean_days=20.12),
        # c6 after 3 days, c3 after 10
        DecisionWeek(date(2026, 11, 16), decided=2, median_days=3.0, p90_days=10.0,
                     mean_days=6.5),
    ]
    # Filtered by the day of decision, not of intake: c3 (decided late on the 18th) is in,
    # c6 (the 19th) is out.
    assert [(w.week, w.decided) for w in decision_times_by_week(
        actor=admin, date_from=date(2026, 11, 10), date_to=date(2026, 11, 18))] == [
        (date(2026, 11, 9), 2), (date(2026, 11, 16), 1)]
    assert [(w.week, w.decided) for w in decision_times_by_week(
        actor=admin, product_id=dataset.product_b)] == [
        (date(2026, 11, 9), 1), (date(2026, 11, 16), 1)]


def test_percentiles_are_nearest_rank_within_each_week(dataset):
    """Ten decisions on 23 Dec after 1..10 days: the median is rank 5, the 90th rank 9."""
    for days in range(1, 11):
        make_claim(status="approved", created_at=at("2026-12-23") - timedelta(days=days),
                   decided_at=at("2026-12-23"))
    [week] = decision_times_by_week(actor=make_user("admin"), date_from=date(2026, 12, 1))
    assert week == DecisionWeek(date(2026, 12, 21), decided=10, median_days=5.0,
                                p90_days=9.0, mean_days=5.5)


def test_decision_time_distribution(dataset):
    admin = make_user("admin")
    assert [(b.label, b.claims) for b in decision_time_distribution(actor=admin)] == [
        ("under 1 day", 1), ("1-2 days", 1), ("2-7 days", 1), ("7-14 days", 1),
        ("14-30 days", 0), ("30 days or more", 1)]


def test_reports_need_a_user_and_a_sensible_period(dataset):
    with pytest.raises(PermissionDenied):
        claims_by_status(actor=None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="date_to: is before the first day"):
        fraud_score_histogram(actor=make_user("agent"), date_from=date(2026, 11, 2),
                              date_to=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="product_id"):
        reserves_by_product(actor=make_user("agent"), product_id=0)
