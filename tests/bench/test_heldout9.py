"""Held-out corpus 9: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout9
from bench.heldout9 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout9_kit import FIELDS, date_forms, money_forms
from core.claims.models import INCIDENT_TYPES
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    fold,
)

SEED = 9393
CURRENCIES = ("GBP", "EUR", "USD", "CAD", "AUD", "NZD", "SGD", "INR")
PUNCT = ".,;:'\"()"
SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "C$", "AUD": "A$", "NZD": "NZ$",
         "SGD": "S$", "INR": "Rs."}
# The first digital case of each layout, and four more digital cases.
DIGITAL = sorted({min(i for i in range(j, 10 * len(LAYOUTS), len(LAYOUTS))
                      if i % 10 not in SCANNED_SLOTS) for j in range(len(LAYOUTS))}
                 | {9, 11, 14, 17})


def words_of(text: str) -> list[str]:
    return [w.strip(PUNCT) for w in fold(text).split()]


def in_order(value: str, text: str) -> bool:
    """The words of `value` stand in `text` in order, maybe with other words between them (a
    narrow column read line by line interleaves with its neighbour), or, where the value runs
    on from the foot of one column to the head of the next, every word stands somewhere."""
    words = iter(words_of(text))
    return (all(any(word == seen for seen in words) for word in words_of(value))
            or set(words_of(value)) <= set(words_of(text)))


def squeezed(value: str, text: str) -> bool:
    """`value` stands in `text` once spaces are ignored (one character per printed box)."""
    return re.sub(r"\s", "", value).lower() in re.sub(r"\s", "", text).lower()


def printed(name: str, value, text: str) -> bool:
    """True when `value` (normal form) stands in `text` in some printed form."""
    flat = fold(text)
    if name in ("claim_number", "policy_number", "police_report_number", "claimant_email",
                "vehicle_vin"):
        return squeezed(value, text)
    if name in ("claimant_name", "vehicle_make_model_year"):
        return all(part.lower() in flat for part in value.split())
    if name == "claimant_phone":
        return str(phonenumbers.parse(value).national_number) in re.sub(r"\D", "", text)
    if name in ("claimant_address", "incident_location", "incident_description"):
        return in_order(value, text)
    if name in ("date_of_loss", "date_reported"):
        return any(form.lower() in flat for form in date_forms(date.fromisoformat(value)))
    if name == "claimed_amount":
        return any(form in text for form in money_forms(Decimal(value)))
    if name == "currency":
        return value in text or SIGNS[value] in text
    if name == "line_items":
        return all(fold(i["description"]) in flat
                   and any(form in text for form in money_forms(Decimal(i["amount"])))
                   for i in value)
    return name == "incident_type" and value in INCIDENT_TYPES


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    cases = [make_document(i, SEED) for i in DIGITAL]
    assert not any(truth["scanned"] for truth, _ in cases)
    return cases


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) >= 8


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_the_printed_check_refuses_a_value_that_is_not_there(digital):
    truth, pdf = digital[0]
    wrong = {**truth, "claimed_amount": f"{Decimal(truth['claimed_amount']) + 1:.2f}"}
    with pytest.raises(AssertionError):
        assert_values_printed(wrong, pdf, FIELDS, printed)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, CURRENCIES)


def test_fields_a_layout_does_not_state_are_null(digital):
    by_layout = {truth["layout"]: truth for truth, _ in digital}
    assert by_layout["solicitor_letter"]["claimant_phone"] is None
    assert by_layout["estimate_then_form"]["claim_number"] is None
    assert by_layout["handwritten_form"]["claim_number"] is None
    assert by_layout["dense_statement"]["line_items"] == []


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h9"), 3, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout9, corpus, tmp_path, SEED)
