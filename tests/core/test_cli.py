"""`python -m core`: run as a real subprocess, the way an operator or the Makefile runs it."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, inspect, select

import core.models  # noqa: F401  (registers every table on Base.metadata)
from core import db as core_db
from core.auth.models import User
from core.config import PROJECT_ROOT
from core.db import Base
from core.policies.models import Customer, Policy, Product
from tests.conftest import PG_SKIP_REASON, drop_pg_schema, make_pg_engine, postgres_url

HEAD = core_db.head_revision()
SEED_LINE = re.compile(
    r"demo data: (\d+) users, (\d+) products, (\d+) customers, (\d+) policies "
    r"\((\d+) expiring within 30 days\)"
)


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m core ARGS` from the project root with the given variables set."""
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("CLAIMDESK_") and k != "DATABASE_URL"}
    environ["CLAIMDESK_BCRYPT_ROUNDS"] = "4"
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=PROJECT_ROOT, env=environ,
                          capture_output=True, text=True, timeout=120)


def count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    return tmp_path / "cli" / "claimdesk.db"


def test_db_upgrade_current_and_downgrade_on_sqlite(sqlite_file):
    env = {"CLAIMDESK_MODE": "demo", "DATABASE_URL": f"sqlite:///{sqlite_file}"}
    current = run_cli("db", "current", **env)
    assert current.returncode == 0, current.stderr
    assert "database at revision none" in current.stdout

    upgraded = run_cli("db", "upgrade", **env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"database at revision {HEAD} (code head {HEAD})" in upgraded.stdout
    engine = core_db.make_engine(f"sqlite:///{sqlite_file}")
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        assert core_db.current_revision(engine) == HEAD
    finally:
        engine.dispose()

    downgraded = run_cli("db", "downgrade", **env)
    assert downgraded.returncode == 0, downgraded.stderr
    assert "database at revision none" in downgraded.stdout


def test_seed_demo_on_sqlite_reports_what_it_stored(sqlite_file):
    env = {"CLAIMDESK_MODE": "demo", "DATABASE_URL": f"sqlite:///{sqlite_file}"}
    assert run_cli("db", "upgrade", **env).returncode == 0
    seeded = run_cli("seed-demo", "--today", "2026-03-10", "--no-claims", **env)
    assert seeded.returncode == 0, seeded.stderr
    match = SEED_LINE.search(seeded.stdout)
    assert match, seeded.stdout
    users, products, customers, policies, expiring = map(int, match.groups())
    engine = core_db.make_engine(f"sqlite:///{sqlite_file}")
    try:
        assert (users, products, customers, policies) == (
            count(engine, User), count(engine, Product), count(engine, Customer),
            count(engine, Policy))
    finally:
        engine.dispose()
    assert (customers, policies) == (200, 300)
    assert products >= 6 and expiring >= 20


def test_seed_demo_is_refused_in_production(sqlite_file):
    env = {"CLAIMDESK_MODE": "production", "CLAIMDESK_COOKIE_KEY": secrets.token_urlsafe(48),
           "DATABASE_URL": f"sqlite:///{sqlite_file}"}
    refused = run_cli("seed-demo", **env)
    assert refused.returncode == 2
    assert refused.stderr.startswith("error:") and "production" in refused.stderr
    assert "Traceback" not in refused.stderr
    engine = core_db.make_engine(f"sqlite:///{sqlite_file}")
    try:
        assert count(engine, User) == 0
    finally:
        engine.dispose()


def test_command_line_tools_need_no_cookie_key_in_production(sqlite_file):
    """Only the web app logs people in; `db upgrade` on a server works without the key."""
    done = run_cli("db", "upgrade", CLAIMDESK_MODE="production",
                   CLAIMDESK_COOKIE_KEY="change-me", DATABASE_URL=f"sqlite:///{sqlite_file}")
    assert done.returncode == 0, done.stderr
    assert sqlite_file.exists()


def test_create_admin_creates_the_admin_once(sqlite_file):
    env = {"CLAIMDESK_MODE": "demo", "DATABASE_URL": f"sqlite:///{sqlite_file}",
           "CLAIMDESK_ADMIN_USERNAME": "ops_admin", "CLAIMDESK_ADMIN_PASSWORD": "ops-password-1"}
    first = run_cli("create-admin", **env)
    assert first.returncode == 0, first.stderr
    assert "created admin ops_admin" in first.stdout
    again = run_cli("create-admin", **env)
    assert again.returncode == 0, again.stderr
    assert "no admin created" in again.stdout
    engine = core_db.make_engine(f"sqlite:///{sqlite_file}")
    try:
        with engine.connect() as conn:
            assert conn.execute(select(User.username, User.role)).all() == [("ops_admin", "admin")]
    finally:
        engine.dispose()


def test_db_upgrade_on_postgresql_in_a_fresh_schema():
    url = postgres_url()
    if url is None:
        pytest.skip(PG_SKIP_REASON)
    schema = f"claimdesk_cli_{secrets.token_hex(4)}"
    engine = make_pg_engine(schema)
    try:
        result = run_cli("db", "upgrade", CLAIMDESK_MODE="demo", DATABASE_URL=url,
                         PGOPTIONS=f"-csearch_path={schema}")
        assert result.returncode == 0, result.stderr
        assert f"database at revision {HEAD}" in result.stdout
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        assert core_db.current_revision(engine) == HEAD
    finally:
        drop_pg_schema(engine, schema)
