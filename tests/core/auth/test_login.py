"""Login bookkeeping: credentials for the widget, failed attempts, lockout, session users."""

from __future__ import annotations

from datetime import timedelta

import bcrypt
import pytest

from core.auth.service import (
    get_session_user,
    load_login_credentials,
    record_cookie_login,
    record_failed_login,
    record_login,
    record_logout,
    set_user_active,
)
from core.config import get_settings
from core.db import utcnow
from core.errors import AuthenticationFailed
from tests.core.helpers import audit_entries, get_user_row, set_user_columns
from tests.factories import PASSWORD, make_user


def attempts_of(username: str) -> int:
    return load_login_credentials()["usernames"][username]["failed_login_attempts"]


def lock_out(username: str) -> None:
    """Fail as often as the settings allow; only the last failure locks."""
    limit = get_settings().max_login_attempts
    results = [record_failed_login(username) for _ in range(limit)]
    assert results == [False] * (limit - 1) + [True]


def test_credentials_list_active_users_with_hashes_bcrypt_accepts(db):
    agent = make_user("agent")
    disabled = make_user("adjuster", active=False)
    users = load_login_credentials()["usernames"]
    assert agent.username in users
    assert disabled.username not in users
    entry = users[agent.username]
    assert entry["roles"] == ["agent"]
    assert entry["failed_login_attempts"] == 0
    assert entry["logged_in"] is False
    assert bcrypt.checkpw(PASSWORD.encode(), entry["password"].encode())
    assert not bcrypt.checkpw(b"wrong-password", entry["password"].encode())


def test_failed_logins_are_counted_until_the_account_locks(db):
    user = make_user("agent")
    assert get_settings().max_login_attempts == 5
    assert record_failed_login(user.username) is False
    assert record_failed_login(user.username) is False
    assert attempts_of(user.username) == 2
    assert get_user_row(user.id).locked_until is None
    for _ in range(2):
        record_failed_login(user.username)
    assert record_failed_login(user.username) is True
    row = get_user_row(user.id)
    assert row.failed_login_attempts == 5
    assert row.locked_until is not None and row.locked_until > utcnow()
    assert attempts_of(user.username) == get_settings().max_login_attempts
    assert [e.action for e in audit_entries(entity_id=user.id)][-2:] == [
        "login_failed", "account_locked"]


def test_lockout_follows_the_configured_limit(db, settings_env):
    settings_env(CLAIMDESK_MAX_LOGIN_ATTEMPTS="3")
    user = make_user("agent")
    lock_out(user.username)
    assert attempts_of(user.username) == 3


def test_a_locked_account_cannot_log_in(db):
    user = make_user("agent")
    lock_out(user.username)
    with pytest.raises(AuthenticationFailed, match="locked"):
        record_login(user.username)


def test_an_expired_lock_no_longer_blocks(db):
    user = make_user("agent")
    lock_out(user.username)
    set_user_columns(user.id, locked_until=utcnow() - timedelta(minutes=1))
    assert attempts_of(user.username) == 0
    # The next failure starts a new count instead of locking again at once.
    assert record_failed_login(user.username) is False
    assert get_user_row(user.id).failed_login_attempts == 1
    assert record_login(user.username).id == user.id


def test_failed_login_of_an_unknown_user_is_audited_without_a_user(db):
    assert record_failed_login("ghost") is False
    [entry] = audit_entries("login_failed")
    assert (entry.user_id, entry.username, entry.details) == (None, "ghost", {"known": False})


def test_record_login_resets_attempts_and_is_audited(db):
    user = make_user("adjuster")
    record_failed_login(user.username)
    record_failed_login(user.username)
    current = record_login(user.username)
    assert (current.id, current.role) == (user.id, "adjuster")
    row = get_user_row(user.id)
    assert row.failed_login_attempts == 0
    assert row.last_login_at is not None
    assert attempts_of(user.username) == 0
    [entry] = audit_entries("login", user.id)
    assert (entry.user_id, entry.username) == (user.id, user.username)


def test_record_login_refuses_a_disabled_user(db):
    user = make_user("agent", active=False)
    with pytest.raises(AuthenticationFailed):
        record_login(user.username)
    assert audit_entries("login") == []


def test_get_session_user_returns_active_users_only(db):
    admin = make_user("admin")
    agent = make_user("agent")
    assert get_session_user(agent.username) == agent
    set_user_active(agent.id, False, actor=admin)
    with pytest.raises(AuthenticationFailed):
        get_session_user(agent.username)
    with pytest.raises(AuthenticationFailed):
        get_session_user("nobody")


def test_re_enabling_a_user_clears_the_lock(db):
    admin = make_user("admin")
    user = make_user("agent")
    lock_out(user.username)
    set_user_active(user.id, False, actor=admin)
    assert user.username not in load_login_credentials()["usernames"]
    view = set_user_active(user.id, True, actor=admin)
    assert (view.failed_login_attempts, view.locked_until) == (0, None)
    assert attempts_of(user.username) == 0
    assert record_login(user.username).id == user.id


def test_a_logout_is_audited_as_the_user(db):
    user = make_user("adjuster")
    record_logout(record_login(user.username))
    [entry] = audit_entries("logout")
    assert (entry.user_id, entry.username, entry.entity_id) == (user.id, user.username,
                                                               str(user.id))


def test_a_session_resumed_from_the_cookie_is_audited_as_a_login_via_cookie(db):
    user = make_user("adjuster")
    lock_out(user.username)  # someone guessing passwords meanwhile
    record_cookie_login(user.username)
    [entry] = audit_entries("login")
    assert (entry.user_id, entry.details) == (user.id, {"via": "cookie"})
    assert attempts_of(user.username) > 0  # the cookie does not reset the password counter


def test_a_disabled_users_cookie_login_is_refused_and_not_audited(db):
    admin = make_user("admin")
    user = make_user("agent")
    set_user_active(user.id, False, actor=admin)
    with pytest.raises(AuthenticationFailed):
        record_cookie_login(user.username)
    assert audit_entries("login") == []
