"""The third held-out corpus: every truth value is printed somewhere, the same seed gives the
same bytes, and every fourth case is an image-only scan."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber

from bench.heldout3 import FIELDS, LAYOUTS, generate_heldout3

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SYMBOLS = {"USD": ("USD", "$"), "GBP": ("GBP", "£"), "EUR": ("EUR", "€")}


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()


def date_forms(iso: str) -> set[str]:
    """Ways a document may write the day `iso` (written apart from the generator on purpose)."""
    d = date.fromisoformat(iso)
    m, day, y = MONTHS[d.month - 1], d.day, d.year
    nth = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return {iso, f"{d.month:02d}/{day:02d}/{y}", f"{d.month}/{day}/{y}",
            f"{day:02d}/{d.month:02d}/{y}", f"{day:02d}.{d.month:02d}.{y}", f"{day}.{d.month}.{y}",
            f"{m} {day}, {y}", f"{m[:3]} {day}, {y}", f"{day} {m} {y}", f"{day}{nth} {m} {y}",
            f"{day} {m[:3]} {y}", f"{day:02d}-{m[:3]}-{y}"}


def amount_forms(amount: str) -> set[str]:
    """An amount with US/UK or European separators, grouped or not."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    return {amount, f"{grouped}.{cents}", f"{grouped.replace(',', '.')},{cents}"}


def unprinted_fields(truth: dict[str, Any], text: str) -> list[str]:
    """The truth's fields whose value does not appear in `text` in any printed form."""
    flat = _folded(text)
    digits = re.sub(r"\D", "", text)
    missing = []
    for name in FIELDS:
        want = truth[name]
        if want in (None, []) or name == "incident_type":  # the type is worded, not printed
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
        elif name == "vehicle_make_model_year":
            make_model, year = want.rsplit(" ", 1)
            found = _folded(make_model) in flat and year in flat
        elif name == "line_items":
            found = all(_folded(i["description"]) in flat
                        and any(f in flat for f in amount_forms(i["amount"])) for i in want)
        else:
            found = _folded(want) in flat
        if not found:
            missing.append(name)
    return missing


def _text(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_three_digital_cases_print_every_truth_value(tmp_path):
    paths = generate_heldout3(tmp_path, 3, seed=11, scan_every=0)
    assert [p.name for p in paths] == [f"h3_{i:04d}_{name}.pdf"
                                       for i, name in enumerate(list(LAYOUTS)[:3])]
    for pdf_path in paths:
        truth = json.loads((tmp_path / f"{pdf_path.stem}.truth.json").read_text())
        assert set(truth) == {*FIELDS, "layout", "scanned"} and truth["scanned"] is False
        assert unprinted_fields(truth, _text(pdf_path)) == []


def test_same_seed_same_bytes_and_every_fourth_case_is_a_scan(tmp_path):
    first = generate_heldout3(tmp_path / "a", 4, seed=5)
    second = generate_heldout3(tmp_path / "b", 4, seed=5)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [(tmp_path / "a" / f"{p.stem}.truth.json").read_text() for p in first] == \
        [(tmp_path / "b" / f"{p.stem}.truth.json").read_text() for p in second]
    scans = [json.loads((tmp_path / "a" / f"{p.stem}.truth.json").read_text())["scanned"]
             for p in first]
    assert scans == [False, False, False, True]
    assert _text(first[3]).strip() == ""  # an image-only page, no text layer
