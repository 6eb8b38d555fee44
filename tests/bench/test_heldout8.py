"""Held-out corpus 8: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from decimal import Decimal

import phonenumbers
import pytest

from bench.heldout8 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout8_kit import FIELDS, LOCALES, date_forms, money
from core.claims.models import INCIDENT_TYPES
from tests.bench.corpus_checks import (
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    fold,
    page_text,
)

SEED = 8383
# The first two digital cases of each layout.
DIGITAL = sorted(
    i
    for j in range(len(LAYOUTS))
    for i in [k for k in range(j, 40 * len(LAYOUTS), len(LAYOUTS)) if k % 10 not in SCANNED_SLOTS][
        :2
    ]
)


def money_forms(value: str) -> set[str]:
    """The bare number of `value` as any locale of the corpus prints it."""
    return {money(Decimal(value), loc, 2) for loc in LOCALES.values()}


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
    if name in ("claimant_address", "incident_location", "incident_description"):
        return fold(value) in flat
    if name in ("date_of_loss", "date_reported"):
        return any(form.lower() in flat for form in date_forms(value))
    if name == "claimed_amount":
        return any(form in text for form in money_forms(value))
    if name == "currency":
        return value in text or any(
            loc.symbol in text for loc in LOCALES.values() if loc.currency == value
        )
    if name == "line_items":
        return all(
            fold(i["description"]) in flat and money_forms(i["amount"]) & set(text.split())
            for i in value
        )
    return name == "incident_type" and value in INCIDENT_TYPES


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) >= 8


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("USD", "CAD", "AUD", "GBP", "EUR"))
        assert set(FIELDS) | {"layout", "scanned"} == set(truth)


def test_line_items_are_the_itemised_rows_where_a_table_exists(digital):
    with_items = {truth["layout"] for truth, _ in digital if truth["line_items"]}
    assert {"eu_home", "rental_packet"} <= with_items
    assert not with_items & {"questionnaire", "call_notes", "web_chat", "broker_sheet"}


def test_itemised_rows_add_up_to_the_claim_before_any_tax(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            rows = sum(Decimal(i["amount"]) for i in truth["line_items"])
            total = Decimal(truth["claimed_amount"])
            if truth["layout"] in ("eu_home", "sheet_export"):
                assert rows == total, truth["layout"]
            else:  # an invoice or estimate adds tax below its rows
                assert rows < total <= rows * Decimal("1.25"), truth["layout"]


def test_decoys_stand_beside_the_truth(digital):
    """Other people's phone numbers and several dates and amounts are printed too."""
    for truth, pdf in digital:
        text = page_text(pdf)
        phones = {re.sub(r"\D", "", m) for m in re.findall(r"\+?[\d()][\d ().-]{8,}\d", text)}
        assert len({p[-7:] for p in phones if len(p) >= 9}) >= 3, truth["layout"]


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"], margin=2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h8"), 6, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    again = write_corpus(tmp_path, 6, seed=SEED)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus]
    assert make_document(0, SEED)[0] != make_document(0, SEED + 1)[0]
