"""Scanned pages: OCR habits the rules must hold against (made-up word boxes)."""

from __future__ import annotations

from core.documents.fields import extract_fields
from core.documents.layout import build_lines
from core.documents.pdf_text import DocumentText, PageText, Word
from core.documents.validate import parse_amount
from tests.core.documents.test_roles import _values


def _ocr_doc(
    rows: list[tuple[float, list[tuple[float, str]]]], height: float = 15.0,
) -> DocumentText:
    """An OCR page: each (x0, text) is one of the engine's own text lines, boxes as tall as OCR
    draws them (about one and a half times the glyphs)."""
    words, line = [], 0
    for top, cells in rows:
        for x0, text in cells:
            x = x0
            for token in text.split():
                width = 4.5 * len(token)
                words.append(Word(token, 1, x, top, x + width, top + height, 0.9, line))
                x += width + 5
            line += 1
    return DocumentText([PageText(1, 612, 792, "ocr", words)])


def test_where_the_ocr_engine_split_its_lines_a_narrow_column_gap_still_parts_the_cells():
    doc = _ocr_doc([(540, [(72, "1"), (88, "Smoke cleaning of walls"), (342, "1"),
                           (498, "€422.13")])])
    cells = [c.text for c in build_lines(doc)[0].cells]
    assert cells == ["1", "Smoke cleaning of walls", "1", "€422.13"]


def test_words_of_one_ocr_line_stay_one_cell_at_the_same_gap():
    words = [Word("Smoke", 1, 66, 540, 90, 555, 0.9, 0),
             Word("walls", 1, 103, 540, 127, 555, 0.9, 0)]
    doc = DocumentText([PageText(1, 612, 792, "ocr", words)])
    assert [c.text for c in build_lines(doc)[0].cells] == ["Smoke walls"]


def test_a_scanned_bills_row_numbers_stay_out_of_its_item_descriptions():
    doc = _ocr_doc([
        (500, [(72, "#"), (88, "Description"), (342, "Qty"), (480, "Net amount")]),
        (520, [(72, "1"), (88, "Smoke cleaning of walls"), (342, "1"), (498, "€422.13")]),
        (540, [(72, "2"), (88, "Electrician safety test"), (342, "1"), (498, "€510.16")]),
        (560, [(72, "3"), (88, "Worktop section"), (342, "1"), (498, "€430.35")]),
    ])
    fields, _warnings = extract_fields(doc)
    items = fields["line_items"].value
    assert [i["description"] for i in items] == [
        "Smoke cleaning of walls", "Electrician safety test", "Worktop section"]


def _ocr_line_doc(rows: list[tuple[float, str]]) -> DocumentText:
    """Each row is one OCR line, as the engine reads a dotted form: '|' is a wide gap."""
    words = []
    for line, (top, text) in enumerate(rows):
        x = 45.0
        for token in text.split():
            if token == "|":
                x += 20
                continue
            width = 5.0 * len(token)
            words.append(Word(token, 1, x, top, x + width, top + 15, 0.9, line))
            x += width + 2
    return DocumentText([PageText(1, 612, 792, "ocr", words)])


def test_a_dotted_leader_read_as_lone_dots_is_no_part_of_the_value():
    values = _values(_ocr_line_doc([
        (170, "Policy ref.: | . HOME-208311-42"),
        (190, "Full name: | . Maren Talbot"),
        (210, "Telephone: | .. 087 219 4405"),
    ]))
    assert values["claimant_name"] == "Maren Talbot"
    assert values["policy_number"] == "HOME-208311-42"


def test_an_amount_whose_grouping_comma_ocr_read_as_a_dot_keeps_its_cents():
    values = _values(_ocr_line_doc([
        (170, "Full name: Maren Talbot"),
        (190, "Amount claimed: | . . €15.929.50."),
    ]))
    assert values["claimed_amount"] == "15929.50"
    assert parse_amount("1.592.950 EUR")[0] == 1592950
