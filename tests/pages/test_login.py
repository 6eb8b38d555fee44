"""The login gate before every page: anonymous visitors, wrong passwords, lockout, disabling."""

from __future__ import annotations

from core.audit.search import AuditSearch, search_audit
from core.auth.service import list_users, set_user_active
from tests.pages.conftest import PASSWORDS, demo_user, log_in, submit_login, texts


def test_anonymous_visitor_sees_only_the_login_form(app):
    at = app.run()
    assert not at.exception
    assert [w.label for w in at.text_input] == ["Username", "Password"]
    assert [b.label for b in at.button] == ["Log in"]
    assert not at.title and not at.dataframe and not at.error
    assert not any("Logged in as" in c for c in texts(at.caption))


def test_the_right_password_opens_the_policy_desk(app):
    at = submit_login(app.run(), "agent", PASSWORDS["agent"])
    assert not at.exception
    assert texts(at.info) == ["Logged in; opening the desk..."]
    at.run()  # in a browser the login cookie component's reply makes this rerun
    assert not at.exception
    assert texts(at.title) == ["Policies"]
    assert "Logged in as **Sam Agent** (agent)" in texts(at.caption)


def test_a_wrong_password_is_refused(app):
    at = submit_login(app.run(), "agent", "not-the-password")
    assert not at.exception
    assert texts(at.error) == ["Wrong username or password."]
    assert not at.title and not at.dataframe


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(app):
    at = app.run()
    for _ in range(4):
        submit_login(at, "agent", "not-the-password")
        assert texts(at.error) == ["Wrong username or password."]
    submit_login(at, "agent", "not-the-password")
    assert any("locked for 15 minutes" in e for e in texts(at.error))

    submit_login(at, "agent", PASSWORDS["agent"])
    assert not at.exception
    assert any("Too many failed logins" in e for e in texts(at.error))
    assert not at.title and not at.dataframe
    agent = next(u for u in list_users(actor=demo_user("admin")).items if u.username == "agent")
    assert agent.locked_until is not None


def test_a_user_disabled_by_an_admin_is_logged_out_on_the_next_rerun(app):
    at = log_in(app, "agent")
    assert texts(at.title) == ["Policies"]

    set_user_active(demo_user("agent").id, False, actor=demo_user("admin"))
    at.run()
    assert not at.exception
    assert texts(at.error) == ["Your account is disabled or no longer exists."]
    assert not at.title and not at.dataframe
    at.run()
    assert [b.label for b in at.button] == ["Log in"]
    assert not at.title and not at.dataframe


def test_the_app_refuses_to_start_in_production_without_a_cookie_key(app, monkeypatch):
    import streamlit as st

    from core.config import reset_settings

    st.cache_resource.clear()  # the app caches its start-up checks
    monkeypatch.setenv("CLAIMDESK_MODE", "production")
    monkeypatch.setenv("CLAIMDESK_COOKIE_KEY", "change-me")
    reset_settings()
    try:
        at = app.run()
    finally:
        reset_settings()
        st.cache_resource.clear()
    assert not at.exception
    assert any("ClaimDesk cannot start" in e and "CLAIMDESK_COOKIE_KEY" in e
               for e in texts(at.error))
    assert not at.text_input  # no login form


def test_log_out_returns_to_the_login_form_and_is_audited(app):
    at = log_in(app, "adjuster")
    at.button(key="logout_button").click().run()
    at.run()  # the logout lands after the page was drawn; the next run shows the gate
    assert not at.exception
    assert [b.label for b in at.button] == ["Log in"]
    assert not at.title and not at.dataframe
    found = search_audit(actor=demo_user("admin"), search=AuditSearch(group="logins"))
    assert [(r.username, r.action) for r in found.items if r.action == "logout"] == [
        ("adjuster", "logout")]
