"""Held-out corpus 9, drawing: a PDF with the system's TrueType fonts, and the scanner."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

FONTS = "/usr/share/fonts/truetype/"
FAMILIES = {
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
              "liberation/LiberationSerif-Italic.ttf"),
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
             "liberation/LiberationSans-Italic.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf",
               "liberation/LiberationSansNarrow-Bold.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf"),
    "mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf",
             "dejavu/DejaVuSansMono-Oblique.ttf"),
    "dsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
              "dejavu/DejaVuSans-Oblique.ttf"),
    "dcond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
              "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
               "dejavu/DejaVuSerif-Italic.ttf"),
    "hand": ("dejavu/DejaVuSerifCondensed-Italic.ttf",
             "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
             "liberation/LiberationSerif-Italic.ttf"),
}


class Doc(FPDF):
    """An A4 or Letter page in points with the named font families and a fixed date."""

    def __init__(self, families: tuple[str, ...], letter: bool = False, margin: float = 42):
        super().__init__(unit="pt", format="Letter" if letter else "A4")
        for family in families:
            for style, path in zip(("", "B", "I"), FAMILIES[family], strict=True):
                self.add_font(family, style, FONTS + path)
        self.set_creation_date(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin)
        self.add_page()

    @property
    def inner(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def put(self, x: float, y: float, text: str, family: str, size: float, style: str = "",
            width: float | None = None) -> None:
        """`text` at (x, y), shrunk until it fits `width` (or the page)."""
        width = width or self.w - self.r_margin - x
        self.set_font(family, style, size)
        while self.get_string_width(text) > width and size > 4.5:
            size -= 0.25
            self.set_font(family, style, size)
        self.set_xy(x, y)
        self.cell(width, size * 1.2, text)

    def para(self, text: str, family: str, size: float, style: str = "", x: float | None = None,
             width: float | None = None, gap: float = 1.25, align: str = "L") -> None:
        """A wrapped paragraph starting at the cursor (or `x`)."""
        self.set_font(family, style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(width or self.inner, size * gap, text, align=align,
                        new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[tuple[str, ...]], widths: list[float], family: str, size: float,
              header: bool = True, aligns: str | None = None, fill: int = 225) -> None:
        """Grid rows at the cursor; the first row is the header when `header`."""
        aligns = aligns or "L" * len(widths)
        for n, row in enumerate(rows):
            bold = header and n == 0
            self.set_font(family, "B" if bold else "", size)
            self.set_fill_color(fill)
            x = self.l_margin
            for text, w, a in zip(row, widths, aligns, strict=True):
                self.set_xy(x, self.get_y())
                shown = text
                while self.get_string_width(shown) > w - 4 and len(shown) > 3:
                    shown = shown[:-1]
                self.cell(w, size * 1.7, shown, border=1, align=a, fill=bold)
                x += w
            self.ln(size * 1.7)


def output(doc: FPDF) -> bytes:
    return bytes(doc.output())


def rasterise(pdf: bytes, rng: random.Random, dpi: int = 150) -> bytes:
    """An image-only copy of `pdf` as a photocopier would make it: grey, noisy, skewed, soft."""
    source = pdfium.PdfDocument(pdf)
    noise = np.random.default_rng(rng.randrange(2**32))
    scan = FPDF(unit="pt")
    scan.set_creation_date(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    for page in source:
        width, height = page.get_size()
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
        pixels = np.asarray(image, dtype=np.float32)
        pixels = pixels * rng.uniform(0.92, 1.0) + noise.normal(0, rng.uniform(4, 10), pixels.shape)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=rng.randint(62, 82))
        scan.add_page(format=(width, height))
        scan.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=width, h=height)
    source.close()
    return bytes(scan.output())
