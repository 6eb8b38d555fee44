"""Held-out corpus 19: a small fpdf2 writer with a chosen TrueType family, and scanned copies."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype/"
FAMILIES = {"LibSans": ("liberation/LiberationSans-Regular.ttf",
                        "liberation/LiberationSans-Bold.ttf"),
            "LibSerif": ("liberation/LiberationSerif-Regular.ttf",
                         "liberation/LiberationSerif-Bold.ttf"),
            "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
            "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf")}
MONO = ("liberation/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf")


def new_pdf(rng: random.Random) -> FPDF:
    """An A4 document with one of the families registered as "body" and a mono as "mono"."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    pdf.set_auto_page_break(True, margin=18)
    regular, bold = FAMILIES[rng.choice(sorted(FAMILIES))]
    pdf.add_font("body", "", FONT_DIR + regular)
    pdf.add_font("body", "B", FONT_DIR + bold)
    pdf.add_font("mono", "", FONT_DIR + rng.choice(MONO))
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("body", size=10)
    return pdf


def text(pdf: FPDF, line: str, size: float = 10, bold: bool = False, h: float = 5.2,
         align: str = "L") -> None:
    """A wrapped paragraph across the page's text width."""
    pdf.set_font("body", "B" if bold else "", size)
    pdf.multi_cell(0, h, line, align=align, new_x="LMARGIN", new_y="NEXT")


def pair(pdf: FPDF, label: str, value: str, width: float = 48) -> None:
    pdf.set_font("body", "B", 9.5)
    pdf.cell(width, 5.6, label)
    pdf.set_font("body", "", 9.5)
    pdf.multi_cell(0, 5.6, value, new_x="LMARGIN", new_y="NEXT")


def table(pdf: FPDF, rows: list[tuple[str, str]], head: tuple[str, str]) -> None:
    """Two-column ruled table: description, amount (right aligned)."""
    width = pdf.epw
    pdf.set_font("body", "B", 9.5)
    pdf.cell(width - 40, 6.5, head[0], border=1)
    pdf.cell(40, 6.5, head[1], border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 9.5)
    for desc, amount in rows:
        pdf.cell(width - 40, 6.5, desc, border=1)
        pdf.cell(40, 6.5, amount, border=1, align="R", new_x="LMARGIN", new_y="NEXT")


def to_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def scan(pdf_bytes: bytes, rng: random.Random) -> bytes:
    """An image-only copy: each page rendered at 150-200 dpi, tilted, blurred, noisy, JPEG."""
    source = pypdfium2.PdfDocument(pdf_bytes)
    dpi = rng.choice((150, 170, 200))
    out = FPDF(unit="pt")
    out.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    fax = rng.random() < 0.35
    for page in source:
        width, height = page.get_size()
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False,
                             fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
        pixels = np.asarray(image, dtype=np.float32)
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 9, pixels.shape)
        pixels = np.clip(pixels * 0.93 + 12 + noise, 0, 255)
        if fax:   # photocopy/fax look: hard threshold
            pixels = np.where(pixels > rng.randint(140, 175), 255, 0)
        buffer = io.BytesIO()
        Image.fromarray(pixels.astype(np.uint8)).save(buffer, "JPEG",
                                                      quality=rng.randint(35, 60))
        out.add_page(format=(width, height))
        out.image(io.BytesIO(buffer.getvalue()), 0, 0, width, height)
    source.close()
    return bytes(out.output())
