"""Withdrawing a claim: status withdrawn with a reason, who and when, audited; afterwards the
claim is kept as it was and cannot be decided, edited or given a document."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.audit.describe import describe_details
from core.claims.attach import attach_document
from core.claims.conflicts import list_conflicts, resolve_conflict
from core.claims.form import file_claim
from core.claims.history import claim_history
from core.claims.queue import list_review_queue
from core.claims.service import get_claim, update_claim_fields
from core.claims.workflow import (
    approve_claim,
    get_decision,
    reject_claim,
    start_review,
    withdraw_claim,
)
from core.errors import Conflict, NotFound, PermissionDenied, StaleUpdate, ValidationError
from tests.core.claims.rows import make_claim
from tests.core.helpers import audit_entries
from tests.factories import make_user

REASON = "The claimant found the bicycle; she withdraws the claim."


def test_withdrawing_records_reason_who_and_when_and_is_audited(adjuster):
    claim_id = make_claim()
    before = datetime.now(UTC)
    view = withdraw_claim(claim_id, f"  {REASON} ", actor=adjuster)

    assert view.status == "withdrawn" and view.allowed_actions == ()
    detail = get_claim(claim_id, actor=adjuster)
    assert detail.claim.status == "withdrawn"
    assert (detail.withdrawn_reason, detail.withdrawn_by) == (REASON, adjuster.name)
    assert detail.withdrawn_at is not None
    assert before - timedelta(seconds=5) <= detail.withdrawn_at <= datetime.now(UTC)
    [entry] = audit_entries("claim_withdrawn", entity_id=claim_id)
    assert entry.username == adjuster.username
    assert entry.details == {"old_status": "new", "new_status": "withdrawn", "reason": REASON}
    assert "new → withdrawn" in describe_details(entry.details)


@pytest.mark.parametrize("status", ["new", "in_review", "info_requested"])
def test_an_undecided_claim_may_be_withdrawn(adjuster, status):
    assert withdraw_claim(make_claim(status=status), REASON, actor=adjuster).status == "withdrawn"


@pytest.mark.parametrize("status", ["approved", "rejected", "closed"])
def test_a_decided_claim_is_not_withdrawn(adjuster, status):
    claim_id = make_claim(status=status)
    with pytest.raises(Conflict, match=status):
        withdraw_claim(claim_id, REASON, actor=adjuster)
    assert get_claim(claim_id, actor=adjuster).claim.status == status
    assert audit_entries("claim_withdrawn") == []


def test_a_reason_is_required(adjuster):
    claim_id = make_claim()
    with pytest.raises(ValidationError) as refused:
        withdraw_claim(claim_id, "   ", actor=adjuster)
    assert set(refused.value.errors) == {"reason"}
    assert get_claim(claim_id, actor=adjuster).claim.status == "new"


def test_a_stale_version_and_a_missing_claim_are_refused(adjuster):
    claim_id = make_claim()
    seen = get_decision(claim_id, actor=adjuster).version
    start_review(claim_id, actor=adjuster, expected_version=seen)
    with pytest.raises(StaleUpdate):
        withdraw_claim(claim_id, REASON, actor=adjuster, expected_version=seen)
    with pytest.raises(NotFound):
        withdraw_claim(claim_id + 999, REASON, actor=adjuster)


def test_only_admins_and_adjusters_withdraw(db):
    claim_id = make_claim()
    with pytest.raises(PermissionDenied):
        withdraw_claim(claim_id, REASON, actor=make_user("agent"))
    assert withdraw_claim(claim_id, REASON, actor=make_user("admin")).status == "withdrawn"


def test_a_withdrawn_claim_cannot_be_decided_edited_or_given_a_document(
    adjuster, fake_extractor, data_dir
):
    claim_id = file_claim({"claimant_name": "Ann Lee", "date_of_loss": "2026-03-02",
                           "claimed_amount": "100.00"}, actor=adjuster).claim_id
    attach_document(claim_id, *fake_extractor({"claimed_amount": "300.00"}), actor=adjuster)
    [conflict] = list_conflicts(claim_id, actor=adjuster)
    version = withdraw_claim(claim_id, REASON, actor=adjuster).version
    before = get_claim(claim_id, actor=adjuster)

    with pytest.raises(Conflict, match="withdrawn"):
        approve_claim(claim_id, "50.00", "ok", actor=adjuster, expected_version=version)
    with pytest.raises(Conflict, match="withdrawn"):
        reject_claim(claim_id, "other", "no", actor=adjuster, expected_version=version)
    with pytest.raises(Conflict, match="withdrawn"):
        update_claim_fields(claim_id, {"claimed_amount": "5"}, actor=adjuster,
                            expected_version=version)
    with pytest.raises(Conflict, match="withdrawn"):
        attach_document(claim_id, *fake_extractor({"claimed_amount": "9.00"}), actor=adjuster)
    with pytest.raises(Conflict, match="withdrawn"):
        resolve_conflict(conflict.id, "document", actor=adjuster)
    with pytest.raises(Conflict, match="withdrawn"):
        withdraw_claim(claim_id, REASON, actor=adjuster)
    assert get_claim(claim_id, actor=adjuster) == before
    assert len(audit_entries("claim_withdrawn")) == 1


def test_the_history_tells_what_happened_to_the_claim(adjuster, fake_extractor, data_dir):
    claim_id = file_claim({"claimant_name": "Ann Lee", "date_of_loss": "2026-03-02",
                           "claimed_amount": "100.00"}, actor=adjuster).claim_id
    attach_document(claim_id, *fake_extractor({"claimed_amount": "300.00"}), actor=adjuster)
    [conflict] = list_conflicts(claim_id, actor=adjuster)
    resolve_conflict(conflict.id, "document", actor=adjuster)
    withdraw_claim(claim_id, REASON, actor=adjuster)
    other = make_claim()
    withdraw_claim(other, "another claim", actor=adjuster)

    history = claim_history(claim_id, actor=adjuster)

    assert [h.action for h in history] == ["claim filed", "claim document attached",
                                           "claim conflict resolved", "claim withdrawn"]
    assert {h.username for h in history} == {adjuster.username}
    assert "100.00 → 300.00" in history[2].summary
    assert REASON in history[3].summary
    with pytest.raises(PermissionDenied):
        claim_history(claim_id, actor=make_user("agent"))


def test_the_review_queue_filters_withdrawn_claims(adjuster):
    kept, gone = make_claim(), make_claim()
    withdraw_claim(gone, REASON, actor=adjuster)
    withdrawn = list_review_queue(actor=adjuster, status="withdrawn")
    assert [item.id for item in withdrawn.items] == [gone]
    assert withdrawn.items[0].status == "withdrawn"
    assert kept in [item.id for item in list_review_queue(actor=adjuster, status="new").items]
