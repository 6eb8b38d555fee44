"""Held-out corpus 8, shared kit: locales, printed forms of dates, money and phones, fonts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from fpdf import FPDF

from core.validation import normalize_phone

FIELDS = (
    "claim_number",
    "policy_number",
    "claimant_name",
    "claimant_email",
    "claimant_phone",
    "claimant_address",
    "date_of_loss",
    "date_reported",
    "incident_type",
    "incident_location",
    "incident_description",
    "police_report_number",
    "vehicle_vin",
    "vehicle_make_model_year",
    "claimed_amount",
    "currency",
    "line_items",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "narrow": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
}
FIXED_DATE = datetime(2026, 1, 1, 12, 0, 0)


@dataclass(frozen=True)
class Locale:
    """How one country prints its claims: language, currency, dates, numbers, phones."""

    code: str
    faker: str
    currency: str
    symbol: str
    page: str  # "letter" or "A4"
    day_first: bool
    european: bool  # "1.234,56" instead of "1,234.56"


LOCALES = {
    "US": Locale("US", "en_US", "USD", "$", "letter", False, False),
    "CA": Locale("CA", "en_CA", "CAD", "CA$", "letter", False, False),
    "UK": Locale("UK", "en_GB", "GBP", "£", "A4", True, False),
    "AU": Locale("AU", "en_AU", "AUD", "A$", "A4", True, False),
    "IE": Locale("IE", "en_IE", "EUR", "€", "A4", True, False),
    "NL": Locale("NL", "nl_NL", "EUR", "€", "A4", True, True),
    "FR": Locale("FR", "fr_FR", "EUR", "€", "A4", True, True),
}


def money(value: Decimal, loc: Locale, style: int = 0) -> str:
    """`value` as `loc` prints an amount; `style` picks symbol, code or bare number."""
    text = f"{value:,.2f}"
    if loc.european:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    if style == 0:
        return f"€ {text}" if loc.european else f"{loc.symbol}{text}"
    if style == 1:
        return f"{text} {loc.currency}" if loc.european else f"{loc.currency} {text}"
    return text


def print_date(d: date, loc: Locale, style: int) -> str:
    """`d` in one of the printed forms usual for `loc` (`style` picks which)."""
    style %= 4
    if loc.code == "NL":
        return [
            f"{d.day} {MAANDEN[d.month - 1]} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            d.isoformat(),
        ][style]
    if loc.code == "FR":
        return [
            f"{d.day} {MOIS[d.month - 1]} {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            d.isoformat(),
        ][style]
    numeric = (
        f"{d.day:02d}/{d.month:02d}/{d.year}"
        if loc.day_first
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )
    worded = (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if loc.day_first
        else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    )
    return [numeric, worded, d.isoformat(), f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"][style]


def date_forms(iso: str) -> set[str]:
    """Every printed form `print_date` can give for `iso`, for the corpus test."""
    d = date.fromisoformat(iso)
    return {print_date(d, loc, s) for loc in LOCALES.values() for s in range(4)}


def make_phone(rng: random.Random, loc: Locale) -> tuple[str, str]:
    """A fictional but valid number for `loc`: (as printed, E.164)."""
    while True:
        printed = _phone_text(rng, loc)
        try:
            return printed, normalize_phone(printed, "GB" if loc.code == "UK" else loc.code)
        except ValueError:
            continue


def _phone_text(rng: random.Random, loc: Locale) -> str:
    n = rng.randrange
    if loc.code in ("US", "CA"):
        area = rng.choice(
            ["415", "312", "617", "206", "512", "303"]
            if loc.code == "US"
            else ["416", "604", "613", "514", "403"]
        )
        last = f"01{n(100):02d}"
        return rng.choice(
            [
                f"({area}) 555-{last}",
                f"{area}-555-{last}",
                f"{area}.555.{last}",
                f"+1 {area} 555 {last}",
            ]
        )
    if loc.code == "UK":
        return rng.choice(
            [
                f"020 7946 0{n(1000):03d}",
                f"07700 900{n(1000):03d}",
                f"+44 7700 900{n(1000):03d}",
                f"0161 496 0{n(1000):03d}",
            ]
        )
    if loc.code == "AU":
        return rng.choice(
            [
                f"0491 570 {n(1000):03d}",
                f"(02) 9{n(1000):03d} {n(10000):04d}",
                f"+61 491 570 {n(1000):03d}",
            ]
        )
    if loc.code == "IE":
        return rng.choice(
            [f"087 {n(1000):03d} {n(10000):04d}", f"+353 1 {n(1000):03d} {n(10000):04d}"]
        )
    if loc.code == "NL":
        return rng.choice(
            [
                f"06-{n(10**8):08d}",
                f"+31 6 {n(10**8):08d}",
                f"020-{n(1000):03d} {n(10000):04d}",
                f"+31 (0)20 {n(1000):03d} {n(10000):04d}",
            ]
        )
    return rng.choice(
        [
            f"06 {n(100):02d} {n(100):02d} {n(100):02d} {n(100):02d}",
            f"+33 6 {n(100):02d} {n(100):02d} {n(100):02d} {n(100):02d}",
            f"01 {n(100):02d} {n(100):02d} {n(100):02d} {n(100):02d}",
        ]
    )


VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def make_vin(rng: random.Random) -> str:
    """A 17-character VIN whose ninth character is its check digit."""
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")  # a model-year code
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def new_pdf(loc: Locale, family: str, landscape: bool = False) -> FPDF:
    """An FPDF page set for `loc`, with the regular and bold faces of `family` as "body"."""
    pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format=loc.page)
    pdf.set_creation_date(FIXED_DATE)
    regular, bold = FONTS[family]
    pdf.add_font("body", "", f"{FONT_DIR}/{regular}")
    pdf.add_font("body", "B", f"{FONT_DIR}/{bold}")
    pdf.add_font("sym", "", f"{FONT_DIR}/dejavu/DejaVuSans.ttf")
    pdf.set_margins(42, 40, 42)
    pdf.set_auto_page_break(True, 46)
    pdf.set_font("body", "", 10)
    return pdf


def fit(pdf: FPDF, width: float, text: str, size: float) -> None:
    """Set the body font no larger than `size` so that `text` fits in `width` points."""
    while size > 5 and pdf.get_string_width(text) > width - 2:
        size -= 0.5
        pdf.set_font_size(size)
    pdf.set_font_size(size)


def cell_fit(
    pdf: FPDF, w: float, h: float, text: str, size: float = 10, style: str = "", **kw
) -> None:
    """One cell whose text shrinks to fit rather than run past the cell."""
    pdf.set_font("body", style, size)
    fit(pdf, w, text, size)
    pdf.cell(w, h, text, **kw)
    pdf.set_font("body", "", size)


def para(
    pdf: FPDF,
    text: str,
    size: float = 10,
    style: str = "",
    h: float | None = None,
    w: float = 0,
    align: str = "L",
) -> None:
    """A wrapped paragraph across the text width (or `w`), then a new line."""
    pdf.set_font("body", style, size)
    pdf.multi_cell(w, h or size * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT")


def banner(pdf: FPDF, title: str, party_line: str, fill: tuple[int, int, int]) -> None:
    """A coloured band with a firm's name in white, its contact line in small print below."""
    pdf.set_fill_color(*fill)
    pdf.set_text_color(255, 255, 255)
    cell_fit(pdf, pdf.epw, 27, f"  {title}", 14, "B", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    para(pdf, party_line, 7.5)
