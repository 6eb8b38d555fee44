"""Shared pieces of the fourth held-out corpus: the case, the PDF, and how each country (and
each office) prints dates, money, phones and names; decoy people and references."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from faker import Faker
from fpdf import FPDF

from core.documents.samples.truth import ascii_fold, make_vin

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SYMBOL = {"USD": "$", "GBP": "£", "EUR": "€"}
# Styles a country's own paperwork uses for numeric dates; long forms are shared.
NUMERIC_DATES = {"US": ("us", "us_short"), "GB": ("uk",), "DE": ("de",)}
WITNESS_WMI = ("1HG", "JTD", "WVW", "WBA", "1FA", "SAJ")


@dataclass
class Case:
    """One claim to draw: the truth record, its country and random sources for decoys."""

    record: dict[str, Any]
    rng: random.Random
    fake: Faker
    country: str
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        """The truth value of `name` (None when the record lacks it)."""
        return self.record.get(name)


def new_pdf(orientation: str = "P") -> FPDF:
    """An A4/Letter-agnostic FPDF with cp1252 core fonts and a fixed creation date."""
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.core_fonts_encoding = "cp1252"
    pdf.set_creation_date(datetime(2026, 4, 2, 9, 30, tzinfo=UTC))
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(15, 14, 15)
    return pdf


def fmt_date(iso: str, style: str) -> str:
    """The day `iso` printed in `style` (us, us_short, uk, de, iso, long_us, long_uk, ordinal,
    abbr, es, fr, rfc)."""
    d = date.fromisoformat(iso)
    month = MONTHS["en"][d.month - 1]
    nth = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": iso,
        "long_us": f"{month} {d.day}, {d.year}",
        "long_uk": f"{d.day} {month} {d.year}",
        "ordinal": f"{month} {d.day}{nth}, {d.year}",
        "abbr": f"{d.day:02d}-{month[:3]}-{d.year}",
        "es": f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}",
        "fr": f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}",
        "rfc": f"{DAYS[d.weekday()]}, {d.day:02d} {month[:3]} {d.year}",
    }[style]


def local_date(case: Case, iso: str, numeric_share: float = 0.5) -> str:
    """`iso` the way the claimant's country writes it: numeric, or a long/ISO form."""
    if case.rng.random() < numeric_share:
        return fmt_date(iso, case.rng.choice(NUMERIC_DATES.get(case.country, ("iso",))))
    long = "long_us" if case.country == "US" else "long_uk"
    return fmt_date(iso, case.rng.choice((long, "ordinal" if case.country == "US" else long,
                                          "abbr", "iso")))


def group(whole: int, sep: str) -> str:
    """`whole` with a thousands separator `sep`."""
    return f"{whole:,}".replace(",", sep)


def fmt_money(amount: str | Decimal, currency: str, style: str = "local") -> str:
    """An amount printed in `style`: local (country habit), code (USD 1,234.50), plain,
    euro (1.234,50 EUR), french (1 234,50 €)."""
    value = Decimal(amount)
    whole, cents = f"{value:.2f}".split(".")
    sign = "-" if whole.startswith("-") else ""
    whole_int = abs(int(whole))
    if style == "plain":
        return f"{sign}{group(whole_int, ',')}.{cents}"
    if style == "code":
        return f"{sign}{currency} {group(whole_int, ',')}.{cents}"
    if style == "euro" or (style == "local" and currency == "EUR"):
        return f"{sign}{group(whole_int, '.')},{cents} {currency}"
    if style == "french":
        return f"{sign}{group(whole_int, ' ')},{cents} {SYMBOL.get(currency, currency)}"
    return f"{sign}{SYMBOL.get(currency, currency + ' ')}{group(whole_int, ',')}.{cents}"


def money(case: Case, amount: str | Decimal) -> str:
    """An amount in the record's currency, in the style (one of its country's) of the document."""
    currency = case.get("currency")
    if "money" not in case.extra:  # one document, one way of writing money
        styles = ("local", "code") if currency != "EUR" else ("local", "euro", "code")
        case.extra["money"] = case.rng.choice(styles)
    return fmt_money(amount, currency, case.extra["money"])


