"""Report services: every figure is a GROUP BY in the database, never rows loaded into Python.

Each public function takes the acting user and the same filters (a period of UTC days and a
product) and returns a list of frozen rows (core.reports.schemas). Claims are counted by when
they were received (claims.created_at), decisions by when they were made (claims.decided_at).
Counts of claims and reserves read per-day rollups kept by triggers (core.reports.models), so
they cost the same at a million claims as at a thousand. Any logged-in role may read reports.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from core.auth.schemas import CurrentUser
from core.claims.models import Claim
from core.db import session_scope
from core.reports.decisions import decision_time_distribution, decision_times_by_week
from core.reports.desk import (
    call_outcomes,
    campaign_outcomes,
    offers_by_product,
    renewal_pipeline,
)
from core.reports.filters import check_filters, claim_filters, in_days
from core.reports.models import ClaimStatusDay
from core.reports.reserves import reserves_by_incident_type, reserves_by_product
from core.reports.schemas import (
    BandCount,
    ScoreBucket,
    StatusCount,
    WeekStatusCount,
)
from core.reports.sql import bucket_of, week_of_day
from core.scoring.models import Score

__all__ = [
    "call_outcomes", "campaign_outcomes", "claims_by_risk_band", "claims_by_status",
    "claims_by_week", "decision_time_distribution", "decision_times_by_week",
    "fraud_score_histogram", "offers_by_product", "renewal_pipeline",
    "reserves_by_incident_type", "reserves_by_product",
]

SCORE_BUCKETS = 20  # 5 % wide
UNSCORED = "unscored"


def _status_days(columns: list[Any], date_from: date | None, date_to: date | None,
                 product_id: int | None) -> Select[Any]:
    # Claims counted from the claim_status_days rollup (a row per day, product and status, kept
    # by triggers): a period is whole UTC days of intake, so its days' rows are its claims.
    days = ClaimStatusDay
    stmt = select(*columns).where(*in_days(days.day, date_from, date_to))
    if product_id is not None:
        stmt = stmt.where(days.product_id == product_id)
    return stmt


def claims_by_status(*, actor: CurrentUser, date_from: date | None = None,
                     date_to: date | None = None,
                     product_id: int | None = None) -> list[StatusCount]:
    """Claims received in the period, by their current status (largest first)."""
    check_filters(actor, date_from, date_to, product_id)
    claims = func.sum(ClaimStatusDay.claims)
    stmt = (_status_days([ClaimStatusDay.status, claims], date_from, date_to, product_id)
            .group_by(ClaimStatusDay.status).having(claims > 0))
    with session_scope() as session:
        rows = session.execute(stmt).all()
    return sorted((StatusCount(status, int(n)) for status, n in rows),
                  key=lambda r: (-r.claims, r.status))


def claims_by_week(*, actor: CurrentUser, date_from: date | None = None,
                   date_to: date | None = None,
                   product_id: int | None = None) -> list[WeekStatusCount]:
    """Claims received per (Monday-based, UTC) week, split by current status, oldest first."""
    check_filters(actor, date_from, date_to, product_id)
    inner = _status_days([week_of_day(ClaimStatusDay.day).label("week"),
                          ClaimStatusDay.status.label("status"), ClaimStatusDay.claims],
                         date_from, date_to, product_id).subquery()
    claims = func.sum(inner.c.claims)
    stmt = (select(inner.c.week, inner.c.status, claims)
            .group_by(inner.c.week, inner.c.status).having(claims > 0)
            .order_by(inner.c.week, inner.c.status))
    with session_scope() as session:
        rows = session.execute(stmt).all()
    return [WeekStatusCount(week, status, int(n)) for week, status, n in rows]


def _scores_of_claims(columns: list[Any], date_from: date | None, date_to: date | None,
                      product_id: int | None) -> Select[Any]:
    # Only current scores; the claims table is joined only when a filter needs it, so the
    # unfiltered report reads the partial index of current scores alone.
    stmt = select(*columns).where(Score.current)
    where = claim_filters(date_from, date_to, product_id)
    if where:
        stmt = stmt.join(Claim, Claim.id == Score.claim_id).where(*where)
    return stmt


def fraud_score_histogram(*, actor: CurrentUser, date_from: date | None = None,
                          date_to: date | None = None,
                          product_id: int | None = None) -> list[ScoreBucket]:
    """Claims by current fraud probability in 20 buckets of 5 % (empty buckets included)."""
    check_filters(actor, date_from, date_to, product_id)
    # Comparisons with edges i / 20 (0.7, not 14 * 0.05 = 0.7000000000000001), not
    # floor(p * 20): the same float edges on both backends, so a score of 0.7 lands in 70-75 %.
    edges = [i / SCORE_BUCKETS for i in range(SCORE_BUCKETS + 1)]
    bucket = bucket_of(Score.fraud_probability, edges[1:-1])
    inner = _scores_of_claims([bucket.label("bucket")], date_from, date_to, product_id).subquery()
    stmt = select(inner.c.bucket, func.count()).group_by(inner.c.bucket)
    with session_scope() as session:
        counts = {int(b): int(n) for b, n in session.execute(stmt)}
    return [ScoreBucket(low=edges[i], high=edges[i + 1], claims=counts.get(i, 0))
            for i in range(SCORE_BUCKETS)]


def claims_by_risk_band(*, actor: CurrentUser, date_from: date | None = None,
                        date_to: date | None = None,
                        product_id: int | None = None) -> list[BandCount]:
    """Claims per risk band of their current score, high to low, then those not scored."""
    check_filters(actor, date_from, date_to, product_id)
    by_band = _scores_of_claims([Score.risk_band, func.count()], date_from, date_to,
                                product_id).group_by(Score.risk_band)
    total = _status_days([func.sum(ClaimStatusDay.claims)], date_from, date_to, product_id)
    with session_scope() as session:
        counts = {band: int(n) for band, n in session.execute(by_band)}
        claims = int(session.scalar(total) or 0)
    order = {"high": 0, "medium": 1, "low": 2}
    rows = [BandCount(band, counts[band])
            for band in sorted(counts, key=lambda b: (order.get(b, 3), b))]
    return [*rows, BandCount(UNSCORED, claims - sum(counts.values()))]
