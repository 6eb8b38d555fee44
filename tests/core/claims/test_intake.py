"""Intake: a PDF becomes one claim with its fields, its stored file and its policy link."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.claims import intake
from core.claims.models import Claim, ClaimDocument
from core.claims.service import get_claim, ingest_document, list_claims
from core.db import session_scope
from core.documents.samples import make_bad_inputs
from core.errors import DocumentRejected, PermissionDenied
from core.policies.schemas import PolicyUpdate
from core.policies.service import update_policy
from tests.core.claims.conftest import stored_files
from tests.core.helpers import audit_entries
from tests.factories import claim_document, make_customer, make_policy, make_user

BAD_REASONS = {
    "empty": "empty", "not_a_pdf": "not_pdf", "truncated": "truncated",
    "encrypted": "encrypted", "too_many_pages": "too_many_pages", "image_bomb": "image_bomb",
}


def count_rows(model: type) -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_bad_inputs(tmp_path_factory.mktemp("bad"))


def test_a_digital_pdf_becomes_a_claim_with_its_fields_and_stored_file(adjuster, data_dir):
    record, pdf = claim_document("form_inline", seed=11)
    result = ingest_document(pdf, "first notice.pdf", actor=adjuster)

    assert result.status == "created"
    detail = get_claim(result.claim_id, actor=adjuster)
    assert detail.claim.number == result.claim_number
    assert detail.fields["claimant_name"].value == record["claimant_name"]
    assert detail.claim.claimant_name == record["claimant_name"]
    found = detail.fields["claimant_name"]
    assert (found.source, found.page) == ("extracted", 1)
    assert found.bbox is not None and 0 < found.confidence <= 1
    if detail.fields["date_of_loss"].value == record["date_of_loss"]:
        assert detail.claim.date_of_loss == date.fromisoformat(record["date_of_loss"])
    # The claim keeps the number printed on the document when that number is free.
    if detail.fields["claim_number"].value:
        assert detail.claim.number == detail.fields["claim_number"].value

    sha = hashlib.sha256(pdf).hexdigest()
    [document] = detail.documents
    assert (document.sha256, document.file_name, document.size_bytes, document.pages) == (
        sha, "first notice.pdf", len(pdf), 1)
    assert stored_files(data_dir) == [data_dir / "documents" / sha[:2] / f"{sha}.pdf"]
    assert stored_files(data_dir)[0].read_bytes() == pdf
    [created] = audit_entries("claim_created", entity_id=result.claim_id)
    assert created.username == adjuster.username
    assert created.details["sha256"] == sha


def test_an_exact_duplicate_is_linked_to_the_earlier_claim_not_created_again(adjuster, data_dir):
    _record, pdf = claim_document("letter", seed=12)
    first = ingest_document(pdf, "letter.pdf", actor=adjuster)
    again = ingest_document(pdf, "letter (copy).pdf", actor=make_user("admin"))

    assert again.status == "duplicate"
    assert (again.claim_id, again.claim_number, again.document_id) == (
        first.claim_id, first.claim_number, first.document_id)
    assert count_rows(Claim) == 1 and count_rows(ClaimDocument) == 1
    assert len(stored_files(data_dir)) == 1
    [duplicate] = audit_entries("duplicate_upload", entity_id=first.claim_id)
    assert duplicate.details["file_name"] == "letter (copy).pdf"


@pytest.mark.parametrize("name", sorted(BAD_REASONS))
def test_bad_input_is_refused_with_its_reason_and_leaves_nothing(name, bad_inputs, adjuster,
                                                                 data_dir):
    path = bad_inputs[name]
    with pytest.raises(DocumentRejected) as refused:
        ingest_document(path.read_bytes(), path.name, actor=adjuster)
    assert refused.value.reason == BAD_REASONS[name]
    assert str(refused.value)  # a message a user can read
    assert count_rows(Claim) == 0 and count_rows(ClaimDocument) == 0
    assert stored_files(data_dir) == []
    assert audit_entries("claim_created") == []


def test_a_file_not_named_pdf_is_refused_as_the_wrong_type(adjuster, data_dir):
    _record, pdf = claim_document(seed=13)
    with pytest.raises(DocumentRejected) as refused:
        ingest_document(pdf, "claim.docx", actor=adjuster)
    assert refused.value.reason == "wrong_type"
    assert count_rows(Claim) == 0 and stored_files(data_dir) == []


def test_a_file_over_the_upload_limit_is_refused(adjuster, data_dir, settings_env):
    settings_env(CLAIMDESK_MAX_UPLOAD_MB="0")
    _record, pdf = claim_document(seed=14)
    with pytest.raises(DocumentRejected) as refused:
        ingest_document(pdf, "claim.pdf", actor=adjuster)
    assert refused.value.reason == "too_large"
    assert count_rows(Claim) == 0 and stored_files(data_dir) == []


def test_a_failed_transaction_removes_the_file_it_wrote(adjuster, fake_extractor, data_dir,
                                                        monkeypatch):
    data, file_name = fake_extractor({"claimant_name": "Ann Lee"})

    def broken_audit(**_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake, "record_audit", broken_audit)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest_document(data, file_name, actor=adjuster)
    assert count_rows(Claim) == 0 and count_rows(ClaimDocument) == 0
    assert stored_files(data_dir) == []


def test_an_agent_may_not_ingest(db, data_dir):
    _record, pdf = claim_document(seed=15)
    with pytest.raises(PermissionDenied):
        ingest_document(pdf, "claim.pdf", actor=make_user("agent"))
    assert count_rows(Claim) == 0 and stored_files(data_dir) == []


@pytest.fixture
def insured() -> dict[str, object]:
    """Jane Doe's policy POL-TEST-000777, in force from 2025-06-01 to 2026-05-31."""
    customer_id = make_customer(name="Jane Doe")
    policy_id = make_policy(customer_id=customer_id, number="POL-TEST-000777",
                            today=date(2026, 5, 31), end_in_days=0)
    return {"customer_id": customer_id, "policy_id": policy_id}


