"""Field extraction on real generated PDFs of every layout, and the rules behind it."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from core.documents.candidates import make_model_year, person_name, take_id
from core.documents.pipeline import extract_document
from core.documents.samples import LAYOUTS, make_claim_record, render_claim_pdf

CORE_FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email",
               "claimant_phone", "date_of_loss", "claimed_amount", "currency")


def _record_and_pdf(layout: str, seed: int) -> tuple[dict, bytes]:
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    record = make_claim_record(rng, fake)
    return record, render_claim_pdf(record, layout, rng)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_yields_the_core_fields_with_their_place(layout):
    for seed in (1, 2):
        record, pdf = _record_and_pdf(layout, seed)
        result = extract_document(pdf, ocr=None)
        assert all(p.source == "text" for p in result.pages)
        for name in CORE_FIELDS:
            found = result.fields[name]
            assert found is not None, (layout, seed, name)
            assert found.value == record[name], (layout, seed, name)
            assert 0 < found.confidence <= 1
            if name != "currency":
                assert found.page is not None and found.bbox is not None
                x0, top, x1, bottom = found.bbox
                assert 0 <= x0 < x1 and 0 <= top < bottom


def test_a_field_the_document_lacks_is_null_never_a_guess():
    record, pdf = _record_and_pdf("form_inline", 5)
    record_has_vin = record["vehicle_vin"] is not None
    result = extract_document(pdf, ocr=None)
    assert (result.fields["vehicle_vin"] is not None) == record_has_vin
    for name, value in record.items():
        if value is None:
            assert result.fields[name] is None, name


def test_a_vin_that_fails_its_check_digit_is_kept_with_a_warning():
    rng = random.Random(11)
    fake = Faker("en_US")
    fake.seed_instance(11)
    record = make_claim_record(rng, fake, product_type="motor")
    good = record["vehicle_vin"]
    bad_digit = "0" if good[8] != "0" else "1"
    record["vehicle_vin"] = good[:8] + bad_digit + good[9:]
    result = extract_document(render_claim_pdf(record, "dotted", rng), ocr=None)
    assert result.value("vehicle_vin") == record["vehicle_vin"]  # kept as printed
    assert any(w.startswith("vehicle_vin:") and "check digit" in w for w in result.warnings)


def test_the_json_the_cli_prints():
    record, pdf = _record_and_pdf("letter", 3)
    out = extract_document(pdf, ocr=None).to_json("claim.pdf")
    assert out["file"] == "claim.pdf"
    assert out["fields"]["claim_number"]["value"] == record["claim_number"]
    assert set(out["fields"]["claim_number"]) == {"value", "confidence", "page", "bbox"}
    assert out["pages"] == [{"number": 1, "source": "text"}]
    assert out["elapsed_ms"] > 0


@pytest.mark.parametrize(("text", "expected"), [
    ("NB158092, Policy POL-2023-882135", "NB158092"), ("HM 0044 1187", "HM 0044 1187"),
    ("PHX-25-514356). Linda Berry saw", "PHX-25-514356"), ("2025-12-06", None),
    ("is pending", None), ("AW 708 494 N - your reference", "AW 708 494 N"),
    ("AW 708 494 I am writing", "AW 708 494"),
])
def test_identifiers_stop_where_they_end(text, expected):
    assert take_id(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SMITH, JOHN A.", "John A. Smith"), ("STEVEN ROMERO", "Steven Romero"),
    ("Northgate Mutual Insurance", None), ("Dear Claims Team", None),
])
def test_person_names_in_first_last_order(text, expected):
    assert person_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2017 Jeep Grand Cherokee", "Jeep Grand Cherokee 2017"),
    ("my 2024 Toyota Camry, VIN 4T1ZW3MR8RU250703.", "Toyota Camry 2024"),
    ("1027 Lincoln Avenue Apt 29D, 2026", None),
])
def test_vehicle_in_make_model_year_order(text, expected):
    assert make_model_year(text) == expected
