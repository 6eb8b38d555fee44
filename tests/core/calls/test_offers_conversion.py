"""Conversion per product, as the semi-join counts it, against a count in Python over calls and
policies placed at known times (several calls per customer, purchases before, between and
after them, other products, day filters)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from core.calls.models import Call
from core.calls.offers import product_offer_summary
from core.db import session_scope
from core.policies.models import Policy
from tests.factories import make_customer, make_policy, make_product, make_user

START = datetime(2026, 11, 2, 12, tzinfo=UTC)


def day(n: int, hour: int = 12) -> datetime:
    return START + timedelta(days=n, hours=hour - 12)


def add_call(customer: int, product: int | None, at: datetime) -> None:
    with session_scope() as session:
        session.add(Call(customer_id=customer, product_id=product, purpose="product_offer",
                         status="completed", attempt=1, phone="+16175550100", simulated=True,
                         outcome="interested", created_at=at, answered_at=at))


def buy(customer: int, product: int, at: datetime) -> None:
    policy_id = make_policy(customer_id=customer, product_id=product, end_in_days=300)
    with session_scope() as session:
        session.execute(update(Policy).where(Policy.id == policy_id).values(created_at=at))


def converted_in_python(date_from: date | None, date_to: date | None,
                        product_id: int | None) -> dict[int, int]:
    with session_scope() as session:
        calls = session.execute(select(Call.customer_id, Call.product_id, Call.created_at)
                                .where(Call.product_id.is_not(None))).all()
        bought = session.execute(select(Policy.customer_id, Policy.product_id,
                                        Policy.created_at)).all()
    found: dict[int, set[int]] = {}
    for customer, product, at in calls:
        if ((date_from and at.date() < date_from) or (date_to and at.date() > date_to)
                or (product_id is not None and product != product_id)):
            continue
        found.setdefault(product, set())
        if any(c == customer and p == product and when >= at for c, p, when in bought):
            found[product].add(customer)
    return {product: len(customers) for product, customers in found.items()}


@pytest.mark.parametrize("filters", [
    {}, {"date_from": date(2026, 11, 3)}, {"date_to": date(2026, 11, 4)},
    {"date_from": date(2026, 11, 3), "date_to": date(2026, 11, 5)}, {"product": 0},
])
def test_converted_customers_match_a_count_in_python(db, filters):
    motor, home = make_product("CONV-M"), make_product("CONV-H", product_type="home")
    ann, bob, cy, dee, eve = (make_customer() for _ in range(5))
    add_call(ann, motor, day(0))
    add_call(ann, motor, day(2))
    buy(ann, motor, day(1))  # after the first call only
    add_call(bob, motor, day(1))
    buy(bob, motor, day(1))  # the very moment of the call counts
    buy(bob, home, day(3))
    add_call(cy, home, day(2))
    add_call(cy, motor, day(2))
    buy(cy, home, day(0))  # before the call: not a conversion
    buy(cy, home, day(4))  # a later term of it: a conversion
    add_call(dee, home, day(3))
    add_call(dee, None, day(3))
    buy(dee, motor, day(5))  # another product than the one offered
    add_call(eve, motor, day(4))
    add_call(eve, motor, day(5))
    buy(eve, motor, day(6))  # after both calls: one customer, counted once
    product_id = [motor, home][filters.pop("product")] if "product" in filters else None
    rows = product_offer_summary(actor=make_user("admin"), product_id=product_id, **filters)
    expected = converted_in_python(filters.get("date_from"), filters.get("date_to"), product_id)
    assert {r.product_id: r.converted for r in rows} == expected
    assert sum(expected.values()) > 0  # the data set converts someone under every filter
