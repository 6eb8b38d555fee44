"""The claims pages: the inbox (upload, results per file, the list) and the claim review."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.claims.demo import DEMO_CLAIMS
from core.claims.service import get_claim, list_claims, update_claim_fields
from core.documents.samples import make_bad_inputs
from tests.core.helpers import audit_entries
from tests.factories import claim_document
from tests.pages.conftest import demo_user, log_in, table, texts

INBOX = "pages/claims_inbox.py"
REVIEW = "pages/claim_detail.py"
PDF = "application/pdf"


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_bad_inputs(tmp_path_factory.mktemp("bad"))


def results(at) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The results table: file -> (result, details)."""
    rows = table(at)
    assert list(rows.columns) == ["file", "outcome", "claim", "details"]
    return {r.file: (r.outcome, r.details) for r in rows.itertuples()}


def test_the_inbox_lists_the_demo_claims(app):
    at = log_in(app, "adjuster", INBOX)
    assert not at.exception and not at.error
    assert texts(at.title) == ["Claims inbox"]
    assert f"Page 1 of 1, {DEMO_CLAIMS} claims" in texts(at.caption)
    assert len(table(at)) == DEMO_CLAIMS
    assert at.button(key="inbox.process").disabled  # nothing uploaded yet

    at.text_input(key="inbox.search").input("no such claim").run()
    assert texts(at.info) == ["No claims match these filters."]


def test_uploading_creates_claims_and_reports_each_file(app):
    _record, pdf = claim_document("form_boxed", seed=501)
    at = log_in(app, "adjuster", INBOX)
    at.file_uploader[0].set_value([("new-claim.pdf", pdf, PDF), ("again.pdf", pdf, PDF),
                                   ("notes.pdf", b"just some notes", PDF)])
    at.run()
    at.button(key="inbox.process").click().run()

    assert not at.exception
    outcome = results(at)
    assert outcome["new-claim.pdf"][0] == "New claim"
    assert outcome["again.pdf"][0] == "Duplicate"
    assert outcome["notes.pdf"] == ("Failed", "Refused (not_pdf): The file is not a PDF, "
                                              "whatever its name says.")
    claims = list_claims(actor=demo_user("adjuster"), page_size=100)
    assert claims.total == DEMO_CLAIMS + 1
    newest = claims.items[0]
    assert [link.label for link in at.get("page_link")][:2] == [
        f"Open claim {newest.number} (new-claim.pdf)", f"Open claim {newest.number} (again.pdf)"]
    assert f"Page 1 of 1, {DEMO_CLAIMS + 1} claims" in texts(at.caption)
    assert not at.file_uploader[0].value  # emptied for the next batch


def test_every_bad_input_fails_with_its_reason_and_creates_nothing(app, bad_inputs):
    at = log_in(app, "admin", INBOX)
    at.file_uploader[0].set_value([(p.name, p.read_bytes(), PDF) for p in bad_inputs.values()])
    at.run()
    at.button(key="inbox.process").click().run()

    assert not at.exception
    outcome = results(at)
    reasons = {"empty": "empty", "not_a_pdf": "not_pdf", "truncated": "truncated",
               "encrypted": "encrypted", "too_many_pages": "too_many_pages",
               "image_bomb": "image_bomb"}
    for name, reason in reasons.items():
        result, details = outcome[f"{name}.pdf"]
        assert result == "Failed" and details.startswith(f"Refused ({reason}): "), details
    assert "6 files: 6 failed" in texts(at.warning)
    assert list_claims(actor=demo_user("admin")).total == DEMO_CLAIMS


def claim_with_warning(text: str) -> int:
    adjuster = demo_user("adjuster")
    for claim in list_claims(actor=adjuster, page_size=100).items:
        if any(text in w.message for w in get_claim(claim.id, actor=adjuster).warnings):
            return claim.id
    raise LookupError(text)


def open_review(app, username: str, claim_id: int):  # type: ignore[no-untyped-def]
    app.query_params["claim"] = str(claim_id)
    return log_in(app, username, REVIEW)


