"""Held-out corpus 18 kit: US people, places, formats, fonts and the PDF page helper."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from decimal import Decimal

from fpdf import FPDF

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")
FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "LibSans": "liberation/LiberationSans", "LibSerif": "liberation/LiberationSerif",
    "DejaVu": "dejavu/DejaVuSans", "DejaVuSerif": "dejavu/DejaVuSerif",
    "LibNarrow": "liberation/LiberationSansNarrow", "Mono": "liberation/LiberationMono",
}
FIRST = ("Marcus", "Denise", "Trevor", "Angela", "Howard", "Priya", "Luis", "Colleen", "Darnell",
         "Megan", "Raymond", "Ingrid", "Tyrone", "Heather", "Wesley", "Lorraine", "Jamal",
         "Bethany", "Gordon", "Yolanda", "Franklin", "Tamara", "Curtis", "Nadine")
FEMALE = {"Denise", "Angela", "Priya", "Colleen", "Megan", "Ingrid", "Heather", "Lorraine",
          "Bethany", "Yolanda", "Tamara", "Nadine"}
LAST = ("Whitfield", "Okafor", "Brennan", "Delgado", "Kowalski", "Prescott", "Lindqvist",
        "Abernathy", "Castellano", "Thibodeaux", "Nakamura", "Haverford", "Rutledge", "Pemberton",
        "Vasquez", "Marchetti", "Dunleavy", "Strickland", "Oyelaran", "Fairbanks", "Gallagher",
        "Holloway", "Ivanov", "Jorgensen")
STREETS = ("Maple Ave", "Cedar Ridge Dr", "W 14th St", "Hawthorne Ln", "Old Mill Rd",
           "Lakeview Blvd", "N Jefferson St", "Sycamore Ct", "Briar Creek Pkwy", "Elm Street")
CITIES = (("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Raleigh", "NC", "276"),
          ("Boise", "ID", "837"), ("Madison", "WI", "537"), ("Omaha", "NE", "681"),
          ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"), ("Reno", "NV", "895"),
          ("Savannah", "GA", "314"))
AREA = ("614", "918", "919", "208", "608", "402", "509", "865", "775", "912", "312", "713")
DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "att.net")
DATE_STYLES = ("us_slash", "us_long", "us_short", "iso", "us_dash", "us_ordinal")
MONEY_STYLES = ("symbol", "code", "plain", "symbol_space")


def format_date(day: date, style: str) -> str:
    """A US rendering of `day`."""
    if style == "us_slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us_long":
        return f"{day.strftime('%B')} {day.day}, {day.year}"
    if style == "us_short":
        return f"{day.strftime('%b')}. {day.day}, {day.year}"
    if style == "us_dash":
        return f"{day.month}-{day.day}-{day.year}"
    if style == "us_ordinal":
        suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            day.day % 10, "th")
        return f"{day.strftime('%B')} {day.day}{suffix}, {day.year}"
    return day.isoformat()


def format_money(amount: Decimal, style: str) -> str:
    """A US rendering of a dollar amount."""
    text = f"{amount:,.2f}"
    return {"symbol": f"${text}", "code": f"USD {text}", "plain": text,
            "symbol_space": f"$ {text}"}[style]


def format_phone(digits: str, style: int) -> str:
    """A US phone number (10 digits) in one of the usual print forms."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}")[style % 5]


def vin(rng: random.Random, wmi: str) -> str:
    """A VIN with a valid check digit (position 9)."""
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("KLMNP") + \
        rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(6))
    values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    check = sum(values[ch] * w for ch, w in zip(body, weights, strict=True)) % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


class Page(FPDF):
    """An fpdf2 document with the corpus fonts registered and a fixed creation date."""

    def __init__(self, orientation: str = "P") -> None:
        super().__init__(orientation=orientation, unit="pt", format="letter")
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
        self.set_auto_page_break(False)
        for name, stem in FONTS.items():
            regular = "-Regular" if "liberation" in stem else ""
            self.add_font(name, "", f"{FONT_DIR}/{stem}{regular}.ttf")
            self.add_font(name, "B", f"{FONT_DIR}/{stem}-Bold.ttf")

    def text_at(self, x: float, y: float, text: str, size: float = 9, font: str = "LibSans",
                style: str = "") -> None:
        self.set_font(font, style, size)
        self.text(x, y, text)

    def wrap(self, x: float, y: float, width: float, text: str, size: float = 9,
             font: str = "LibSans", lead: float = 1.3) -> float:
        """Write `text` wrapped to `width` from baseline `y`; return the next baseline."""
        self.set_font(font, "", size)
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if self.get_string_width(trial) > width and line:
                self.text(x, y, line)
                y += size * lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line)
            y += size * lead
        return y

    def bytes(self) -> bytes:
        return bytes(self.output())
