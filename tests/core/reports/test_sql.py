"""The dialect-aware SQL helpers: week starts and day spans agree on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from sqlalchemy import Float, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import CompileError

from core.claims.models import Claim
from core.db import UTCDateTime, session_scope
from core.reports.sql import bucket_of, days_between, week_start
from tests.core.reports.conftest import at

MIGRATION = importlib.import_module("migrations.versions.0006_report_and_audit_indexes")


@pytest.mark.parametrize(("moment", "monday"), [
    (at("2026-11-23", 0, 0), date(2026, 11, 23)),   # a Monday at midnight
    (at("2026-11-29", 23, 59), date(2026, 11, 23)),  # the Sunday after, late
    (at("2026-11-30", 0, 0), date(2026, 11, 30)),
    (at("2027-01-01", 12), date(2026, 12, 28)),      # across the new year
])
def test_week_start_is_the_monday_before(db, moment, monday):
    with session_scope() as session:
        assert session.scalar(select(week_start(literal(moment, UTCDateTime())))) == monday


def test_days_between_counts_fractions_of_days(db):
    span = days_between(literal(at("2026-11-25", 18), UTCDateTime()),
                        literal(at("2026-11-23", 12), UTCDateTime()))
    with session_scope() as session:
        assert session.scalar(select(span)) == pytest.approx(2.25)


def test_postgresql_statistics_match_the_compiled_week_expressions():
    """Migration 0006's expression statistics help only if they are the query's expressions."""
    compiled = {
        str(week_start(column).compile(dialect=postgresql.dialect())).replace("claims.", "")
        for column in (Claim.created_at, Claim.decided_at)}
    assert compiled == {expression for _name, expression in MIGRATION.PG_STATISTICS}
    assert "weekday 0" in str(week_start(Claim.created_at).compile(dialect=sqlite.dialect()))


def test_other_databases_are_refused_when_compiling():
    from sqlalchemy.dialects import mysql

    with pytest.raises(CompileError, match="SQLite and PostgreSQL only"):
        str(week_start(Claim.created_at).compile(dialect=mysql.dialect()))


ROLLUPS = importlib.import_module("migrations.versions.0009_report_rollups_and_indexes")


def test_postgresql_statistics_match_the_compiled_bucket_expressions():
    """Migration 0009's statistics are on the very expressions the two bucketed reports run."""
    from core.reports.decisions import duration_bucket
    from core.reports.service import SCORE_BUCKETS
    from core.scoring.models import Score

    fraud = bucket_of(Score.fraud_probability, [i / SCORE_BUCKETS for i in range(1, 20)])
    compiled = {str(e.compile(dialect=postgresql.dialect())).replace("scores.", "")
                .replace("claims.", "") for e in (fraud, duration_bucket())}
    assert compiled == {expression for _name, _table, expression in ROLLUPS.PG_STATISTICS}


@pytest.mark.parametrize("value", [-0.5, 0.0, 0.05, 0.0999, 0.7, 0.95, 1.0, 3.0])
def test_bucket_of_counts_the_edges_at_or_below_the_value(db, value):
    edges = [i / 20 for i in range(1, 20)]
    with session_scope() as session:
        found = session.scalar(select(bucket_of(literal(value, Float()), edges)))
    assert found == sum(1 for edge in edges if edge <= value)
