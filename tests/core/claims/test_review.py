"""Reviewing a claim: editing fields (checked, audited, versioned) and the page images."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from core.claims.policy_link import names_differ, policy_key
from core.claims.service import (
    document_page_count,
    get_claim,
    get_document_page_image,
    ingest_document,
    update_claim_fields,
)
from core.errors import NotFound, PermissionDenied, StaleUpdate, ValidationError
from tests.core.helpers import audit_entries
from tests.factories import claim_document, make_customer, make_policy, make_user


@pytest.fixture
def claim(adjuster, fake_extractor):  # type: ignore[no-untyped-def]
    """A claim read as Ann Lee's water damage of 2026-03-02, on no known policy."""
    data, file_name = fake_extractor({
        "policy_number": "POL-UNKNOWN-9", "claimant_name": "Ann Lee",
        "claimant_email": "ann.lee@example.com", "date_of_loss": "2026-03-02",
        "incident_type": "water_damage", "claimed_amount": "1200.00", "currency": "USD",
        "vehicle_vin": "1HGCM82633A004353",
    }, warnings=["vehicle_vin: 1HGCM82633A004353 fails the VIN check digit"])
    return get_claim(ingest_document(data, file_name, actor=adjuster).claim_id, actor=adjuster)


def test_an_edit_is_checked_stored_as_edited_and_audited(adjuster, claim):
    saved = update_claim_fields(claim.claim.id, {
        "date_of_loss": "03/05/2026", "claimed_amount": "$1,480.50",
        "claimant_name": "Ann Lee",  # unchanged: not an edit
    }, actor=adjuster, expected_version=claim.version)

    assert saved.version == claim.version + 1
    loss = saved.fields["date_of_loss"]
    assert (loss.value, loss.source) == ("2026-03-05", "edited")
    assert loss.page == 1 and loss.bbox == claim.fields["date_of_loss"].bbox  # where it was read
    assert saved.claim.date_of_loss == date(2026, 3, 5)  # the column follows the field
    assert saved.claim.claimed_amount == Decimal("1480.50")
    assert saved.fields["claimant_name"].source == "extracted"
    edits = {e.details["field"]: e for e in audit_entries("claim_field_edited",
                                                          entity_id=claim.claim.id)}
    assert set(edits) == {"date_of_loss", "claimed_amount"}
    assert (edits["date_of_loss"].details["old"], edits["date_of_loss"].details["new"]) == (
        "2026-03-02", "2026-03-05")
    assert edits["claimed_amount"].details["old"] == "1200.00"
    assert edits["claimed_amount"].username == adjuster.username


def test_a_value_that_fails_its_check_is_kept_as_typed_with_a_warning(adjuster, claim):
    saved = update_claim_fields(claim.claim.id, {"claimant_email": "ann.lee@", "date_of_loss":
                                                 "31/02/2026"},
                                actor=adjuster, expected_version=claim.version)
    assert saved.fields["claimant_email"].value == "ann.lee@"
    assert saved.fields["date_of_loss"].value == "31/02/2026"
    assert saved.claim.date_of_loss is None  # a column cannot hold what is not a date
    by_field = {w.field: w for w in saved.warnings if w.source == "edit"}
    assert set(by_field) == {"claimant_email", "date_of_loss"}
    assert by_field["claimant_email"].message.startswith("E-mail:")
    assert by_field["date_of_loss"].message.endswith("kept as typed.")
    [entry] = audit_entries("claim_field_edited", entity_id=claim.claim.id)[-1:]
    assert entry.details["valid"] is False


def test_correcting_a_field_replaces_its_warning(adjuster, claim):
    assert any(w.field == "vehicle_vin" for w in claim.warnings)
    saved = update_claim_fields(claim.claim.id, {"vehicle_vin": "1hgcm82633a004352"},
                                actor=adjuster, expected_version=claim.version)
    assert saved.fields["vehicle_vin"].value == "1HGCM82633A004352"
    assert not any(w.field == "vehicle_vin" for w in saved.warnings)


