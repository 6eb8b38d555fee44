"""Held-out corpus 11: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout11
from bench.heldout11 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout11_kit import FIELDS, MONATE, MONTHS
from core.claims.models import INCIDENT_TYPES
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    fold,
)

SEED = 11111
# The first digital case of each layout, over two rounds.
DIGITAL = [i for i in range(2 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]


def date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    return {iso, f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {month} {d.year}",
            f"{month} {d.day}, {d.year}", f"{d.day}. {MONATE[d.month - 1]} {d.year}"}


def money_forms(value: str) -> set[str]:
    us = f"{Decimal(value):,.2f}"
    return {us, us.replace(",", "'"), us.replace(",", "_").replace(".", ",").replace("_", ".")}


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
        return value in text
    if name == "line_items":
        return all(fold(i["description"]) in flat
                   and any(form in text for form in money_forms(i["amount"])) for i in value)
    return name == "incident_type" and value in INCIDENT_TYPES


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) == 8


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, ("USD", "AUD", "GBP", "EUR", "CHF"))


def test_itemised_layouts_sum_to_the_claimed_amount(digital):
    for truth, _ in digital:
        if truth["line_items"]:
            total = sum(Decimal(i["amount"]) for i in truth["line_items"])
            assert total == Decimal(truth["claimed_amount"]), truth["layout"]


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h11"), 3, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout11, corpus, tmp_path, SEED)
