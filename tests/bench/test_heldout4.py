"""The fourth held-out corpus: every truth value is printed somewhere in a form that normalises
back to it, the same seed gives the same bytes, and every fourth case is an image-only scan."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from bench.heldout4 import FIELDS, LAYOUTS, generate_heldout4

MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"),
          "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"),
          "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")}
SYMBOLS = {"USD": ("USD", "$"), "GBP": ("GBP", "£"), "EUR": ("EUR", "€")}


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()


def date_forms(iso: str) -> set[str]:
    """Ways a document may write the day `iso` (written apart from the generator on purpose)."""
    d = date.fromisoformat(iso)
    m, day, y = MONTHS["en"][d.month - 1], d.day, d.year
    nth = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return {iso, f"{d.month:02d}/{day:02d}/{y}", f"{d.month}/{day}/{y}",
            f"{day:02d}/{d.month:02d}/{y}", f"{day:02d}.{d.month:02d}.{y}",
            f"{m} {day}, {y}", f"{m} {day}{nth}, {y}", f"{day} {m} {y}",
            f"{day:02d}-{m[:3]}-{y}", f"{day:02d} {m[:3]} {y}",
            f"{day} de {MONTHS['es'][d.month - 1]} de {y}",
            f"{day} {MONTHS['fr'][d.month - 1]} {y}"}


def amount_forms(amount: str) -> set[str]:
    """An amount with US/UK, German or French separators, grouped or not."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    return {amount, f"{grouped}.{cents}", f"{grouped.replace(',', '.')},{cents}",
            f"{grouped.replace(',', ' ')},{cents}"}


def unprinted_fields(truth: dict[str, Any], text: str) -> list[str]:
    """The truth's fields whose value does not appear in `text` in any printed form."""
    flat = _folded(text)
    digits = re.sub(r"\D", "", text)
    missing = []
    for name in FIELDS:
        want = truth[name]
        if want in (None, []) or name == "incident_type":  # the type is ticked or worded
            continue
        if name == "claimant_name":
            parts = want.split()
            forms = {want, f"{parts[-1]}, {' '.join(parts[:-1])}"}
            found = any(_folded(f) in flat for f in forms)
        elif name == "claimant_phone":
            national = want[2:] if want.startswith("+1") else want[3:]
            found = national in digits
        elif name in ("date_of_loss", "date_reported"):
            found = any(_folded(f) in flat for f in date_forms(want))
        elif name == "claimed_amount":
            found = any(f in flat for f in amount_forms(want))
        elif name == "currency":
            found = any(s.lower() in flat for s in SYMBOLS[want])
        elif name == "vehicle_make_model_year":  # forms may ask for the year apart
            make_model, year = want.rsplit(" ", 1)
            found = _folded(make_model) in flat and year in flat
        elif name == "line_items":
            found = all(_folded(i["description"]) in flat
                        and any(f in flat for f in amount_forms(i["amount"])) for i in want)
        elif name == "claimant_address":  # a letter head may break it at its first comma
            found = _folded(want) in flat or _folded(want.replace(",", "", 1)) in flat
        else:
            found = _folded(want) in flat
        if not found:
            missing.append(name)
    return missing


def _text(pdf_path: Path) -> str:
    """The text layer in drawing order (two-column forms read column by column)."""
    document = pdfium.PdfDocument(pdf_path.read_bytes())
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One digital case of every layout."""
    out = tmp_path_factory.mktemp("h4")
    return out, generate_heldout4(out, len(LAYOUTS), seed=23, scan_every=0)


def test_every_layout_prints_every_truth_value(corpus):
    out, paths = corpus
    assert [p.name for p in paths] == [f"h4_{i:04d}_{name}.pdf"
                                       for i, name in enumerate(LAYOUTS)]
    for pdf_path in paths:
        truth = json.loads((out / f"{pdf_path.stem}.truth.json").read_text())
        assert set(truth) == {*FIELDS, "layout", "scanned"} and truth["scanned"] is False
        assert unprinted_fields(truth, _text(pdf_path)) == [], pdf_path.name


def test_the_bill_total_due_is_the_claimed_amount(corpus):
    out, paths = corpus
    truth = json.loads((out / f"{paths[1].stem}.truth.json").read_text())
    assert truth["layout"] == "medical_bill"
    printed = re.search(r"TOTAL DUE\s+(\S+)", _text(paths[1]))
    assert printed and printed.group(1) in amount_forms(truth["claimed_amount"])


def test_same_seed_same_bytes_and_every_fourth_case_is_a_scan(tmp_path):
    first = generate_heldout4(tmp_path / "a", 4, seed=5)
    second = generate_heldout4(tmp_path / "b", 4, seed=5)
    assert all(p.exists() and p.with_name(f"{p.stem}.truth.json").exists() for p in first)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [(tmp_path / "a" / f"{p.stem}.truth.json").read_text() for p in first] == \
        [(tmp_path / "b" / f"{p.stem}.truth.json").read_text() for p in second]
    scans = [json.loads((tmp_path / "a" / f"{p.stem}.truth.json").read_text())["scanned"]
             for p in first]
    assert scans == [False, False, False, True]
    assert _text(first[3]).strip() == ""  # an image-only page, no text layer
