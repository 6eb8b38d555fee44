"""Held-out corpus 15, shared kit: fields, date and money styles, VINs and the drawing surface."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from fpdf import FPDF

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")

DATE_STYLES = ("slash", "long", "ordinal", "dotted", "short", "weekday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(day: date, style: str) -> str:
    """Day-first renderings used in the UK, Ireland, Australia, New Zealand and India."""
    month = MONTHS[day.month - 1]
    if style == "slash":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "long":
        return f"{day.day} {month} {day.year}"
    if style == "ordinal":
        return f"{ordinal(day.day)} {month[:3]} {day.year}"
    if style == "dotted":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "short":
        return f"{day.day} {month[:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {month[:3]} {day.year}"


MONEY_STYLES = ("symbol", "code", "code_after")
SYMBOLS = {"GBP": "£", "EUR": "€", "AUD": "$", "NZD": "$", "INR": "Rs."}


def group_digits(whole: int, indian: bool) -> str:
    digits = str(whole)
    if not indian or len(digits) <= 3:
        return f"{whole:,}"
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def format_money(amount: Decimal, currency: str, style: str) -> str:
    """`£1,234.50`, `GBP 1,234.50`, `1,234.50 GBP`; rupees use lakh grouping (`Rs. 1,23,456.00`)."""
    amount = amount.quantize(Decimal("0.01"))
    whole, cents = divmod(int(amount * 100), 100)
    number = f"{group_digits(whole, currency == 'INR')}.{cents:02d}"
    if style == "symbol":
        symbol = SYMBOLS[currency]
        return f"{symbol} {number}" if symbol.endswith(".") else f"{symbol}{number}"
    if style == "code":
        return f"{currency} {number}"
    return f"{number} {currency}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"


def make_vin(rng, wmi: str, year: int) -> str:
    """A 17-character VIN with a valid check digit in position 9."""
    body = wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
    body += VIN_YEARS[(year - 2010) % 30] + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    body += "".join(rng.choice("0123456789") for _ in range(6))
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


FONT_DIR = "/usr/share/fonts/truetype"
FAMILIES = {
    "sans": {"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
             "I": "liberation/LiberationSans-Italic.ttf"},
    "serif": {"": "liberation/LiberationSerif-Regular.ttf",
              "B": "liberation/LiberationSerif-Bold.ttf",
              "I": "liberation/LiberationSerif-Italic.ttf"},
    "dejavu": {"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf",
               "I": "dejavu/DejaVuSans-Oblique.ttf"},
    "dserif": {"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf",
               "I": "dejavu/DejaVuSerif-Italic.ttf"},
    "mono": {"": "liberation/LiberationMono-Regular.ttf",
             "B": "liberation/LiberationMono-Bold.ttf",
             "I": "liberation/LiberationMono-Italic.ttf"},
}


class Sheet(FPDF):
    """An A4 page surface in millimetres with the few drawing helpers the layouts use."""

    def __init__(self, family: str = "sans", auto_break: bool = False):
        super().__init__(unit="mm", format="A4")
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
        for name, styles in FAMILIES.items():
            for style, path in styles.items():
                self.add_font(name, style, f"{FONT_DIR}/{path}")
        self.main = family
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto_break, margin=18)
        self.add_page()
        self.font(10)

    def font(self, size: float, style: str = "", family: str | None = None) -> None:
        self.set_font(family or self.main, style, size)

    def put(self, x: float, y: float, text: str, size: float = 10, style: str = "",
            w: float | None = None, align: str = "L", family: str | None = None) -> None:
        """One line of text at (x, y) top-left; shrinks the font until it fits `w`."""
        self.font(size, style, family)
        if w is not None:
            while self.get_string_width(text) > w - 1 and size > 5:
                size -= 0.5
                self.font(size, style, family)
        width = w if w is not None else self.get_string_width(text) + 1
        self.set_xy(x, y)
        self.cell(width, size * 0.45, text, align=align)

    def para(self, x: float, y: float, w: float, text: str, size: float = 10, style: str = "",
             lh: float | None = None, align: str = "L") -> float:
        """A wrapped paragraph; returns the y below it."""
        self.font(size, style)
        self.set_xy(x, y)
        self.multi_cell(w, lh or size * 0.5, text, align=align)
        return self.get_y()

    def shade(self, x: float, y: float, w: float, h: float, grey: int = 225) -> None:
        self.set_fill_color(grey, grey, grey)
        self.rect(x, y, w, h, style="F")

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.25) -> None:
        self.set_line_width(width)
        self.set_draw_color(40, 40, 40)
        self.rect(x, y, w, h)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2) -> None:
        self.set_line_width(width)
        self.set_draw_color(40, 40, 40)
        self.line(x1, y1, x2, y2)

    def tick(self, x: float, y: float, label: str, ticked: bool, size: float = 8.5) -> float:
        """A tick box with its label; returns the x after the label."""
        self.box(x, y, 3.4, 3.4)
        if ticked:
            self.rule(x + 0.6, y + 1.8, x + 1.4, y + 2.9, 0.5)
            self.rule(x + 1.4, y + 2.9, x + 3.0, y + 0.4, 0.5)
        self.put(x + 4.6, y - 0.1, label, size)
        return x + 4.6 + self.get_string_width(label) + 6

    def output_bytes(self) -> bytes:
        return bytes(self.output())
