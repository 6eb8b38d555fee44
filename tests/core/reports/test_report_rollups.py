"""The reserve and claim-count reports read rollups kept by triggers: after every kind of change
to claims and policies, they must still equal the figures counted in Python from the claims."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from core.claims.models import Claim
from core.db import session_scope
from core.policies.models import Policy, Product
from core.reports.reserves import NO_INCIDENT, NO_PRODUCT, OPEN_STATUSES
from core.reports.service import (
    claims_by_risk_band,
    claims_by_status,
    claims_by_week,
    reserves_by_incident_type,
    reserves_by_product,
)
from tests.core.claims.rows import make_claim
from tests.core.reports.conftest import at
from tests.factories import make_product, make_user

ZERO = Decimal("0.00")


def claims_in(date_from: date | None, date_to: date | None,
              product_id: int | None) -> list[tuple[Claim, int | None]]:
    """Every claim received in the period on a policy of the product, with its product."""
    with session_scope() as session:
        products = dict(session.execute(select(Policy.id, Policy.product_id)).all())
        claims = session.scalars(select(Claim)).all()
        session.expunge_all()
    found = []
    for c in claims:
        product = products.get(c.policy_id) if c.policy_id else None
        day = c.created_at.date()
        if not ((date_from and day < date_from) or (date_to and day > date_to)
                or (product_id is not None and product != product_id)):
            found.append((c, product))
    return found


def python_reserves(by: str, date_from: date | None = None, date_to: date | None = None,
                    product_id: int | None = None) -> dict[str, tuple]:
    """{key: (claims, open, open reserve, claimed, approved)} counted from every claim row."""
    with session_scope() as session:
        codes = dict(session.execute(select(Product.id, Product.code)).all())
    totals: dict[str, list] = defaultdict(lambda: [0, 0, ZERO, ZERO, ZERO])
    for c, product in claims_in(date_from, date_to, product_id):
        key = (codes[product] if product else "") if by == "product" else (
            c.incident_type or "")
        row = totals[key]
        is_open = c.status in OPEN_STATUSES
        row[0] += 1
        row[1] += is_open
        row[2] += (c.reserve_amount or ZERO) if is_open else ZERO
        row[3] += c.claimed_amount or ZERO
        row[4] += (c.approved_amount or ZERO) if c.status == "approved" else ZERO
    return {k: tuple(v) for k, v in totals.items()}


def reported(by: str, **filters) -> dict[str, tuple]:
    report = reserves_by_product if by == "product" else reserves_by_incident_type
    return {r.key: (r.claims, r.open_claims, r.open_reserve, r.claimed_total, r.approved_total)
            for r in report(actor=make_user("agent"), **filters)}


def assert_counts_match_the_claims(filters: dict) -> None:
    found = [c for c, _product in claims_in(filters.get("date_from"), filters.get("date_to"),
                                            filters.get("product_id"))]
    agent = make_user("agent")
    by_status = Counter(c.status for c in found)
    assert {r.status: r.claims for r in claims_by_status(actor=agent, **filters)} == by_status
    by_week = Counter((c.created_at.date() - timedelta(days=c.created_at.weekday()), c.status)
                      for c in found)
    assert [(r.week, r.status, r.claims) for r in claims_by_week(actor=agent, **filters)] == [
        (week, status, n) for (week, status), n in sorted(by_week.items())]
    # Every claim is counted once beside the bands: scored in a band or unscored.
    assert sum(r.claims for r in claims_by_risk_band(actor=agent, **filters)) == len(found)


def assert_reports_match_the_claims(dataset) -> None:
    for filters in ({}, {"date_from": date(2026, 11, 4), "date_to": date(2026, 11, 16)},
                    {"product_id": dataset.product_a},
                    {"date_from": date(2026, 11, 9), "product_id": dataset.product_b}):
        for by in ("product", "incident"):
            assert reported(by, **filters) == python_reserves(by, **filters), (by, filters)
        assert_counts_match_the_claims(filters)


def test_the_rollup_follows_inserts_updates_relinks_and_withdrawals(dataset):
    assert_reports_match_the_claims(dataset)
    claims = dataset.claims
    with session_scope() as session:
        # Decided, amounts changed, moved to another policy and to no policy (ORM updates).
        c1 = session.get(Claim, claims["c1"])
        c1.status, c1.approved_amount = "approved", Decimal("650.00")
        c4 = session.get(Claim, claims["c4"])
        c4.policy_id = session.get(Claim, claims["c2"]).policy_id
        c4.incident_type = None
        session.get(Claim, claims["c7"]).policy_id = None
        # An update touching none of the figures (the trigger must leave them alone).
        session.get(Claim, claims["c6"]).description = "edited"
    with session_scope() as session:
        # Reserve re-estimated by a Core UPDATE, as scoring does; a claim received a day later.
        session.execute(update(Claim).where(Claim.id == claims["c8"])
                        .values(reserve_amount=Decimal("123.45"), status="in_review"))
        session.execute(update(Claim).where(Claim.id == claims["c3"])
                        .values(created_at=at("2026-11-17", 1)))
        session.execute(update(Claim).where(Claim.id == claims["c5"])
                        .values(status="withdrawn"))
    # Claims are never deleted (migration 0004); a refused DELETE leaves the rollups as they were.
    with pytest.raises(DBAPIError, match="never deleted"), session_scope() as session:
        session.execute(delete(Claim).where(Claim.id == claims["c2"]))
    make_claim(number="RPT-c9", status="new", policy_id=c4.policy_id, claimed_amount="99.99",
               created_at=at("2026-11-16", 23, 59), incident_type="glass",
               reserve_amount=Decimal("80.10"))
    assert_reports_match_the_claims(dataset)


def test_a_policy_moved_to_another_product_moves_its_claims(dataset):
    other = make_product("RPT-C")
    with session_scope() as session:
        policy_id = session.get(Claim, dataset.claims["c3"]).policy_id
        session.execute(update(Policy).where(Policy.id == policy_id).values(product_id=other))
    rows = reported("product")
    assert rows["RPT-C"][0] == 3
    assert "RPT-B" not in rows  # every claim of B was on that policy: its rows are empty
    assert_reports_match_the_claims(dataset)


def test_labels_of_claims_without_a_policy_or_an_incident_type(dataset):
    admin = make_user("admin")
    assert NO_PRODUCT in [r.label for r in reserves_by_product(actor=admin)]
    assert NO_INCIDENT in [r.label for r in reserves_by_incident_type(actor=admin)]
