"""Creating users, changing roles, disabling and the first admin from the settings."""

from __future__ import annotations

import bcrypt
import pytest

from core.auth.service import (
    create_user,
    ensure_admin_from_settings,
    list_users,
    set_user_active,
    set_user_role,
)
from core.errors import Conflict, NotFound, ValidationError
from tests.core.helpers import audit_entries, get_user_row
from tests.factories import make_user

GOOD = {"username": "casey", "name": "Casey Jones", "email": "casey@example.com",
        "password": "long-enough-pw", "role": "agent"}


def test_create_user_stores_a_normalised_user_with_a_bcrypt_hash(db):
    admin = make_user("admin")
    view = create_user(**{**GOOD, "username": " Casey ", "email": "Casey@Example.COM"},
                       actor=admin)
    assert (view.username, view.email, view.role, view.active) == (
        "casey", "casey@example.com", "agent", True)
    row = get_user_row(view.id)
    assert row.password_hash != GOOD["password"]
    assert bcrypt.checkpw(GOOD["password"].encode(), row.password_hash.encode())
    [entry] = audit_entries("user_created", view.id)
    assert (entry.user_id, entry.details) == (admin.id, {"username": "casey", "role": "agent"})


@pytest.mark.parametrize(
    ("field", "value"),
    [("password", "short"), ("email", "not-an-email"), ("role", "superuser"),
     ("username", "bad name!"), ("name", "   ")],
)
def test_create_user_validation_names_the_field(db, field, value):
    admin = make_user("admin")
    with pytest.raises(ValidationError) as info:
        create_user(**{**GOOD, field: value}, actor=admin)
    assert list(info.value.errors) == [field]
    assert list_users(actor=admin, role="agent").total == 0


def test_validation_reports_every_bad_field_at_once(db):
    with pytest.raises(ValidationError) as info:
        create_user(**{**GOOD, "password": "x", "email": "@", "role": "boss"},
                    actor=make_user("admin"))
    assert set(info.value.errors) == {"password", "email", "role"}


def test_duplicate_username_is_a_conflict_whatever_the_case(db):
    admin = make_user("admin")
    create_user(**GOOD, actor=admin)
    with pytest.raises(Conflict):
        create_user(**{**GOOD, "username": "CASEY", "email": "other@example.com"}, actor=admin)
    assert [u.username for u in list_users(actor=admin, role="agent").items] == ["casey"]


def test_set_user_role_changes_the_role_and_audits_old_and_new(db):
    admin = make_user("admin")
    agent = make_user("agent")
    assert set_user_role(agent.id, "adjuster", actor=admin).role == "adjuster"
    assert get_user_row(agent.id).role == "adjuster"
    [entry] = audit_entries("user_role_changed", agent.id)
    assert entry.details == {"old": "agent", "new": "adjuster"}


def test_set_user_role_refuses_unknown_role_and_user(db):
    admin = make_user("admin")
    with pytest.raises(ValidationError):
        set_user_role(admin.id, "root", actor=admin)
    with pytest.raises(NotFound):
        set_user_role(admin.id + 1000, "agent", actor=admin)


def test_last_active_admin_cannot_be_demoted(db):
    admin = make_user("admin")
    with pytest.raises(Conflict, match="last active admin"):
        set_user_role(admin.id, "agent", actor=admin)
    assert get_user_row(admin.id).role == "admin"


def test_a_disabled_admin_does_not_count_as_another_admin(db):
    admin = make_user("admin")
    other = make_user("admin")
    set_user_active(other.id, False, actor=admin)
    with pytest.raises(Conflict):
        set_user_role(admin.id, "agent", actor=admin)
    set_user_active(other.id, True, actor=admin)
    assert set_user_role(admin.id, "agent", actor=other).role == "agent"


def test_admin_cannot_disable_themself(db):
    admin = make_user("admin")
    with pytest.raises(Conflict):
        set_user_active(admin.id, False, actor=admin)
    assert get_user_row(admin.id).active


def test_disable_and_enable_are_audited(db):
    admin = make_user("admin")
    agent = make_user("agent")
    assert not set_user_active(agent.id, False, actor=admin).active
    assert set_user_active(agent.id, True, actor=admin).active
    actions = [e.action for e in audit_entries(entity_id=agent.id)]
    assert actions[-2:] == ["user_disabled", "user_enabled"]


def test_list_users_filters_by_role_orders_by_username_and_pages(db):
    admin = make_user("admin", username="zed_admin")
    for name in ("mia", "bob", "kim"):
        make_user("agent", username=name)
    agents = list_users(actor=admin, role="agent", page_size=2)
    assert (agents.total, agents.pages) == (3, 2)
    second = list_users(actor=admin, role="agent", page=2, page_size=2)
    assert [u.username for u in agents.items + second.items] == ["bob", "kim", "mia"]
    assert list_users(actor=admin).total == 4


def test_ensure_admin_from_settings_creates_the_admin_once(db, settings_env):
    settings_env(CLAIMDESK_ADMIN_USERNAME="root_admin",
                 CLAIMDESK_ADMIN_PASSWORD="first-admin-password",
                 CLAIMDESK_ADMIN_EMAIL="root@example.com")
    assert ensure_admin_from_settings() == "root_admin"
    assert ensure_admin_from_settings() is None
    actor = make_user("admin")
    [admin] = [u for u in list_users(actor=actor).items if u.username == "root_admin"]
    assert (admin.role, admin.email, admin.active) == ("admin", "root@example.com", True)
    assert bcrypt.checkpw(b"first-admin-password", get_user_row(admin.id).password_hash.encode())
    assert len(audit_entries("user_created", admin.id)) == 1


def test_ensure_admin_from_settings_does_nothing_without_both_settings(db, settings_env):
    settings_env(CLAIMDESK_ADMIN_USERNAME="root_admin")
    assert ensure_admin_from_settings() is None
    assert list_users(actor=make_user("admin")).total == 1
