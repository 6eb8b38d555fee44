"""Forms, tables and scans: boxed character cells, OCR separators, other parties' columns
(made-up snippets)."""

from __future__ import annotations

from core.documents.layout import build_lines
from core.documents.pdf_text import DocumentText, PageText, Word
from tests.core.documents.test_roles import _doc, _values
from tests.core.documents.test_scans_h13 import _ocr_doc


def _boxes(top: float, x0: float, pitch: float, text: str) -> list[Word]:
    """One character per box, each box `pitch` points wide."""
    return [Word(ch, 1, x0 + i * pitch, top, x0 + i * pitch + 5.7, top + 9.5)
            for i, ch in enumerate(text)]


def test_a_row_of_boxes_changing_its_box_width_holds_two_values():
    words = [*_boxes(176, 63, 25.6, "KX-4471-20"), *_boxes(176, 349, 20.1, "03.11.1984")]
    cells = [c.text for c in build_lines(DocumentText([PageText(1, 612, 792, "text", words)]))[0]
             .cells]
    assert cells == ["KX-4471-20", "03.11.1984"]


def test_a_row_of_boxes_read_with_a_jitter_of_a_point_or_two_stays_one_value():
    words = [Word(ch, 1, 63 + i * 20 + (1.5 if i % 2 else -0.5), 176, 69 + i * 20 + 1, 185.5)
             for i, ch in enumerate("QP7731904")]
    cells = [c.text for c in build_lines(DocumentText([PageText(1, 612, 792, "text", words)]))[0]
             .cells]
    assert cells == ["QP7731904"]


def test_ocr_reading_a_hyphen_as_a_dot_inside_a_hyphenated_id_is_mended():
    values = _values(_ocr_doc([
        (60, [(57, "Policy number"), (198, "HOME-552913.08")]),
        (80, [(57, "Claim number"), (198, "CL-2026-44120")]),
    ]))
    assert values["policy_number"] == "HOME-552913-08"
    assert values["claim_number"] == "CL-2026-44120"


def test_a_dotted_id_in_a_text_layer_keeps_its_dot():
    values = _values(_doc([(60, [(57, "Policy number"), (198, "HOME-552913.08")])]))
    assert values["policy_number"] == "HOME-552913.08"