def ingest_values(fake_extractor, actor, **values):  # type: ignore[no-untyped-def]
    data, file_name = fake_extractor(values)
    result = ingest_document(data, file_name, actor=actor)
    return result, get_claim(result.claim_id, actor=actor)


def test_the_claim_links_to_its_policy_and_customer(adjuster, fake_extractor, insured):
    result, detail = ingest_values(fake_extractor, adjuster, policy_number="pol test 000777",
                                   claimant_name="Jane A. Doe", date_of_loss="2026-03-02")
    assert (detail.policy_id, detail.customer_id) == (insured["policy_id"],
                                                      insured["customer_id"])
    assert detail.claim.policy_number == "POL-TEST-000777"
    assert detail.claim.customer_name == "Jane Doe"
    assert detail.warnings == [] and result.warnings == []


def test_an_unknown_policy_is_a_warning(adjuster, fake_extractor, insured):
    _result, detail = ingest_values(fake_extractor, adjuster, policy_number="POL-NOPE-1",
                                    claimant_name="Jane Doe", date_of_loss="2026-03-02")
    assert detail.policy_id is None and detail.customer_id is None
    [warning] = detail.warnings
    assert warning.message == ("Policy POL-NOPE-1 is not on file; the claim is not linked to a "
                               "policy.")
    assert (warning.field, warning.source) == ("policy_number", "policy")


def test_no_policy_number_is_a_warning(adjuster, fake_extractor):
    _result, detail = ingest_values(fake_extractor, adjuster, claimant_name="Jane Doe")
    assert [w.message for w in detail.warnings] == [
        "The document states no policy number; link the claim to its policy."]


