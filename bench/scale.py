"""Scale bench: a million claims on PostgreSQL, then the review queue and the reports timed.

    python -m bench.scale [--url URL] [--schema claimdesk_scale] [--claims 1000000]
                          [--runs 5] [--keep] [--reuse] [--only queue|reports]
                          [--report module:function ...]

Migrates a schema of its own (dropped first) with the project's Alembic migrations, fills it
in the server (bench/scale_load.py: customers, policies, claims, scores, campaigns, calls),
then times the real core functions bound to that schema: each review-queue page query and
each public function of core.reports.service (or the ones given with --report). Prints the
median of --runs runs against its target (queue page 200 ms, report 500 ms) and, for a call
over target, the EXPLAIN (ANALYZE, BUFFERS) plan of its slowest statement.

--reuse times an already loaded schema again without reloading; --keep leaves the schema in
place at the end (it is dropped otherwise). The URL comes from --url, else SCALE_DATABASE_URL,
else TEST_DATABASE_URL, else the local server's `test` database; the schema keeps the data
away from the `public` schema the tests use.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from sqlalchemy import Engine, text

DEFAULT_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
DEFAULT_SCHEMA = "claimdesk_scale"


def _prepare_settings() -> None:
    # Timing needs no login cookie; development mode keeps production's key check quiet.
    os.environ.setdefault("CLAIMDESK_MODE", "development")
    from core.config import reset_settings

    reset_settings()


def schema_engine(url: str, schema: str, *, fresh: bool, options: str = "") -> Engine:
    """An engine whose search_path is `schema` (plus any server `options`, `-c name=value`);
    `fresh` drops and recreates the schema first."""
    from core import db as core_db

    if not schema.replace("_", "").isalnum() or schema.lower() == "public":
        raise SystemExit(f"refusing schema {schema!r}: use a name of its own, not public")
    admin = core_db.make_engine(url)
    with admin.begin() as conn:
        if fresh:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    admin.dispose()
    return core_db.make_engine(
        url, connect_args={"options": f"-csearch_path={schema} {options}".strip()})


def drop_schema(engine: Engine, schema: str) -> None:
    """Drop the bench's schema and everything in it."""
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("SCALE_DATABASE_URL")
                        or os.environ.get("TEST_DATABASE_URL") or DEFAULT_URL)
    parser.add_argument("--schema", default=DEFAULT_SCHEMA)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (median)")
    parser.add_argument("--keep", action="store_true", help="keep the schema at the end")
    parser.add_argument("--reuse", action="store_true",
                        help="time the schema already loaded (no reload); implies --keep")
    parser.add_argument("--no-timing", action="store_true", help="load only")
    parser.add_argument("--only", choices=("queue", "reports"), help="time only these")
    parser.add_argument("--pg-options", default="", metavar="'-c NAME=VALUE ...'",
                        help="server settings for the timed sessions, to try one out")
    parser.add_argument("--report", action="append", default=None, metavar="MODULE:FUNCTION",
                        help="a report callable to time (repeatable); default: every public "
                             "function of core.reports.service")
    args = parser.parse_args(argv)
    if args.claims < 100:
        parser.error("--claims must be at least 100")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    _prepare_settings()
    from bench import scale_load, scale_timing
    from core import db as core_db

    if not args.url.startswith("postgresql"):
        raise SystemExit("the scale bench needs PostgreSQL (--url postgresql+psycopg2://...)")
    engine = schema_engine(args.url, args.schema, fresh=not args.reuse, options=args.pg_options)
    try:
        if args.reuse:
            print(f"reusing schema {args.schema} (no reload)")
        else:
            print(f"migrating schema {args.schema} ...")
            core_db.upgrade_database(engine)
            print(f"loading {args.claims:,} claims into {args.schema} ...")
            started = time.perf_counter()
            scale_load.load(engine, args.claims)
            print(f"load time: {time.perf_counter() - started:.1f} s")
        rows = scale_load.counts(engine)
        print("rows: " + ", ".join(f"{table} {n:,}" for table, n in rows.items()))
        failures = 0
        if not args.no_timing:
            core_db.bind_session_factory(engine)
            failures = scale_timing.run_all(engine, runs=args.runs, reports=args.report,
                                            only=args.only)
        return 1 if failures else 0
    finally:
        core_db.reset_engine()
        if args.keep or args.reuse:
            engine.dispose()
            print(f"schema {args.schema} kept (re-time with --reuse)")
        else:
            drop_schema(engine, args.schema)
            print(f"schema {args.schema} dropped")


if __name__ == "__main__":
    sys.exit(main())
