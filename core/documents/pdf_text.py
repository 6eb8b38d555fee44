"""Stage 1 of the document pipeline: words with their boxes, page by page.

In: the PDF's bytes. Out: `DocumentText`, every word with its page and bounding box in PDF
points (x0, top, x1, bottom from the page's top-left). Pages with a usable text layer come from
pdfplumber; pages without one go through the OCR engine, never the whole document by default.
Bad input raises `DocumentRejected` with a reason a user can act on, before anything is stored.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException

from core.documents.ocr import OcrEngine, render_page
from core.documents.strikes import struck_words
from core.errors import DocumentRejected

MIN_TEXT_WORDS = 5  # fewer words than this and the page is treated as having no text layer
MAX_IMAGE_PIXELS = 60_000_000  # larger embedded images are refused (decompression bombs)
MAX_PAGE_POINTS = 14_400  # 200 inches: larger pages are refused rather than rendered
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class Word:
    """One word and where it stands: page number (from 1) and box in PDF points."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float = 1.0
    line: int = -1  # the OCR engine's own line number; -1 for a text layer

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


@dataclass
class PageText:
    number: int
    width: float
    height: float
    source: Literal["text", "ocr"]
    words: list[Word] = field(default_factory=list)


@dataclass
class DocumentText:
    pages: list[PageText]

    @property
    def words(self) -> list[Word]:
        return [w for p in self.pages for w in p.words]


def _open(data: bytes) -> pdfplumber.PDF:
    if not data:
        raise DocumentRejected("empty", "The file is empty.")
    if b"%PDF-" not in data[:1024]:
        raise DocumentRejected("not_pdf", "The file is not a PDF.")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        name = type(inner).__name__
        if "Password" in name or "Encrypt" in name:
            raise DocumentRejected(
                "encrypted", "The PDF is password-protected; upload an unprotected copy."
            ) from exc
        if "EOF" in name or "EOF" in str(inner) or b"%%EOF" not in data[-2048:]:
            raise DocumentRejected(
                "truncated", "The PDF is incomplete (truncated); upload the whole file again."
            ) from exc
        raise DocumentRejected("corrupt", f"The PDF cannot be read ({name}).") from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        name = type(exc).__name__
        raise DocumentRejected("corrupt", f"The PDF cannot be read ({name}).") from exc


def _check_page(page: pdfplumber.page.Page) -> None:
    if page.width > MAX_PAGE_POINTS or page.height > MAX_PAGE_POINTS:
        raise DocumentRejected("too_large", f"Page {page.page_number} is implausibly large.")
    for image in page.images:
        width, height = image.get("srcsize") or (0, 0)
        if int(width) * int(height) > MAX_IMAGE_PIXELS:
            raise DocumentRejected(
                "image_bomb",
                f"Page {page.page_number} holds an image of {int(width)}x{int(height)} pixels, "
                "too large to process safely.",
            )


def _strokes(page: pdfplumber.page.Page) -> list[tuple[float, float, float]]:
    """The page's thin horizontal strokes as (x0, x1, y): drawn lines and hairline bars."""
    strokes = [(float(ln["x0"]), float(ln["x1"]), (float(ln["top"]) + float(ln["bottom"])) / 2)
               for ln in page.lines if abs(float(ln["bottom"]) - float(ln["top"])) < 2.5]
    strokes += [(float(r["x0"]), float(r["x1"]), (float(r["top"]) + float(r["bottom"])) / 2)
                for r in page.rects if float(r["bottom"]) - float(r["top"]) < 2.5 and
                float(r["x1"]) - float(r["x0"]) > 4]
    return strokes


def struck_out(words: list[Word], strokes: list[tuple[float, float, float]]) -> set[int]:
    """The words a hand has crossed out: a stroke through the middle of their boxes (not under
    them, as an underline or a ruled answer line runs) that starts and ends about where they
    do. A corrected entry leaves its struck value beside the new one; only the new one counts."""
    struck: set[int] = set()
    for x0, x1, y in strokes:
        crossed = [i for i, w in enumerate(words)
                   if w.top + 0.3 * (w.bottom - w.top) <= y <= w.bottom - 0.25 * (w.bottom - w.top)
                   and min(x1, w.x1) - max(x0, w.x0) >= 0.6 * (w.x1 - w.x0)]
        if not crossed:
            continue
        height = max(words[i].bottom - words[i].top for i in crossed)
        if x0 >= min(words[i].x0 for i in crossed) - height and \
                x1 <= max(words[i].x1 for i in crossed) + height:
            struck.update(crossed)  # a ruling across the page runs far past the words it meets
    return struck


