"""Held-out corpus 5: each truth value is printed in the PDF and in the contract's normal form."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pdfplumber
import phonenumbers
import pytest

from bench.heldout5 import LAYOUTS, SCANNED_SLOTS, make_document
from bench.heldout5_data import FIELDS, group, print_date
from bench.heldout5_story import STORIES
from tests.bench.corpus_checks import assert_normal_form, assert_within_pages, fold

SEED = 77
# Two digital documents of each layout: the first indexes in its cycle that are not scans.
DIGITAL = [i for k in range(len(LAYOUTS))
           for i in [i for i in range(k, 200, len(LAYOUTS)) if i % 10 not in SCANNED_SLOTS][:2]]


def pdf_text(data: bytes) -> tuple[str, str]:
    """The document's text folded two ways: lines joined by spaces, and by ', '."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    return fold(" ".join(lines)), fold(", ".join(lines))


def printed(value: str, texts: tuple[str, str]) -> bool:
    return any(fold(value) in text for text in texts)


def date_printed(iso: str, texts: tuple[str, str]) -> bool:
    day = date.fromisoformat(iso)
    forms = {print_date(day, region, style) for region in ("US", "UK", "DE") for style in range(6)}
    return any(printed(form, texts) for form in forms)


def amount_printed(amount: str, texts: tuple[str, str]) -> bool:
    value = Decimal(amount)
    return printed(group(value, ",", "."), texts) or printed(group(value, ".", ","), texts)


def phone_printed(e164: str, text: str) -> bool:
    national = str(phonenumbers.parse(e164).national_number)
    return national in re.sub(r"[\s().\-/]", "", text)


@pytest.fixture(scope="module")
def digital_docs():
    return [make_document(i, SEED) for i in DIGITAL]


def test_every_layout_appears_and_truth_holds_the_contract_fields(digital_docs):
    assert {truth["layout"] for _, truth in digital_docs} == set(LAYOUTS)
    for _, truth in digital_docs:
        assert set(FIELDS) <= set(truth) and not truth["scanned"]


def test_each_truth_value_is_printed_in_the_document(digital_docs):
    for data, t in digital_docs:
        texts = pdf_text(data)
        where = t["layout"]
        address = t["claimant_address"]
        assert printed(address, texts) or all(printed(part, texts) for part in address.split(", "))
        for name in ("claim_number", "policy_number", "claimant_email", "incident_location",
                     "incident_description", "police_report_number", "vehicle_vin"):
            assert t[name] is None or printed(t[name], texts), (where, name, t[name])
        first, last = t["claimant_name"].rsplit(" ", 1)
        assert printed(t["claimant_name"], texts) or printed(f"{last}, {first}", texts), where
        assert phone_printed(t["claimant_phone"], texts[0]), (where, t["claimant_phone"])
        assert date_printed(t["date_of_loss"], texts), (where, t["date_of_loss"])
        assert date_printed(t["date_reported"], texts), (where, t["date_reported"])
        assert amount_printed(t["claimed_amount"], texts), (where, t["claimed_amount"])
        if t["vehicle_make_model_year"]:
            assert all(printed(part, texts) for part in t["vehicle_make_model_year"].split())
        for item in t["line_items"]:
            assert printed(item["description"], texts), (where, item)
            assert amount_printed(item["amount"], texts), (where, item)


def test_truth_values_are_in_normal_form_and_the_type_follows_the_story(digital_docs):
    for _, t in digital_docs:
        assert_normal_form(t, ("USD", "EUR", "GBP"))
        stories = ["[A-Za-z ]+".join(map(re.escape, s.split("{other}")))
                   for key, told in STORIES.items() if key.endswith(":" + t["incident_type"])
                   for s in told]
        assert any(re.fullmatch(story, t["incident_description"]) for story in stories)
        if t["police_report_number"]:
            assert t["police_report_number"] == t["police_report_number"].upper()


def test_scanned_copies_have_no_text_layer():
    for index in SCANNED_SLOTS[:2]:
        data, truth = make_document(index, SEED)
        assert truth["scanned"]
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert pdf.pages and all(not page.extract_words() and not page.chars
                                     for page in pdf.pages)
            assert all(page.images for page in pdf.pages)


def test_the_same_seed_gives_the_same_corpus():
    assert make_document(4, SEED)[1] == make_document(4, SEED)[1]
    assert make_document(4, SEED)[1] != make_document(4, SEED + 1)[1]


def test_no_text_runs_off_the_page(digital_docs):
    for data, truth in digital_docs:
        assert_within_pages(data, truth["layout"], margin=4)
