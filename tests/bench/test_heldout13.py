"""Held-out corpus 13: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout13
from bench.heldout13 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout13_kit import DATE_STYLES, FIELDS, MONEY_STYLES, format_date, format_money
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    page_text,
    value_printed,
)

SEED = 13131
# The first digital cases of each layout, over three rounds.
DIGITAL = [i for i in range(3 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]
SYMBOLS = {"EUR": "€", "GBP": "£", "CAD": "$", "CHF": "Fr."}
REGIONS = ("CA", "GB", "IE", "DE", "NL", "FR", "CH")


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: [format_money(amount, s) for s in MONEY_STYLES],
        marks=lambda code: [SYMBOLS[code], SYMBOLS[code].upper()])


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
    assert not printed("claimant_phone", "+442079460999", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("CAD", "GBP", "EUR", "CHF"))
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_line_items_add_up_to_the_claim_or_to_its_net_before_tax(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            total = sum(Decimal(i["amount"]) for i in truth["line_items"])
            claimed = Decimal(truth["claimed_amount"])
            if truth["layout"] == "repair_packet":   # net rows; the claim adds VAT
                assert total * Decimal("1.05") < claimed < total * Decimal("1.25")
            else:
                assert total == claimed, truth["layout"]


def test_each_document_carries_another_partys_phone(digital):
    """Decoys: besides the claimant's, at least one other phone number is printed."""
    for truth, pdf in digital:
        text = page_text(pdf)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for region in REGIONS for m in phonenumbers.PhoneNumberMatcher(text, region)}
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_motor_forms_print_a_second_valid_vin(digital):
    for truth, pdf in digital:
        if truth["layout"] == "motor_two_vehicles":
            vins = set(re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", page_text(pdf)))
            assert truth["vehicle_vin"] in vins and len(vins) == 2


def test_packets_run_the_estimate_over_a_page_break(digital):
    for truth, pdf in digital:
        if truth["layout"] == "repair_packet":
            assert "Carried forward" in page_text(pdf) and pdf.count(b"/Type /Page\n") >= 3


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h13"), 10, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout13, corpus, tmp_path, SEED)
