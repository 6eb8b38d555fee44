"""The decision workflow: transitions allowed and refused, roles, notes, audit, locking."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from core.claims import workflow
from core.claims.workflow import (
    TRANSITIONS,
    allowed_actions,
    approve_claim,
    get_decision,
    reject_claim,
    reopen_claim,
    request_information,
    start_review,
)
from core.errors import Conflict, NotFound, PermissionDenied, StaleUpdate, ValidationError
from tests.core.claims.rows import make_claim
from tests.core.helpers import audit_entries, run_concurrently
from tests.factories import make_policy, make_user


def version_of(claim_id: int, actor) -> int:  # type: ignore[no-untyped-def]
    return get_decision(claim_id, actor=actor).version


def test_a_new_claim_is_reviewed_then_approved_and_audited(adjuster):
    claim_id = make_claim(claimed_amount="1200.00")
    seen = get_decision(claim_id, actor=adjuster)
    assert seen.status == "new" and seen.allowed_actions == (
        "start_review", "approve", "reject", "request_information")

    reviewing = start_review(claim_id, actor=adjuster, expected_version=seen.version)
    assert reviewing.status == "in_review" and reviewing.version == seen.version + 1
    approved = approve_claim(claim_id, "1,150.50", "Invoice checked against the photos.",
                             actor=adjuster, expected_version=reviewing.version)

    assert approved.status == "approved"
    assert approved.approved_amount == Decimal("1150.50")
    assert approved.decision_note == "Invoice checked against the photos."
    assert approved.decided_by == adjuster.name and approved.decided_at is not None
    assert approved.allowed_actions == ("reopen",)
    entry = audit_entries("claim_approved", claim_id)[-1]
    assert entry.username == adjuster.username
    assert entry.details == {"old_status": "in_review", "new_status": "approved",
                             "note": "Invoice checked against the photos.",
                             "amount": "1150.50", "reason": None}
    assert audit_entries("claim_review_started", claim_id)[0].details["new_status"] == "in_review"


def test_a_rejection_keeps_its_reason_and_is_audited(adjuster):
    claim_id = make_claim()
    rejected = reject_claim(claim_id, "suspected_fraud", "Loss reported 2 days after cover.",
                            actor=adjuster, expected_version=version_of(claim_id, adjuster))
    assert rejected.status == "rejected" and rejected.decision_reason == "suspected_fraud"
    assert rejected.approved_amount is None
    details = audit_entries("claim_rejected", claim_id)[-1].details
    assert details["old_status"] == "new" and details["reason"] == "suspected_fraud"


def test_a_rejected_claim_cannot_be_approved_until_reopened(adjuster):
    claim_id = make_claim()
    rejected = reject_claim(claim_id, "not_covered", "Wear and tear.", actor=adjuster,
                            expected_version=version_of(claim_id, adjuster))
    with pytest.raises(Conflict, match="is rejected.*Reopen it first") as refused:
        approve_claim(claim_id, "100", "Changed my mind.", actor=adjuster,
                      expected_version=rejected.version)
    assert not isinstance(refused.value, StaleUpdate)
    with pytest.raises(Conflict, match="is rejected"):
        request_information(claim_id, "Photos?", actor=adjuster,
                            expected_version=rejected.version)
    assert get_decision(claim_id, actor=adjuster).status == "rejected"

    reopened = reopen_claim(claim_id, "New evidence: the garage report.", actor=adjuster,
                            expected_version=rejected.version)
    assert reopened.status == "in_review"
    assert reopened.decision_reason is None and reopened.decided_at is None
    assert audit_entries("claim_reopened", claim_id)[-1].details == {
        "old_status": "rejected", "new_status": "in_review",
        "note": "New evidence: the garage report.", "previous_amount": None,
        "previous_reason": "not_covered"}
    approved = approve_claim(claim_id, "300", "Covered after all.", actor=adjuster,
                             expected_version=reopened.version)
    assert approved.status == "approved"


def test_information_requested_then_answered_goes_back_to_review(adjuster):
    claim_id = make_claim()
    asked = request_information(claim_id, "Please send the repair invoice.", actor=adjuster,
                                expected_version=version_of(claim_id, adjuster))
    assert asked.status == "info_requested"
    assert audit_entries("claim_info_requested", claim_id)[-1].details["note"] == (
        "Please send the repair invoice.")
    back = start_review(claim_id, actor=adjuster, expected_version=asked.version)
    assert back.status == "in_review"


@pytest.mark.parametrize("status", ["withdrawn", "closed"])
def test_withdrawn_and_closed_claims_are_final(adjuster, status):
    claim_id = make_claim(status=status)
    version = version_of(claim_id, adjuster)
    assert allowed_actions(status) == ()
    for call in (
        lambda: start_review(claim_id, actor=adjuster, expected_version=version),
        lambda: approve_claim(claim_id, "10", "n", actor=adjuster, expected_version=version),
        lambda: reject_claim(claim_id, "other", "n", actor=adjuster, expected_version=version),
        lambda: request_information(claim_id, "n", actor=adjuster, expected_version=version),
        lambda: reopen_claim(claim_id, "n", actor=adjuster, expected_version=version),
    ):
        with pytest.raises(Conflict, match=f"is {status}"):
            call()
    assert audit_entries(entity_id=claim_id, entity_type="claim") == []


def test_refused_transitions_match_the_table(adjuster):
    # An approved claim may only be reopened; a claim in review cannot be "started" again.
    claim_id = make_claim(status="in_review")
    with pytest.raises(Conflict, match="is in review"):
        start_review(claim_id, actor=adjuster, expected_version=version_of(claim_id, adjuster))
    with pytest.raises(Conflict, match="is in review"):
        reopen_claim(claim_id, "n", actor=adjuster,
                     expected_version=version_of(claim_id, adjuster))
    approved = approve_claim(claim_id, "10", "ok", actor=adjuster,
                             expected_version=version_of(claim_id, adjuster))
    with pytest.raises(Conflict, match="is approved.*Reopen it first"):
        reject_claim(claim_id, "other", "n", actor=adjuster, expected_version=approved.version)
    # Every action's start statuses are allowed by the table, and nothing leaves a final one.
    for action, starts in workflow.ACTION_FROM.items():
        for status in starts:
            assert workflow.ACTIONS[action][0] in TRANSITIONS[status]


def test_an_agent_may_not_decide(db):
    agent, admin = make_user("agent"), make_user("admin")
    claim_id = make_claim()
    with pytest.raises(PermissionDenied):
        approve_claim(claim_id, "10", "n", actor=agent, expected_version=1)
    with pytest.raises(PermissionDenied):
        reject_claim(claim_id, "other", "", actor=agent, expected_version=1)
    with pytest.raises(PermissionDenied):
        get_decision(claim_id, actor=agent)
    # An admin may.
    assert start_review(claim_id, actor=admin, expected_version=1).status == "in_review"


@pytest.mark.parametrize("note", ["", "   ", None])
def test_every_decision_needs_a_note(adjuster, note):
    claim_id = make_claim()
    version = version_of(claim_id, adjuster)
    for call in (
        lambda: approve_claim(claim_id, "10", note, actor=adjuster, expected_version=version),
        lambda: reject_claim(claim_id, "other", note, actor=adjuster, expected_version=version),
        lambda: request_information(claim_id, note, actor=adjuster, expected_version=version),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert set(refused.value.errors) == {"note"}
    assert get_decision(claim_id, actor=adjuster).status == "new"


def test_approved_amounts_are_checked(adjuster):
    policy_id = make_policy()  # sum assured 10,000.00
    claim_id = make_claim(claimed_amount="12000.00", policy_id=policy_id)
    version = version_of(claim_id, adjuster)
    for amount, message in [("0", "more than zero"), ("-5", "more than zero"),
                            ("abc", "a number"), ("10.001", "two decimals"),
                            ("12000.01", "more than the 12,000.00 claimed"),
                            ("10000.01", "sum assured of 10,000.00")]:
        with pytest.raises(ValidationError, match=message):
            approve_claim(claim_id, amount, "n", actor=adjuster, expected_version=version)
    assert approve_claim(claim_id, "10000", "Capped at cover.", actor=adjuster,
                         expected_version=version).approved_amount == Decimal("10000.00")


def test_unknown_reason_and_missing_claim_are_refused(adjuster):
    claim_id = make_claim()
    with pytest.raises(ValidationError, match="reason"):
        reject_claim(claim_id, "bored", "n", actor=adjuster, expected_version=1)
    with pytest.raises(NotFound):
        approve_claim(999_999, "10", "n", actor=adjuster, expected_version=1)


def test_a_decision_on_an_old_version_is_stale(adjuster):
    claim_id = make_claim()
    first = version_of(claim_id, adjuster)
    start_review(claim_id, actor=adjuster, expected_version=first)
    with pytest.raises(StaleUpdate, match="changed by someone else"):
        approve_claim(claim_id, "10", "n", actor=adjuster, expected_version=first)
    assert audit_entries("claim_approved", claim_id) == []


@pytest.mark.parametrize("both_read_first", [True, False], ids=["both-read-first", "free-run"])
def test_two_adjusters_deciding_at_once_one_wins_the_other_is_told(
    committed_engine, both_read_first
):
    first, second = make_user("adjuster"), make_user("adjuster")
    claim_id = make_claim(status="in_review", claimed_amount="500.00")
    version = get_decision(claim_id, actor=first).version
    both_read = threading.Barrier(2, timeout=10)
    real_record_audit = workflow.record_audit

    def after_both_read(**kwargs):  # type: ignore[no-untyped-def]
        # Both threads have read the claim at `version` and passed the version and status
        # checks, so only the database's UPDATE ... WHERE version = ... can stop the second.
        both_read.wait()
        return real_record_audit(**kwargs)

    with pytest.MonkeyPatch.context() as mp:
        if both_read_first:
            mp.setattr(workflow, "record_audit", after_both_read)
        outcomes = run_concurrently([
            lambda: approve_claim(claim_id, "400", "Fine.", actor=first,
                                  expected_version=version),
            lambda: reject_claim(claim_id, "suspected_fraud", "Staged.", actor=second,
                                 expected_version=version),
        ])
    wins = [o for o in outcomes if not isinstance(o, Exception)]
    losses = [o for o in outcomes if isinstance(o, Exception)]
    assert len(wins) == 1 and len(losses) == 1, outcomes
    assert isinstance(losses[0], StaleUpdate), repr(losses[0])
    assert "changed by someone else" in str(losses[0])
    final = get_decision(claim_id, actor=first)
    assert final.status == wins[0].status and final.version == version + 1
    decided = audit_entries("claim_approved", claim_id) + audit_entries("claim_rejected", claim_id)
    assert len(decided) == 1
