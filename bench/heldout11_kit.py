"""Held-out corpus 11 kit: locales, people, phones, VINs, dates and amounts, and the page pen."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from faker import Faker
from fpdf import FPDF

from core.documents.schemas import FIELD_NAMES
from core.documents.validate import vin_check_digit_ok
from core.validation import normalize_phone

FIELDS = FIELD_NAMES  # the contract's fields, in its order
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
# locale: faker locale, phone region, country code, currency, number style, date style
LOCALES = {
    "US": ("en_US", "US", "1", "USD", "us", "us"),
    "UK": ("en_GB", "GB", "44", "GBP", "us", "uk"),
    "AU": ("en_AU", "AU", "61", "AUD", "us", "uk"),
    "DE": ("de_DE", "DE", "49", "EUR", "de", "de"),
    "CH": ("de_CH", "CH", "41", "CHF", "ch", "de"),
    "AT": ("de_AT", "AT", "43", "EUR", "de", "de"),
}
# national significant numbers that phonenumbers accepts, as (prefix, digits to add)
_PHONE = {"US": [("415", 7), ("312", 7), ("617", 7)], "GB": [("7700", 6), ("20", 8)],
          "AU": [("4", 8), ("2", 8)], "DE": [("151", 8), ("30", 8)],
          "CH": [("79", 7), ("44", 7)], "AT": [("664", 7), ("1", 7)]}
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
CARS = [("Volkswagen", "Golf"), ("BMW", "320d"), ("Skoda", "Octavia"), ("Toyota", "Corolla"),
        ("Ford", "Focus"), ("Audi", "A4"), ("Honda", "Civic"), ("Mazda", "CX-5"),
        ("Hyundai", "Tucson"), ("Opel", "Astra"), ("Subaru", "Outback"), ("Kia", "Sportage")]


def latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


class Case:
    """One document's random choices, all drawn from one seeded generator."""

    def __init__(self, rng: random.Random, locale: str):
        self.rng = rng
        self.locale = locale
        flocale, self.region, self.cc, self.currency, self.num, self.dates = LOCALES[locale]
        self.fake = Faker(flocale)
        self.fake.seed_instance(rng.randrange(10**9))

    def person(self) -> tuple[str, str]:
        """A title-case "First Last" name and a plausible e-mail for it."""
        while True:
            first, last = self.fake.first_name(), self.fake.last_name()
            name = f"{first} {last}"
            if name == name.title() and latin1(name) and " " not in last and "-" not in name:
                break
        mail = (f"{first[0]}.{last}".lower().encode("ascii", "ignore").decode()
                + "@" + self.rng.choice(["example.com", "mail.example.net", "post.example.org"]))
        return name, mail

    def address(self) -> str:
        while True:
            text = " ".join(self.fake.address().replace("\n", ", ").split())
            if latin1(text) and len(text) < 60:
                return text

    def phone(self) -> tuple[str, str]:
        """(printed form, E.164 truth)."""
        while True:
            prefix, n = self.rng.choice(_PHONE[self.region])
            rest = "".join(str(self.rng.randrange(10)) for _ in range(n))
            if self.region == "US":
                rest = str(self.rng.randrange(200, 999)) + rest[3:]
                printed = f"({prefix}) {rest[:3]}-{rest[3:]}"
            else:
                printed = f"+{self.cc} {prefix} {rest[:3]} {rest[3:]}"
            try:
                return printed, normalize_phone(printed, self.region)
            except ValueError:
                continue

    def vin(self) -> str:
        while True:
            body = [self.rng.choice(_VIN_CHARS) for _ in range(17)]
            body[8] = "0"
            total = sum(_VIN_VALUE[c] * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
            body[8] = "X" if total % 11 == 10 else str(total % 11)
            vin = "".join(body)
            if vin_check_digit_ok(vin):
                return vin

    def car(self) -> tuple[str, str, int]:
        make, model = self.rng.choice(CARS)
        return make, model, self.rng.randrange(2012, 2026)

    def day(self, start: date, span: int) -> date:
        return start + timedelta(days=self.rng.randrange(span))

    def when(self, d: date) -> str:
        """A date the way this locale prints it."""
        style = self.rng.randrange(3)
        if self.dates == "us":
            return (f"{d.month:02d}/{d.day:02d}/{d.year}", f"{MONTHS[d.month - 1]} {d.day}, "
                    f"{d.year}", d.isoformat())[style]
        if self.dates == "uk":
            return (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS[d.month - 1]} "
                    f"{d.year}", d.isoformat())[style]
        return (f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONATE[d.month - 1]} "
                f"{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}")[style]

    def money(self, amount: Decimal) -> str:
        us = f"{amount:,.2f}"
        if self.num == "de":
            return us.replace(",", "_").replace(".", ",").replace("_", ".")
        if self.num == "ch":
            return us.replace(",", "'")
        return us

    def cash(self, low: int, high: int) -> Decimal:
        return Decimal(self.rng.randrange(low * 100, high * 100)) / 100

    def code(self, pattern: str) -> str:
        """`pattern` with each 9 a digit and each A a letter."""
        return "".join(str(self.rng.randrange(10)) if c == "9" else
                       self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                       for c in pattern)


class Pen(FPDF):
    """An A4/Letter page writer whose text always wraps inside the margins."""

    def __init__(self, font: str = "Helvetica"):
        super().__init__(format="A4")
        self.set_creation_date(datetime(2026, 1, 1))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 18)
        self.face = font
        self.add_page()
        self.set_font(font, size=10)

    def line(self, text: str = "", size: float = 10, style: str = "", gap: float = 1) -> None:
        self.set_font(self.face, style, size)
        self.multi_cell(0, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def pair(self, label: str, value: str, width: float = 55) -> None:
        self.set_font(self.face, "B", 9)
        self.cell(width, 5, label)
        self.set_font(self.face, "", 9)
        self.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")

    def table(self, head: list[str], rows: list[list[str]], widths: list[float]) -> None:
        self.set_font(self.face, "B", 8.5)
        for text, w in zip(head, widths, strict=True):
            self.cell(w, 6, text, border=1)
        self.ln(6)
        self.set_font(self.face, "", 8.5)
        for row in rows:
            for i, (text, w) in enumerate(zip(row, widths, strict=True)):
                self.cell(w, 5.5, text, border=1, align="R" if i == len(row) - 1 else "L")
            self.ln(5.5)
        self.ln(2)

    def box(self, caption: str, h: float = 45) -> None:
        if self.get_y() + h + 10 > self.h - 18:
            self.add_page()
        self.set_fill_color(200, 200, 200)
        self.rect(self.l_margin, self.get_y(), 80, h, style="F")
        self.set_y(self.get_y() + h + 1)
        self.line(caption, size=8.5, style="I", gap=3)
