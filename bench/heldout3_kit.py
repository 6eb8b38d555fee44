"""What the third held-out corpus's layouts share: a case's printed values, decoys, a PDF.

A `Case` holds the truth record and knows how a document of the claimant's country prints
each value (dates, money, phones, names), so that every printed value normalises back to
the truth. It also makes decoys: people, phones, e-mails, references, dates and amounts
that a careless extractor could take for the claimant's.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from faker import Faker
from fpdf import FPDF

CREATED = datetime(2026, 4, 2, 8, 30, 0, tzinfo=UTC)  # fixed, so a seed gives the same bytes
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_STYLES = {
    "US": ("m/d/Y", "mm/dd/Y", "Month d, Y", "Mon d, Y", "Y-mm-dd"),
    "UK": ("dd/mm/Y", "d Month Y", "dth Month Y", "d Mon Y", "dd-Mon-Y"),
    "DE": ("dd.mm.Y", "d.m.Y", "d Month Y", "Y-mm-dd"),
}
MONEY_STYLES = {
    "USD": ("${n}", "USD {n}", "{n} USD", "$ {n}"),
    "GBP": ("£{n}", "GBP {n}", "£ {n}", "{n} GBP"),
    "EUR": ("{n} EUR", "€ {n}", "EUR {n}", "{n} €"),
}
TYPE_LABELS = {
    "collision": "Road traffic accident / collision", "theft": "Theft",
    "fire": "Fire / smoke", "water_damage": "Escape of water", "weather": "Storm / hail",
    "vandalism": "Malicious damage / vandalism", "glass": "Glass breakage",
    "injury": "Personal injury", "liability": "Third-party liability", "other": "Other",
}
INSURERS = ("Northgate Mutual", "Harbourline Insurance", "Crestview Assurance",
            "Bluefield General", "Meridian Shield", "Oakhaven Insurance Co.")


def fold(text: str) -> str:
    """`text` that the PDF core fonts (cp1252) can print: other characters lose their accents."""
    try:
        text.encode("cp1252")
        return text
    except UnicodeEncodeError:
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def country_code(record: dict[str, Any]) -> str:
    """UK, DE or US, from the claimant's phone (read before optional fields are dropped)."""
    phone = record.get("claimant_phone") or ""
    return "UK" if phone.startswith("+44") else "DE" if phone.startswith("+49") else "US"


def _grouped(amount: Decimal, thousands: str, mark: str) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return thousands.join(groups) + mark + cents