def _text_words(page: pdfplumber.page.Page) -> list[Word]:
    found = page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False)
    words = [
        Word(text=w["text"], page=page.page_number, x0=float(w["x0"]), top=float(w["top"]),
             x1=float(w["x1"]), bottom=float(w["bottom"]))
        for w in found
        if w["text"].strip()
    ]
    struck = struck_out(words, _strokes(page))
    words = [w for i, w in enumerate(words) if i not in struck]
    return words + _check_boxes(page, words)


def _check_boxes(page: pdfplumber.page.Page, words: list[Word]) -> list[Word]:
    """Check boxes drawn as small squares before an option's word, as the words a typed form
    would print: "☒" when strokes are drawn inside the square (a cross or a tick), "☐" when it
    is empty. A row of squares that touch each other is a comb for characters, not boxes."""
    squares = [r for r in page.rects
               if 5 <= r["width"] <= 14 and abs(r["width"] - r["height"]) <= 1.5]
    if not squares:
        return []
    strokes = page.lines + page.curves
    marks: list[Word] = []
    for box in squares:
        x0, top, x1, bottom = (float(box[k]) for k in ("x0", "top", "x1", "bottom"))
        if any(o is not box and abs(o["top"] - top) < 2 and min(abs(o["x0"] - x1), abs(
                o["x1"] - x0)) < 2 for o in squares):
            continue  # a comb of character cells
        inside = [w for w in words if w.x0 >= x0 - 1 and w.x1 <= x1 + 1 and w.top >= top - 2 and
                  w.bottom <= bottom + 2]
        option = any(0 <= w.x0 - x1 < 2 * (x1 - x0) and abs((w.top + w.bottom) / 2 - (
            top + bottom) / 2) < (bottom - top) for w in words)
        if inside or not option:
            continue  # a mark typed in the box is read as a word already
        ticked = any(s["x0"] >= x0 - 1 and s["x1"] <= x1 + 1 and s["top"] >= top - 1 and
                     s["bottom"] <= bottom + 1 for s in strokes)
        marks.append(Word("☒" if ticked else "☐", page.page_number, x0, top, x1, bottom))
    return marks


def text_layer_usable(words: list[Word]) -> bool:
    """A text layer counts when it has enough words and is not mostly unmapped glyphs."""
    if len(words) < MIN_TEXT_WORDS:
        return False
    text = " ".join(w.text for w in words)
    garbage = len(_CID.findall(text)) + sum(1 for ch in text if ch == "\ufffd")
    return garbage < 0.1 * len(words)


def extract_text(
    data: bytes, *, max_pages: int, ocr: OcrEngine | None, force_ocr: bool = False
) -> DocumentText:
    """Words with boxes for every page; OCR only where the text layer is missing or unusable."""
    with _open(data) as pdf:
        if len(pdf.pages) == 0:
            raise DocumentRejected("no_pages", "The PDF has no pages.")
        if len(pdf.pages) > max_pages:
            raise DocumentRejected(
                "too_many_pages",
                f"The PDF has {len(pdf.pages)} pages; the limit is {max_pages}. "
                "Split it into one document per claim.",
            )
        pages: list[PageText] = []
        for page in pdf.pages:
            _check_page(page)
            words = [] if force_ocr else _text_words(page)
            if force_ocr or not text_layer_usable(words):
                if ocr is None:
                    raise DocumentRejected(
                        "needs_ocr", f"Page {page.page_number} has no text layer and OCR is off."
                    )
                image, scale = render_page(data, page.page_number - 1, page.width, page.height)
                read = ocr.read(image)
                struck = struck_words(np.asarray(image), [box for _t, _c, box, _l in read])
                words = [
                    Word(text=t, page=page.page_number, x0=x0 / scale, top=top / scale,
                         x1=x1 / scale, bottom=bottom / scale, confidence=conf, line=line)
                    for k, (t, conf, (x0, top, x1, bottom), line) in enumerate(read)
                    if k not in struck  # crossed out by hand: its correction stands beside it
                ]
                pages.append(PageText(page.page_number, float(page.width), float(page.height),
                                      "ocr", words))
            else:
                pages.append(PageText(page.page_number, float(page.width), float(page.height),
                                      "text", words))
        return DocumentText(pages)
