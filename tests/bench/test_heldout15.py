"""Held-out corpus 15: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout15
from bench.heldout15 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout15_kit import DATE_STYLES, FIELDS, MONEY_STYLES, format_date, format_money
from bench.heldout15_kit import SYMBOLS as KIT_SYMBOLS
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    page_text,
    value_printed,
)

SEED = 15151
# The first digital cases of each layout, over two rounds.
DIGITAL = [i for i in range(2 * len(LAYOUTS) + 4) if i % 10 not in SCANNED_SLOTS]
CURRENCIES = ("GBP", "EUR", "AUD", "NZD", "INR")
REGIONS = ("GB", "IE", "AU", "NZ", "IN")


def printed(name: str, value, text: str, currency: str = "GBP") -> bool:
    """True when `value` (normal form) stands in `text` in some printed form of `currency`."""
    return value_printed(
        name, value, text, dates=lambda day: [format_date(day, s) for s in DATE_STYLES],
        money=lambda amount: [format_money(amount, currency, s) for s in MONEY_STYLES],
        marks=lambda code: [KIT_SYMBOLS[code]])


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
    assert not printed("claimed_amount", "987654.32", text, truth["currency"])
    assert not printed("date_of_loss", "1999-01-02", text)
    assert not printed("claimant_phone", "+442079460999", text)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, CURRENCIES)
        assert set(truth) == set(FIELDS) | {"layout", "scanned"}


def test_line_items_make_up_the_claim(digital):
    """Schedules and item tables total the claim; the medical claim adds tax and a pharmacy."""
    for truth, _ in digital:
        total = sum(Decimal(i["amount"]) for i in truth["line_items"])
        claimed = Decimal(truth["claimed_amount"])
        if truth["layout"] == "medical_packet":
            assert truth["line_items"] and total < claimed
        elif truth["line_items"]:
            assert total == claimed, truth["layout"]


def test_incident_types_follow_the_layouts(digital):
    for truth, _ in digital:
        assert truth["incident_type"] in LAYOUTS[truth["layout"]][1]
        assert (truth["vehicle_vin"] is not None) <= (
            truth["incident_type"] in ("collision", "glass"))


def test_each_document_carries_another_partys_phone(digital):
    """Decoys: besides the claimant's, at least one other phone number is printed."""
    for truth, pdf in digital:
        text = page_text(pdf)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for region in REGIONS for m in phonenumbers.PhoneNumberMatcher(text, region)}
        assert truth["claimant_phone"] in found, truth["layout"]
        assert found - {truth["claimant_phone"]}, truth["layout"]


def test_motor_reports_print_the_other_vehicles_valid_vin(digital):
    for truth, pdf in digital:
        if truth["layout"] == "motor_sketch":
            vins = set(re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", page_text(pdf)))
            assert truth["vehicle_vin"] in vins and len(vins) == 2


def test_property_claims_have_no_vehicle(digital):
    for truth, _ in digital:
        if truth["layout"] in ("boxed_above", "storm_schedule", "broker_letter", "stat_dec"):
            assert truth["vehicle_vin"] is None and truth["vehicle_make_model_year"] is None


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"], margin=5)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h15"), 6, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout15, corpus, tmp_path, SEED)
