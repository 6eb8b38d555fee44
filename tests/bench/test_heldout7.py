"""Held-out corpus 7: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import phonenumbers
import pytest

from bench.heldout7 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout7_kit import FIELDS, MOIS, MONTHS
from core.claims.models import INCIDENT_TYPES
from tests.bench.corpus_checks import (
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    fold,
)

SEED = 7373
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
MONEY = re.compile(r"^\d+\.\d{2}$")
# The first digital case of each layout, and one more of each of the first three.
DIGITAL = sorted({min(i for i in range(j, 10 * len(LAYOUTS), len(LAYOUTS))
                      if i % 10 not in SCANNED_SLOTS) for j in range(len(LAYOUTS))}
                 | {0, 1, 3} | {10, 11, 13})


def date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    return {iso, f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}",
            f"{d.day} {MOIS[d.month - 1]} {d.year}"}


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    flat = fold(text)
    if name in ("claim_number", "policy_number", "police_report_number", "claimant_email"):
        return value.lower() in flat
    if name == "vehicle_vin":
        return value in re.sub(r"\s", "", text)
    if name in ("claimant_name", "vehicle_make_model_year"):
        return all(part.lower() in flat for part in value.split())
    if name == "claimant_phone":
        national = str(phonenumbers.parse(value).national_number)
        return national in re.sub(r"\D", "", text)
    if name in ("claimant_address", "incident_location"):
        # A value wrapped inside a grid column reads interleaved with its neighbours.
        return fold(value) in flat or set(fold(value).split()) <= set(flat.split())
    if name == "incident_description":
        return fold(value) in flat
    if name in ("date_of_loss", "date_reported"):
        return any(form.lower() in flat for form in date_forms(value))
    if name == "claimed_amount":
        return f"{Decimal(value):,.2f}" in text
    if name == "currency":
        return value in text or (value in ("USD", "AUD", "CAD") and "$" in text)
    if name == "line_items":
        return all(fold(i["description"]) in flat and f"{Decimal(i['amount']):,.2f}" in text
                   for i in value)
    return name == "incident_type" and value in INCIDENT_TYPES


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) >= 6


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("USD", "CAD", "AUD"))


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h7"), 3, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    again = write_corpus(tmp_path, 3, seed=SEED)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus]
    assert make_document(0, SEED)[0] != make_document(0, SEED + 1)[0]
