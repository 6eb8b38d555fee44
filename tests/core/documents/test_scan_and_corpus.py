"""Scanned copies (no text layer, same pages) and the corpus written beside its truth."""

from __future__ import annotations

import io
import json
import random
import re

import pdfplumber
from faker import Faker

from core.claims.models import INCIDENT_TYPES
from core.documents.samples import (
    LAYOUTS,
    generate_corpus,
    make_claim_record,
    render_claim_pdf,
    scan_pdf,
)
from core.documents.samples.truth import FIELDS


def packet_pdf() -> bytes:
    fake = Faker("en_US")
    fake.seed_instance(11)
    rng = random.Random(11)
    record = make_claim_record(rng, fake, product_type="motor")
    if not record["line_items"]:  # a packet has its invoice page only with line items
        record |= {"line_items": [{"description": "Labor", "amount": "120.00"}],
                   "claimed_amount": "120.00"}
    return render_claim_pdf(record, "packet", rng)


def test_a_scan_keeps_pages_and_page_size_but_has_no_text_layer():
    original = packet_pdf()
    scanned = scan_pdf(original, random.Random(3), dpi=100)
    with pdfplumber.open(io.BytesIO(original)) as before, \
            pdfplumber.open(io.BytesIO(scanned)) as after:
        assert len(after.pages) == len(before.pages) == 3
        for old, new in zip(before.pages, after.pages, strict=True):
            assert abs(old.width - new.width) < 1 and abs(old.height - new.height) < 1
            assert new.extract_words() == []
            assert len(new.images) == 1


def test_a_scan_is_deterministic_for_a_random_state():
    original = packet_pdf()
    assert scan_pdf(original, random.Random(4), dpi=80) == scan_pdf(original, random.Random(4),
                                                                     dpi=80)


def test_a_corpus_is_byte_identical_for_a_seed(tmp_path):
    first = generate_corpus(tmp_path / "a", 6, seed=21, scanned_share=0.34)
    second = generate_corpus(tmp_path / "b", 6, seed=21, scanned_share=0.34)
    assert [p.name for p in first] == [f"case_{i:04d}.pdf" for i in range(1, 7)]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes()
        truth = one.with_suffix(".truth.json")
        assert truth.read_bytes() == (tmp_path / "b" / truth.name).read_bytes()


def test_the_truth_beside_each_pdf_matches_the_contract(tmp_path):
    paths = generate_corpus(tmp_path, 6, seed=5, scanned_share=0.34)
    truths = [json.loads(p.with_suffix(".truth.json").read_text(encoding="utf-8"))
              for p in paths]
    assert [t["layout"] for t in truths] == list(LAYOUTS)
    assert sum(t["scanned"] for t in truths) == 2
    for path, truth in zip(paths, truths, strict=True):
        assert tuple(truth) == (*FIELDS, "layout", "scanned")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", truth["claimant_phone"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", truth["date_of_loss"])
        assert truth["incident_type"] in INCIDENT_TYPES
        with pdfplumber.open(path) as document:
            text = "".join(page.extract_text() or "" for page in document.pages)
        assert (truth["claim_number"] in text) != truth["scanned"]
