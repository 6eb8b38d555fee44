"""Held-out corpus 7, shared parts: the claim story, printed forms of values, and the scanner."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pypdfium2
from faker import Faker
from fpdf import FPDF
from PIL import Image, ImageFilter

from core.documents.schemas import FIELD_NAMES
from core.documents.validate import vin_check_digit_ok
from core.validation import normalize_phone

FIELDS = FIELD_NAMES
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    ("sans", ""): "dejavu/DejaVuSans.ttf", ("sans", "B"): "dejavu/DejaVuSans-Bold.ttf",
    ("serif", ""): "dejavu/DejaVuSerif.ttf", ("serif", "B"): "dejavu/DejaVuSerif-Bold.ttf",
    ("serif", "I"): "dejavu/DejaVuSerif-Italic.ttf",
    ("mono", ""): "liberation/LiberationMono-Regular.ttf",
    ("mono", "B"): "liberation/LiberationMono-Bold.ttf",
    ("mono", "I"): "liberation/LiberationMono-Italic.ttf",
    ("libsans", ""): "liberation/LiberationSans-Regular.ttf",
    ("libsans", "B"): "liberation/LiberationSans-Bold.ttf",
    ("libsans", "I"): "liberation/LiberationSans-Italic.ttf",
}
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
FIXED_TIME = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def new_pdf(paper: str = "A4") -> FPDF:
    pdf = FPDF(format=paper, unit="pt")
    pdf.set_creation_date(FIXED_TIME)
    for (family, style), path in FONTS.items():
        pdf.add_font(family, style, f"{FONT_DIR}/{path}")
    pdf.set_margins(50, 50, 50)
    pdf.set_auto_page_break(True, 50)
    return pdf


def make_vin(rng: random.Random) -> str:
    while True:
        body = [rng.choice(_VIN_CHARS) for _ in range(17)]
        for check in "0123456789X":
            body[8] = check
            vin = "".join(body)
            if vin_check_digit_ok(vin):
                return vin


def us_date(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def mdy_long(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def fr_date(d: date) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def person(fake: Faker, rng: random.Random) -> Person:
    while True:
        first, last = fake.first_name(), fake.last_name()
        if (f"{first} {last}".title() == f"{first} {last}" and first.isalpha()
                and last.isalpha()):
            middle = f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.25 else ""
            return Person(first, last, middle)


def phone(rng: random.Random, country: str) -> tuple[str, str]:
    """(printed, E.164) for a valid number of the country (CA, US or AU)."""
    while True:
        if country == "AU":
            digits = f"4{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
            printed = rng.choice((f"+61 {digits[:3]} {digits[3:6]} {digits[6:]}",
                                  f"0{digits[:3]} {digits[3:6]} {digits[6:]}"))
            region = "AU"
        else:
            area = rng.choice(("416", "514", "604", "613", "403", "902") if country == "CA"
                              else ("312", "415", "617", "713", "206", "503"))
            number = f"{rng.randint(200, 989)}{rng.randint(0, 9999):04d}"
            printed = rng.choice((f"({area}) {number[:3]}-{number[3:]}",
                                  f"{area}-{number[:3]}-{number[3:]}",
                                  f"+1 {area} {number[:3]} {number[3:]}"))
            region = "US"
        try:
            return printed, normalize_phone(printed, default_region=region)
        except ValueError:
            continue


INCIDENTS = {
    "collision": [
        "I was stopped at the red light on {road} when a delivery van struck the rear of my "
        "car. The bumper, boot lid and both tail lights were damaged.",
        "While merging onto {road} another driver changed lanes into my vehicle and hit the "
        "driver side door and front wing.",
    ],
    "theft": [
        "My car was stolen overnight from the driveway on {road}; the spare key was still in "
        "the house and the vehicle has not been found.",
    ],
    "vandalism": [
        "Someone keyed both sides of the vehicle and slashed two tyres while it was parked on "
        "{road} overnight.",
    ],
    "glass": [
        "A stone thrown up by a gravel truck on {road} cracked the windscreen right across the "
        "driver's line of sight.",
    ],
    "water_damage": [
        "A supply pipe burst in the upstairs bathroom and water came through the ceiling of "
        "the kitchen below, soaking the plasterboard, cabinets and flooring.",
        "The hot water system failed and flooded the laundry and the hallway carpet before we "
        "could turn the mains off.",
    ],
    "fire": [
        "A fire started in the kitchen when a pan of oil caught alight; the range hood, "
        "cupboards and ceiling were burnt and the rest of the house is smoke damaged.",
    ],
    "weather": [
        "A severe hail storm went through the area in the afternoon; hail broke roof tiles and "
        "dented the gutters, and rain then came in through the damaged roof.",
        "Strong winds during the storm brought a large tree branch down onto the roof and "
        "carport, breaking tiles and a fascia board.",
    ],
}
AUTO_TYPES = ("collision", "collision", "theft", "vandalism", "glass")
HOME_TYPES = ("water_damage", "water_damage", "fire", "weather")
CARS = (("Toyota", "Corolla"), ("Honda", "Civic"), ("Mazda", "CX-5"), ("Ford", "Escape"),
        ("Hyundai", "Elantra"), ("Subaru", "Outback"), ("Kia", "Sorento"),
        ("Chevrolet", "Equinox"), ("Nissan", "Rogue"), ("Volkswagen", "Jetta"))


@dataclass
class Claim:
    """The facts of one claim; `truth()` gives them in the contract's normal forms."""

    claimant: Person
    phone_printed: str | None
    phone: str | None
    email: str | None
    street: str
    address: str
    claim_number: str
    policy_number: str
    date_of_loss: date
    date_reported: date
    incident_type: str
    location: str
    description: str
    police: str | None = None
    vin: str | None = None
    car: tuple[str, str, int] | None = None
    amount: Decimal = Decimal("0.00")
    currency: str = "USD"
    items: list[tuple[str, Decimal]] = field(default_factory=list)
    truth_items: bool = True

    def truth(self, layout: str, scanned: bool) -> dict:
        return {
            "claim_number": self.claim_number,
            "policy_number": self.policy_number,
            "claimant_name": self.claimant.name,
            "claimant_email": self.email,
            "claimant_phone": self.phone,
            "claimant_address": self.address,
            "date_of_loss": self.date_of_loss.isoformat(),
            "date_reported": self.date_reported.isoformat(),
            "incident_type": self.incident_type,
            "incident_location": self.location,
            "incident_description": " ".join(self.description.split()),
            "police_report_number": self.police,
            "vehicle_vin": self.vin,
            "vehicle_make_model_year": (f"{self.car[0]} {self.car[1]} {self.car[2]}"
                                        if self.car else None),
            "claimed_amount": f"{self.amount:.2f}",
            "currency": self.currency,
            "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in self.items]
            if self.truth_items else [],
            "layout": layout,
            "scanned": scanned,
        }


