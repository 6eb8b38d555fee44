"""Held-out corpus 8, shared kit: locales, printed forms of dates, money and phones, fonts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.documents.schemas import FIELD_NAMES
from core.validation import normalize_phone

FIELDS = FIELD_NAMES  # the contract's fields, in its order
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
