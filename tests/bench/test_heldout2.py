"""The second held-out corpus: readable PDFs beside truth files with the contract's 17 fields."""

from __future__ import annotations

import json

import pdfplumber

from bench.heldout2 import FIELDS, LAYOUTS, generate_heldout2


def test_four_digital_cases_open_and_carry_their_truth(tmp_path):
    paths = generate_heldout2(tmp_path, 4, seed=7, scanned_share=0.0)
    assert len(paths) == 4
    for pdf_path in paths:
        truth = json.loads((tmp_path / f"{pdf_path.stem}.truth.json").read_text())
        assert len(FIELDS) == 17 and set(FIELDS) <= set(truth)
        assert truth["scanned"] is False and truth["layout"] in LAYOUTS
        with pdfplumber.open(pdf_path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        assert truth["claim_number"] in text


def test_same_seed_same_bytes(tmp_path):
    first = generate_heldout2(tmp_path / "a", 2, seed=5, scanned_share=0.0)
    second = generate_heldout2(tmp_path / "b", 2, seed=5, scanned_share=0.0)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
