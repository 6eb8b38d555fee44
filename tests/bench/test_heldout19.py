"""Held-out corpus 19: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import random
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout19
from bench.heldout19 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout19_kit import DATE_STYLES, FIELDS, draw_people, format_date, number_forms
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    page_text,
    value_printed,
)

SEED = 19191
DIGITAL = [i for i in range(2 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]
SYMBOLS = {"ZAR": "R ", "SGD": "S$", "CAD": "$", "GBP": "£", "AUD": "$"}
REGIONS = ("ZA", "SG", "CA", "GB", "AU")


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: number_forms(amount).values(), marks=lambda code: [SYMBOLS[code]])


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
    assert not printed("claimant_phone", "+27829990001", text)
    assert not printed("policy_number", "ZZ-000000", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("ZAR", "SGD", "CAD", "GBP", "AUD"))
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_itemised_claims_add_up(digital):
    """Affidavit items sum to the claim; invoices and quotes add tax (less the excess)."""
    for truth, pdf in digital:
        total = sum((Decimal(i["amount"]) for i in truth["line_items"]), Decimal(0))
        claimed = Decimal(truth["claimed_amount"])
        if truth["layout"] == "theft_affidavit":
            assert total == claimed
        elif truth["layout"] == "builder_quote_packet":
            assert total * Decimal("1.05") < claimed < total * Decimal("1.25")
        elif truth["layout"] == "windscreen_invoice":
            assert claimed < total * Decimal("1.25") and "excess" in page_text(pdf).lower()
        else:
            assert truth["line_items"] == []


def test_each_document_carries_another_partys_phone(digital):
    for truth, pdf in digital:
        text = page_text(pdf)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for region in REGIONS for m in phonenumbers.PhoneNumberMatcher(text, region)}
        assert truth["claimant_phone"] in found, truth["layout"]
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_decoy_names_share_no_name_with_the_claimant():
    for seed in range(40):
        names = draw_people(random.Random(seed), REGIONS[seed % 5]).names
        firsts, lasts = zip(*names, strict=True)
        assert len(set(firsts)) == len(firsts) and len(set(lasts)) == len(lasts)


def test_property_claims_have_no_vehicle(digital):
    for truth, _ in digital:
        motor = truth["incident_type"] in ("collision", "glass", "vandalism")
        assert (truth["vehicle_vin"] is not None) == motor, truth["layout"]


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h19"), 10, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout19, corpus, tmp_path, SEED)
