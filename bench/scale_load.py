"""Bulk loader of the scale bench: a million claims and what goes with them, made in the server.

Every table is filled by one `INSERT ... SELECT ... FROM generate_series(...)`, so no row
crosses the network. The schema comes from the project's Alembic migrations; the loader then
drops the secondary indexes those made, fills the tables with foreign-key triggers off (the
rows are consistent by construction, and `check_references` proves it afterwards), builds the
same indexes again from their saved definitions and runs VACUUM ANALYZE (statistics, and the
visibility map that index-only scans need). The statements and their distributions are in
bench/scale_sql.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, text

from bench.scale_sql import ADJUSTERS, CAMPAIGNS, PRODUCTS, ROLLUPS, STEPS, TABLES
from core.config import get_settings


@dataclass(frozen=True)
class Sizes:
    """How many rows of each table a load makes for `claims` claims."""

    claims: int

    @property
    def customers(self) -> int:
        return max(10, self.claims // 5)

    @property
    def policies(self) -> int:
        return max(10, self.claims * 3 // 10)

    @property
    def calls(self) -> int:
        return max(10, self.claims // 5)


def _secondary_indexes(conn: Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of each index not backing a constraint, in this schema."""
    rows = conn.execute(text("""
        SELECT i.indexname, i.indexdef FROM pg_indexes AS i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY(:tables)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c
                          WHERE c.conname = i.indexname
                            AND c.connamespace = current_schema()::regnamespace)
        ORDER BY i.tablename, i.indexname"""), {"tables": list(TABLES)})
    return [(str(name), str(sql)) for name, sql in rows]


def load(engine: Engine, claims: int, *, say: Callable[[str], None] = print) -> dict[str, float]:
    """Fill the (migrated, empty) schema of `engine`; seconds per step, 'total' included."""
    sizes, settings = Sizes(claims), get_settings()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    params = {"now": now, "today": now.date(), "claims": sizes.claims,
              "customers": sizes.customers, "policies": sizes.policies, "calls": sizes.calls,
              "campaigns": CAMPAIGNS, "adjusters": ADJUSTERS, "medium": settings.risk_medium,
              "high": settings.risk_high, "codes": [p[0] for p in PRODUCTS],
              "names": [p[1] for p in PRODUCTS], "types": [p[2] for p in PRODUCTS]}
    timings: dict[str, float] = {}
    started = time.perf_counter()
    with engine.begin() as conn:
        indexes = _secondary_indexes(conn)
        for name, _sql in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
        # Foreign keys are checked by triggers, one per row: off for the load (by construction
        # every reference exists; check_references below proves it).
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("SELECT setseed(0.42)"))
        for step, sql in STEPS:
            say(f"  loading {step} ...")
            t0 = time.perf_counter()
            count = conn.execute(text(sql), params).rowcount
            timings[step] = time.perf_counter() - t0
            say(f"  {step}: {count:,} rows in {timings[step]:.1f} s")
        conn.execute(text("SET LOCAL session_replication_role = origin"))
        for table in TABLES:  # the app's next insert must not collide with a loaded id
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))
        say(f"  building {len(indexes)} secondary indexes ...")
        t0 = time.perf_counter()
        conn.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        for _name, sql in indexes:
            conn.execute(text(sql))
        timings["indexes"] = time.perf_counter() - t0
        say(f"  indexes: {timings['indexes']:.1f} s")
        check_references(conn)
    t0 = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in (*TABLES, *ROLLUPS):
            conn.execute(text(f"VACUUM (ANALYZE) {table}"))
    timings["vacuum analyze"] = time.perf_counter() - t0
    say(f"  vacuum analyze: {timings['vacuum analyze']:.1f} s")
    timings["total"] = time.perf_counter() - started
    return timings


REFERENCES = (("claims", "policy_id", "policies"), ("claims", "customer_id", "customers"),
              ("claims", "decided_by_id", "users"), ("policies", "customer_id", "customers"),
              ("policies", "product_id", "products"), ("scores", "claim_id", "claims"),
              ("calls", "customer_id", "customers"), ("calls", "campaign_id", "campaigns"),
              ("calls", "product_id", "products"), ("campaigns", "product_id", "products"))


def check_references(conn: Connection) -> None:
    """Raise if any loaded row points at a row that does not exist (the triggers were off)."""
    for table, column, target in REFERENCES:
        broken = conn.execute(text(
            f"SELECT count(*) FROM {table} AS t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {target} AS r WHERE r.id = t.{column})")).scalar_one()
        if broken:
            raise RuntimeError(f"{broken} rows of {table}.{column} point nowhere in {target}")


def counts(engine: Engine) -> dict[str, int]:
    """Rows per loaded table (current scores counted apart)."""
    with engine.connect() as conn:
        result = {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                  for t in (*TABLES, *ROLLUPS)}
        result["scores (current)"] = int(conn.execute(
            text("SELECT count(*) FROM scores WHERE current")).scalar_one())
    return result
