"""Held-out corpus 5: drawing helpers shared by the layouts, and the scanner that ages a page.

A scanned copy is the digital PDF rendered to grey pixels, turned a little, blurred, speckled,
saved as JPEG and wrapped in a PDF that holds only the images: no text layer at all.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

US_PAPER = ("Letter", "Letter", "A4")  # most American offices print on Letter, some on A4
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
UNICODE_FAMILIES = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dejavuserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "dejavucond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                   "DejaVuSansCondensed-Oblique.ttf"),
    "dejavumono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}


def new_pdf(family: str = "helvetica", *, unit: str = "mm", fmt: str = "A4") -> FPDF:
    """An FPDF with one page open; DejaVu families are registered so €, £ and umlauts print."""
    pdf = FPDF(unit=unit, format=fmt)
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 16, 18)
    if family in UNICODE_FAMILIES:
        regular, bold, italic = UNICODE_FAMILIES[family]
        pdf.add_font(family, "", str(FONT_DIR / regular))
        pdf.add_font(family, "B", str(FONT_DIR / bold))
        pdf.add_font(family, "I", str(FONT_DIR / italic))
    pdf.set_font(family, size=10)
    pdf.add_page()
    return pdf


def wordings(rng: random.Random, table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """One wording per label: forms of the same insurer drift between editions."""
    return {key: rng.choice(options) for key, options in table.items()}


def at(pdf: FPDF, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
    """Write one line of text with its top-left corner at (x, y)."""
    if not text:
        return
    pdf.set_font(size=size, style=style)
    pdf.set_xy(x, y)
    pdf.cell(text=text)


def para(pdf: FPDF, x: float, y: float, w: float, text: str, size: float = 10,
         style: str = "", line: float = 1.35) -> float:
    """A wrapped paragraph; returns the y below it."""
    pdf.set_font(size=size, style=style)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.3528 * line, text, align="L")
    return pdf.get_y()


def heading_bar(pdf: FPDF, x: float, y: float, w: float, text: str, grey: int = 215,
                size: float = 9.5) -> None:
    pdf.set_fill_color(grey, grey, grey)
    pdf.rect(x, y, w, 6, style="F")
    at(pdf, x + 1.5, y + 0.8, text, size, "B")


def checkbox(pdf: FPDF, x: float, y: float, label: str, ticked: bool, size: float = 8.5) -> float:
    """A small square, an X inside when ticked, the label right of it; returns the x after it."""
    pdf.rect(x, y + 0.6, 3, 3)
    if ticked:
        pdf.line(x + 0.4, y + 1.0, x + 2.6, y + 3.2)
        pdf.line(x + 2.6, y + 1.0, x + 0.4, y + 3.2)
    at(pdf, x + 4, y, label, size)
    return x + 6 + pdf.get_string_width(label)


def scan_pdf(pdf_bytes: bytes, rng: random.Random, dpi: int = 170) -> bytes:
    """An image-only copy of the PDF: each page rendered, turned < 1 degree, noised, JPEG."""
    source = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_auto_page_break(False)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    for index in range(len(source)):
        page = source[index]
        width, height = page.get_size()
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = age_page(image, rng, noise)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=rng.randint(55, 80))
        buffer.seek(0)
        out.add_page(format=(width, height))
        out.image(buffer, x=0, y=0, w=width, h=height)
    source.close()
    return bytes(out.output())


def age_page(image: Image.Image, rng: random.Random, noise: np.random.Generator) -> Image.Image:
    """Grey paper, a slight turn, soft focus, speckle and a darker edge: a photocopier's look."""
    paper = rng.randint(218, 240)
    image = image.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False,
                         fillcolor=paper)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.9)))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * (paper / 255.0) + noise.normal(0, rng.uniform(5, 11), pixels.shape)
    dots = noise.random(pixels.shape) < rng.uniform(0.0004, 0.002)
    pixels[dots] = noise.uniform(20, 110, int(dots.sum()))
    left = int(pixels.shape[1] * rng.uniform(0.0, 0.02))
    if left:
        pixels[:, :left] *= 0.55  # the shadow of the scanner lid along one edge
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
