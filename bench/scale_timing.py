"""Timing half of the scale bench: the real core functions, their SQL caught and explained.

Each case calls a public core function (bound by core.db to the bench's schema) once to warm
up, then `runs` times; it prints the median against its target and, when the median is over,
the EXPLAIN (ANALYZE, BUFFERS) plan of the slowest statement of the call.
"""

from __future__ import annotations

import importlib
import inspect
import os
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, event, text

from core.auth.schemas import CurrentUser

QUEUE_TARGET_MS = 200.0
REPORT_TARGET_MS = 500.0
REPORTS_MODULE = "core.reports.service"
ADMIN = CurrentUser(id=1, username="scale_admin", name="Scale Admin", role="admin")


@dataclass
class Statement:
    sql: str
    params: Any
    ms: float


@dataclass
class Case:
    """A call to time: its label, target and the function with its arguments."""

    label: str
    target_ms: float
    call: Callable[[], Any]
    statements: list[Statement] = field(default_factory=list)


@contextmanager
def caught(engine: Engine) -> Iterator[list[Statement]]:
    """Every statement the engine runs inside the block, with its parameters and duration."""
    found: list[Statement] = []

    def before(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
               many: bool) -> None:
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
              many: bool) -> None:
        started = conn.info["bench_started"].pop()
        found.append(Statement(statement, params, (time.perf_counter() - started) * 1000))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def explain(engine: Engine, statement: Statement, settings: list[Statement]) -> str:
    """The EXPLAIN (ANALYZE, BUFFERS) plan of a caught statement, run again with its params
    after the SET statements its call made (the plan the call got)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for setting in settings:
            cursor.execute(setting.sql, setting.params)
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql, statement.params)
        plan = "\n".join(str(row[0]) for row in cursor.fetchall())
        raw.rollback()
        return plan
    finally:
        raw.close()


def time_case(engine: Engine, case: Case, runs: int) -> tuple[float, bool]:
    """Warm up, run `runs` times; print the median against the target (and a plan if over)."""
    try:
        case.call()
    except Exception as exc:  # a broken case is reported, the others still run
        print(f"  {case.label:<58} ERROR {type(exc).__name__}: {exc}")
        return float("nan"), False
    samples: list[tuple[float, list[Statement]]] = []
    for _ in range(runs):
        with caught(engine) as statements:
            started = time.perf_counter()
            case.call()
            elapsed = (time.perf_counter() - started) * 1000
        samples.append((elapsed, statements))
    median = statistics.median(ms for ms, _ in samples)
    ok = median <= case.target_ms
    slowest_run = sorted(samples, key=lambda s: s[0])[len(samples) // 2][1]
    sql_ms = ", ".join(f"{s.ms:.0f}" for s in slowest_run)
    print(f"  {case.label:<58} {median:8.1f} ms  target {case.target_ms:.0f} ms  "
          f"{'ok' if ok else 'OVER TARGET'}  (statements: {sql_ms} ms)")
    if not ok and slowest_run:
        worst = max(slowest_run, key=lambda s: s.ms)
        print("    slowest statement's plan:")
        settings = [s for s in slowest_run if s.sql.lstrip().upper().startswith("SET ")]
        print("    " + explain(engine, worst, settings).replace("\n", "\n    "))
    return median, ok


def _call_with(function: Callable[..., Any], extra: dict[str, Any]) -> Callable[[], Any] | None:
    """`function` bound to the actor and whatever of `extra` it takes; None if it needs more."""
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "actor":
            kwargs[name] = ADMIN
        elif name in extra:
            kwargs[name] = extra[name]
        elif param.default is inspect.Parameter.empty and param.kind not in (
                param.VAR_KEYWORD, param.VAR_POSITIONAL):
            return None
    return lambda: function(**kwargs)


def report_functions(names: list[str] | None) -> list[tuple[str, Callable[..., Any]]]:
    """The report callables to time: `module:function` names given, or every public function
    of core.reports.service (its __all__, else those it defines; none while it is missing)."""
    if names:
        found = []
        for name in names:
            module_name, _, attr = name.partition(":")
            found.append((name, getattr(importlib.import_module(module_name), attr)))
        return found
    try:
        module = importlib.import_module(REPORTS_MODULE)
    except ImportError:
        return []
    names = getattr(module, "__all__", None) or [
        name for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__]
    return [(name, getattr(module, name)) for name in sorted(names)
            if not name.startswith("_") and inspect.isfunction(getattr(module, name))]


def report_cases(names: list[str] | None, today: date) -> list[Case]:
    """Each report over all time, and over the last 90 days of one product."""
    cases = []
    filtered = {"date_from": today - timedelta(days=90), "date_to": today, "product_id": 1,
                "start": today - timedelta(days=90), "end": today}
    for name, function in report_functions(names):
        for label, extra in (("all time", {}), ("90 days, product 1", filtered)):
            call = _call_with(function, extra)
            if call is None:
                print(f"  {name}: skipped, it needs arguments the bench cannot guess")
                break
            if label != "all time" and not set(extra) & set(
                    inspect.signature(function).parameters):
                break  # no filters to try
            cases.append(Case(f"report {name.split(':')[-1]} ({label})", REPORT_TARGET_MS,
                              call))
    return cases


def _deep_cursor(engine: Engine, sort: str, row: int) -> str:
    """The cursor just before row `row` (1-based) of the unfiltered queue in `sort` order
    (found once with OFFSET, outside the timing)."""
    from core.claims.queue_keyset import Position, encode_cursor

    sql = ("SELECT fraud_probability, claim_id FROM scores WHERE current "
           "ORDER BY fraud_probability DESC, claim_id DESC OFFSET :skip LIMIT 1"
           if sort == "risk" else
           "SELECT created_at, id FROM claims ORDER BY created_at DESC, id DESC "
           "OFFSET :skip LIMIT 1")
    with engine.connect() as conn:
        key = tuple(conn.execute(text(sql), {"skip": row - 2}).one())
    if sort != "risk":
        from datetime import UTC
        key = (key[0].replace(tzinfo=UTC), key[1])
    return encode_cursor(sort, Position("scored" if sort == "risk" else "claims", key))


def _sample(engine: Engine, sql: str) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text(sql)).scalar_one())


def queue_cases(engine: Engine, today: date) -> list[Case]:
    """The review queue's page queries: first pages, filters, searches, deep and last pages."""
    from core.claims.queue import count_review_queue_by_band, list_review_queue

    def page(**kwargs: Any) -> Callable[[], Any]:
        return lambda: list_review_queue(actor=ADMIN, **kwargs)

    claims = int(_sample(engine, "SELECT count(*) FROM claims"))
    deep = min(500_000, claims // 2)  # at a million, page 20,000 of 25 rows
    risk_cursor, newest_cursor = _deep_cursor(engine, "risk", deep), _deep_cursor(
        engine, "newest", deep)
    number = _sample(engine, "SELECT number FROM claims WHERE id = "
                             "(SELECT max(id) * 123 / 1000 FROM claims)")
    policy = _sample(engine, "SELECT number FROM policies WHERE id = "
                             "(SELECT max(id) * 181 / 1000 FROM policies)")
    filtered = {"status": "in_review", "band": "high", "product_id": 3,
                "date_from": today - timedelta(days=365), "date_to": today}
    q = QUEUE_TARGET_MS
    return [
        Case("queue first page, by risk", q, page()),
        Case("queue first page, newest first", q, page(sort="newest")),
        Case("queue first page, oldest first", q, page(sort="oldest")),
        Case("queue filtered: in review, high, product 3, 1 year, by risk", q, page(**filtered)),
        Case("queue filtered: same, newest first", q, page(sort="newest", **filtered)),
        Case("queue filtered: approved, low band, last 30 days", q, page(
            status="approved", band="low", date_from=today - timedelta(days=30))),
        Case("queue filtered: not scored, by risk", q, page(band="unscored")),
        Case(f"queue search: claim number {number[:-2]}", q, page(search=number[:-2])),
        Case(f"queue search: policy number {policy}", q, page(search=policy)),
        Case("queue search: name 'okafor', by risk", q, page(search="okafor")),
        Case("queue search: name 'okafor', newest first", q, page(search="okafor",
                                                                    sort="newest")),
        Case(f"queue deep page (row {deep:,}), by risk, next", q, page(cursor=risk_cursor)),
        Case(f"queue deep page (row {deep:,}), by risk, previous", q, page(
            cursor=risk_cursor, direction="before")),
        Case(f"queue deep page (row {deep:,}), newest first, next", q, page(
            sort="newest", cursor=newest_cursor)),
        Case("queue last page, by risk", q, page(direction="last")),
        Case("queue last page, newest first", q, page(sort="newest", direction="last")),
        Case("queue band counts, no filter", q, lambda: count_review_queue_by_band(
            actor=ADMIN)),
    ]


def run_all(engine: Engine, *, runs: int, reports: list[str] | None,
            only: str | None = None) -> int:
    """Time every queue and report case (or `only` 'queue' or 'reports'); the number of
    cases over target or failing."""
    from datetime import UTC, datetime

    today = datetime.now(UTC).date()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"timing (median of {runs} runs; targets: queue page {QUEUE_TARGET_MS:.0f} ms, "
          f"report {REPORT_TARGET_MS:.0f} ms; machine load average {load} on "
          f"{os.cpu_count()} cores)")
    bad = 0
    groups = []
    if only in (None, "queue"):
        groups.append(("review queue", queue_cases(engine, today)))
    if only in (None, "reports"):
        groups.append(("reports", report_cases(reports, today)))
    for title, cases in groups:
        print(f" {title}:" if cases else f" {title}: nothing to time "
              f"({REPORTS_MODULE} not found)" if title == "reports" else "")
        for case in cases:
            _median, ok = time_case(engine, case, runs)
            bad += not ok
    print(f"{bad} over target or failing" if bad else "every query within its target")
    return bad
