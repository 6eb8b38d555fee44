"""Checks shared by the held-out corpus tests: text of a PDF, page bounds, scans' text layer."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber


def fold(text: str) -> str:
    return " ".join(text.split()).lower()


def page_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def assert_within_pages(pdf: bytes, label: str) -> None:
    """Every character of `pdf` lies inside its page."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for char in page.chars:
                assert 0 <= char["x0"] and char["x1"] <= page.width, label
                assert 0 <= char["top"] and char["bottom"] <= page.height, label


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