def test_editing_the_policy_number_links_the_claim_again(adjuster, claim):
    customer_id = make_customer(name="Ann Lee")
    policy_id = make_policy(customer_id=customer_id, number="POL-TEST-000888",
                            today=date(2026, 6, 30), end_in_days=0)
    assert [w.source for w in claim.warnings].count("policy") == 1

    saved = update_claim_fields(claim.claim.id, {"policy_number": "pol-test-000888"},
                                actor=adjuster, expected_version=claim.version)
    assert (saved.policy_id, saved.customer_id) == (policy_id, customer_id)
    assert saved.claim.policy_number == "POL-TEST-000888"
    assert saved.fields["policy_number"].value == "POL-TEST-000888"
    assert not [w for w in saved.warnings if w.source == "policy"]
    [linked] = audit_entries("claim_policy_linked", entity_id=claim.claim.id)
    assert linked.details["new_policy_id"] == policy_id

    moved = update_claim_fields(claim.claim.id, {"date_of_loss": "2025-01-10"},
                                actor=adjuster, expected_version=saved.version)
    assert [w.message for w in moved.warnings if w.source == "policy"] == [
        "Policy POL-TEST-000888 was not in force on the date of loss 2025-01-10 (its term runs "
        "2025-07-01 to 2026-06-30)."]


def test_a_stale_version_is_refused_and_nothing_changes(adjuster, claim):
    update_claim_fields(claim.claim.id, {"claimant_name": "Ann B. Lee"}, actor=make_user(),
                        expected_version=claim.version)
    with pytest.raises(StaleUpdate, match="changed by someone else"):
        update_claim_fields(claim.claim.id, {"claimant_name": "Anne Lee"}, actor=adjuster,
                            expected_version=claim.version)
    assert get_claim(claim.claim.id, actor=adjuster).fields["claimant_name"].value == "Ann B. Lee"


def test_nothing_changed_is_not_an_edit(adjuster, claim):
    same = update_claim_fields(claim.claim.id, {"claimant_name": " Ann Lee ",
                                                "date_of_loss": "2026-03-02"},
                               actor=adjuster, expected_version=claim.version)
    assert same.version == claim.version
    assert audit_entries("claim_field_edited") == []


def test_line_items_and_unknown_fields_are_not_edited_here(adjuster, claim):
    with pytest.raises(ValidationError) as refused:
        update_claim_fields(claim.claim.id, {"line_items": "x", "colour": "red"}, actor=adjuster,
                            expected_version=claim.version)
    assert set(refused.value.errors) == {"line_items", "colour"}


def test_an_agent_may_neither_read_nor_edit_claims(claim):
    agent = make_user("agent")
    with pytest.raises(PermissionDenied):
        get_claim(claim.claim.id, actor=agent)
    with pytest.raises(PermissionDenied):
        update_claim_fields(claim.claim.id, {"claimant_name": "X"}, actor=agent,
                            expected_version=claim.version)


def test_a_missing_claim_is_not_found(adjuster):
    with pytest.raises(NotFound):
        get_claim(999_999, actor=adjuster)


def test_page_images_show_the_pages_of_the_stored_document(adjuster, data_dir):
    _record, pdf = claim_document("packet", seed=21)
    claim_id = ingest_document(pdf, "packet.pdf", actor=adjuster).claim_id
    [document] = get_claim(claim_id, actor=adjuster).documents
    pages = document_page_count(document.id, actor=adjuster)
    assert pages == document.pages >= 2

    plain = get_document_page_image(document.id, 1, actor=adjuster, with_fields=False)
    boxed = get_document_page_image(document.id, 1, actor=adjuster)
    assert plain.startswith(b"\x89PNG") and boxed.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(boxed))
    assert image.width == 1400 and image.height > image.width  # a Letter page, portrait
    assert boxed != plain  # the boxes are drawn
    assert get_document_page_image(document.id, pages, actor=adjuster).startswith(b"\x89PNG")
    with pytest.raises(NotFound):
        get_document_page_image(document.id, pages + 1, actor=adjuster)


@pytest.mark.parametrize(("claimant", "customer", "differ"), [
    ("Jane Doe", "Jane Doe", False),
    ("Jane A. Doe", "Jane Doe", False),
    ("J. Doe", "Jane Doe", False),
    ("Doe Jane", "Jane Doe", False),
    ("José Núñez", "Jose Nunez", False),
    ("Jonathan Smyth", "Jonathan Smith", False),  # one letter off, as OCR reads it
    ("Robert Miller", "Jane Doe", True),
    ("John Doe", "Jane Doe", True),
    ("Jane Smith", "Jane Doe", True),
])
def test_names_differ_only_when_clearly_other_people(claimant, customer, differ):
    assert names_differ(claimant, customer) is differ


def test_policy_numbers_match_whatever_their_separators():
    assert policy_key("pol 2024-004512") == policy_key("POL/2024/004512") == "POL2024004512"
