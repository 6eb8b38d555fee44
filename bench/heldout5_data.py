"""Held-out corpus 5: one claim's truth (contract normal forms) and the people around it.

A `Case` holds the truth record that a layout prints, plus the decoys a real file carries: the
agent, a witness, the repair shop, the insurer, another driver. Formatting helpers print dates,
amounts and phone numbers the way each region writes them; the truth stays in normal form.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import phonenumbers
from faker import Faker

FIELDS = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)
REGION_LOCALE = {"US": "en_US", "UK": "en_GB", "DE": "de_DE"}
REGION_CURRENCY = {"US": "USD", "UK": "GBP", "DE": "EUR"}
PHONE_REGION = {"US": "US", "UK": "GB", "DE": "DE"}

# (make, model, WMI) with real world manufacturer identifiers, so a VIN looks like the car.
CARS = {
    "US": [("Honda", "Accord", "1HG"), ("Ford", "Escape", "1FM"), ("Toyota", "Camry", "4T1"),
           ("Chevrolet", "Malibu", "1G1"), ("Subaru", "Outback", "4S4"),
           ("Jeep", "Cherokee", "1C4"), ("Nissan", "Altima", "1N4"), ("Hyundai", "Elantra", "5NP")],
    "UK": [("Vauxhall", "Astra", "W0L"), ("Ford", "Focus", "WF0"),
           ("Land Rover", "Discovery", "SAL"), ("Nissan", "Qashqai", "SJN"),
           ("Mini", "Cooper", "WMW"), ("Kia", "Sportage", "U5Y")],
    "DE": [("Volkswagen", "Golf", "WVW"), ("BMW", "320d", "WBA"), ("Audi", "A4", "WAU"),
           ("Opel", "Corsa", "W0L"), ("Skoda", "Octavia", "TMB")],
}
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 = A ... repeating every 30 years


def vin_check(vin: str) -> str:
    """The ISO 3779 check character for a 17-character VIN (position 9 ignored)."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def make_vin(rng: random.Random, wmi: str, year: int) -> str:
    body = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    serial = "".join(rng.choice(_VIN_CHARS[-10:]) for _ in range(6))
    plant = rng.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    vin = f"{wmi}{body}0{_YEAR_CODES[(year - 2010) % 30]}{plant}{serial}"
    return vin[:8] + vin_check(vin) + vin[9:]


@dataclass
class Person:
    name: str  # "First Last", title case
    phone: str  # E.164
    email: str
    street: str
    city_line: str  # "Springfield, IL 62704" / "Bristol BS1 4DJ" / "10115 Berlin"
    company: str = ""

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city_line}"


@dataclass
class Case:
    """One claim: the truth record and everything else printed around it."""

    region: str
    kind: str  # motor | home
    truth: dict[str, Any]
    claimant: Person
    agent: Person
    witness: Person
    shop: Person
    other_driver: Person
    insurer: Person
    dol: date
    reported: date
    amount: Decimal
    items: list[tuple[str, Decimal]] = field(default_factory=list)
    tax: Decimal = Decimal("0.00")
    plate: str | None = None
    car: tuple[str, str, int] | None = None
    time_of_loss: str = "14:30"
    officer: str = ""
    station: str = ""


def clean_name(fake: Faker) -> str:
    while True:
        first, last = fake.first_name(), fake.last_name()
        name = f"{first} {last}"
        if name == name.title() and re.fullmatch(r"[^\W\d_]+(?:[- ][^\W\d_]+)* [^\W\d_]+", name):
            return name


