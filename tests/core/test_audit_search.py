"""The audit trail search: a session of logins, edits and decisions found by user, kind of
action, claim, policy and day; newest first, paginated, exported; admins only; rows only ever
appended."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from core.audit.describe import action_label, describe_details
from core.audit.search import AuditSearch, export_audit_csv, search_audit
from core.auth.schemas import CurrentUser
from core.auth.service import record_failed_login, record_login
from core.claims.service import get_claim, ingest_document, update_claim_fields
from core.claims.workflow import approve_claim, start_review
from core.errors import PermissionDenied, ValidationError
from core.policies.schemas import PolicyUpdate
from core.policies.service import get_policy_details, update_policy
from tests.core.claims.conftest import data_dir, fake_extractor  # noqa: F401
from tests.core.helpers import audit_entries, captured_sql
from tests.factories import make_policy, make_user

TODAY = date.today()


@dataclass(frozen=True)
class Session:
    admin: CurrentUser
    adjuster: CurrentUser
    claim_id: int
    claim_number: str
    policy_id: int
    policy_number: str


def run_session(fake_extractor) -> Session:  # type: ignore[no-untyped-def]  # noqa: F811
    """An adjuster logs in, files a claim, corrects a field, reviews and approves it; an admin
    changes a policy; someone mistypes the adjuster's password."""
    admin, adjuster = make_user("admin"), make_user("adjuster")
    record_login(adjuster.username)
    data, name = fake_extractor({"claimant_name": "Ann Lee", "claimed_amount": "1200.00",
                                 "currency": "USD", "date_of_loss": "2026-03-02"})
    claim_id = ingest_document(data, name, actor=adjuster).claim_id
    claim = get_claim(claim_id, actor=adjuster)
    edited = update_claim_fields(claim_id, {"claimant_name": "Ann B. Lee"}, actor=adjuster,
                                 expected_version=claim.version)
    review = start_review(claim_id, actor=adjuster, expected_version=edited.version)
    approve_claim(claim_id, "900.00", "Receipts check out.", actor=adjuster,
                  expected_version=review.version)
    policy_id = make_policy()
    update_policy(policy_id, PolicyUpdate(premium="700.00"), actor=admin)
    record_failed_login(adjuster.username)
    policy = get_policy_details(policy_id, actor=admin).policy
    return Session(admin, adjuster, claim_id, claim.claim.number, policy_id, policy.number)


@pytest.fixture
def session(db, fake_extractor) -> Session:  # type: ignore[no-untyped-def]  # noqa: F811
    return run_session(fake_extractor)


def find(actor: CurrentUser, **search: object) -> list:  # type: ignore[type-arg]
    return search_audit(actor=actor, search=AuditSearch(**search), page_size=100).items  # type: ignore[arg-type]


def test_a_claims_history_newest_first_with_old_and_new_values(session):
    rows = find(session.admin, claim=session.claim_number)
    assert [r.action for r in rows] == ["claim_approved", "claim_review_started",
                                        "claim_field_edited", "claim_created"]
    assert {(r.entity_type, r.entity_id, r.username) for r in rows} == {
        ("claim", str(session.claim_id), session.adjuster.username)}
    approved, review, edit, _created = rows
    assert edit.summary == "claimant_name: Ann Lee → Ann B. Lee"
    assert edit.details == {"field": "claimant_name", "old": "Ann Lee", "new": "Ann B. Lee",
                            "valid": True}
    assert review.summary.startswith("status: new → in_review")
    assert approved.summary == ("status: in_review → approved; note: Receipts check out.; "
                                "amount: 900.00")
    # The claim's id finds the same entries as its number, in any case.
    assert [r.id for r in find(session.admin, claim=str(session.claim_id))] == [r.id for r in rows]
    assert [r.id for r in find(session.admin, claim=session.claim_number.lower())] == [
        r.id for r in rows]


def test_search_by_user_kind_of_action_policy_and_day(session):
    admin = session.admin
    mine = find(admin, username=session.adjuster.username.upper())
    assert {r.username for r in mine} == {session.adjuster.username}
    assert {"login", "login_failed", "claim_approved"} <= {r.action for r in mine}
    assert [r.action for r in find(admin, group="logins", username=session.adjuster.username)] == [
        "login_failed", "login"]
    assert [r.action for r in find(admin, group="decisions")] == ["claim_approved",
                                                                  "claim_review_started"]
    assert [r.action for r in find(admin, group="intake")] == ["claim_created"]
    [policy_edit] = find(admin, policy=session.policy_number, action="policy_updated")
    assert (policy_edit.username, policy_edit.summary) == (admin.username,
                                                           "premium: 640.00 → 700.00")
    assert [r.action for r in find(admin, policy=str(session.policy_id))] == [
        "policy_updated", "policy_created"]
    assert len(find(admin, date_from=TODAY - timedelta(days=1), date_to=TODAY)) == len(
        find(admin))
    assert find(admin, date_from=TODAY + timedelta(days=1)) == []
    assert find(admin, date_to=TODAY - timedelta(days=1)) == []


