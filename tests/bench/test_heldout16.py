"""Held-out corpus 16: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from functools import cache

import phonenumbers
import pytest

from bench import heldout16
from bench.heldout16 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout16_case import make_case
from bench.heldout16_kit import DATE_STYLES, FIELDS, MONEY_STYLES, format_date, format_money
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

SEED = 16161
# The first digital cases of each layout, over two rounds.
DIGITAL = [i for i in range(2 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]
text_of = cache(page_text)   # pdfplumber is the slow part: read each document once


def printed(name: str, value, text: str, currency: str = "USD") -> bool:
    """True when `value` (normal form) stands in `text` in some printed form of `currency`."""
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: [format_money(amount, s, currency) for s in MONEY_STYLES],
        marks=lambda code: ["C$" if code == "CAD" else "$"])


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) == 8


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS,
                              lambda n, v, t, c=truth["currency"]: printed(n, v, t, c))


def test_the_printed_check_rejects_a_value_that_is_not_there(digital):
    truth, pdf = digital[0]
    text = page_text(pdf)
    assert not printed("claimed_amount", "987654.32", text)
    assert not printed("date_of_loss", "1999-01-02", text)
    assert not printed("claimant_phone", "+12125550999", text)
    assert not printed("policy_number", "ZZ-0000-000", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("USD", "CAD"))
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_line_items_add_up_to_the_claim_or_to_its_net_before_tax(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            total = sum(Decimal(i["amount"]) for i in truth["line_items"])
            claimed = Decimal(truth["claimed_amount"])
            if truth["layout"] == "glass_invoice_packet":   # invoice rows; the claim adds tax
                assert total * Decimal("1.05") < claimed < total * Decimal("1.14")
            else:
                assert total == claimed, truth["layout"]


def test_each_document_carries_another_partys_phone(digital):
    """Decoys: besides the claimant's, at least one other phone number is printed."""
    for truth, pdf in digital:
        text = text_of(pdf)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for region in ("US", "CA") for m in phonenumbers.PhoneNumberMatcher(text, region)}
        assert truth["claimant_phone"] in found, truth["layout"]
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_decoy_parties_never_share_a_name_with_the_claimant():
    rng = random.Random(7)
    for layout, (_, kinds, roles) in LAYOUTS.items():
        for _ in range(20):
            case = make_case(rng, layout, kinds, roles)
            names = {case.first, case.last}
            assert all(not names & set(p.name.split()) for p in case.parties), layout


def test_every_printed_vin_passes_its_check_digit(digital):
    for truth, pdf in digital:
        vins = set(re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", text_of(pdf)))
        assert all(vin_check_digit_ok(v) for v in vins), truth["layout"]
        if truth["vehicle_vin"]:
            assert truth["vehicle_vin"] in vins
        if truth["layout"] == "commercial_auto":    # the other vehicle's VIN as a decoy
            assert len(vins) == 2


def test_the_glass_invoice_prints_the_deductible_as_the_amount_due(digital):
    for truth, pdf in digital:
        if truth["layout"] == "glass_invoice_packet":
            text = text_of(pdf)
            assert "Amount due from insured" in text and "INVOICE" in text


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h16"), 3, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout16, corpus, tmp_path, SEED)