def test_the_review_shows_the_page_the_fields_and_the_warnings(app):
    claim_id = claim_with_warning("belongs to another customer")
    detail = get_claim(claim_id, actor=demo_user("adjuster"))
    at = open_review(app, "adjuster", claim_id)

    assert not at.exception and not at.error
    assert texts(at.subheader) == [f"Claim {detail.claim.number}"]
    assert len(at.image) == 1
    assert at.image[0].captions == [f"{detail.documents[0].file_name}, page 1 of "
                                    f"{detail.documents[0].pages}"]
    assert any("belongs to another customer" in w for w in texts(at.warning))
    claimant = at.text_input(key=f"claim_detail.{claim_id}.{detail.version}.claimant_name")
    assert claimant.value == detail.fields["claimant_name"].value
    assert claimant.label == "Claimant"
    policy = at.text_input(key=f"claim_detail.{claim_id}.{detail.version}.policy_number")
    assert policy.label == "Policy number  ⚠"  # a warning speaks of this field


def test_a_multi_page_document_has_a_page_choice(app):
    adjuster = demo_user("adjuster")
    packet = next(c for c in list_claims(actor=adjuster, page_size=100).items
                  if get_claim(c.id, actor=adjuster).documents[0].pages > 1)
    document = get_claim(packet.id, actor=adjuster).documents[0]
    at = open_review(app, "adjuster", packet.id)
    at.segmented_control(key=f"claim_detail.page.{document.id}").set_value(2).run()
    assert not at.exception
    assert at.image[0].captions == [f"{document.file_name}, page 2 of {document.pages}"]


def test_an_edit_is_saved_and_audited(app):
    adjuster = demo_user("adjuster")
    claim = list_claims(actor=adjuster).items[0]
    before = get_claim(claim.id, actor=adjuster)
    at = open_review(app, "adjuster", claim.id)
    key = f"claim_detail.{claim.id}.{before.version}"
    at.text_input(key=f"{key}.claimant_phone").input("(617) 555-0199")
    at.text_input(key=f"{key}.vehicle_vin").input("NOT-A-VIN")
    at.button(key=f"claim_detail.save.{claim.id}").click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == [f"Claim {claim.number} saved."]
    after = get_claim(claim.id, actor=adjuster)
    assert after.version == before.version + 1
    assert after.fields["claimant_phone"].value == "+16175550199"
    assert after.fields["claimant_phone"].source == "edited"
    assert after.fields["vehicle_vin"].value == "NOT-A-VIN"
    assert any(w.startswith("VIN:") for w in texts(at.warning))
    edits = audit_entries("claim_field_edited", entity_id=claim.id)
    assert {e.details["field"]: e.details["new"] for e in edits} == {
        "claimant_phone": "+16175550199", "vehicle_vin": "NOT-A-VIN"}
    # The form is drawn afresh from the saved version.
    assert at.text_input(key=f"claim_detail.{claim.id}.{after.version}.claimant_phone").value \
        == "+16175550199"


def test_an_edit_over_someone_elses_change_is_refused(app):
    adjuster = demo_user("adjuster")
    claim = list_claims(actor=adjuster).items[0]
    before = get_claim(claim.id, actor=adjuster)
    at = open_review(app, "adjuster", claim.id)
    update_claim_fields(claim.id, {"claimant_name": "Someone Else"}, actor=demo_user("admin"),
                        expected_version=before.version)  # meanwhile, elsewhere
    at.text_area(key=f"claim_detail.{claim.id}.{before.version}.incident_location").input(
        "Main Street")
    at.button(key=f"claim_detail.save.{claim.id}").click().run()

    assert not at.exception
    assert any("changed by someone else" in e for e in texts(at.error))
    assert get_claim(claim.id, actor=adjuster).fields["incident_location"].value != "Main Street"
    at.button(key=f"claim_detail.reload.{claim.id}").click().run()
    assert not at.error
    fresh = at.text_input(key=f"claim_detail.{claim.id}.{before.version + 1}.claimant_name")
    assert fresh.value == "Someone Else"


@pytest.mark.parametrize("page", [INBOX, REVIEW])
def test_agents_have_no_claims_pages(app, page):
    at = log_in(app, "agent")
    assert not at.exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(page)
