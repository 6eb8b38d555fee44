"""Held-out corpus 5: build one `Case` (truth in normal form plus its decoys)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout5_data import (
    CARS,
    FIELDS,
    REGION_CURRENCY,
    Case,
    make_person,
    make_vin,
    money_str,
)
from bench.heldout5_story import HOME_TYPES, MOTOR_TYPES, pick_items, place, story

INSURERS = {
    "US": ["Harborline Mutual", "Granite State Casualty", "Northwind Insurance Co.",
           "Prairie Shield Insurance"],
    "UK": ["Albion & Wessex Insurance plc", "Thamesgate Motor Insurance", "Crownmere Direct"],
    "DE": ["Rheinland Hausrat Versicherung AG", "Nordstern Versicherungen", "Isar Assekuranz"],
}
GARAGES = {"US": ["Precision Auto Body", "Main Street Collision Center", "Lakeside Auto Repair"],
           "UK": ["Cotswold Bodyshop Ltd", "Kingsway Accident Repair Centre", "M&R Motors"],
           "DE": ["Autohaus Brandt GmbH", "Karosseriebau Lehmann", "Sanitär Wolf & Söhne"]}
TRADES = {"US": ["BlueLine Restoration LLC", "Rapid Dry Water Restoration", "Keystone Builders"],
          "UK": ["Severn Property Repairs Ltd", "DryRight Restoration", "J. Hale Building"],
          "DE": ["Sanierung Becker GmbH", "Malerbetrieb Krause", "Trocknungsdienst Nord"]}
OTHER_CARS = ["silver pickup truck", "white delivery van", "blue hatchback", "black SUV",
              "red saloon", "grey estate car"]


def pattern(rng: random.Random, fmt: str, year: int) -> str:
    """'#' a digit, '@' a capital letter, {Y} the year, {y} its last two digits."""
    text = fmt.replace("{Y}", str(year)).replace("{y}", f"{year % 100:02d}")
    return "".join(str(rng.randint(0, 9)) if c == "#" else
                   rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c for c in text)


_FAKERS: dict[str, Faker] = {}


def fakers(seed: int) -> dict[str, Faker]:
    """One Faker per region, re-seeded (building a Faker is slow, seeding it is not)."""
    for i, (region, locale) in enumerate((("US", "en_US"), ("UK", "en_GB"), ("DE", "de_DE"))):
        _FAKERS.setdefault(region, Faker(locale)).seed_instance(seed * 10 + i)
    return _FAKERS


def build_case(rng: random.Random, fake: Faker, *, region: str, kind: str, claim_fmt: str,
               policy_fmt: str, incident: str | None = None, n_items: int = 0,
               tax_rate: Decimal = Decimal(0), police: float = 0.5) -> Case:
    """A claim in `region` of `kind` (motor or home); numbers follow the insurer's formats."""
    incident = incident or rng.choice(MOTOR_TYPES if kind == "motor" else HOME_TYPES)
    dol = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    reported = dol + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 21]))
    claimant = make_person(rng, fake, region)
    agent = make_person(rng, fake, region, company=rng.choice(INSURERS[region]) + " agency")
    witness = make_person(rng, fake, region)
    shop_names = GARAGES if kind == "motor" else TRADES
    shop = make_person(rng, fake, region, company=rng.choice(shop_names[region]))
    other = make_person(rng, fake, region)
    insurer = make_person(rng, fake, region, company=rng.choice(INSURERS[region]))
    other_car = rng.choice(OTHER_CARS)
    description = story(rng, kind, incident, other_car)
    parked_at_home = incident in ("theft", "vandalism", "weather") and rng.random() < 0.3
    if kind == "home" or parked_at_home:
        location = claimant.address
    else:
        city = claimant.city_line.split(",")[0] if region == "US" else claimant.city_line
        st = claimant.city_line.split(", ")[1][:2] if region == "US" else ""
        location = place(rng, region, city, st, [fake.street_name(), fake.street_name()])
    items = pick_items(rng, kind, incident, n_items) if n_items else []
    if items:
        subtotal = sum((a for _, a in items), Decimal("0.00"))
    else:
        subtotal = Decimal(rng.randint(40000, 2400000)) / 100
    tax = (subtotal * tax_rate).quantize(Decimal("0.01"))
    amount = subtotal + tax
    car = vin = plate = None
    if kind == "motor":
        make, model, wmi = rng.choice(CARS[region])
        year = rng.randint(2011, 2025)
        car = (make, model, year)
        vin = make_vin(rng, wmi, year)
        plate = (pattern(rng, "@@## @@@", 0) if region == "UK" else
                 pattern(rng, "#@@@###", 0) if region == "US" else pattern(rng, "M-@@ ####", 0))
    police_no = None
    if incident in ("collision", "theft", "vandalism", "fire", "injury") and rng.random() < police:
        police_no = pattern(rng, rng.choice({"US": ["@PD-{y}-######", "{Y}-#######", "RB#######"],
                                             "UK": ["CAD ####/{y}", "@@-{y}-#####"],
                                             "DE": ["ST/{Y}/#####", "VG-####-{y}"]}[region]),
                            dol.year)
    truth = dict.fromkeys(FIELDS)
    truth.update(
        claim_number=pattern(rng, claim_fmt, reported.year),
        policy_number=pattern(rng, policy_fmt, dol.year - rng.randint(0, 3)),
        claimant_name=claimant.name, claimant_email=claimant.email.lower(),
        claimant_phone=claimant.phone, claimant_address=claimant.address,
        date_of_loss=dol.isoformat(), date_reported=reported.isoformat(), incident_type=incident,
        incident_location=location, incident_description=description,
        police_report_number=police_no, vehicle_vin=vin,
        vehicle_make_model_year=f"{car[0]} {car[1]} {car[2]}" if car else None,
        claimed_amount=money_str(amount), currency=REGION_CURRENCY[region],
        line_items=[{"description": d, "amount": money_str(a)} for d, a in items],
    )
    return Case(region=region, kind=kind, truth=truth, claimant=claimant, agent=agent,
                witness=witness, shop=shop, other_driver=other, insurer=insurer, dol=dol,
                reported=reported, amount=amount, items=items, tax=tax, plate=plate, car=car,
                time_of_loss=f"{rng.randint(6, 22):02d}:{rng.choice(['05', '15', '30', '40'])}",
                officer=("Officer " if region == "US" else "PC ") + fake.last_name(),
                station=f"{fake.city()} {'Police Department' if region == 'US' else 'Police'}")


def drop(case: Case, *names: str) -> None:
    """The layout does not print these fields, so the truth says null (or no line items)."""
    for name in names:
        case.truth[name] = [] if name == "line_items" else None
