"""Held-out corpus 9, the facts of one case: regions, people, phones, vehicles, money and dates."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import phonenumbers
from faker import Faker

from core.documents.schemas import FIELD_NAMES
from core.documents.validate import vin_check_digit_ok
from core.validation import normalize_phone

FIELDS = FIELD_NAMES  # the contract's fields, in its order
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Region:
    code: str  # phonenumbers region
    locale: str  # Faker locale
    currency: str
    symbol: str
    money: str  # en | eu | in
    dates: str  # dmy | mdy | iso
    tax: tuple[str, Decimal]
    phones: tuple[str, ...]  # digit patterns, "#" a random digit
    mail: tuple[str, ...]


REGIONS = {
    "GB": Region("GB", "en_GB", "GBP", "£", "en", "dmy", ("VAT", Decimal("0.20")),
                 ("020 7946 0###", "07### ######", "0161 496 0###", "0113 496 0###"),
                 ("btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk")),
    "IE": Region("IE", "en_IE", "EUR", "€", "en", "dmy", ("VAT", Decimal("0.23")),
                 ("087 ### ####", "085 ### ####", "01 ### ####"),
                 ("eircom.net", "gmail.com", "hotmail.com")),
    "US": Region("US", "en_US", "USD", "$", "en", "mdy", ("Sales tax", Decimal("0.0825")),
                 ("(415) ###-####", "(312) ###-####", "(617) ###-####", "(512) ###-####"),
                 ("gmail.com", "yahoo.com", "comcast.net", "icloud.com")),
    "CA": Region("CA", "en_CA", "CAD", "C$", "en", "iso", ("HST", Decimal("0.13")),
                 ("(416) ###-####", "(604) ###-####", "(613) ###-####"),
                 ("rogers.com", "gmail.com", "shaw.ca")),
    "AU": Region("AU", "en_AU", "AUD", "A$", "en", "dmy", ("GST", Decimal("0.10")),
                 ("04## ### ###", "(02) 9### ####", "(03) 9### ####"),
                 ("bigpond.com", "gmail.com", "optusnet.com.au")),
    "DE": Region("DE", "de_DE", "EUR", "€", "eu", "dmy", ("MwSt.", Decimal("0.19")),
                 ("030 ########", "0151 ########", "089 #######"),
                 ("web.de", "gmx.de", "t-online.de")),
    "SG": Region("SG", "en_US", "SGD", "S$", "en", "dmy", ("GST", Decimal("0.09")),
                 ("9### ####", "8### ####", "6### ####"),
                 ("singnet.com.sg", "gmail.com", "yahoo.com.sg")),
    "NZ": Region("NZ", "en_NZ", "NZD", "NZ$", "en", "dmy", ("GST", Decimal("0.15")),
                 ("021 ### ####", "027 ### ####", "(09) ### ####"),
                 ("xtra.co.nz", "gmail.com", "slingshot.co.nz")),
    "IN": Region("IN", "en_IN", "INR", "Rs.", "in", "dmy", ("GST", Decimal("0.18")),
                 ("98### #####", "99### #####", "97### #####"),
                 ("rediffmail.com", "gmail.com", "yahoo.co.in")),
}

VEHICLES = (("Toyota", "Corolla", "JTD"), ("Honda", "Civic", "SHH"), ("Ford", "Transit", "WF0"),
            ("Volkswagen", "Golf", "WVW"), ("Hyundai", "Tucson", "KMH"), ("Mazda", "CX-5", "JM1"),
            ("Nissan", "Qashqai", "SJN"), ("Kia", "Sportage", "KNA"), ("Subaru", "Outback", "JF1"),
            ("BMW", "320d", "WBA"), ("Skoda", "Octavia", "TMB"), ("Tesla", "Model 3", "5YJ"),
            ("Mercedes-Benz", "Sprinter", "WDB"), ("Isuzu", "D-Max", "MPA"),
            ("Maruti Suzuki", "Swift", "MA3"), ("Chevrolet", "Malibu", "1G1"))
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                      (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                      strict=True))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 ...


def make_vin(rng: random.Random, wmi: str, year: int) -> str:
    """A 17-character VIN for `wmi` and model `year` whose check digit is right."""
    body = [*wmi, *(rng.choice(VIN_CHARS) for _ in range(5)), "0",
            YEAR_CODES[(year - 2010) % 30], *(rng.choice(VIN_CHARS) for _ in range(7))]
    total = sum((VIN_VALUES.get(c) or int(c)) * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    vin = "".join(body)
    assert vin_check_digit_ok(vin), vin
    return vin


def make_phone(rng: random.Random, region: Region, pattern: str | None = None) -> tuple[str, str]:
    """A valid number of `region`: (as printed nationally, E.164)."""
    for _ in range(200):
        shape = pattern or rng.choice(region.phones)
        shown = "".join(str(rng.randrange(10)) if c == "#" else c for c in shape)
        parsed = phonenumbers.parse(shown, region.code)
        if phonenumbers.is_valid_number(parsed):
            e164 = normalize_phone(shown, region.code)
            return shown, e164
    raise RuntimeError(f"no valid phone for {region.code}")


def international(e164: str) -> str:
    """`+44 20 7946 0123` style."""
    return phonenumbers.format_number(phonenumbers.parse(e164),
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def group(digits: str, money: str) -> str:
    if money == "in" and len(digits) > 3:  # Indian grouping: 1,23,45,678
        head, tail = digits[:-3], digits[-3:]
        pairs = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
        return ",".join(pairs) + "," + tail
    sep = "." if money == "eu" else ","
    return f"{int(digits):,}".replace(",", sep)


def fmt_money(amount: Decimal, money: str) -> str:
    """1,234.50 (en), 1.234,50 (eu) or 1,23,456.00 (in)."""
    whole, cents = f"{amount:.2f}".split(".")
    return group(whole, money) + ("," if money == "eu" else ".") + cents


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, style: str) -> str:
    """One printed form of `d`; the corpus test knows every form used here."""
    month = MONTHS[d.month - 1]
    return {"dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(),
            "long": f"{d.day} {month} {d.year}", "us_long": f"{month} {d.day}, {d.year}",
            "ord": f"{ordinal(d.day)} {month} {d.year}",
            "abbr": f"{d.day:02d}-{month[:3]}-{d.year}",
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}"}[style]


def date_forms(d: date) -> set[str]:
    return {fmt_date(d, s) for s in ("dmy", "mdy", "iso", "long", "us_long", "ord", "abbr", "dots")}


def money_forms(amount: Decimal) -> set[str]:
    return {fmt_money(amount, m) for m in ("en", "eu", "in")}


@dataclass
class Party:
    """A person or firm with contact details (the claimant, or a decoy)."""
    name: str
    phone: str
    e164: str
    email: str
    address: str


@dataclass
class Case:
    rng: random.Random
    fake: Faker
    region: Region
    kind: str  # incident_type
    motor: bool
    claimant: Party
    policy: str
    claim: str
    loss: date
    reported: date
    location: str
    story: str
    police: str | None
    vehicle: tuple[str, str, int, str] | None  # make, model, year, VIN
    items: list[tuple[str, Decimal]]
    excess: Decimal
    extra: dict = field(default_factory=dict)

    @property
    def subtotal(self) -> Decimal:
        return sum((a for _, a in self.items), Decimal("0.00"))

    @property
    def tax(self) -> Decimal:
        return (self.subtotal * self.region.tax[1]).quantize(CENT)

    def money(self, amount: Decimal) -> str:
        return fmt_money(amount, self.region.money)

    def date(self, d: date, style: str | None = None) -> str:
        return fmt_date(d, style or self.region.dates)

    def person(self, with_email: bool = True) -> Party:
        """A decoy person of the case's region (witness, agent, handler, driver)."""
        name = plain_name(self.fake)
        phone, e164 = make_phone(self.rng, self.region)
        first, last = name.lower().replace("'", "").split()[0], name.lower().split()[-1]
        email = f"{first}.{last}@{self.rng.choice(self.region.mail)}" if with_email else ""
        return Party(name, phone, e164, email, one_line(self.fake.address()))

    def firm(self, suffix: str, domain: str) -> Party:
        """A decoy firm (broker, repairer, solicitor) with an office line and address."""
        name = f"{self.fake.last_name()} {suffix}"
        phone, e164 = make_phone(self.rng, self.region)
        return Party(name, phone, e164, f"{self.rng.choice(('info', 'claims', 'office'))}@{domain}",
                     one_line(self.fake.address()))

    def truth(self, layout: str, **overrides) -> dict:
        """The contract's record for this case; `overrides` null what a layout does not print."""
        c = self.claimant
        vehicle = self.vehicle
        record = {
            "claim_number": self.claim, "policy_number": " ".join(self.policy.upper().split()),
            "claimant_name": c.name, "claimant_email": c.email or None,
            "claimant_phone": c.e164 or None, "claimant_address": c.address or None,
            "date_of_loss": self.loss.isoformat(), "date_reported": self.reported.isoformat(),
            "incident_type": self.kind, "incident_location": self.location,
            "incident_description": " ".join(self.story.split()),
            "police_report_number": self.police, "vehicle_vin": vehicle[3] if vehicle else None,
            "vehicle_make_model_year": f"{vehicle[0]} {vehicle[1]} {vehicle[2]}" if vehicle
            else None, "claimed_amount": f"{self.subtotal + self.tax:.2f}",
            "currency": self.region.currency,
            "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in self.items],
        }
        record.update(overrides)
        return {**record, "layout": layout, "scanned": False}


def one_line(address: str) -> str:
    parts = address.replace("\n", ", ").split(",")
    return ", ".join(part.strip() for part in parts if part.strip())


def plain_name(fake: Faker) -> str:
    """A 'First Last' name that title case leaves alone (no McX, no prefixes)."""
    while True:
        name = f"{fake.first_name()} {fake.last_name()}"
        if name == name.title() and len(name.split()) == 2 and name.isascii():
            return name


def shift(d: date, lo: int, hi: int, rng: random.Random) -> date:
    return d + timedelta(days=rng.randint(lo, hi))
