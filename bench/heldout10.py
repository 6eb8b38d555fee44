"""Held-out corpus 10: claim PDFs in eight new layout families, written as training data.

Usage: python -m bench.heldout10 OUTDIR COUNT [--seed 10101]. Writes <case>.pdf beside
<case>.truth.json (every contract field in normal form, plus `layout` and `scanned`).
Cases whose index % 10 is in SCANNED_SLOTS are image-only scans.
"""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

from bench.corpus_files import corpus_main, write_cases
from bench.heldout10_kit import make_case
from bench.heldout10_layouts import LAYOUT_TABLE

LAYOUTS = tuple(LAYOUT_TABLE)
SCANNED_SLOTS = (2, 5, 8)
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(EPOCH)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    return pdf


def scan(pdf_bytes: bytes, rng: random.Random) -> bytes:
    """Rasterise each page, add mild skew, blur and noise, and wrap the images in a PDF."""
    doc = pypdfium2.PdfDocument(pdf_bytes)
    out = new_pdf()
    out.set_margins(0, 0, 0)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    for index in range(len(doc)):
        image = doc[index].render(scale=1.6).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), fillcolor=255, resample=Image.BILINEAR)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        pixels = np.asarray(image, dtype=np.int16) + noise.integers(-18, 18, image.size[::-1])
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        if index:
            out.add_page()
        out.image(buffer, x=0, y=0, w=out.w, h=out.h)
    doc.close()
    return bytes(out.output())


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth and PDF bytes of case `index`; layouts cycle, scans fall on SCANNED_SLOTS."""
    rng = random.Random(f"{seed}:{index}")
    layout = LAYOUTS[index % len(LAYOUTS)]
    draw, locales, incident_type = LAYOUT_TABLE[layout]
    case = make_case(rng, rng.choice(locales), incident_type)
    pdf = new_pdf()
    draw(pdf, case, rng)
    data = bytes(pdf.output())
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        data = scan(data, rng)
    truth = dict(case["truth"], layout=layout, scanned=scanned)
    return truth, data


def write_corpus(out: Path, count: int, seed: int = 10101) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h10_{index:04d}", indent=1)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 10101, write_corpus, argv)


if __name__ == "__main__":
    main()