@dataclass
class Case:
    """One claim being drawn: its truth, its country's printing habits and a source of decoys."""

    record: dict[str, Any]
    rng: random.Random
    fake: Faker
    country: str
    insurer: str = ""
    date_style: str = ""
    money_style: str = ""
    used_names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.insurer = self.rng.choice(INSURERS)
        self.date_style = self.rng.choice(DATE_STYLES[self.country])
        self.money_style = self.rng.choice(MONEY_STYLES[self.record["currency"]])
        self.used_names.add(self.record["claimant_name"])

    def get(self, name: str) -> Any:
        """The truth value of a field, None when the record lacks it."""
        return self.record.get(name)

    # ------------------------------------------------------------ printed forms of the truth

    def date(self, iso: str, style: str | None = None) -> str:
        """`iso` as this document prints dates (or in `style`)."""
        d = date.fromisoformat(iso)
        month = MONTHS[d.month - 1]
        nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10,
                                                                                   "th")
        return {
            "m/d/Y": f"{d.month}/{d.day}/{d.year}",
            "mm/dd/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "Month d, Y": f"{month} {d.day}, {d.year}",
            "Mon d, Y": f"{month[:3]} {d.day}, {d.year}",
            "Y-mm-dd": d.isoformat(),
            "dd/mm/Y": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "d Month Y": f"{d.day} {month} {d.year}",
            "dth Month Y": f"{d.day}{nth} {month} {d.year}",
            "d Mon Y": f"{d.day} {month[:3]} {d.year}",
            "dd-Mon-Y": f"{d.day:02d}-{month[:3]}-{d.year}",
            "dd.mm.Y": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "d.m.Y": f"{d.day}.{d.month}.{d.year}",
        }[style or self.date_style]

    def number(self, amount: str | Decimal) -> str:
        """An amount without currency, with the separators of the document's currency."""
        value = Decimal(amount)
        return _grouped(value, ".", ",") if self.record["currency"] == "EUR" \
            else _grouped(value, ",", ".")

    def money(self, amount: str | Decimal, style: str | None = None) -> str:
        """An amount with its currency, as this document prints money."""
        return (style or self.money_style).format(n=self.number(amount))

    def symbol(self) -> str:
        """The currency as a column header would show it."""
        return {"USD": "$", "GBP": "£", "EUR": "EUR"}[self.record["currency"]]

    def phone(self, e164: str) -> str:
        """An E.164 number in one of the ways people of its country write it."""
        if e164.startswith("+1"):
            a, b, c = e164[2:5], e164[5:8], e164[8:]
            return self.rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
                                    f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}"))
        code, rest = e164[:3], e164[3:]
        cut = 2 if rest[0] in "23" and code == "+44" or rest[:2] in ("30", "40", "69", "89") \
            else 3
        area, local = rest[:cut], rest[cut:]
        mid = len(local) // 2
        return self.rng.choice((f"{code} {area} {local}", f"{code} ({0}){area} {local}",
                                f"{code} {area} {local[:mid]} {local[mid:]}",
                                f"{code}-{area}-{local}"))

    def name(self, name: str | None = None, style: str | None = None) -> str:
        """A person's name as First Last, LAST, FIRST, Last, First or FIRST LAST."""
        name = name or self.record["claimant_name"]
        parts = name.split()
        reversible = len(parts) == 2 or len(parts) == 3 and parts[1].endswith(".")
        style = style or self.rng.choice(("plain", "plain", "upper", "last_first", "LAST_FIRST"))
        if style == "upper":
            return name.upper()
        if style in ("last_first", "LAST_FIRST") and reversible:
            flipped = f"{parts[-1]}, {' '.join(parts[:-1])}"
            return flipped.upper() if style == "LAST_FIRST" else flipped
        return name

    def type_label(self) -> str:
        """The form's wording for the record's incident type."""
        return TYPE_LABELS[self.record["incident_type"]]

    # ------------------------------------------------------------ decoys

    def person(self) -> str:
        """A decoy person of the claimant's country, never the claimant nor one used before."""
        while True:
            name = fold(f"{self.fake.first_name()} {self.fake.last_name()}")
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def firm(self, kind: str) -> str:
        """A decoy business name, e.g. a repair shop or an agency."""
        return fold(f"{self.fake.last_name()} {kind}")

    def decoy_phone(self) -> str:
        """A decoy phone number in the country's fictional ranges, printed locally."""
        r = self.rng
        while True:
            if self.country == "US":
                area = r.choice(("212", "312", "617", "303", "404"))
                e164 = f"+1{area}555{r.randint(100, 199):04d}"
            elif self.country == "UK":
                e164 = f"+44{r.choice(('20', '121', '161', '113'))}4960{r.randint(0, 999):03d}"
            else:
                e164 = f"+49{r.choice(('30', '40', '89', '221'))}{r.randint(1000000, 9999999)}"
            if e164 != self.record.get("claimant_phone"):
                return self.phone(e164)

    def decoy_email(self, person: str, domain: str | None = None) -> str:
        """An e-mail address for a decoy person."""
        first, last = (fold(p).lower().replace("'", "").replace("-", "")
                       for p in (person.split()[0], person.split()[-1]))
        domain = domain or self.rng.choice(("example.com", "example.net", "mail.example"))
        return f"{first[0]}.{last}@{domain}".replace(" ", "")

    def decoy_date(self, around: str, low: int, high: int) -> str:
        """A decoy ISO date `low` to `high` days after (negative: before) `around`."""
        shift = timedelta(days=self.rng.randint(low, high))
        return (date.fromisoformat(around) + shift).isoformat()

    def birth_date(self) -> str:
        """A decoy date of birth, ISO."""
        return date(self.rng.randint(1950, 2000), self.rng.randint(1, 12),
                    self.rng.randint(1, 28)).isoformat()

    def ref(self, prefix: str, digits: int = 6) -> str:
        """A decoy reference number such as an invoice, agent or submission number."""
        return f"{prefix}{self.rng.randint(10 ** (digits - 1), 10 ** digits - 1)}"

    def address(self) -> str:
        """A decoy one-line address in the claimant's country."""
        street, city = fold(self.fake.street_address()), fold(self.fake.city())
        if self.country == "US":
            return f"{street}, {city}, {self.fake.state_abbr()} {self.fake.zipcode()}"
        if self.country == "DE":
            return f"{street}, {self.fake.postcode()} {city}"
        return f"{street}, {city} {self.fake.postcode()}"

    def plate(self) -> str:
        """A decoy registration plate of the country."""
        r = self.rng
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        if self.country == "UK":
            return f"{letters[:2]}{r.randint(10, 75)} {letters}"
        if self.country == "DE":
            return f"{r.choice(('B', 'HH', 'M', 'K', 'F'))}-{letters[:2]} {r.randint(10, 9999)}"
        return f"{r.randint(1, 9)}{letters}{r.randint(100, 999)}"

    def decoy_amount(self, low: int, high: int) -> str:
        """A decoy amount (excess, limit, purchase price) with the document's currency."""
        return self.money(Decimal(self.rng.randint(low, high) * 50))


class Doc(FPDF):
    """An A4/Letter page in mm with fixed metadata, so that a seed gives the same bytes."""

    def __init__(self, case: Case, family: str = "Helvetica") -> None:
        super().__init__(format="Letter" if case.country == "US" else "A4")
        self.family = family
        self.core_fonts_encoding = "windows-1252"  # for the euro sign; latin-1 lacks it
        self.set_creation_date(CREATED)
        self.set_auto_page_break(True, margin=16)
        self.set_margins(16, 14, 16)
        self.add_page()

    def font(self, size: float, style: str = "", family: str | None = None) -> None:
        """Set the font in this document's family unless told otherwise."""
        self.set_font(family or self.family, style, size)

    def text_line(self, text: str, size: float = 10, style: str = "", height: float = 5.5,
                  align: str = "L") -> None:
        """Write one line (wrapping if needed) across the page and move below it."""
        self.font(size, style)
        self.set_x(self.l_margin)
        self.multi_cell(self.epw, height, fold(text), align=align)

    def leader(self, label: str, value: str, value_x: float, size: float = 10) -> None:
        """`label` then dots up to `value_x`, then `value` wrapping under itself."""
        self.font(size)
        self.set_x(self.l_margin)
        y = self.get_y()
        label = fold(label) + " "
        dots = ""
        while self.get_string_width(label + dots + ". ") < value_x - self.l_margin:
            dots += "."
        self.cell(value_x - self.l_margin, 6, label + dots)
        self.set_xy(value_x, y)
        self.multi_cell(self.w - self.r_margin - value_x, 6, fold(value) or " ")