def test_pages_split_the_results_in_order(session):
    everything = search_audit(actor=session.admin, page_size=100)
    first = search_audit(actor=session.admin, page=1, page_size=3)
    second = search_audit(actor=session.admin, page=2, page_size=3)
    assert first.total == second.total == everything.total >= 10
    assert [r.id for r in first.items + second.items] == [r.id for r in everything.items[:6]]
    ats = [r.at for r in everything.items]
    assert ats == sorted(ats, reverse=True)


def test_unknown_claims_policies_and_bad_searches_are_explained(session):
    with pytest.raises(ValidationError, match="claim: there is no claim numbered CLM-NOPE"):
        find(session.admin, claim="CLM-NOPE")
    with pytest.raises(ValidationError, match="policy: there is no policy numbered 999999"):
        find(session.admin, policy="999999")
    with pytest.raises(ValidationError, match="group"):
        find(session.admin, group="everything")
    with pytest.raises(ValidationError, match="date_to: is before the first day"):
        find(session.admin, date_from=TODAY, date_to=TODAY - timedelta(days=1))


@pytest.mark.parametrize("role", ["adjuster", "agent"])
def test_only_admins_search_or_export(session, role):
    other = make_user(role)
    with pytest.raises(PermissionDenied):
        search_audit(actor=other)
    with pytest.raises(PermissionDenied):
        export_audit_csv(actor=other)
    assert audit_entries("audit_exported") == []


def test_export_holds_the_search_newest_first_and_is_itself_audited(session):
    search = AuditSearch(claim=session.claim_number)
    rows = list(csv.DictReader(io.StringIO(export_audit_csv(actor=session.admin,
                                                            search=search).decode())))
    expected = find(session.admin, claim=session.claim_number)
    assert [int(r["id"]) for r in rows] == [e.id for e in expected]
    assert rows[1]["summary"] == expected[1].summary
    assert rows[2]["summary"] == "claimant_name: Ann Lee → Ann B. Lee"
    [exported] = audit_entries("audit_exported")
    assert exported.username == session.admin.username
    assert exported.details == {"rows": 4, "search": {"claim": session.claim_number}}
    limited = export_audit_csv(actor=session.admin, limit=2).decode().splitlines()
    assert len(limited) == 3  # the header and the two newest entries


def test_services_only_ever_append_to_the_audit_log(db, fake_extractor):  # noqa: F811
    """A whole session of services, the export included, never updates or deletes a row."""
    make_user("admin")
    before = [(e.id, e.at, e.username, e.action, e.entity_id, e.details)
              for e in audit_entries()]
    with captured_sql() as statements:
        session = run_session(fake_extractor)
        export_audit_csv(actor=session.admin)
    after = [(e.id, e.at, e.username, e.action, e.entity_id, e.details)
             for e in audit_entries()]
    assert after[:len(before)] == before and len(after) > len(before) + 8
    rewrites = [s for s in statements
                if s.startswith(("UPDATE AUDIT_LOG", "DELETE FROM AUDIT_LOG"))]
    assert rewrites == []
    assert any(s.startswith("INSERT INTO AUDIT_LOG") for s in statements)


@pytest.mark.parametrize(("details", "line"), [
    ({"field": "claimed_amount", "old": None, "new": "1200.00", "valid": False},
     "claimed_amount: (empty) → 1200.00 (failed its check)"),
    ({"old": "agent", "new": "adjuster"}, "agent → adjuster"),
    ({"old": {"outcome": None, "summary": "x"}, "new": {"outcome": "renewed", "summary": "x"}},
     "outcome: (empty) → renewed"),
    ({"premium": {"old": "640.00", "new": "655.10"}, "status": {"old": "active",
                                                                "new": "lapsed"}},
     "premium: 640.00 → 655.10; status: active → lapsed"),
    ({"old_status": "new", "new_status": "rejected", "note": "Dup.", "reason": "duplicate",
      "amount": None}, "status: new → rejected; note: Dup.; reason: duplicate"),
    ({"model_name": "fraud", "version": "v2", "previous": "v1"},
     "model_name: fraud; version: v2; previous: v1"),
    ({"criteria": {"kind": "expiring_policies", "within_days": 30}},
     'criteria: {"kind": "expiring_policies", "within_days": 30}'),
    ({}, ""),
])
def test_details_read_as_one_line(details, line):
    assert describe_details(details) == line


def test_actions_read_as_words():
    assert action_label("claim_field_edited") == "claim field edited"
    assert action_label("campaign_running") == "campaign started"
