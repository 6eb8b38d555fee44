"""Decision-time reports: days from intake (claims.created_at) to decision (claims.decided_at).

On PostgreSQL both read the index on (decided_at, created_at) alone (migration 0009): the weekly
percentiles sort each week's few thousand spans apart (a LATERAL aggregate per week), not a
million spans at once; the distribution places each span in its bucket with one width_bucket
call (core.reports.sql.bucket_of). SQLite runs the portable queries. Both give the same figures.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    Select,
    case,
    cast,
    column,
    func,
    literal_column,
    select,
    true,
    values,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.claims.models import Claim
from core.db import session_scope
from core.reports.filters import check_filters, claim_of_product, in_period
from core.reports.schemas import DecisionWeek, DurationBucket
from core.reports.sql import bucket_of, days_between, week_start

# Intake-to-decision spans in days: [low, high), the last one open-ended.
DURATION_EDGES: tuple[tuple[str, float, float | None], ...] = (
    ("under 1 day", 0, 1), ("1-2 days", 1, 2), ("2-7 days", 2, 7), ("7-14 days", 7, 14),
    ("14-30 days", 14, 30), ("30 days or more", 30, None),
)
WEEK = timedelta(days=7)
MEDIAN, P90 = 0.5, 0.9


def _decided(date_from: date | None, date_to: date | None,
             product_id: int | None) -> list[Any]:
    # decided_at is set by approve/reject and cleared on reopen: the claims decided now.
    return [Claim.decided_at.is_not(None), *in_period(Claim.decided_at, date_from, date_to),
            *claim_of_product(product_id)]


def _ranked_percentiles(where: list[Any]) -> Select[Any]:
    # Nearest rank of the p-th percentile is ceil(p * n): (n + 1) // 2 and (9n + 9) // 10,
    # found by a window function: one sort, no correlated subquery (SQLite has no
    # percentile aggregate).
    days = days_between(Claim.decided_at, Claim.created_at)
    week = week_start(Claim.decided_at)
    ranked = (select(week.label("week"), days.label("days"),
                     func.row_number().over(partition_by=week, order_by=days).label("pos"),
                     func.count().over(partition_by=week).label("n"))
              .where(*where).subquery())
    pos, n = ranked.c.pos, ranked.c.n
    return (select(ranked.c.week, func.max(n),
                   func.min(case((pos >= (n + 1) // 2, ranked.c.days))),
                   func.min(case((pos >= (n * 9 + 9) // 10, ranked.c.days))),
                   func.avg(ranked.c.days))
            .group_by(ranked.c.week).order_by(ranked.c.week))


def _ordered_set_percentiles(where: list[Any]) -> Select[Any]:
    # PostgreSQL's percentile_disc is the same nearest rank, sorted per week in memory.
    days = days_between(Claim.decided_at, Claim.created_at)
    inner = select(week_start(Claim.decided_at).label("week"), days.label("days")).where(
        *where).subquery()
    return (select(inner.c.week, func.count(),
                   func.percentile_disc(0.5).within_group(inner.c.days),
                   func.percentile_disc(0.9).within_group(inner.c.days),
                   func.avg(inner.c.days))
            .group_by(inner.c.week).order_by(inner.c.week))


def _percentiles_week_by_week(mondays: list[date], where: list[Any]) -> Select[Any]:
    # Over every claim, one sort of all the spans by week spilled to disk (1.7 s at a million
    # claims). Instead, per Monday a LATERAL aggregate reads that week's range of the
    # (decided_at, created_at) index and sorts a few thousand spans in memory. The Mondays are
    # listed, not generated in SQL, so the planner knows how many (a guess of 1,000 made it
    # compile the query with JIT for a second). Weeks with no decision are left out.
    weeks = (values(column("monday", DateTime()), name="weeks")
             .data([(datetime.combine(m, time.min),) for m in mondays]))
    # The span computed once per claim (OFFSET 0 keeps the subquery apart), both percentiles
    # from one sort (percentile_disc of an array).
    week_spans = (select(days_between(Claim.decided_at, Claim.created_at).label("days"))
                  .where(*where, Claim.decided_at >= weeks.c.monday,
                         Claim.decided_at < weeks.c.monday + WEEK)
                  .offset(0).correlate(weeks).subquery("week_spans"))
    ranks = literal_column(f"ARRAY[{MEDIAN}, {P90}]", ARRAY(Float()))
    spans = (select(func.count().label("n"),
                    func.percentile_disc(ranks).within_group(week_spans.c.days)
                    .label("percentiles"),
                    func.avg(week_spans.c.days).label("mean"))
             .lateral("spans"))
    return (select(cast(weeks.c.monday, Date), spans.c.n, spans.c.percentiles, spans.c.mean)
            .select_from(weeks).join(spans, true()).where(spans.c.n > 0)
            .order_by(weeks.c.monday))


def _postgresql_weeks(session: Session, where: list[Any], product_id: int | None) -> list[Any]:
    if product_id is not None:  # a tenth of the claims or so: one sort stays in memory
        return list(session.execute(_ordered_set_percentiles(where)).all())
    first, last = session.execute(select(func.min(Claim.decided_at),
                                         func.max(Claim.decided_at)).where(*where)).one()
    if first is None or last is None:
        return []
    monday = first.date() - timedelta(days=first.weekday())
    mondays = [monday + WEEK * i for i in range((last.date() - monday).days // 7 + 1)]
    return [(week, n, median, p90, mean) for week, n, (median, p90), mean
            in session.execute(_percentiles_week_by_week(mondays, where))]


def decision_times_by_week(*, actor: CurrentUser, date_from: date | None = None,
                           date_to: date | None = None,
                           product_id: int | None = None) -> list[DecisionWeek]:
    """Per week of decision: claims decided, median, 90th percentile and mean days since intake.

    Percentiles are nearest-rank (an actual claim's time), the same on both backends."""
    check_filters(actor, date_from, date_to, product_id)
    where = _decided(date_from, date_to, product_id)
    with session_scope() as session:
        if session.get_bind().dialect.name == "postgresql":
            rows = _postgresql_weeks(session, where, product_id)
        else:
            rows = list(session.execute(_ranked_percentiles(where)).all())
    return [DecisionWeek(week=w, decided=int(count), median_days=round(float(median), 2),
                         p90_days=round(float(p90), 2), mean_days=round(float(mean), 2))
            for w, count, median, p90, mean in rows]


def duration_bucket() -> Any:
    """The index in DURATION_EDGES of a decided claim's span (migration 0009 keeps statistics
    on this very expression)."""
    highs = [high for _label, _low, high in DURATION_EDGES if high is not None]
    return bucket_of(days_between(Claim.decided_at, Claim.created_at), highs)


def decision_time_distribution(*, actor: CurrentUser, date_from: date | None = None,
                               date_to: date | None = None,
                               product_id: int | None = None) -> list[DurationBucket]:
    """Claims decided in the period by days from intake to decision (every bucket listed)."""
    check_filters(actor, date_from, date_to, product_id)
    inner = (select(duration_bucket().label("bucket"))
             .where(*_decided(date_from, date_to, product_id)).subquery())
    stmt = select(inner.c.bucket, func.count()).group_by(inner.c.bucket)
    with session_scope() as session:
        counts = {int(b): int(n) for b, n in session.execute(stmt)}
    return [DurationBucket(label, float(low), None if high is None else float(high),
                           counts.get(i, 0))
            for i, (label, low, high) in enumerate(DURATION_EDGES)]
