"""Held-out corpus 8: one claim's facts (the truth) and the decoys drawn around them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout8_kit import LOCALES, Locale, make_phone, make_vin
from bench.heldout8_text import FOLLOW, HOME_PARTS, HOME_STORIES, MOTOR_PARTS, MOTOR_STORIES

CARS = [
    ("Toyota", "Camry"),
    ("Honda", "Civic"),
    ("Ford", "Focus"),
    ("Volkswagen", "Golf"),
    ("Subaru", "Outback"),
    ("Mazda", "CX-5"),
    ("Hyundai", "Tucson"),
    ("Kia", "Sportage"),
    ("Nissan", "Qashqai"),
    ("Tesla", "Model 3"),
    ("Chevrolet", "Malibu"),
    ("BMW", "320i"),
    ("Skoda", "Octavia"),
    ("Volvo", "XC60"),
    ("Peugeot", "308"),
    ("Renault", "Clio"),
]
INSURERS = [
    "Harbourline Mutual",
    "Northgate Assurance",
    "Bluestone General",
    "Kestrel Insurance",
    "Meridian Home & Motor",
    "Oakfield Underwriting",
    "Silverbirch Insurance Co.",
]
MOTOR_TYPES = ["collision", "collision", "theft", "glass", "vandalism", "weather", "injury"]
HOME_TYPES = ["fire", "water_damage", "weather", "theft", "vandalism", "liability", "other"]


@dataclass
class Party:
    """Someone named in the document who is not the claimant (or the claimant)."""

    name: str
    phone: str  # as printed
    email: str
    address: str
    org: str = ""
    e164: str = ""


@dataclass
class Case:
    """The truth of one claim plus everything else the document prints around it."""

    loc: Locale
    rng: random.Random
    kind: str  # "motor" or "home"
    truth: dict
    claimant: Party
    insurer: Party
    agent: Party
    witness: Party
    repairer: Party
    doctor: Party
    other_driver: Party
    policy_start: date
    policy_end: date
    inspection: date
    invoice_date: date
    birth: date
    deductible: Decimal
    estimate: Decimal  # a second opinion, not what is claimed
    sum_insured: Decimal
    other_policy: str
    other_vin: str
    other_car: str
    plate: str
    prior: list = field(default_factory=list)  # (claim no., date, type, amount paid)
    story: str = ""


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _party(
    fake: Faker, rng: random.Random, loc: Locale, org: str = "", taken: set | None = None
) -> Party:
    name = f"{fake.first_name()} {fake.last_name()}"
    printed, e164 = make_phone(rng, loc)
    while taken is not None and e164 in taken:  # no two people in one case share a number
        printed, e164 = make_phone(rng, loc)
    if taken is not None:
        taken.add(e164)
    user = "".join(c for c in name.lower().replace(" ", ".") if c.isascii() and c not in "'")
    domain = (org.lower().split()[0].strip(",.&") + ".example") if org else fake.free_email_domain()
    address = ", ".join(line.strip() for line in fake.address().splitlines() if line.strip())
    return Party(name, printed, f"{user}@{domain}", " ".join(address.split()), org, e164)


def policy_number(rng: random.Random, year: int) -> str:
    n = rng.randrange
    return rng.choice(
        [
            f"POL-{year - n(3)}-{n(10**6):06d}",
            f"HM {n(10**4):04d} {n(10**4):04d}",
            f"AU-{n(10**4):04d}-{n(1000):03d}",
            f"PX/{n(10**5):05d}/{n(100):02d}",
            f"{rng.choice('KBRT')}{n(10**8):08d}",
        ]
    )


def claim_number(rng: random.Random, year: int) -> str:
    n = rng.randrange
    return rng.choice(
        [
            f"CLM-{year}-{n(10**6):06d}",
            f"{n(100):02d}-{n(10**5):05d}",
            f"HX{n(10**6):06d}",
            f"C{year % 100}/{n(10**5):05d}",
        ]
    )


def make_case(rng: random.Random, country: str, kind: str, incident: str | None = None) -> Case:
    """Draw one claim in `country` ("US", "NL", ...) of `kind` ("motor" or "home")."""
    loc = LOCALES[country]
    fake = Faker(loc.faker)
    fake.seed_instance(rng.randrange(2**31))
    taken: set[str] = set()
    claimant = _party(fake, rng, loc, taken=taken)
    incident = incident or rng.choice(MOTOR_TYPES if kind == "motor" else HOME_TYPES)
    loss = date(2025, 1, 1) + timedelta(days=rng.randrange(480))
    reported = loss + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 9, 14]))
    start = loss - timedelta(days=rng.randrange(20, 330))
    vin = make_vin(rng) if kind == "motor" else None
    make, model = rng.choice(CARS)
    year = rng.randrange(2009, 2026)
    omake, omodel = rng.choice(CARS)
    police = None
    if incident in ("theft", "vandalism") or (incident == "collision" and rng.random() < 0.6):
        police = _police(rng, loc, loss.year)
    location = (
        _road(fake, rng, loc)
        if kind == "motor"
        else rng.choice(
            [
                claimant.address,
                f"{rng.choice(['Kitchen', 'Basement', 'Garage', 'Rear garden'])}, "
                f"{claimant.address}",
            ]
        )
    )
    if kind == "motor" and incident == "theft" and rng.random() < 0.5:
        location = f"outside {claimant.address}"
    truth = {
        "claim_number": claim_number(rng, reported.year) if rng.random() < 0.75 else None,
        "policy_number": policy_number(rng, start.year),
        "claimant_name": claimant.name.title(),
        "claimant_email": claimant.email if rng.random() < 0.85 else None,
        "claimant_phone": claimant.e164,
        "claimant_address": claimant.address,
        "date_of_loss": loss.isoformat(),
        "date_reported": reported.isoformat(),
        "incident_type": incident,
        "incident_location": location,
        "incident_description": "",
        "police_report_number": police,
        "vehicle_vin": vin,
        "vehicle_make_model_year": f"{make} {model} {year}" if vin else None,
        "claimed_amount": None,
        "currency": loc.currency,
        "line_items": [],
    }
    insurer_org = rng.choice(INSURERS)
    case = Case(
        loc=loc,
        rng=rng,
        kind=kind,
        truth=truth,
        claimant=claimant,
        insurer=_party(fake, rng, loc, insurer_org, taken),
        agent=_party(fake, rng, loc, fake.company(), taken),
        witness=_party(fake, rng, loc, taken=taken),
        repairer=_party(fake, rng, loc, fake.company(), taken),
        doctor=_party(fake, rng, loc, fake.company(), taken),
        other_driver=_party(fake, rng, loc, taken=taken),
        policy_start=start,
        policy_end=start + timedelta(days=364),
        inspection=reported + timedelta(days=rng.randrange(2, 20)),
        invoice_date=loss + timedelta(days=rng.randrange(0, max(1, (reported - loss).days + 1))),
        birth=date(1950, 1, 1) + timedelta(days=rng.randrange(18000)),
        deductible=Decimal(rng.choice([100, 250, 500, 750, 1000])),
        estimate=_amount(rng, 300, 9000),
        sum_insured=Decimal(rng.choice([25000, 50000, 150000, 300000])),
        other_policy=policy_number(rng, start.year),
        other_vin=make_vin(rng),
        other_car=f"{omake} {omodel} {rng.randrange(2008, 2026)}",
        plate=f"{rng.choice('ABCDEFGHKLMNPRSTVWXY')}{rng.choice('ABCDEFGHKLMNPRSTVWXY')}"
        f"{rng.randrange(10, 99)} {rng.randrange(100, 999)}",
    )
    case.prior = [
        (
            claim_number(rng, loss.year - k - 1),
            loss - timedelta(days=365 * (k + 1) + rng.randrange(200)),
            rng.choice(HOME_TYPES + MOTOR_TYPES),
            _amount(rng, 200, 6000),
        )
        for k in range(rng.randrange(1, 4))
    ]
    truth["claimed_amount"] = f"{_amount(rng, 350, 24000):.2f}"
    truth["incident_description"] = story(case)
    return case


def _police(rng: random.Random, loc: Locale, year: int) -> str:
    n = rng.randrange
    prefix = {
        "US": rng.choice(["SFPD", "BPD", "CPD", "APD"]),
        "CA": "TPS",
        "UK": "MET",
        "AU": "NSWPF",
        "IE": "PULSE",
        "NL": "PL1300",
        "FR": "PV",
    }[loc.code]
    return f"{prefix}-{year % 100}-{n(10**6):06d}"


def _road(fake: Faker, rng: random.Random, loc: Locale) -> str:
    city = fake.city()
    return rng.choice(
        [
            f"{fake.street_name()} and {fake.street_name()}, {city}",
            f"car park of {fake.company()}, {city}",
            f"{fake.street_address()}, {city}",
            f"junction {rng.randrange(2, 40)} of the "
            f"{rng.choice(['M4', 'A1', 'I-90', 'Hwy 401', 'M1', 'A12'])}, near {city}",
        ]
    )


def set_items(case: Case, items: list[tuple[str, Decimal]], total: Decimal) -> None:
    """Make `items` the truth's line items and `total` the claimed amount."""
    case.truth["line_items"] = [{"description": d, "amount": f"{a:.2f}"} for d, a in items]
    case.truth["claimed_amount"] = f"{total:.2f}"


def story(case: Case) -> str:
    """The claimant's account, one or two sentences."""
    stories = MOTOR_STORIES if case.kind == "motor" else HOME_STORIES
    first = case.rng.choice(stories[case.truth["incident_type"]])
    return " ".join(filter(None, [first, case.rng.choice(FOLLOW)]))


def make_items(case: Case, n: int | None = None) -> list[tuple[str, Decimal]]:
    """Distinct rows of an itemised damage or repair table for `case`."""
    rng = case.rng
    names = rng.sample(
        MOTOR_PARTS if case.kind == "motor" else HOME_PARTS, n or rng.randrange(2, 6)
    )
    return [(name, _amount(rng, 40, 2400)) for name in names]
