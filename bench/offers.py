"""Product-offer bench: eligibility and interest per product on a large book, timed.

    python -m bench.offers [--customers 50000] [--calls 100000] [--database-url URL]

Fills a temporary SQLite database (or a PostgreSQL URL, into a schema of its own that is dropped
afterwards) with customers of known age and city, active policies, and calls about products
with outcomes, then times what the Campaigns and Reports pages call: the eligible-customer
preview, one batch's eligible targets, a campaign's progress, and interest and conversion per
product. Each figure is checked against the same count made in Python.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, text

T = TypeVar("T")
TODAY = date(2026, 11, 23)
CITIES = ("Boston", "Chicago", "Seattle", "Denver", "Austin")
RULES = {"min_age": 25, "max_age": 70, "cities": ["Boston", "Seattle"]}


def timed(label: str, run: Callable[[], T], repeat: int = 5) -> T:
    """Run `run` `repeat` times; print the median in milliseconds."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<46} median {sorted(times)[len(times) // 2]:8.1f} ms")
    return result  # type: ignore[return-value]


def fill(n_customers: int, n_calls: int, seed: int = 7) -> dict[str, Any]:
    """Bulk-insert the book; what Python expects the queries to count."""
    from core.db import session_scope
    from core.policies.models import Customer, Policy, Product

    rng = random.Random(seed)
    with session_scope() as session:
        products = [Product(code=f"P{i}", name=f"Product {i}", product_type="motor",
                            base_premium=500, sum_assured_options=["10000.00"], features=["x"],
                            eligibility=RULES if i == 0 else {}) for i in range(5)]
        session.add_all(products)
        session.flush()
        product_ids = [p.id for p in products]
        people = [{"code": f"C{i:07d}", "name": f"Customer {i}", "phone": f"+1617{i:07d}",
                   "date_of_birth": TODAY - timedelta(days=rng.randint(18 * 365, 85 * 365)),
                   "city": rng.choice(CITIES), "timezone": "UTC",
                   "do_not_call": rng.random() < 0.05, "call_count": 0}
                  for i in range(n_customers)]
        session.execute(insert(Customer), people)
        first = session.query(Customer.id).order_by(Customer.id).first()[0]  # type: ignore[index]
        ids = list(range(first, first + n_customers))
        holders = set(rng.sample(ids, n_customers // 5))
        start = datetime(2026, 6, 1, tzinfo=UTC)
        policies = [{"number": f"N{c}", "customer_id": c, "product_id": product_ids[0],
                     "premium": 500, "sum_assured": 10000, "start_date": TODAY - timedelta(100),
                     "end_date": TODAY + timedelta(265), "status": "active",
                     "renewal_status": "not_due", "auto_renew": False,
                     "created_at": start + timedelta(days=rng.randint(0, 170))}
                    for c in sorted(holders)]
        session.execute(insert(Policy), policies)
    from core.calls.models import Call

    calls = []
    for _ in range(n_calls):
        calls.append({"customer_id": rng.choice(ids), "product_id": rng.choice(product_ids),
                      "purpose": "product_offer", "status": rng.choice(
                          ("completed", "completed", "busy", "no_answer")),
                      "attempt": 1, "phone": "+16170000000", "simulated": True,
                      "outcome": rng.choice(("interested", "not_interested", None)),
                      "created_at": start + timedelta(days=rng.randint(0, 170))})
    with session_scope() as session:
        session.execute(insert(Call), calls)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("ANALYZE"))  # as autovacuum would after a bulk load
    born = {c: p["date_of_birth"] for c, p in zip(ids, people, strict=True)}
    city = {c: p["city"] for c, p in zip(ids, people, strict=True)}

    def age(c: int) -> int:
        b = born[c]
        return TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))

    matching = [c for c in ids if 25 <= age(c) <= 70 and city[c] in RULES["cities"]  # type: ignore[operator]
                and c not in holders]
    policy_at = {p["customer_id"]: p["created_at"] for p in policies}
    converted = {(c["customer_id"]) for c in calls if c["product_id"] == product_ids[0]
                 and c["customer_id"] in policy_at
                 and policy_at[c["customer_id"]] >= c["created_at"]}
    first_calls = [c for c in calls if c["product_id"] == product_ids[0]]
    return {"product_id": product_ids[0], "matching": len(matching),
            "calls": len(first_calls), "converted": len(converted),
            "interested": sum(c["outcome"] == "interested" for c in first_calls)}


def bench(customers: int, calls: int) -> None:
    from core.calls.campaign import create_campaign, start_campaign
    from core.calls.models import Campaign
    from core.calls.offers import preview_product_offer, product_offer_summary
    from core.calls.targets import campaign_progress, eligible_targets
    from core.db import session_scope
    from tests.factories import make_user

    started = time.perf_counter()
    expected = fill(customers, calls)
    print(f"filled {customers:,} customers and {calls:,} calls in "
          f"{time.perf_counter() - started:.1f} s")
    admin = make_user("admin")
    pid = expected["product_id"]
    preview = timed("preview_product_offer", lambda: preview_product_offer(
        pid, actor=admin, today=TODAY))
    assert preview.matching == expected["matching"], (preview, expected)
    campaign = create_campaign("Bench offer", "product_offer",
                               {"kind": "product_offer", "product_id": pid}, actor=admin)
    start_campaign(campaign.id, actor=admin, today=TODAY)
    now = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)

    def targets() -> int:
        with session_scope() as session:
            row = session.get(Campaign, campaign.id)
            assert row is not None
            return len(eligible_targets(session, row, now, 100))

    assert timed("eligible_targets (one batch of 100)", targets) == 100
    progress = timed("campaign_progress", lambda: campaign_progress(campaign.id, now=now))
    assert progress.targets == expected["matching"]
    rows = timed("product_offer_summary (every product)",
                 lambda: product_offer_summary(actor=admin))
    [row] = [r for r in rows if r.product_id == pid]
    assert (row.calls, row.interested, row.converted) == (
        expected["calls"], expected["interested"], expected["converted"]), (row, expected)
    timed("product_offer_summary (one product, 30 days)", lambda: product_offer_summary(
        actor=admin, product_id=pid, date_from=date(2026, 10, 1), date_to=date(2026, 10, 30)))
    print(f"checked: {preview.matching:,} eligible, {row.calls:,} calls, "
          f"{row.interested:,} interested, {row.converted:,} converted (as counted in Python)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--database-url", help="PostgreSQL URL (default: temporary SQLite)")
    args = parser.parse_args(argv)
    os.environ.setdefault("CLAIMDESK_BCRYPT_ROUNDS", "4")
    from core import db as core_db
    from core.config import reset_settings

    reset_settings()
    with tempfile.TemporaryDirectory() as folder:
        schema = None
        if args.database_url:
            from tests.conftest import drop_pg_schema, make_pg_engine

            os.environ["TEST_DATABASE_URL"] = args.database_url
            schema = f"claimdesk_bench_{secrets.token_hex(4)}"
            engine = make_pg_engine(schema)
        else:
            engine = core_db.make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        print(f"database: {engine.dialect.name}")
        core_db.upgrade_database(engine)
        core_db.bind_session_factory(engine)
        try:
            bench(args.customers, args.calls)
        finally:
            core_db.reset_engine()
            if schema:
                drop_pg_schema(engine, schema)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
