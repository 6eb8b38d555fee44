"""Held-out corpus 17: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout17
from bench.heldout17 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout17_case import make_parties
from bench.heldout17_kit import DATE_STYLES, FIELDS, MONEY_STYLES, format_date, format_money
from core.documents.validate import vin_check_digit_ok
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    page_text,
    value_printed,
)

SEED = 17171
# The first digital case of each layout, and one more booklet and leader form.
DIGITAL = [0, 2, 3, 5, 6, 8, 9, 12, 15]
SYMBOLS = {"EUR": "€", "GBP": "£", "AUD": "$", "NZD": "$"}
REGIONS = ("GB", "IE", "AU", "NZ")


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    text = re.sub(r"(?m)^\s*>\s?", "", text)   # a reply quotes the customer's lines with "> "
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: [format_money(amount, s) for s in MONEY_STYLES],
        marks=lambda code: [SYMBOLS[code]])


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
    assert not printed("claimant_phone", "+447700900999", text)
    assert not printed("policy_number", "ZZ-0000-1111", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("GBP", "EUR", "AUD", "NZD"))
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_line_items_add_up_to_the_claim(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            total = sum(Decimal(i["amount"]) for i in truth["line_items"])
            assert total == Decimal(truth["claimed_amount"]), truth["layout"]


def test_some_fields_are_legitimately_null(digital):
    truths = [truth for truth, _ in digital]
    assert any(t["vehicle_vin"] is None for t in truths)
    assert any(t["vehicle_vin"] for t in truths)
    assert any(t["police_report_number"] is None for t in truths)


def test_each_document_carries_another_partys_phone(digital):
    """Decoys: besides the claimant's, at least one other phone number is printed."""
    for truth, pdf in digital:
        text = page_text(pdf)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for region in REGIONS for m in phonenumbers.PhoneNumberMatcher(text, region)}
        assert truth["claimant_phone"] in found, truth["layout"]
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_decoy_people_share_no_first_or_last_name_with_the_claimant():
    for seed in range(20):
        people = make_parties(random.Random(seed), "GB", 7)
        firsts = [p.name.split()[0] for p in people]
        lasts = [p.name.split(". ")[-1].split(" ", 1)[-1] if ". " in p.name
                 else p.name.split(" ", 1)[1] for p in people]
        assert len(set(firsts)) == len(set(lasts)) == 7


def test_vins_pass_their_check_digit(digital):
    for truth, pdf in digital:
        if truth["vehicle_vin"]:
            assert vin_check_digit_ok(truth["vehicle_vin"])
            assert truth["vehicle_vin"] in page_text(pdf)


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"], margin=2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h17"), 5, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout17, corpus, tmp_path, SEED)