def make_phone(rng: random.Random, region: str, mobile: bool | None = None) -> str:
    ph_region = PHONE_REGION[region]
    while True:
        if region == "US":
            area = rng.choice(["415", "617", "312", "206", "303", "512", "404", "602", "503",
                               "614", "919", "720", "713", "215", "414", "801"])
            text = f"{area}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"
        elif region == "UK":
            use_mobile = rng.random() < 0.6 if mobile is None else mobile
            text = (f"07{rng.choice('4589')}{rng.randint(0, 99999999):08d}" if use_mobile
                    else f"0{rng.choice(['20', '117', '161', '121', '131'])}"
                         f"{rng.randint(2000000, 8999999)}")
        else:
            use_mobile = rng.random() < 0.5 if mobile is None else mobile
            area = rng.choice(["30", "40", "89", "221", "69"])
            text = (f"015{rng.choice('127')}{rng.randint(10000000, 99999999)}" if use_mobile
                    else f"0{area}{rng.randint(1000000, 9999999)}")
        number = phonenumbers.parse(text, ph_region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def print_phone(e164: str, style: int) -> str:
    """A phone number as people write it; style picks national or international forms."""
    number = phonenumbers.parse(e164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if e164.startswith("+1"):
        digits = e164[2:]
        forms = [national, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                 f"{digits[:3]}.{digits[3:6]}.{digits[6:]}", intl]
    else:
        code, rest = intl.split(" ", 1)
        forms = [intl, national, f"{code} (0){rest}"]
    return forms[style % len(forms)]


def make_address(fake: Faker, region: str) -> tuple[str, str]:
    if region == "US":
        state = fake.state_abbr(include_territories=False, include_freely_associated_states=False)
        return fake.street_address(), f"{fake.city()}, {state} {fake.zipcode()}"
    if region == "UK":
        return fake.street_address().replace("\n", ", "), f"{fake.city()} {fake.postcode()}"
    return f"{fake.street_name()} {fake.building_number()}", f"{fake.postcode()} {fake.city()}"


def make_person(rng: random.Random, fake: Faker, region: str, company: str = "") -> Person:
    name = clean_name(fake)
    first, last = name.split(" ", 1)
    ascii_last = last.translate(str.maketrans("äöüßÄÖÜ ", "aousAOU-")).lower()
    ascii_first = first.translate(str.maketrans("äöüßÄÖÜ", "aousAOU")).lower()
    domain = rng.choice({"US": ["gmail.com", "outlook.com", "yahoo.com", "comcast.net"],
                         "UK": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com"],
                         "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"]}[region])
    local = rng.choice([f"{ascii_first}.{ascii_last}", f"{ascii_first[0]}{ascii_last}",
                        f"{ascii_first}{rng.randint(1, 99)}", f"{ascii_last}.{ascii_first[0]}"])
    street, city = make_address(fake, region)
    return Person(name, make_phone(rng, region), f"{local}@{domain}", street, city, company)


DATE_STYLES = {"US": ["%m/%d/%Y", "%B {d}, %Y", "%b {d}, %Y", "%Y-%m-%d", "%B {th}, %Y"],
               "UK": ["%d/%m/%Y", "{d} %B %Y", "{th} %B %Y", "{d} %b %Y"],
               "DE": ["%d.%m.%Y", "{d}. %B %Y", "%d.%m.%Y"]}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def print_date(d: date, region: str, style: int) -> str:
    forms = DATE_STYLES[region]
    return d.strftime(forms[style % len(forms)]).replace("{d}", str(d.day)).replace(
        "{th}", ordinal(d.day))


def group(amount: Decimal, thousands: str, decimal: str) -> str:
    text = f"{amount:,.2f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def print_money(amount: Decimal, currency: str, style: int) -> str:
    if currency == "EUR":
        forms = [f"{group(amount, '.', ',')} €", f"EUR {group(amount, '.', ',')}",
                 f"{group(amount, '.', ',')} EUR"]
    elif currency == "GBP":
        forms = [f"£{group(amount, ',', '.')}", f"GBP {group(amount, ',', '.')}",
                 f"£ {group(amount, ',', '.')}"]
    else:
        forms = [f"${group(amount, ',', '.')}", f"USD {group(amount, ',', '.')}",
                 f"$ {group(amount, ',', '.')}", f"US$ {group(amount, ',', '.')}"]
    return forms[style % len(forms)]


def money_str(amount: Decimal) -> str:
    return f"{amount:.2f}"