@pytest.mark.parametrize("loss", ["2025-05-31", "2026-06-01"])
def test_a_loss_outside_the_term_is_a_warning(adjuster, fake_extractor, insured, loss):
    _result, detail = ingest_values(fake_extractor, adjuster, policy_number="POL-TEST-000777",
                                    claimant_name="Jane Doe", date_of_loss=loss)
    assert detail.policy_id == insured["policy_id"]  # linked all the same
    assert [w.message for w in detail.warnings] == [
        f"Policy POL-TEST-000777 was not in force on the date of loss {loss} (its term runs "
        "2025-06-01 to 2026-05-31)."]


def test_a_cancelled_policy_is_a_warning(adjuster, fake_extractor, insured):
    update_policy(insured["policy_id"], PolicyUpdate(status="cancelled"),
                  actor=make_user("admin"))
    _result, detail = ingest_values(fake_extractor, adjuster, policy_number="POL-TEST-000777",
                                    claimant_name="Jane Doe", date_of_loss="2026-03-02")
    assert [w.message for w in detail.warnings] == [
        "Policy POL-TEST-000777 is cancelled; check that it was in force on the date of loss."]


def test_a_policy_of_another_customer_is_a_warning(adjuster, fake_extractor, insured):
    _result, detail = ingest_values(fake_extractor, adjuster, policy_number="POL-TEST-000777",
                                    claimant_name="Robert Miller", date_of_loss="2026-03-02")
    assert detail.customer_id == insured["customer_id"]
    assert [w.message for w in detail.warnings] == [
        "Policy POL-TEST-000777 belongs to another customer (Jane Doe), not to the claimant "
        "Robert Miller."]


def test_extraction_warnings_are_kept_on_the_claim(adjuster, fake_extractor):
    data, file_name = fake_extractor(
        {"vehicle_vin": "1HGCM82633A004353"},
        warnings=["vehicle_vin: 1HGCM82633A004353 fails the VIN check digit"])
    detail = get_claim(ingest_document(data, file_name, actor=adjuster).claim_id, actor=adjuster)
    vin = [w for w in detail.warnings if w.source == "extraction"]
    assert [(w.field, w.message) for w in vin] == [
        ("vehicle_vin", "vehicle_vin: 1HGCM82633A004353 fails the VIN check digit")]
    assert detail.fields["vehicle_vin"].value == "1HGCM82633A004353"


def test_a_printed_claim_number_already_in_use_gets_a_number_of_its_own(adjuster,
                                                                        fake_extractor):
    first, _ = ingest_values(fake_extractor, adjuster, claim_number="CLM-2026-000042")
    second, detail = ingest_values(fake_extractor, adjuster, claim_number="CLM-2026-000042")
    assert first.claim_number == "CLM-2026-000042"
    assert second.claim_number == f"CLM-{date.today().year}-{second.claim_id:06d}"
    assert detail.fields["claim_number"].value == "CLM-2026-000042"  # as printed, kept
    assert any("already used by another claim" in w.message for w in detail.warnings)


def test_claims_are_listed_newest_first_and_found_by_search(adjuster, fake_extractor, insured):
    ingest_values(fake_extractor, adjuster, claimant_name="Ann Lee")
    last, _ = ingest_values(fake_extractor, adjuster, claimant_name="Jane Doe",
                            policy_number="POL-TEST-000777",
                            date_of_loss=(date(2026, 5, 31) - timedelta(days=3)).isoformat())
    page = list_claims(actor=adjuster)
    assert page.total == 2 and page.items[0].id == last.claim_id
    assert [c.id for c in list_claims(actor=adjuster, search="000777").items] == [last.claim_id]
    assert [c.claimant_name for c in list_claims(actor=adjuster, search="ann").items] == [
        "Ann Lee"]
    assert list_claims(actor=adjuster, status="approved").total == 0
    with pytest.raises(PermissionDenied):
        list_claims(actor=make_user("agent"))