def fmt_phone(e164: str, style: str) -> str:
    """An E.164 number printed nationally (national), internationally (intl), with a
    bracketed trunk zero (intl0), or dotted (dots, US only)."""
    code = "1" if e164.startswith("+1") else e164[1:3]
    nat = e164[1 + len(code):]
    if code == "1":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return {"national": f"({a}) {b}-{c}", "dots": f"{a}.{b}.{c}",
                "intl": f"+1 {a}-{b}-{c}", "intl0": f"1-{a}-{b}-{c}"}[style]
    head, tail = nat[:3], nat[3:]
    tail_grouped = f"{tail[:3]} {tail[3:]}" if len(tail) > 5 else tail
    return {"national": f"0{head} {tail_grouped}", "dots": f"0{head} {tail}",
            "intl": f"+{code} {head} {tail_grouped}",
            "intl0": f"+{code} (0){head} {tail_grouped}"}[style]


def phone(case: Case, e164: str) -> str:
    """`e164` in a style its country commonly prints."""
    return fmt_phone(e164, case.rng.choice(("national", "national", "dots", "intl", "intl0")))


def fmt_name(name: str, style: str) -> str:
    """A "First [M.] Last" name as first (unchanged), last_first (Smith, John A.) or
    upper_last (SMITH, JOHN A.) or caps (JOHN A. SMITH)."""
    parts = name.split()
    last_first = f"{parts[-1]}, {' '.join(parts[:-1])}"
    return {"first": name, "last_first": last_first, "upper_last": last_first.upper(),
            "caps": name.upper()}[style]


def decoy_phone(case: Case) -> str:
    """A phone of the claimant's country that is not the claimant's, printed locally."""
    rng = case.rng
    while True:
        if case.country == "US":
            e164 = f"+1{rng.choice((212, 303, 312, 415, 503, 617, 713))}555" \
                   f"{rng.randint(100, 199):04d}"
        elif case.country == "GB":
            e164 = f"+44{rng.choice(('20', '161', '121', '113'))}{rng.randint(4960000, 4960999)}"
        else:
            e164 = f"+49{rng.choice(('30', '40', '89', '221'))}{rng.randint(1000000, 9999999)}"
        if e164 != case.get("claimant_phone"):
            return phone(case, e164)


def _address(fake: Faker) -> str:
    """A one-line civilian address (no military or ship addresses)."""
    while True:
        text = " ".join(fake.address().replace("\n", ", ").split())
        if not any(mark in text for mark in ("FPO", "APO", "DPO", "USNS", "USNV", "USS ",
                                             "USCGC", "PSC ", "Unit ")):
            return text


def decoy_person(case: Case, company: bool = False) -> dict[str, str]:
    """A name, phone, e-mail and address that belong to someone other than the claimant."""
    fake = case.fake
    name = f"{fake.first_name()} {fake.last_name()}"
    firm = fake.company()
    domain = "".join(ch for ch in ascii_fold(firm.split()[0]).lower() if ch.isalnum()) or "office"
    local = "".join(ch for ch in ascii_fold(name.split()[0]).lower() if ch.isalnum()) or "info"
    return {"name": name, "firm": firm, "phone": decoy_phone(case),
            "email": f"{local}@{domain}-claims.example" if company else
            f"{local}.{case.rng.randint(10, 99)}@example.org",
            "address": _address(fake)}


def decoy_ref(rng: random.Random, prefix: str) -> str:
    """Another document's reference, shaped like a claim or policy number."""
    return rng.choice((f"{prefix}-{rng.randint(2019, 2026)}-{rng.randint(1, 999999):06d}",
                       f"{prefix}{rng.randint(100000, 9999999)}",
                       f"{prefix}/{rng.randint(10, 99)}/{rng.randint(10000, 99999)}"))


def decoy_date(case: Case, base_iso: str, low: int, high: int) -> str:
    """A day `low`..`high` days from `base_iso` (never the loss or report day), as ISO."""
    avoid = {case.get("date_of_loss"), case.get("date_reported")}
    while True:
        d = date.fromisoformat(base_iso) + timedelta(days=case.rng.randint(low, high))
        if d.isoformat() not in avoid:
            return d.isoformat()


def decoy_amount(case: Case, low: int, high: int) -> str:
    """A round-ish amount that is not the claimed total."""
    while True:
        value = Decimal(case.rng.randint(low, high) * case.rng.choice((1, 5, 10, 25)))
        if f"{value:.2f}" != case.get("claimed_amount"):
            return f"{value:.2f}"


def decoy_vin(rng: random.Random) -> str:
    """A valid VIN of some other (third-party) vehicle."""
    return make_vin(rng, rng.choice(WITNESS_WMI), rng.randint(2010, 2025))
