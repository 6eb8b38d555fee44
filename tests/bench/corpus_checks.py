"""Checks shared by the held-out corpus tests: truth normal forms, text, page bounds, scans."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import phonenumbers

from core.claims.models import INCIDENT_TYPES
from core.documents.validate import vin_check_digit_ok
from core.validation import normalize_email, normalize_phone


def fold(text: str) -> str:
    return " ".join(text.split()).lower()


def squeeze(text: str) -> str:
    """Lower case without any white space: a value drawn in character cells or a blank's
    padding reads as one word."""
    return re.sub(r"\s", "", text).lower()


def value_printed(name: str, value, text: str, *, dates: Callable[[date], Iterable[str]],
                  money: Callable[[Decimal], Iterable[str]],
                  marks: Callable[[str], Iterable[str]]) -> bool:
    """True when truth `value` (normal form) of field `name` stands in `text` in some printed
    form. A corpus says how it prints: every form of a date (`dates`), of an amount (`money`),
    and the signs a currency may print as besides its code (`marks`)."""
    flat, tight = fold(text), squeeze(text)

    def money_printed(amount: str) -> bool:
        return any(squeeze(form) in tight for form in money(Decimal(amount)))

    if name in ("claim_number", "policy_number", "police_report_number", "claimant_email",
                "vehicle_vin"):
        return squeeze(value) in tight
    if name in ("claimant_name", "vehicle_make_model_year"):
        return all(part.lower() in flat for part in value.split())
    if name == "claimant_phone":
        national = str(phonenumbers.parse(value).national_number)
        return national in re.sub(r"\D", "", text)
    if name == "claimant_address":   # a letter head or a narrow cell takes it on two lines
        return all(fold(part) in flat for part in value.split(", "))
    if name in ("incident_location", "incident_description"):
        return fold(value).replace(",", "") in flat.replace(",", "")
    if name in ("date_of_loss", "date_reported"):
        return any(squeeze(form) in tight for form in dates(date.fromisoformat(value)))
    if name == "claimed_amount":
        return money_printed(value)
    if name == "currency":
        return value in text or any(mark in text for mark in marks(value))
    if name == "line_items":
        return all(fold(i["description"]) in flat and money_printed(i["amount"]) for i in value)
    return name == "incident_type" and value in INCIDENT_TYPES


def page_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def assert_values_printed(truth: dict, pdf: bytes, fields, printed) -> None:
    """Each non-empty truth value of `fields` stands in the PDF's text (`printed` decides how)."""
    text = page_text(pdf)
    assert set(fields) <= set(truth)
    for name in fields:
        value = truth[name]
        if value not in (None, []):
            assert printed(name, value, text), (truth["layout"], name, value)


def assert_within_pages(pdf: bytes, label: str, margin: float = 0) -> None:
    """Every character of `pdf` lies inside its page, `margin` points clear of its edges."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for char in page.chars:
                assert margin <= char["x0"] and char["x1"] <= page.width - margin, label
                assert 0 <= char["top"] and char["bottom"] <= page.height - margin, label


def assert_scans_match_truth(paths: list[Path], scanned_slots) -> None:
    """Scanned cases (index % 10 in `scanned_slots`) are images only; the others have text."""
    truths = [json.loads((p.parent / (p.stem + ".truth.json")).read_text()) for p in paths]
    assert [t["scanned"] for t in truths] == [i % 10 in scanned_slots for i in range(len(paths))]
    for path, truth in zip(paths, truths, strict=True):
        with pdfplumber.open(path) as doc:
            has_text = any(page.chars for page in doc.pages)
            assert has_text != truth["scanned"], path.name
            if truth["scanned"]:
                assert all(page.images for page in doc.pages)


E164 = re.compile(r"^\+[1-9]\d{7,14}$")
MONEY = re.compile(r"^\d+\.\d{2}$")


def assert_normal_form(truth: dict, currencies: tuple[str, ...]) -> None:
    """The truth values of one case are in the contract's normal forms."""
    if truth["claim_number"]:  # null where the document does not state it, as the contract says
        assert truth["claim_number"] == truth["claim_number"].strip().upper()
    assert truth["policy_number"] == " ".join(truth["policy_number"].upper().split())
    assert truth["claimant_name"] == truth["claimant_name"].title()
    if truth["claimant_email"]:
        assert normalize_email(truth["claimant_email"]) == truth["claimant_email"]
    if truth["claimant_phone"]:
        assert E164.match(truth["claimant_phone"])
        assert normalize_phone(truth["claimant_phone"]) == truth["claimant_phone"]
    if truth["claimant_address"]:
        assert truth["claimant_address"] == " ".join(truth["claimant_address"].split())
    assert date.fromisoformat(truth["date_of_loss"]) <= date.fromisoformat(
        truth["date_reported"])
    assert truth["incident_type"] in INCIDENT_TYPES
    assert truth["currency"] in currencies
    assert MONEY.match(truth["claimed_amount"]) and Decimal(truth["claimed_amount"]) > 0
    assert all(MONEY.match(i["amount"]) for i in truth["line_items"])
    assert (truth["vehicle_vin"] is None) == (truth["vehicle_make_model_year"] is None)
    if truth["vehicle_vin"]:
        assert vin_check_digit_ok(truth["vehicle_vin"])
        assert re.fullmatch(r".+ (19|20)\d{2}", truth["vehicle_make_model_year"])


def assert_corpus_is_deterministic(corpus_module, paths: list[Path], out: Path, seed: int) -> None:
    """Writing the corpus again with `seed` gives the same bytes; the next seed, other truth."""
    again = corpus_module.write_corpus(out, len(paths), seed=seed)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths]
    assert corpus_module.make_document(0, seed)[0] != corpus_module.make_document(0, seed + 1)[0]
