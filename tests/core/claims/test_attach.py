"""Attaching a document later: empty fields filled, disagreements kept as conflicts to settle."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from core.claims import attach
from core.claims.attach import attach_document
from core.claims.conflicts import list_conflicts, resolve_conflict
from core.claims.form import file_claim
from core.claims.models import ClaimDocument, ClaimFieldConflict
from core.claims.service import get_claim, get_document_page_image, ingest_document
from core.db import session_scope
from core.documents.samples import make_bad_inputs
from core.errors import Conflict, DocumentRejected, PermissionDenied, ValidationError
from core.scoring.models import Score
from core.scoring.service import get_current_score
from tests.core.claims.conftest import stored_files
from tests.core.helpers import audit_entries
from tests.core.scoring.fixtures import models_dir, shipped  # noqa: F401
from tests.factories import claim_document, make_customer, make_policy, make_user

TYPED = {"claimant_name": "Jane Doe", "date_of_loss": "2026-03-14", "claimed_amount": "1000.00",
         "incident_type": "theft"}


def count(model: type, **where: object) -> int:
    with session_scope() as session:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return session.scalar(stmt) or 0


@pytest.fixture
def filed(adjuster) -> int:  # type: ignore[no-untyped-def]
    return file_claim(TYPED, actor=adjuster).claim_id


def test_a_document_fills_only_empty_fields_and_records_disagreements(adjuster, filed,
                                                                      fake_extractor, data_dir):
    data, name = fake_extractor({"claimant_name": "JANE  doe", "claimed_amount": "1500.00",
                                 "claimant_email": "jane@example.com",
                                 "incident_location": "Elm St, Boston"})
    result = attach_document(filed, data, name, actor=adjuster)

    assert sorted(result.filled) == ["claimant_email", "incident_location"]
    assert result.conflicts == ["claimed_amount"]  # the name only differs in case and spaces
    detail = get_claim(filed, actor=adjuster)
    assert detail.fields["claimant_email"].value == "jane@example.com"
    assert detail.fields["claimant_email"].source == "extracted"
    assert detail.fields["claimant_email"].page == 1
    assert detail.fields["claimed_amount"].value == "1000.00"  # typed value not overwritten
    assert detail.claim.claimed_amount == Decimal("1000.00")
    assert detail.fields["claimant_name"].value == "Jane Doe"
    [conflict] = list_conflicts(filed, actor=adjuster)
    assert (conflict.field, conflict.claim_value, conflict.document_value) == (
        "claimed_amount", "1000.00", "1500.00")
    assert (conflict.status, conflict.document_name, conflict.page) == ("open", name, 1)
    assert [w.field for w in detail.warnings if w.source == "conflict"] == ["claimed_amount"]
    sha = hashlib.sha256(data).hexdigest()
    [document] = detail.documents
    assert (document.id, document.sha256, document.file_name) == (result.document_id, sha, name)
    assert stored_files(data_dir) == [data_dir / "documents" / sha[:2] / f"{sha}.pdf"]
    [entry] = audit_entries("claim_document_attached", entity_id=filed)
    assert entry.details["conflicts"] == ["claimed_amount"]
    assert entry.details["document_id"] == result.document_id


def test_the_same_amount_written_differently_is_no_conflict(adjuster, filed, fake_extractor,
                                                            data_dir):
    result = attach_document(filed, *fake_extractor({"claimed_amount": "1000.0"}),
                             actor=adjuster)
    assert result.conflicts == [] and list_conflicts(filed, actor=adjuster) == []


def test_taking_the_documents_value_is_audited_and_rescored(shipped, adjuster, filed,  # noqa: F811
                                                           fake_extractor, data_dir):
    attach_document(filed, *fake_extractor({"claimed_amount": "1500.00"}), actor=adjuster)
    scores_before = count(Score, claim_id=filed)
    [conflict] = list_conflicts(filed, actor=adjuster)

    settled = resolve_conflict(conflict.id, "document", actor=adjuster)

    assert (settled.status, settled.chosen, settled.resolved_by) == (
        "resolved", "document", adjuster.name)
    detail = get_claim(filed, actor=adjuster)
    assert detail.fields["claimed_amount"].value == "1500.00"
    assert detail.fields["claimed_amount"].source == "extracted"
    assert detail.claim.claimed_amount == Decimal("1500.00")
    assert not [w for w in detail.warnings if w.source == "conflict"]
    assert list_conflicts(filed, actor=adjuster) == []
    assert len(list_conflicts(filed, actor=adjuster, include_resolved=True)) == 1
    [entry] = audit_entries("claim_conflict_resolved", entity_id=filed)
    assert (entry.details["field"], entry.details["old"], entry.details["new"],
            entry.details["chosen"]) == ("claimed_amount", "1000.00", "1500.00", "document")
    assert count(Score, claim_id=filed) == scores_before + 1
    with pytest.raises(Conflict, match="already settled"):
        resolve_conflict(conflict.id, "claim", actor=adjuster)


def test_keeping_the_claims_value_is_audited_too(adjuster, filed, fake_extractor, data_dir):
    attach_document(filed, *fake_extractor({"claimed_amount": "1500.00"}), actor=adjuster)
    [conflict] = list_conflicts(filed, actor=adjuster)
    with pytest.raises(ValidationError):
        resolve_conflict(conflict.id, "both", actor=adjuster)  # type: ignore[arg-type]

    resolve_conflict(conflict.id, "claim", actor=adjuster)

    assert get_claim(filed, actor=adjuster).fields["claimed_amount"].value == "1000.00"
    [entry] = audit_entries("claim_conflict_resolved", entity_id=filed)
    assert (entry.details["old"], entry.details["new"], entry.details["chosen"]) == (
        "1000.00", "1000.00", "claim")


def test_a_policy_number_from_the_document_links_the_policy(adjuster, filed, fake_extractor,
                                                           data_dir):
    customer = make_customer(name="Jane Doe")
    policy_id = make_policy(customer_id=customer, number="POL-ATT-1")
    attach_document(filed, *fake_extractor({"policy_number": "POL-ATT-1"}), actor=adjuster)
    detail = get_claim(filed, actor=adjuster)
    assert (detail.policy_id, detail.customer_id) == (policy_id, customer)
    assert audit_entries("claim_policy_linked", entity_id=filed)


@pytest.mark.parametrize("bad", ["empty", "not_a_pdf", "truncated", "encrypted"])
def test_bad_input_is_refused_and_leaves_nothing(adjuster, filed, data_dir, tmp_path, bad):
    path = make_bad_inputs(tmp_path)[bad]
    before = get_claim(filed, actor=adjuster)
    with pytest.raises(DocumentRejected):
        attach_document(filed, path.read_bytes(), path.name, actor=adjuster)
    assert get_claim(filed, actor=adjuster) == before
    assert count(ClaimDocument) == 0 and count(ClaimFieldConflict) == 0
    assert stored_files(data_dir) == [] and audit_entries("claim_document_attached") == []


def test_a_failed_transaction_removes_the_file_it_wrote(adjuster, filed, fake_extractor,
                                                        data_dir, monkeypatch):
    def broken_audit(**_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(attach, "record_audit", broken_audit)
    with pytest.raises(RuntimeError, match="disk full"):
        attach_document(filed, *fake_extractor({"claimed_amount": "9.00"}), actor=adjuster)
    assert count(ClaimDocument) == 0 and count(ClaimFieldConflict) == 0
    assert stored_files(data_dir) == []


def test_a_file_already_on_a_claim_is_not_attached_again(adjuster, filed, fake_extractor,
                                                         data_dir):
    upload = fake_extractor({"claimant_name": "Ann Lee"})
    other = ingest_document(*upload, actor=adjuster)
    with pytest.raises(Conflict, match=other.claim_number):
        attach_document(filed, *upload, actor=adjuster)
    second = fake_extractor({"incident_location": "Here"})
    attach_document(filed, *second, actor=adjuster)
    with pytest.raises(Conflict, match="this claim"):
        attach_document(filed, *second, actor=adjuster)
    assert count(ClaimDocument, claim_id=filed) == 1


def test_a_generated_pdf_with_another_amount_conflicts_with_the_typed_one(adjuster, data_dir):
    make_policy(customer_id=make_customer(name="Jane Doe"), number="POL-2026-990011")
    record, pdf = claim_document("form_inline", seed=11, policy_number="POL-2026-990011")
    typed = Decimal(record["claimed_amount"]) + 250
    claim_id = file_claim({"claimant_name": record["claimant_name"],
                           "date_of_loss": record["date_of_loss"],
                           "claimed_amount": str(typed)}, actor=adjuster).claim_id

    result = attach_document(claim_id, pdf, "fnol.pdf", actor=adjuster)

    assert "claimed_amount" in result.conflicts
    assert "policy_number" in result.filled and "claimant_email" in result.filled
    conflict = next(c for c in list_conflicts(claim_id, actor=adjuster)
                    if c.field == "claimed_amount")
    assert Decimal(conflict.document_value) == Decimal(record["claimed_amount"])
    assert Decimal(conflict.claim_value) == typed
    detail = get_claim(claim_id, actor=adjuster)
    assert detail.claim.policy_number == "POL-2026-990011"
    # The page shows the boxes of the fields this document filled.
    image = get_document_page_image(result.document_id, 1, actor=adjuster)
    assert image.startswith(b"\x89PNG")


def test_an_agent_may_not_attach_or_resolve(adjuster, filed, fake_extractor, data_dir):
    agent = make_user("agent")
    with pytest.raises(PermissionDenied):
        attach_document(filed, *fake_extractor({"claimed_amount": "5.00"}), actor=agent)
    attach_document(filed, *fake_extractor({"claimed_amount": "5.00"}), actor=adjuster)
    [conflict] = list_conflicts(filed, actor=adjuster)
    with pytest.raises(PermissionDenied):
        resolve_conflict(conflict.id, "document", actor=agent)


def test_a_second_document_attached_on_purpose_is_not_scored_as_a_duplicate(
        shipped, adjuster, filed, fake_extractor, data_dir):  # noqa: F811
    attach_document(filed, *fake_extractor({"police_report_number": "PR-1"}), actor=adjuster)
    attach_document(filed, *fake_extractor({"vehicle_vin": ""}), actor=adjuster)
    assert count(ClaimDocument, claim_id=filed) == 2
    score = get_current_score(filed, actor=adjuster)
    assert score is not None
    assert score.features["duplicate_document"] == 0.0
    assert "duplicate_document" not in {r["feature"] for r in score.reasons}
