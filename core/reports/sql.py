"""SQL expressions that SQLite and PostgreSQL spell differently, compiled per dialect.

Timestamps are stored as naive UTC on both backends (core.db.UTCDateTime), so a week is a UTC
week starting on Monday, and a span of days is a fraction of 24-hour days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, Float, Integer
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class week_start(FunctionElement[date]):  # noqa: N801 - used like a SQL function
    """The Monday of the (UTC) week a timestamp falls in, as a date."""

    type = Date()
    name = "week_start"
    inherit_cache = True


class week_of_day(FunctionElement[date]):  # noqa: N801 - used like a SQL function
    """The Monday of the week a calendar date (a DATE column) falls in."""

    type = Date()
    name = "week_of_day"
    inherit_cache = True


class days_between(FunctionElement[float]):  # noqa: N801 - used like a SQL function
    """`days_between(later, earlier)`: the time between two timestamps in days (fractional)."""

    type = Float()
    name = "days_between"
    inherit_cache = True


class bucket_of(FunctionElement[int]):  # noqa: N801 - used like a SQL function
    """`bucket_of(value, edges)`: how many of the ascending `edges` are <= value (0 to n).

    PostgreSQL's width_bucket finds it with one call (a binary search), where a CASE of n
    comparisons costs n; the edges are written into the SQL, so that expression statistics
    (migration 0009) can match it and PostgreSQL plans a parallel aggregate of its few values.
    """

    type = Integer()
    name = "bucket_of"
    inherit_cache = False  # the edges are part of the SQL text

    def __init__(self, value: Any, edges: Sequence[float]) -> None:
        self.edges = tuple(float(e) for e in edges)
        super().__init__(value)


def _args(element: FunctionElement[Any], compiler: Any, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


@compiles(week_start, "postgresql")
def _week_start_pg(element: week_start, compiler: Any, **kw: Any) -> str:
    (moment,) = _args(element, compiler, **kw)
    return f"CAST(date_trunc('week', {moment}) AS DATE)"  # ISO weeks start on Monday


@compiles(week_start, "sqlite")
def _week_start_sqlite(element: week_start, compiler: Any, **kw: Any) -> str:
    (moment,) = _args(element, compiler, **kw)
    # 'weekday 0' moves forward to the next Sunday (or stays on one); six days back is Monday.
    return f"date({moment}, 'weekday 0', '-6 days')"


@compiles(week_of_day, "postgresql")
def _week_of_day_pg(element: week_of_day, compiler: Any, **kw: Any) -> str:
    (day,) = _args(element, compiler, **kw)
    # Cast to a timestamp first: date_trunc of a bare date would go through timestamptz, in the
    # session's time zone.
    return f"CAST(date_trunc('week', CAST({day} AS TIMESTAMP)) AS DATE)"


@compiles(week_of_day, "sqlite")
def _week_of_day_sqlite(element: week_of_day, compiler: Any, **kw: Any) -> str:
    (day,) = _args(element, compiler, **kw)
    return f"date({day}, 'weekday 0', '-6 days')"


@compiles(days_between, "postgresql")
def _days_between_pg(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    # date_part gives double precision; EXTRACT gives numeric since PostgreSQL 14, whose
    # arithmetic made the decision-time reports several times slower at a million claims.
    return f"(date_part('epoch', {later} - {earlier}) / 86400.0)"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"(julianday({later}) - julianday({earlier}))"


@compiles(bucket_of, "postgresql")
def _bucket_of_pg(element: bucket_of, compiler: Any, **kw: Any) -> str:
    (value,) = _args(element, compiler, **kw)
    return f"width_bucket({value}, ARRAY[{', '.join(map(repr, element.edges))}]::float8[])"


@compiles(bucket_of, "sqlite")
def _bucket_of_sqlite(element: bucket_of, compiler: Any, **kw: Any) -> str:
    (value,) = _args(element, compiler, **kw)
    cases = " ".join(f"WHEN {value} < {edge!r} THEN {i}" for i, edge in enumerate(element.edges))
    return f"(CASE {cases} ELSE {len(element.edges)} END)"


@compiles(week_start)
@compiles(week_of_day)
@compiles(days_between)
@compiles(bucket_of)
def _unsupported(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    raise CompileError(f"{element.name} is written for SQLite and PostgreSQL only, "
                       f"not {compiler.dialect.name}")
