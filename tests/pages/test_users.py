"""The Users page: admins only; create, change role, disable, enable and unlock."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.auth.service import create_user, list_users, record_failed_login, set_user_role
from tests.pages.conftest import (
    APP,
    demo_user,
    fill,
    log_in,
    run_page_directly,
    submit_login,
    table,
    texts,
    widget,
)

PAGE = "pages/users.py"


def user_view(username: str):
    return next(u for u in list_users(actor=demo_user("admin")).items if u.username == username)


def select(at, username: str):
    at.selectbox(key="users.selected").set_value(user_view(username).id).run()
    return at


def test_an_adjuster_gets_no_users_page(app):
    at = log_in(app, "adjuster")
    assert texts(at.title) == ["Policies"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)


def test_an_admin_demoted_while_on_the_users_page_is_sent_away(app):
    create_user("boss", "Bo Boss", "boss@example.com", "boss-password", "admin",
                actor=demo_user("admin"))
    at = log_in(app, "boss", PAGE)
    assert texts(at.title) == ["Users"]

    set_user_role(user_view("boss").id, "adjuster", actor=demo_user("admin"))
    at.run()
    assert not at.exception
    assert texts(at.title) == ["Policies"]  # the router no longer has a Users page for them
    assert all("username" not in shown.value.columns for shown in at.dataframe)


def test_the_users_page_itself_refuses_a_non_admin(demo_db):
    # Defence in depth: were the page reached without the router, it refuses on its own.
    at = run_page_directly(PAGE, "adjuster")
    assert not at.exception
    assert texts(at.error) == [
        "This page is for admin users; you are logged in as adjuster."]
    assert not at.title and not at.dataframe and not at.form


def test_an_admin_creates_a_user_who_can_then_log_in(app):
    at = log_in(app, "admin", PAGE)
    fill(at.form(key="users.new.0"), {
        "Username": "claire", "Full name": "Claire Adjuster", "Email": "claire@example.com",
        "Password": "claire-password", "Role": "adjuster",
    })
    at.button(key="users.create").click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == ["Created adjuster claire."]
    assert "claire" in list(table(at)["username"])
    assert widget(at.form(key="users.new.1"), "Username").value == ""  # the form is cleared

    fresh = submit_login(AppTest.from_file(str(APP), default_timeout=30).run(),
                         "claire", "claire-password")
    fresh.run()  # the rerun the login cookie component triggers in a browser
    assert texts(fresh.title) == ["Policies"]


def test_a_duplicate_username_shows_the_services_refusal(app):
    at = log_in(app, "admin", PAGE)
    fill(at.form(key="users.new.0"), {
        "Username": "agent", "Full name": "Another Agent", "Email": "another@example.com",
        "Password": "long-enough",
    })
    at.button(key="users.create").click().run()
    assert not at.exception
    assert texts(at.error) == ["A user named 'agent' already exists."]


def test_an_admin_disables_a_user(app):
    at = select(log_in(app, "admin", PAGE), "agent")
    at.button(key="users.disable").click().run()
    assert not at.exception
    assert texts(at.success) == ["agent is disabled and can no longer log in."]
    assert not user_view("agent").active
    row = table(at).set_index("username").loc["agent"]
    assert not row["active"]


def test_an_admin_cannot_disable_themself(app):
    at = select(log_in(app, "admin", PAGE), "admin")
    at.button(key="users.disable").click().run()
    assert texts(at.error) == ["You cannot disable your own account."]
    assert user_view("admin").active


def test_enabling_also_unlocks(app):
    for _ in range(5):
        record_failed_login("agent")
    assert user_view("agent").locked_until is not None
    at = select(log_in(app, "admin", PAGE), "agent")
    at.button(key="users.enable").click().run()
    assert texts(at.success) == ["agent is enabled and unlocked."]
    agent = user_view("agent")
    assert agent.active and agent.locked_until is None and agent.failed_login_attempts == 0


def test_an_admin_changes_a_role(app):
    at = select(log_in(app, "admin", PAGE), "agent")
    widget(at, "New role").set_value("adjuster").run()
    at.button(key="users.change_role").click().run()
    assert texts(at.success) == ["agent is now adjuster."]
    assert user_view("agent").role == "adjuster"
