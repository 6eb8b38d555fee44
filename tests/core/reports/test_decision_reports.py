"""Decision-time reports against figures computed in Python from the claims, on many claims over
weeks with gaps, week edges and both products: PostgreSQL's week-by-week path (no product) and
its single-sort path (a product) must agree with Python and with SQLite."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from core.claims.models import Claim
from core.db import session_scope
from core.policies.models import Policy
from core.reports.decisions import DURATION_EDGES
from core.reports.schemas import DecisionWeek
from core.reports.service import decision_time_distribution, decision_times_by_week
from tests.core.claims.rows import make_claim
from tests.core.reports.conftest import at
from tests.factories import make_policy, make_product, make_user

FIRST_MONDAY = at("2026-09-07", 0)


@pytest.fixture
def decided(db: str) -> tuple[int, int]:
    """~60 decided claims over eight weeks (two of them empty), spans in multiples of 3 hours
    (exact in binary, so means match to the cent), some on the Sunday/Monday edge."""
    a, b = make_product("DEC-A"), make_product("DEC-B")
    policies = [make_policy(product_id=a), make_policy(product_id=b)]
    for i in range(60):
        week = (i * 7) % 8
        if week in (3, 4):  # two weeks with no decision
            continue
        decided_at = FIRST_MONDAY + timedelta(weeks=week, hours=(i * 37) % (7 * 24))
        if i % 11 == 0:
            decided_at = FIRST_MONDAY + timedelta(weeks=week + 1) - timedelta(seconds=1)
        span = timedelta(hours=3 * ((i * i * 13) % 400 + 1))
        make_claim(status="approved" if i % 3 else "rejected", decided_at=decided_at,
                   created_at=decided_at - span, policy_id=policies[i % 2] if i % 5 else None)
    make_claim(status="new", created_at=FIRST_MONDAY)  # not decided: in no figure
    return a, b


def spans(date_from: date | None, date_to: date | None,
          product_id: int | None) -> list[tuple[datetime, float]]:
    with session_scope() as session:
        products = dict(session.execute(select(Policy.id, Policy.product_id)).all())
        rows = session.execute(select(Claim.decided_at, Claim.created_at, Claim.policy_id)
                               .where(Claim.decided_at.is_not(None))).all()
    return [(done, (done - made).total_seconds() / 86400) for done, made, policy in rows
            if (not date_from or done.date() >= date_from)
            and (not date_to or done.date() <= date_to)
            and (product_id is None or products.get(policy) == product_id)]


def weeks_in_python(found: list[tuple[datetime, float]]) -> list[DecisionWeek]:
    by_week: dict[date, list[float]] = {}
    for done, days in found:
        by_week.setdefault(done.date() - timedelta(days=done.weekday()), []).append(days)
    out = []
    for week, values in sorted(by_week.items()):
        values.sort()
        n = len(values)
        out.append(DecisionWeek(week, n, round(values[math.ceil(n * 0.5) - 1], 2),
                                round(values[math.ceil(n * 0.9) - 1], 2),
                                round(sum(values) / n, 2)))
    return out


FILTERS = [(None, None, None), (date(2026, 9, 14), date(2026, 10, 4), None),
           (None, None, 0), (date(2026, 9, 20), None, 1)]


@pytest.mark.parametrize(("date_from", "date_to", "product"), FILTERS)
def test_weekly_percentiles_and_distribution_match_python(decided, date_from, date_to,
                                                          product):
    product_id = None if product is None else decided[product]
    found = spans(date_from, date_to, product_id)
    admin = make_user("adjuster")
    weeks = decision_times_by_week(actor=admin, date_from=date_from, date_to=date_to,
                                   product_id=product_id)
    assert weeks == weeks_in_python(found)
    assert len(weeks) >= 2 and (product is not None or date_from or len(weeks) == 6)
    buckets = decision_time_distribution(actor=admin, date_from=date_from, date_to=date_to,
                                         product_id=product_id)
    expected = [sum(1 for _done, days in found if low <= days and (high is None or days < high))
                for _label, low, high in DURATION_EDGES]
    assert [b.claims for b in buckets] == expected and sum(expected) == len(found)


def test_no_decision_in_the_period_gives_no_week(decided):
    admin = make_user("agent")
    assert decision_times_by_week(actor=admin, date_from=date(2027, 1, 1)) == []
    assert sum(b.claims for b in decision_time_distribution(
        actor=admin, date_from=date(2027, 1, 1))) == 0
