"""The audit log: services append who did what with old and new values; nobody rewrites it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from core.audit.models import AuditEntry
from core.auth.service import set_user_role
from core.db import session_scope
from core.policies.schemas import PolicyUpdate
from core.policies.service import update_policy
from tests.core.helpers import audit_entries
from tests.factories import make_policy, make_user


def test_an_action_records_actor_time_entity_and_old_and_new_values(db):
    admin = make_user("admin")
    policy_id = make_policy()
    before = datetime.now(UTC)
    update_policy(policy_id, PolicyUpdate(premium="655.10", status="lapsed", auto_renew=False),
                  actor=admin)
    [entry] = audit_entries("policy_updated")
    assert (entry.user_id, entry.username) == (admin.id, admin.username)
    assert (entry.entity_type, entry.entity_id) == ("policy", str(policy_id))
    # auto_renew did not change, so it is not recorded.
    assert entry.details == {"premium": {"old": "640.00", "new": "655.10"},
                             "status": {"old": "active", "new": "lapsed"}}
    assert entry.at.tzinfo is not None
    assert before - timedelta(seconds=5) <= entry.at <= datetime.now(UTC) + timedelta(seconds=5)


def test_entries_accumulate_in_order(db):
    admin = make_user("admin")
    agent = make_user("agent")
    set_user_role(agent.id, "adjuster", actor=admin)
    set_user_role(agent.id, "agent", actor=admin)
    changes = [e.details for e in audit_entries("user_role_changed", agent.id)]
    assert changes == [{"old": "agent", "new": "adjuster"}, {"old": "adjuster", "new": "agent"}]


def audit_snapshot() -> list[tuple]:
    with session_scope() as session:
        return [tuple(row) for row in session.execute(
            select(AuditEntry.id, AuditEntry.action, AuditEntry.username).order_by(AuditEntry.id))]


@pytest.mark.parametrize(
    "statement",
    [update(AuditEntry).values(username="mallory"),
     update(AuditEntry).values(details={}),
     delete(AuditEntry),
     text("DELETE FROM audit_log")],
    ids=["update-username", "update-details", "orm-delete", "sql-delete"],
)
def test_the_database_refuses_to_change_or_delete_audit_rows(db, statement):
    make_user("admin")  # writes a user_created entry
    rows = audit_snapshot()
    assert rows
    with pytest.raises(DBAPIError, match="append-only"), session_scope() as session:
        session.execute(statement)
    assert audit_snapshot() == rows


def test_inserting_stays_allowed(db):
    with session_scope() as session:
        session.add(AuditEntry(username="system", action="probe", entity_type="test",
                               details={"n": 1}))
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "probe")) == 1
