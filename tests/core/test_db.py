"""The unit of work and the process-wide engine."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core import db as core_db
from core.auth.models import User
from core.auth.service import load_login_credentials
from core.errors import NotFound
from tests.factories import make_user


def test_reset_engine_lets_session_scope_use_the_configured_database(settings_env, tmp_path):
    # Regression: reset_engine() configured an invalid join_transaction_mode
    # ("conservative_savepoint"), so every later session_scope() raised ArgumentError.
    core_db.reset_engine()
    settings_env(CLAIMDESK_DATABASE_URL=f"sqlite:///{tmp_path / 'configured.db'}")
    try:
        core_db.upgrade_database()
        make_user("agent", username="configured_agent")
        assert list(load_login_credentials()["usernames"]) == ["configured_agent"]
        assert core_db.current_revision() == core_db.head_revision()
    finally:
        core_db.reset_engine()


def test_session_scope_rolls_back_when_the_block_fails(db):
    with pytest.raises(NotFound), core_db.session_scope() as session:
        session.add(User(username="half_done", name="Half", email="h@example.com",
                         password_hash="x", role="agent"))
        session.flush()
        raise NotFound("the rest of the work failed after the flush")
    with core_db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(User)
                              .where(User.username == "half_done")) == 0
