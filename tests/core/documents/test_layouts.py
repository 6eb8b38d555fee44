"""Rendering sample claims: every layout opens, has its pages, prints its numbers, repeats."""

from __future__ import annotations

import io
import random
import re

import pdfplumber
import pytest
from faker import Faker

from core.documents.samples import (
    LAYOUTS,
    expected_pages,
    make_claim_record,
    render_claim_pdf,
)


def claim(seed: int, **kwargs) -> dict:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return make_claim_record(random.Random(seed), fake, **kwargs)


def read(pdf: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages), "\n".join(p.extract_text() or "" for p in document.pages)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_prints_the_claim_and_policy_numbers_on_its_pages(layout):
    for seed in range(6):
        record = claim(seed, product_type=("motor", "home", "travel")[seed % 3])
        pages, text = read(render_claim_pdf(record, layout, random.Random(seed)))
        assert pages == expected_pages(record, layout)
        assert record["claim_number"] in text
        assert record["policy_number"] in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_same_random_state_gives_the_same_bytes(layout):
    record = claim(3)
    assert render_claim_pdf(record, layout, random.Random(8)) == render_claim_pdf(
        record, layout, random.Random(8))


def test_a_packet_without_line_items_has_no_invoice_page():
    record = {**claim(4, product_type="home"), "line_items": []}
    pages, text = read(render_claim_pdf(record, "packet", random.Random(1)))
    assert pages == 2 and "INVOICE" not in text


@pytest.mark.parametrize("layout", ["form_inline", "form_boxed", "dotted"])
def test_fields_the_record_lacks_are_not_printed(layout):
    record = {**claim(2, product_type="home"), "police_report_number": None}
    _, text = read(render_claim_pdf(record, layout, random.Random(2)))
    assert not re.search(r"\bVIN\b|Vehicle identification|Police (report|case|ref)", text)


def test_layouts_vary_their_wording_and_formats():
    record = claim(6, product_type="motor")
    texts = {read(render_claim_pdf(record, "form_inline", random.Random(seed)))[1]
             for seed in range(8)}
    assert len(texts) == 8
    labels = {label for text in texts for label in ("Policy No.", "Policy #", "Policy Number",
                                                    "Insured's policy", "Certificate number")
              if label in text}
    assert len(labels) >= 2


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="unknown layout"):
        render_claim_pdf(claim(1), "fax", random.Random(1))