def make_claim(rng: random.Random, fake: Faker, *, country: str, auto: bool) -> Claim:
    claimant = person(fake, rng)
    printed, e164 = phone(rng, country)
    has_phone = rng.random() < 0.9
    email = (f"{claimant.first[0]}.{claimant.last}{rng.randint(1, 99)}@"
             f"{rng.choice(('example.com', 'mail.example.org', 'example.net'))}").lower() \
        if rng.random() < 0.8 else None
    street, city = fake.street_address(), fake.city()
    if country == "AU":
        state = rng.choice(("NSW", "VIC", "QLD", "WA", "SA"))
        town = f"{city} {state}"
        address = f"{street}, {town} {rng.randint(2000, 6999)}"
    elif country == "CA":
        town = f"{city}, {rng.choice(('ON', 'QC', 'BC', 'AB', 'NS'))}"
        code = f"{rng.choice('KLMNHJTVB')}{rng.randint(1, 9)}{rng.choice('ABCEGHJ')} " \
               f"{rng.randint(1, 9)}{rng.choice('KLMNPR')}{rng.randint(1, 9)}"
        address = f"{street}, {town} {code}"
    else:
        town = f"{city}, {fake.state_abbr()}"
        address = f"{town} {fake.postcode()}"
        address = f"{street}, {address}"
    loss = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
    reported = loss + timedelta(days=rng.randint(0, 12))
    kind = rng.choice(AUTO_TYPES if auto else HOME_TYPES)
    road = f"{fake.street_name()} and {fake.street_name()}"
    description = rng.choice(INCIDENTS[kind]).format(road=road)
    location = f"{road}, {town}" if auto else address
    prefix = rng.choice(("CLM", "CL", "AC", "HX", "QC", "NC"))
    claim_number = rng.choice((f"{prefix}-{loss.year}-{rng.randint(0, 999999):06d}",
                               f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
                               f"{prefix}{rng.randint(100000, 999999)}"))
    policy_number = rng.choice((f"POL-{rng.randint(2019, 2025)}-{rng.randint(0, 999999):06d}",
                                f"{rng.choice(('HM', 'AU', 'MV'))} {rng.randint(1000, 9999):04d}"
                                f" {rng.randint(1000, 9999):04d}",
                                f"{rng.choice(('AU', 'CA', 'HO'))}-{rng.randint(1000, 9999)}-"
                                f"{rng.randint(100, 999)}"))
    claim = Claim(claimant, printed if has_phone else None, e164 if has_phone else None, email,
                  street, address, claim_number, policy_number, loss, reported, kind, location,
                  description)
    if auto:
        make, model = rng.choice(CARS)
        claim.car = (make, model, rng.randint(2012, 2025))
        claim.vin = make_vin(rng)
        if kind in ("collision", "theft", "vandalism") and rng.random() < 0.75:
            claim.police = rng.choice((f"{rng.choice(('TPS', 'SPVM', 'VPD', 'OPP'))}-"
                                       f"{loss.year % 100}-{rng.randint(0, 999999):06d}",
                                       f"RPT{rng.randint(1000000, 9999999)}"))
    return claim


def scan(pdf_bytes: bytes, rng: random.Random) -> bytes:
    """An image-only copy: tilt under a degree, blur, speckle, grey paper, JPEG."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED_TIME)
    for page in document:
        width, height = page.get_size()
        image = page.render(scale=150 / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False,
                             fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
        paper = rng.randint(222, 240)
        image = image.point(lambda v, p=paper: v * p // 255)
        pixels = image.load()
        for _ in range(image.width * image.height // 2500):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            pixels[x, y] = rng.choice((40, 90, 255))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(45, 70))
        buffer.seek(0)
        out.add_page(format=(width, height))
        out.image(buffer, 0, 0, width, height)
    document.close()
    return bytes(out.output())
