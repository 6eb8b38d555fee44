"""Held-out corpus 6: one claim's facts (the truth, in the contract's normal form) and its decoys.

A `Case` holds the truth record plus the people and numbers around it that a document prints
too (agents, witnesses, repairers, adjusters, officers), so a layout never invents a value that
could be mistaken for the truth. Printed forms of each value come from `bench.heldout6_kit`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import phonenumbers
from faker import Faker

from core.validation import normalize_phone

FIELDS = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
CARS = (  # world manufacturer prefix, make, models
    ("1HG", "Honda", ("Accord", "Civic")), ("1FT", "Ford", ("F-150", "Ranger")),
    ("JTD", "Toyota", ("Corolla", "Prius")), ("WVW", "Volkswagen", ("Golf", "Passat")),
    ("5YJ", "Tesla", ("Model 3", "Model Y")), ("KMH", "Hyundai", ("Elantra", "Tucson")),
    ("1G1", "Chevrolet", ("Malibu", "Equinox")), ("JN1", "Nissan", ("Altima", "Rogue")),
    ("WBA", "BMW", ("X3", "330i")), ("2T1", "Toyota", ("Camry", "RAV4")),
)
US_AREAS = ("212", "415", "617", "312", "503", "720", "404", "206", "512", "614", "919", "602")
UK_AREAS = ("20", "161", "113", "117", "131", "141", "121")


@dataclass
class Person:
    name: str  # "First M. Last", title case
    phone_e164: str
    email: str
    address: str
    company: str = ""


@dataclass
class Case:
    truth: dict
    country: str  # US, GB or IE (euro)
    insurer: str
    insurer_phone: str
    insurer_address: str
    agent: Person
    witness: Person
    repairer: Person
    adjuster: Person
    officer: Person
    extra: dict = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.truth["currency"]


def vin_check_digit(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def make_vin(rng: random.Random, wmi: str, year: int) -> str:
    years = "ABCDEFGHJKLMNPRSTVWXY123456789"
    body = wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
    body += years[(year - 2010) % 30] + rng.choice(VIN_CHARS) + f"{rng.randrange(10**6):06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def make_phone(rng: random.Random, country: str) -> str:
    """A valid number in E.164 (checked with phonenumbers)."""
    while True:
        if country == "US":
            raw = f"+1{rng.choice(US_AREAS)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"
        elif country == "GB":
            area = rng.choice(UK_AREAS)
            raw = f"+44{area}{rng.randint(10**(9 - len(area)), 10**(10 - len(area)) - 1)}"
            if area == "20":
                raw = f"+4420{rng.choice('378')}{rng.randint(0, 9999999):07d}"
        else:
            raw = f"+3531{rng.randint(2000000, 9999999)}"
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw)):
                return normalize_phone(raw)
        except phonenumbers.NumberParseException:
            continue


def make_name(rng: random.Random, fake: Faker, middle: float = 0.3, male: bool | None = None
              ) -> str:
    male = rng.random() < 0.5 if male is None else male
    while True:
        first = fake.first_name_male() if male else fake.first_name_female()
        last = fake.last_name()
        name = f"{first} {rng.choice('ABCDEFGHJKLMRSTW')}. {last}" if rng.random() < middle \
            else f"{first} {last}"
        if name == name.title() and "'" not in name and "-" not in name and len(name) < 26:
            return name


def make_email(rng: random.Random, name: str, domains: tuple[str, ...]) -> str:
    parts = [p.strip(".").lower() for p in name.split()]
    first, last = parts[0], parts[-1]
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}",
                        f"{last}.{first[0]}", f"{first}_{last}"))
    return f"{local}@{rng.choice(domains)}"


def make_address(rng: random.Random, fake: Faker, country: str) -> str:
    if country == "US":
        street = fake.street_address()
        return f"{street}, {fake.city()}, {fake.state_abbr(include_territories=False)} " \
               f"{fake.zipcode()}"
    if country == "GB":
        return f"{fake.building_number()} {fake.street_name()}, {fake.city()}, {fake.postcode()}"
    return f"{rng.randint(1, 140)} {fake.street_name()}, {fake.city()}, Co. " \
           f"{rng.choice(('Dublin', 'Cork', 'Galway', 'Kildare', 'Wicklow'))}"


def make_person(rng: random.Random, fake: Faker, country: str, company: str = "") -> Person:
    name = make_name(rng, fake, 0.15)
    domain = company.lower().replace(" ", "").replace("&", "")[:14] + ".com" if company \
        else "example.net"
    return Person(name, make_phone(rng, country), make_email(rng, name, (domain,)),
                  make_address(rng, fake, country), company)


def money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def split_total(rng: random.Random, labels: list[str], low: int, high: int) -> list[dict]:
    return [{"description": label, "amount": money(Decimal(rng.randint(low * 100, high * 100))
                                                   / 100)} for label in labels]


def new_case(rng: random.Random, fakes: dict[str, Faker], country: str, *, insurer: str,
             claim_number: str, policy_number: str, incident_type: str, location: str,
             description: str, loss: date | None = None, report_gap: int | None = None,
             line_items: list[dict] | None = None, amount: Decimal | None = None,
             vehicle: bool = False, police: str | None = None, email: bool = True,
             phone: bool = True, address: bool = True) -> Case:
    """Build a case; the claimed amount is `amount`, else the sum of the line items."""
    fake = fakes[country]
    loss = loss or date(2026, 1, 1) + timedelta(days=rng.randint(0, 320))
    reported = loss + timedelta(days=report_gap if report_gap is not None else rng.randint(0, 21))
    male = rng.random() < 0.5
    name = make_name(rng, fake, male=male)
    domains = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me") \
        if country == "US" else ("btinternet.com", "gmail.com", "eircom.net", "outlook.com")
    items = line_items or []
    total = amount if amount is not None else sum((Decimal(i["amount"]) for i in items),
                                                  Decimal("0"))
    assert total is not None and total > 0
    vin = make_mmy = None
    if vehicle:
        wmi, make, models = rng.choice(CARS)
        year = rng.randint(2012, 2025)
        vin, make_mmy = make_vin(rng, wmi, year), f"{make} {rng.choice(models)} {year}"
    truth = {
        "claim_number": claim_number.upper(), "policy_number": " ".join(policy_number.upper()
                                                                        .split()),
        "claimant_name": name,
        "claimant_email": make_email(rng, name, domains) if email else None,
        "claimant_phone": make_phone(rng, country) if phone else None,
        "claimant_address": make_address(rng, fake, country) if address else None,
        "date_of_loss": loss.isoformat(), "date_reported": reported.isoformat(),
        "incident_type": incident_type, "incident_location": location,
        "incident_description": " ".join(description.split()),
        "police_report_number": police.upper() if police else None,
        "vehicle_vin": vin, "vehicle_make_model_year": make_mmy,
        "claimed_amount": money(total),
        "currency": {"US": "USD", "GB": "GBP", "IE": "EUR"}[country],
        "line_items": items,
    }
    return Case(truth=truth, country=country, insurer=insurer,
                insurer_phone=make_phone(rng, country),
                insurer_address=make_address(rng, fake, country),
                agent=make_person(rng, fake, country, fake.company()),
                witness=make_person(rng, fake, country),
                repairer=make_person(rng, fake, country, fake.last_name() + " Repairs"),
                adjuster=make_person(rng, fake, country, fake.last_name() + " Loss Adjusters"),
                officer=make_person(rng, fake, country),
                extra={"honorific": "Mr" if male else rng.choice(("Mrs", "Ms"))})


MOTOR_STORIES = {
    "collision": (
        "I was driving {dir} on {road} when a van pulled out of a side turning without looking "
        "and hit the front passenger side of my car. Both vehicles had to be towed from the "
        "scene.",
        "While I was stopped at the lights on {road} another car ran into the back of me. The "
        "rear bumper, boot lid and both tail lamps are damaged.",
        "Reversing out of a bay at {road} a pickup truck backed into my driver's door at the same "
        "time; the door no longer closes.",
    ),
    "vandalism": (
        "Overnight someone scratched deep lines along both doors on the driver's side and "
        "smashed the wing mirror while the car was parked on {road}.",
        "The car was parked on {road}; when I came back the tyres had been slashed and the "
        "bonnet was dented with what looks like a brick.",
    ),
    "glass": (
        "A stone thrown up by a lorry on {road} hit the windscreen and a crack now runs across "
        "the driver's line of sight.",
        "The windscreen cracked from a chip picked up on {road}; the crack spread overnight in "
        "the frost.",
    ),
    "weather": (
        "A hailstorm passed over {road} while the car was parked outside; the roof, bonnet and "
        "boot are covered in dents.",
        "During the storm a large branch fell from a tree on {road} onto the roof of my parked "
        "car.",
    ),
    "theft": (
        "My car was taken from outside my home on {road} overnight. No keys are missing; the "
        "police think the keyless entry signal was relayed.",
    ),
}
PROPERTY_STORIES = {
    "fire": (
        "A fire started in the tumble dryer in the back room and spread to the kitchen units "
        "before the fire brigade put it out. Smoke has blackened every room downstairs.",
        "An electrical fault in the extension lead behind the counter set light to the shelving; "
        "the stock on two walls is burnt and the rest is smoke damaged.",
    ),
    "water_damage": (
        "A pipe under the upstairs bathroom burst while the premises were closed. Water came "
        "through the ceiling and soaked the flooring, stock and the fitted units below.",
        "The washing machine hose split and flooded the ground floor; the laminate floor has "
        "lifted and the skirting boards are swollen.",
    ),
    "weather": (
        "During the storm the wind tore a section of slates from the roof and rain poured into "
        "the top floor, bringing down part of the ceiling.",
        "Flash flooding after the heavy rain came in under the front door and stood ten "
        "centimetres deep across the shop floor.",
    ),
    "theft": (
        "Burglars forced the rear door during the night and took the laptop, the till float and "
        "boxed stock from the store room.",
    ),
    "vandalism": (
        "Youths smashed the front windows and sprayed paint over the shutters and the sign; the "
        "glass and signage must be replaced.",
    ),
}
ROADS_US = ("Route 9 near Exit 14", "Elm St and 5th Ave", "the I-84 on-ramp at Main St",
            "Lakeshore Drive by the marina", "the Target parking lot on Grand Ave",
            "Highway 101 southbound near Mile 22")
ROADS_UK = ("the A40 at the Polish War Memorial roundabout", "Station Road near the level crossing",
            "the M6 northbound near junction 19", "Castle Street car park",
            "the B4009 outside Watlington")


def motor_story(rng: random.Random, kind: str, country: str) -> tuple[str, str]:
    """(location, narrative) of a motor loss of this kind."""
    road = rng.choice(ROADS_US if country == "US" else ROADS_UK)
    text = rng.choice(MOTOR_STORIES[kind]).format(road=road, dir=rng.choice(
        ("north", "south", "east", "west")))
    return road, text


def home_story(rng: random.Random, kind: str) -> str:
    """A property narrative told of a home rather than a shop."""
    story = rng.choice(PROPERTY_STORIES[kind])
    for shop, home in (("premises were closed", "house was empty"),
                       ("shop floor", "ground floor"), ("flooring, stock and", "flooring and"),
                       ("behind the counter", "in the living room"),
                       ("the stock on two walls is burnt and the rest is smoke damaged",
                        "two rooms are burnt and the rest of the house is smoke damaged"),
                       ("the till float and boxed stock from the store room",
                        "jewellery and a television from the lounge"),
                       ("the shutters and the sign", "the front door and the car port"),
                       ("glass and signage", "glass and door")):
        story = story.replace(shop, home)
    return story
