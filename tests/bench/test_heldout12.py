"""Held-out corpus 12: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import phonenumbers
import pytest

from bench import heldout12
from bench.heldout12 import LAYOUTS, SCANNED_SLOTS, make_document, write_corpus
from bench.heldout12_kit import FIELDS, MONTHS, vin_with_check
from core.claims.models import INCIDENT_TYPES
from tests.bench.corpus_checks import (
    assert_corpus_is_deterministic,
    assert_normal_form,
    assert_scans_match_truth,
    assert_values_printed,
    assert_within_pages,
    fold,
    page_text,
)

SEED = 12121
CURRENCIES = ("USD", "CAD", "GBP", "AUD", "EUR")
MARKS = {"USD": "$", "CAD": "C$", "AUD": "A$", "GBP": "£", "EUR": "€"}
# Two rounds of every layout, digital copies only, so that the text layer can be read.
DIGITAL = [i for i in range(3 * len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS]


def date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    suffix = "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        iso,
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{month} {d.day}{suffix}, {d.year}",
        f"{d.day}{suffix} {month} {d.year}",
        f"{d.day:02d}-{month[:3]}-{d.year}",
    }


def money_forms(value: str) -> set[str]:
    us = f"{Decimal(value):,.2f}"
    return {
        us,
        us.replace(",", "_").replace(".", ",").replace("_", "."),
        us.replace(",", " ").replace(".", ","),
    }


def loose(text: str) -> str:
    """Text without commas and with single spaces, for values printed over several lines."""
    return " ".join(text.replace(",", " ").split()).lower()


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
        return loose(value) in loose(text)
    if name in ("date_of_loss", "date_reported"):
        return any(form.lower() in flat for form in date_forms(value))
    if name == "claimed_amount":
        return any(form in text for form in money_forms(value))
    if name == "currency":
        return value in text or MARKS[value] in text
    if name == "line_items":
        return all(
            fold(i["description"]) in flat
            and any(form in text for form in money_forms(i["amount"]))
            for i in value
        )
    return name == "incident_type" and value in INCIDENT_TYPES


@pytest.fixture(scope="module")
def digital() -> list[tuple[dict, bytes]]:
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_is_covered(digital):
    assert {truth["layout"] for truth, _ in digital} == set(LAYOUTS)
    assert len(LAYOUTS) == 8
    assert sum(i % 10 in SCANNED_SLOTS for i in range(100)) == 30


def test_each_truth_value_is_printed_in_the_document(digital):
    for truth, pdf in digital:
        assert_values_printed(truth, pdf, FIELDS, printed)


def test_truth_values_are_in_normal_form(digital):
    for truth, _ in digital:
        assert_normal_form(truth, CURRENCIES)


def test_the_printed_check_rejects_a_value_the_document_lacks(digital):
    truth, pdf = digital[0]
    text = page_text(pdf)
    assert not printed("policy_number", truth["policy_number"] + "7", text)
    assert not printed("claimed_amount", f"{Decimal(truth['claimed_amount']) + 1:.2f}", text)


def test_a_vin_check_digit_is_the_one_the_standard_gives():
    assert vin_with_check("1M8GDM9A0KP042788") == "1M8GDM9AXKP042788"
    assert vin_with_check("11111111011111111") == "11111111111111111"


def test_itemised_amounts_add_up_to_the_claim_with_the_printed_tax(digital):
    itemised = [(t, pdf) for t, pdf in digital if t["line_items"]]
    assert {t["layout"] for t, _ in itemised} == {"repair_packet", "property_items"}
    for truth, pdf in itemised:
        gap = Decimal(truth["claimed_amount"]) - sum(
            Decimal(i["amount"]) for i in truth["line_items"]
        )
        if truth["layout"] == "property_items":
            assert gap == 0
        else:
            assert gap > 0 and any(form in page_text(pdf) for form in money_forms(f"{gap:.2f}"))


def test_each_document_carries_decoy_phones_and_dates(digital):
    for truth, pdf in digital:
        text = page_text(pdf)
        digits = re.sub(r"[^\d\n]", "", text)
        phones = {
            m
            for m in re.findall(r"\+?\(?\d[\d ()./-]{7,}\d", text)
            if 8 <= len(re.sub(r"\D", "", m)) <= 13
        }
        own = (
            str(phonenumbers.parse(truth["claimant_phone"]).national_number)
            if truth["claimant_phone"]
            else None
        )
        assert any(own is None or own not in re.sub(r"\D", "", p) for p in phones), truth["layout"]
        assert digits
        years = re.findall(r"\b(?:19|20)\d\d\b", text)
        assert len(years) >= 3, truth["layout"]
        amounts = set(re.findall(r"\d{1,3}(?:[,. ]\d{3})*[.,]\d{2}\b", text))
        claimed = money_forms(truth["claimed_amount"])
        assert amounts - claimed, truth["layout"]  # another amount besides the claim


def test_nothing_runs_off_the_page(digital):
    for truth, pdf in digital:
        assert_within_pages(pdf, truth["layout"], margin=4)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    return write_corpus(tmp_path_factory.mktemp("h12"), 10, seed=SEED)


def test_scanned_copies_have_no_text_layer(corpus):
    assert_scans_match_truth(corpus, SCANNED_SLOTS)


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    assert_corpus_is_deterministic(heldout12, corpus, tmp_path, SEED)
