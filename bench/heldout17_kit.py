"""Held-out corpus 17 kit: fields, regional formats (dates, money, phones, places), VINs and a
small drawing wrapper over fpdf2 with a per-document font family."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from decimal import Decimal

import phonenumbers
from fpdf import FPDF

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")

DATE_STYLES = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y", "{d} %B %Y", "{o} %B %Y",
               "{d} %b %Y", "%A {d} %B %Y", "%Y-%m-%d", "{d}-%b-%Y")
MONEY_STYLES = ("sym", "sym_plain", "code", "bare", "bare_plain")
SYMBOLS = {"GBP": "£", "EUR": "€", "AUD": "$", "NZD": "$"}
CODES = {"GBP": "GBP", "EUR": "EUR", "AUD": "AUD", "NZD": "NZD"}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(day: date, style: str) -> str:
    return day.strftime(style.replace("{d}", str(day.day)).replace("{o}", ordinal(day.day)))


def format_money(amount: Decimal, style: str, currency: str = "GBP") -> str:
    grouped, plain = f"{amount:,.2f}", f"{amount:.2f}"
    return {"sym": SYMBOLS[currency] + grouped, "sym_plain": SYMBOLS[currency] + plain,
            "code": f"{CODES[currency]} {grouped}", "bare": grouped,
            "bare_plain": plain}[style]


def money(amount: Decimal, currency: str, rng: random.Random) -> str:
    """The amount with its currency, in one of the region's ways."""
    return format_money(amount, rng.choice(("sym", "sym", "sym_plain", "code")), currency)


def a_date(rng: random.Random) -> str:
    return rng.choice(DATE_STYLES)


def cents(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


# --- phones -----------------------------------------------------------------------------------
def _national(rng: random.Random, region: str, kind: str) -> str:
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    if region == "GB":
        if kind == "mobile":
            return rng.choice(("07700 9", "07911 1", "07834 2", "07412 5", "07985 6")) + d(5)
        return rng.choice(("020 7946 ", "0161 496 ", "0113 496 ", "0131 496 ", "0117 496 ")) + d(4)
    if region == "IE":
        if kind == "mobile":
            return f"08{rng.choice('35679')} {d(3)} {d(4)}"
        return rng.choice(("01 ", "021 4", "091 5", "061 4")) + d(2) + " " + d(4)
    if region == "AU":
        if kind == "mobile":
            return f"04{d(2)} {d(3)} {d(3)}"
        return f"({rng.choice(('02', '03', '07', '08'))}) {rng.choice('5689')}{d(3)} {d(4)}"
    if kind == "mobile":
        return f"02{rng.choice('17')} {d(3)} {d(4)}"
    return f"({rng.choice(('09', '04', '03', '07'))}) {rng.choice('34589')}{d(2)} {d(4)}"


def make_phone(rng: random.Random, region: str, kind: str = "mobile") -> tuple[str, str]:
    """(as printed, E.164) of a valid number of `region`; printed nationally or with +CC."""
    while True:
        national = _national(rng, region, kind)
        number = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(number):
            break
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    style = rng.random()
    if style < 0.25:
        shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style < 0.35:
        shown = national.replace(" ", "").replace("(", "").replace(")", "")
    else:
        shown = national
    return shown, e164


# --- VINs -------------------------------------------------------------------------------------
_VIN_VALUES = {**{str(i): i for i in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin(rng: random.Random, wmi: str, year_code: str) -> str:
    body = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0" + year_code
                + rng.choice(_VIN_CHARS) + "".join(rng.choice("0123456789") for _ in range(6)))
    total = sum(_VIN_VALUES[c] * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


# --- drawing ----------------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype"
FAMILIES = {
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf",
                       "liberation/LiberationSans-Bold.ttf",
                       "liberation/LiberationSans-Italic.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf",
                        "liberation/LiberationSerif-Bold.ttf",
                        "liberation/LiberationSerif-Italic.ttf"),
    "LiberationNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                         "liberation/LiberationSansNarrow-Bold.ttf",
                         "liberation/LiberationSansNarrow-Italic.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                   "dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                   "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                    "dejavu/DejaVuSerif-Italic.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf",
                       "liberation/LiberationMono-Bold.ttf",
                       "liberation/LiberationMono-Italic.ttf"),
    "DejaVuMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf",
                   "dejavu/DejaVuSansMono-Oblique.ttf"),
}
SANS = ("LiberationSans", "LiberationNarrow", "DejaVuSans", "DejaVuCond")
SERIF = ("LiberationSerif", "DejaVuSerif")
MONO = ("LiberationMono", "DejaVuMono")


class Page(FPDF):
    """An A4 document in mm with one body font and a mono font; text helpers keep inside
    the page (long values shrink to their width)."""

    def __init__(self, body: str, mono: str = "DejaVuMono") -> None:
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)
        self.creation_date = datetime(2026, 1, 1, tzinfo=UTC)
        for name in {body, mono}:
            regular, bold, italic = FAMILIES[name]
            self.add_font(name, "", f"{FONT_DIR}/{regular}")
            self.add_font(name, "B", f"{FONT_DIR}/{bold}")
            self.add_font(name, "I", f"{FONT_DIR}/{italic}")
        self.body, self.mono = body, mono
        self.header_lines: list[str] = []

    def font(self, size: float, style: str = "", mono: bool = False) -> None:
        self.set_font(self.mono if mono else self.body, style, size)

    def put(self, x: float, y: float, text: str, size: float = 9.5, style: str = "",
            width: float | None = None, mono: bool = False, align: str = "L") -> None:
        """Text with its baseline at y; shrinks to `width` when given."""
        self.font(size, style, mono)
        limit = width if width is not None else (x - 15 if align == "R" else 195 - x)
        while self.get_string_width(text) > limit and size > 5:
            size -= 0.25
            self.font(size, style, mono)
        if align == "R":
            x -= self.get_string_width(text)
        self.text(x, y, text)

    def para(self, x: float, y: float, w: float, text: str, size: float = 9.5,
             style: str = "", leading: float = 1.35, mono: bool = False) -> float:
        """A wrapped paragraph from top y; returns the y below it."""
        self.font(size, style, mono)
        self.set_xy(x, y)
        self.multi_cell(w, size * 0.3528 * leading, text, align="L")
        return self.get_y()

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.25) -> None:
        self.set_line_width(width)
        self.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, fill: int | None = None,
            width: float = 0.25) -> None:
        self.set_line_width(width)
        if fill is not None:
            self.set_fill_color(fill)
        self.rect(x, y, w, h, style="DF" if fill is not None else "D")

    def dotted(self, x1: float, x2: float, y: float) -> None:
        self.set_draw_color(110)
        self.set_dash_pattern(dash=0.3, gap=0.9)
        self.rule(x1, y, x2, y, 0.3)
        self.set_dash_pattern()
        self.set_draw_color(0)

    def result(self) -> bytes:
        return bytes(self.output())


def new_page(pdf: Page, header: bool = True) -> None:
    pdf.add_page()
    if header and pdf.header_lines:
        for i, line in enumerate(pdf.header_lines):
            pdf.put(15, 10 + 3.6 * i, line, 7.5, width=180)
