"""Test harness: every core test runs on SQLite and on PostgreSQL, inside a rolled-back transaction.

PostgreSQL comes from TEST_DATABASE_URL (make test and CI set it); its tests run in a schema of
their own, dropped and migrated afresh at the start of the run. Without the variable they are
skipped with the reason printed.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from core import db as core_db
from core.config import reset_settings

TEST_SCHEMA = f"claimdesk_test_{os.getpid()}"
BACKENDS = ("sqlite", "postgresql")
PG_SKIP_REASON = (
    "TEST_DATABASE_URL is not set, so the PostgreSQL variant did not run "
    "(make test and .ci/run set it to the local server)"
)


@pytest.fixture(scope="session", autouse=True)
def _test_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Settings for the whole run: development mode, a random cookie key, a temp data folder."""
    data_dir = tmp_path_factory.mktemp("data")
    saved = dict(os.environ)
    os.environ.update({
        "CLAIMDESK_MODE": "development",
        "CLAIMDESK_COOKIE_KEY": secrets.token_urlsafe(48),
        "CLAIMDESK_DATA_DIR": str(data_dir),
        "CLAIMDESK_BCRYPT_ROUNDS": "4",
        "CLAIMDESK_TASK_BROKER": "immediate",  # background tasks run inline in tests
    })
    for key in ("DATABASE_URL", "CLAIMDESK_DATABASE_URL", "CLAIMDESK_ADMIN_USERNAME",
                "CLAIMDESK_ADMIN_PASSWORD"):
        os.environ.pop(key, None)
    reset_settings()
    yield data_dir
    os.environ.clear()
    os.environ.update(saved)
    reset_settings()


def postgres_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL") or None


def make_pg_engine(schema: str) -> Engine:
    """An engine on TEST_DATABASE_URL whose search_path is `schema` (created if missing)."""
    url = postgres_url()
    assert url is not None
    admin = core_db.make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return core_db.make_engine(url, connect_args={"options": f"-csearch_path={schema}"})


def drop_pg_schema(engine: Engine, schema: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(scope="session")
def engines(tmp_path_factory: pytest.TempPathFactory, _test_settings: Path) -> Iterator[dict]:
    """One migrated engine per backend, created lazily."""
    made: dict[str, Engine] = {}

    def get(backend: str) -> Engine:
        if backend not in made:
            if backend == "sqlite":
                path = tmp_path_factory.mktemp("sqlite") / "test.db"
                engine = core_db.make_engine(f"sqlite:///{path}")
            else:
                if postgres_url() is None:
                    pytest.skip(PG_SKIP_REASON)
                engine = make_pg_engine(TEST_SCHEMA)
            core_db.upgrade_database(engine)
            made[backend] = engine
        return made[backend]

    yield get  # type: ignore[misc]
    for backend, engine in made.items():
        if backend == "postgresql":
            drop_pg_schema(engine, TEST_SCHEMA)
        else:
            engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this test run ('sqlite' or 'postgresql')."""
    return str(request.param)


@pytest.fixture
def db(backend: str, engines) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Bind core's unit of work to a connection whose outer transaction is rolled back.

    Services still commit, but their commits only release savepoints.
    """
    engine = engines(backend)
    connection = engine.connect()
    outer = connection.begin()
    core_db.bind_session_factory(connection, join_transaction_mode="create_savepoint")
    try:
        yield backend
    finally:
        outer.rollback()
        connection.close()
        core_db.reset_engine()


@pytest.fixture
def committed_engine(backend: str, tmp_path: Path) -> Iterator[Engine]:
    """A fresh, migrated database whose commits are real (for races between sessions)."""
    if backend == "sqlite":
        engine = core_db.make_engine(f"sqlite:///{tmp_path / 'committed.db'}")
        core_db.upgrade_database(engine)
        core_db.bind_session_factory(engine)
        yield engine
        core_db.reset_engine()
        engine.dispose()
    else:
        if postgres_url() is None:
            pytest.skip(PG_SKIP_REASON)
        schema = f"claimdesk_race_{secrets.token_hex(4)}"
        engine = make_pg_engine(schema)
        core_db.upgrade_database(engine)
        core_db.bind_session_factory(engine)
        yield engine
        core_db.reset_engine()
        drop_pg_schema(engine, schema)
