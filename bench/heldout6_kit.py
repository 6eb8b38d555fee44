"""Held-out corpus 6: printed forms of values, a PDF with the machine's TrueType fonts, scanning.

Values are printed the way an insurer's system or a person would write them; `scan_pdf` turns
a digital PDF into an image-only one with paper, tilt, blur, speckle and JPEG artefacts.
"""

from __future__ import annotations

import io
import random
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import phonenumbers
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FONTS = {  # family: (regular, bold, italic) file names
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
              "LiberationSerif-Italic.ttf"),
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf", "LiberationMono-Italic.ttf"),
    "narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
               "LiberationSansNarrow-Italic.ttf"),
    "lsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
              "LiberationSans-Italic.ttf"),
    "cond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
             "DejaVuSerifCondensed-Italic.ttf"),
    "hand": ("DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf",
             "DejaVuSansMono-Oblique.ttf"),
}
FIXED_TIME = datetime(2026, 12, 1, tzinfo=UTC)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _font_file(name: str) -> str:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


class Doc(FPDF):
    """An FPDF with the families of FONTS, a fixed creation date and helpers for fitted text."""

    def __init__(self, fmt: str = "A4") -> None:
        super().__init__(unit="pt", format=fmt)
        self.set_creation_date(FIXED_TIME)
        self.set_auto_page_break(False)
        self.set_margins(50, 50, 50)

    def set_font(self, family: str | None = None, style: str = "", size: float = 0) -> None:
        """Registers a family of FONTS the first time it is used (parsing all is slow)."""
        key = f"{family}{style.upper()}" if isinstance(style, str) else ""
        if family in FONTS and key and key not in self.fonts:
            files = dict(zip(("", "B", "I"), FONTS[family], strict=True))
            self.add_font(family, style.upper(), _font_file(files[style.upper()]))
        super().set_font(family, style, size)

    def fit(self, x: float, y: float, w: float, text: str, family: str, size: float,
            style: str = "") -> None:
        """Text at (x, y baseline-top) shrunk until it fits `w` points."""
        while size > 5:
            self.set_font(family, style, size)
            if self.get_string_width(text) <= w:
                break
            size -= 0.5
        self.set_xy(x, y)
        self.cell(w, size + 2, text)

    def pairs(self, x: float, y: float, rows: list[tuple[str, str]], *, label_w: float,
              family: str, size: float, step: float, label_style: str = "B") -> float:
        """Label then value on each line, values in a column `label_w` right of the labels."""
        for label, value in rows:
            self.fit(x, y, label_w - 5, label, family, size - 1 if label_style else size,
                     label_style)
            self.fit(x + label_w, y, self.w - 40 - x - label_w, value, family, size)
            y += step
        return y

    def para(self, x: float, y: float, w: float, text: str, family: str, size: float,
             style: str = "", gap: float = 1.35) -> float:
        """A wrapped paragraph; returns the y under it."""
        self.set_font(family, style, size)
        self.set_xy(x, y)
        self.multi_cell(w, size * gap, text)
        return self.get_y()

    def bytes(self) -> bytes:
        return bytes(self.output())


def print_date(rng: random.Random, iso: str, country: str, styles: tuple[str, ...] = ()) -> str:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    us = ("num", "long", "short", "iso") if country == "US" else ("dmy", "long", "slash", "iso")
    style = rng.choice(styles or us)
    if style == "num":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return iso
    if style == "short":
        return f"{month[:3]} {d.day}, {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long" and country == "US":
        return f"{month} {d.day}, {d.year}"
    if style == "weekday":
        return f"{d.strftime('%A')}, {d.day} {month} {d.year}" if country != "US" else \
            f"{d.strftime('%A')}, {month} {d.day}, {d.year}"
    return f"{d.day} {month} {d.year}"


def print_phone(rng: random.Random, e164: str) -> str:
    number = phonenumbers.parse(e164)
    if number.country_code == 1:
        n = e164[2:]
        return rng.choice((f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                           f"{n[:3]}.{n[3:6]}.{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"))
    style = rng.choice((phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                        phonenumbers.PhoneNumberFormat.NATIONAL))
    return phonenumbers.format_number(number, style)


def print_money(rng: random.Random, amount: str, currency: str, bare: bool = False) -> str:
    value = Decimal(amount)
    text = f"{value:,.2f}"
    if bare:
        return text
    sign = {"USD": "$", "GBP": "£", "EUR": "€"}[currency]
    return rng.choice((f"{sign}{text}", f"{sign}{text}", f"{currency} {text}"))


def print_name(rng: random.Random, name: str, styles: tuple[str, ...] = ("plain", "last")) -> str:
    style = rng.choice(styles)
    parts = name.split()
    if style == "last":
        return f"{parts[-1].upper()}, {' '.join(parts[:-1])}"
    if style == "caps":
        return name.upper()
    return name


def scan_pdf(pdf: bytes, rng: random.Random, dpi: int = 150) -> bytes:
    """An image-only copy of `pdf` that looks photocopied: grey paper, tilt, blur, speckle, JPEG."""
    pages = []
    document = pypdfium2.PdfDocument(pdf)
    for page in document:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False,
                             fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        pixels = np.asarray(image, dtype=np.float32)
        noise_rng = np.random.default_rng(rng.randrange(2**32))
        paper = rng.uniform(218, 240)
        pixels = pixels * (paper / 255.0) + noise_rng.normal(0, rng.uniform(3, 7), pixels.shape)
        speckle = noise_rng.random(pixels.shape) < rng.uniform(0.0004, 0.0015)
        pixels[speckle] = noise_rng.uniform(20, 90, int(speckle.sum()))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(55, 80))
        pages.append(Image.open(io.BytesIO(buffer.getvalue())).convert("L"))
    document.close()
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())
    return out.getvalue()
