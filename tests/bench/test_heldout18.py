"""Held-out corpus 18: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout18
from bench.heldout18 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout18_kit import DATE_STYLES, FIELDS, MONEY_STYLES, format_date, format_money
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    page_text,
    value_printed,
)

SEED = 18181
DIGITAL = [i for i in range(2 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: [format_money(amount, s) for s in MONEY_STYLES],
        marks=lambda code: ["$"])


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) == 8


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_the_printed_check_rejects_a_value_that_is_not_there(digital):
    truth, pdf = digital[0]
    text = page_text(pdf)
    assert not printed("claimed_amount", "987654.32", text)
    assert not printed("date_of_loss", "1999-01-02", text)
    assert not printed("claimant_phone", "+12025550999", text)
    assert not printed("claimant_name", "Zebulon Quark", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("USD",))
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_line_items_add_up_to_the_claim(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            total = sum(Decimal(i["amount"]) for i in truth["line_items"])
            assert total == Decimal(truth["claimed_amount"]), truth["layout"]


def test_property_claims_have_no_vehicle_and_packets_are_itemised(digital):
    for truth, pdf in digital:
        if truth["layout"] in ("xactimate_estimate_packet", "injury_eob"):
            assert truth["vehicle_vin"] is None and truth["line_items"]
            assert pdf.count(b"/Type /Page\n") >= 3


def test_each_document_carries_another_partys_phone(digital):
    """Decoys: besides the claimant's, at least one other phone number is printed."""
    for truth, pdf in digital:
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for m in phonenumbers.PhoneNumberMatcher(page_text(pdf), "US")}
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_decoy_names_share_no_name_with_the_claimant(digital):
    for truth, pdf in digital:
        text = page_text(pdf)
        for part in truth["claimant_name"].split():
            # the claimant's names only appear with the claimant: never a decoy's name
            assert text.lower().count(part.lower()) >= 1
        first, last = truth["claimant_name"].split()
        assert not re.search(rf"\b{first}\s+(?!{last})[A-Z][a-z]+\b", text), truth["layout"]


def test_vins_carry_valid_check_digits(digital):
    from core.documents.validate import vin_check_digit_ok
    for truth, pdf in digital:
        for vin in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", page_text(pdf)):
            assert vin_check_digit_ok(vin), (truth["layout"], vin)


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"], margin=18)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h18"), 5, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout18, corpus, tmp_path, SEED)
