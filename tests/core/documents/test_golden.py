"""Golden files: every tests/fixtures/docs/<case>.pdf is read into its <case>.expected.json.

One test per case and field, so a weak field shows by name. Codes, dates and amounts must be
exact; free text is compared with white space folded (bench.extraction.same). A field the
extractor does not read yet is listed in KNOWN_MISSES and runs as a non-strict xfail: it turns
into a pass on its own once the extractor reads it, and every other check stays strict.
Regenerate the files with `python -m bench.make_golden`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bench.extraction import same
from bench.make_golden import GOLDEN_DIR, golden_cases, write_golden
from core.documents.pipeline import extract_document
from core.documents.schemas import FIELD_NAMES, ExtractionResult

CASES = sorted(p.name.removesuffix(".expected.json") for p in GOLDEN_DIR.glob("*.expected.json"))
# (case, field): why the extractor misses it today. Keep this short; never add a whole case.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


@cache
def extracted(case: str) -> ExtractionResult:
    return extract_document((GOLDEN_DIR / f"{case}.pdf").read_bytes())


def expected(case: str) -> dict[str, Any]:
    return json.loads((GOLDEN_DIR / f"{case}.expected.json").read_text(encoding="utf-8"))


def test_the_golden_files_are_those_the_script_makes():
    assert CASES == sorted(case for case, *_rest in golden_cases())
    assert sum(expected(case)["scanned"] for case in CASES) >= 1


@pytest.mark.parametrize("case", CASES)
def test_pages_are_read_the_way_the_case_was_made(case):
    result = extracted(case)
    sources = {page.source for page in result.pages}
    assert sources == ({"ocr"} if expected(case)["scanned"] else {"text"})


def _params() -> list[Any]:
    params = []
    for case in CASES:
        for name in expected(case)["fields"]:
            reason = KNOWN_MISSES.get((case, name))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            params.append(pytest.param(case, name, marks=marks, id=f"{case}-{name}"))
    return params


@pytest.mark.parametrize(("case", "name"), _params())
def test_field_matches_the_golden_value(case, name):
    assert name in FIELD_NAMES
    want = expected(case)["fields"][name]
    found = extracted(case).fields.get(name)
    got = None if found is None else found.value
    assert same(name, got, want) or (got in (None, []) and want in (None, [])), (
        f"{case}: {name} read as {got!r}, expected {want!r}")
    if got not in (None, []) and name != "line_items":  # a list of rows has no single box
        assert found is not None and found.page is not None and found.bbox is not None, (
            f"{case}: {name} has no place on the page")


def test_the_golden_files_are_up_to_date(tmp_path: Path):
    """The committed files are what the generator makes now (else run bench.make_golden)."""
    for pdf in write_golden(tmp_path):
        if not pdf.name.endswith("_scanned.pdf"):  # scans are byte-stable too, but slow
            assert pdf.read_bytes() == (GOLDEN_DIR / pdf.name).read_bytes(), pdf.name
        case = pdf.name.removesuffix(".pdf")
        assert json.loads((tmp_path / f"{case}.expected.json").read_text()) == expected(case)
