"""Held-out corpus 14 kit: printed forms of dates, money and phones, VINs, the PDF page
and the scanner that turns a digital PDF into degraded page images."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")

DATE_STYLES = ("us", "long", "dmy", "iso")
MONEY_STYLES = ("symbol", "code", "plain")
PHONE_STYLES = ("paren", "dots", "intl")
FONT_DIR = "/usr/share/fonts/truetype"
FAMILIES = {
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
             "liberation/LiberationSans-Italic.ttf"),
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
              "liberation/LiberationSerif-Italic.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
               "dejavu/DejaVuSans-Oblique.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf",
               "liberation/LiberationSansNarrow-Bold.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
             "liberation/LiberationMono-Italic.ttf"),
}
FIXED_TIME = datetime(2026, 11, 2, 15, 14, tzinfo=UTC)


def format_date(day: date, style: str) -> str:
    """A date as printed: 03/14/2026, March 14, 2026, 14-Mar-2026 or 2026-03-14."""
    if style == "us":
        return day.strftime("%m/%d/%Y")
    if style == "long":
        return f"{day.strftime('%B')} {day.day}, {day.year}"
    if style == "dmy":
        return day.strftime("%d-%b-%Y")
    if style == "sworn":   # the blanks of a legal form: 14th day of March, 2026
        suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            day.day % 10, "th")
        return f"{day.day}{suffix} day of {day.strftime('%B')}, {day.year}"
    return day.isoformat()


def format_money(amount: Decimal, style: str, symbol: str = "$", code: str = "USD") -> str:
    """An amount as printed: $12,480.50, USD 12,480.50 or 12480.50."""
    if style == "symbol":
        return f"{symbol}{amount:,.2f}"
    if style == "code":
        return f"{code} {amount:,.2f}"
    return f"{amount:.2f}"


def format_phone(e164: str, style: str) -> str:
    """A +1 number as printed: (415) 555-0134, 415.555.0134 or +1 415-555-0134."""
    digits = e164[2:]
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    if style == "paren":
        return f"({area}) {exchange}-{line}"
    if style == "dots":
        return f"{area}.{exchange}.{line}"
    return f"+1 {area}-{exchange}-{line}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def make_vin(rng, wmi: str, year_code: str) -> str:
    """A 17-character VIN with the maker's WMI, a model-year code and a valid check digit."""
    body = list(wmi + "".join(rng.choice(VIN_CHARS[:-10]) for _ in range(5)) + "0" + year_code
                + rng.choice("ABCDEFGHKLMN") + "".join(rng.choice("0123456789") for _ in range(6)))
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


class Page(FPDF):
    """A US-letter PDF in millimetres with the corpus fonts and a fixed creation date."""

    def __init__(self, family: str = "sans", size: str = "letter") -> None:
        super().__init__(unit="mm", format=size)
        self.set_creation_date(FIXED_TIME)
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 18)
        # parsing a font costs time: register only the page's family and the browser chrome's
        for name in dict.fromkeys((family, "sans")):
            regular, bold, italic = FAMILIES[name]
            self.add_font(name, "", f"{FONT_DIR}/{regular}")
            self.add_font(name, "B", f"{FONT_DIR}/{bold}")
            self.add_font(name, "I", f"{FONT_DIR}/{italic}")
        self.family = family
        self.set_font(family, "", 10)

    def use(self, size: float, style: str = "", family: str | None = None) -> None:
        self.set_font(family or self.family, style, size)

    def text_at(self, x: float, y: float, text: str, size: float = 10, style: str = "",
                align: str = "L", width: float = 0, family: str | None = None) -> None:
        """One line of text whose top sits at (x, y)."""
        self.use(size, style, family)
        self.set_xy(x, y)
        self.cell(width or self.get_string_width(text) + 1, size * 0.45, text, align=align)

    def para(self, text: str, size: float = 10, style: str = "", width: float = 0,
             x: float | None = None, gap: float = 1.5, height: float | None = None) -> None:
        """A wrapped paragraph from the cursor (or `x`), then a small gap."""
        self.use(size, style)
        if x is not None:
            self.set_x(x)
        self.multi_cell(width, height or size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def rule(self, y: float, x0: float | None = None, x1: float | None = None,
             width: float = 0.2) -> None:
        self.set_line_width(width)
        self.line(x0 if x0 is not None else self.l_margin, y,
                  x1 if x1 is not None else self.w - self.r_margin, y)

    def checkbox(self, x: float, y: float, label: str, ticked: bool, size: float = 8) -> float:
        """A small box, an X when ticked, and its label; return the x after the label."""
        self.set_line_width(0.2)
        self.rect(x, y, 2.8, 2.8)
        if ticked:
            self.line(x + 0.4, y + 0.4, x + 2.4, y + 2.4)
            self.line(x + 2.4, y + 0.4, x + 0.4, y + 2.4)
        self.text_at(x + 3.6, y - 0.2, label, size=size)
        return x + 3.6 + self.get_string_width(label) + 4

    def fits(self, height: float) -> bool:
        return self.get_y() + height <= self.h - self.b_margin

    def to_bytes(self) -> bytes:
        return bytes(self.output())


def scan_pdf(pdf: bytes, rng) -> bytes:
    """Image-only copy of `pdf`: each page rendered at 150-200 dpi, turned a little, blurred,
    speckled and saved as a JPEG, as a paper copy through an office scanner looks."""
    dpi = rng.choice((150, 160, 175, 200))
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED_TIME)
    doc = pdfium.PdfDocument(pdf)
    noise = np.random.default_rng(rng.randrange(2 ** 32))
    for page in doc:
        width, height = page.get_size()
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = rng.uniform(0.3, 1.2) * rng.choice((-1, 1))
        image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
        pixels = np.asarray(image, dtype=np.int16)
        pixels = pixels + noise.normal(0, 9, pixels.shape).astype(np.int16)
        speckle = noise.random(pixels.shape)
        pixels[speckle < 0.0015] = 30
        pixels[speckle > 0.9985] = 255
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.choice((45, 55, 65)))
        out.add_page(format=(width, height))
        out.image(io.BytesIO(buffer.getvalue()), 0, 0, width, height)
        page.close()
    doc.close()
    return bytes(out.output())
