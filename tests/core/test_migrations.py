"""Alembic: upgrade to head, down to base and up again, on a fresh database of each backend."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

import core.models  # noqa: F401  (registers every table on Base.metadata)
from core import db as core_db
from core.db import Base
from tests.conftest import PG_SKIP_REASON, drop_pg_schema, make_pg_engine, postgres_url

MODEL_TABLES = set(Base.metadata.tables)


@pytest.fixture
def empty_engine(backend: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database: a temp SQLite file or a PostgreSQL schema of its own."""
    if backend == "sqlite":
        engine = core_db.make_engine(f"sqlite:///{tmp_path / 'migrate.db'}")
        yield engine
        engine.dispose()
        return
    if postgres_url() is None:
        pytest.skip(PG_SKIP_REASON)
    schema = f"claimdesk_migrate_{secrets.token_hex(4)}"
    engine = make_pg_engine(schema)
    yield engine
    drop_pg_schema(engine, schema)


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def audit_update_is_refused(engine: Engine) -> bool:
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO audit_log (at, username, action, entity_type, details) "
                          "VALUES (CURRENT_TIMESTAMP, 'probe', 'probe', 'test', '{}')"))
        try:
            conn.execute(text("UPDATE audit_log SET username = 'changed'"))
        except DBAPIError as exc:
            assert "append-only" in str(exc)
            return True
        finally:
            conn.rollback()
    return False


def test_upgrade_downgrade_and_upgrade_again(empty_engine):
    assert table_names(empty_engine) == set()
    assert core_db.current_revision(empty_engine) is None

    core_db.upgrade_database(empty_engine)
    assert table_names(empty_engine) == MODEL_TABLES | {"alembic_version"}
    assert core_db.current_revision(empty_engine) == core_db.head_revision()
    assert audit_update_is_refused(empty_engine)

    core_db.downgrade_database(empty_engine)
    assert table_names(empty_engine) == {"alembic_version"}
    assert core_db.current_revision(empty_engine) is None

    # A second upgrade works only if the downgrade also removed triggers and functions.
    core_db.upgrade_database(empty_engine)
    assert table_names(empty_engine) == MODEL_TABLES | {"alembic_version"}
    assert audit_update_is_refused(empty_engine)


def test_migrated_schema_matches_the_models(empty_engine):
    core_db.upgrade_database(empty_engine)
    with empty_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
