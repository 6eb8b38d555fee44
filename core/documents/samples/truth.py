"""Random claim records in the normal form of the extraction contract (claim-fields.md)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from faker import Faker

from core.documents.samples.places import (
    City,
    Country,
    city_of_address,
    country_of_phone,
    locale_faker,
    make_address,
    make_phone,
    make_police_number,
    make_road,
    make_street,
    pick_country,
)
from core.documents.samples.scenarios import (
    AIRPORTS,
    DESTINATIONS,
    SCENARIOS,
    STORES,
    VEHICLES,
    Scenario,
)

# Claims are dated relative to this day unless the caller says otherwise, so that a seed
# always gives the same corpus.
REFERENCE_DATE = date(2026, 3, 31)
FIELDS = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # I, O and Q never appear in a VIN
VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip(
    "ABCDEFGHJKLMNPRSTUVWXYZ",
    (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # position 10: 2010 is A, 2030 is Y, 2031 is 1


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) a 17-character VIN must carry, per ISO 3779 / 49 CFR 565."""
    total = sum(VIN_VALUES[char] * weight for char, weight in zip(vin.upper(), VIN_WEIGHTS,
                                                                    strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def make_vin(rng: random.Random, wmi: str, year: int) -> str:
    """A VIN for a car of the manufacturer `wmi` and model year `year`, with a valid check digit."""
    descriptor = "".join(rng.choice(VIN_ALPHABET) for _ in range(5))
    plant = rng.choice(VIN_ALPHABET[:23])
    serial = f"{rng.randint(0, 999999):06d}"
    draft = f"{wmi}{descriptor}0{VIN_YEARS[(year - 2010) % 30]}{plant}{serial}"
    return draft[:8] + vin_check_digit(draft) + draft[9:]


def ascii_fold(text: str) -> str:
    """Text with umlauts spelt out and other accents dropped, as in e-mail addresses."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _make_name(rng: random.Random, fake: Faker, initials: bool) -> str:
    """A "First [M.] Last" name that survives title-casing and the cp1252 core fonts."""
    while True:
        first, last = fake.first_name(), fake.last_name()
        name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}" \
            if initials and rng.random() < 0.25 else f"{first} {last}"
        if name == name.title() and " " not in first and _fits_cp1252(name):
            return name


def _fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _make_email(rng: random.Random, name: str) -> str:
    parts = [ascii_fold(p).lower().replace("'", "").replace("-", "") for p in name.split()]
    first, last = parts[0], parts[-1]
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}",
                        f"{first}{last}{rng.randint(1, 99)}", f"{first}_{last}"))
    return f"{local}@{rng.choice(('example.com', 'example.net', 'example.org', 'mail.example'))}"


def make_claimant(rng: random.Random, fake: Faker, country: Country) -> dict[str, str]:
    """A claimant of `country`: name, email, phone (E.164) and one-line address."""
    local_fake = fake if country.code == "US" else locale_faker(country.locale)
    if local_fake is not fake:
        local_fake.seed_instance(rng.getrandbits(32))
    city = rng.choice(country.cities)
    name = _make_name(rng, local_fake, initials=country.code == "US")
    return {"name": name, "email": _make_email(rng, name),
            "phone": make_phone(rng, country, city),
            "address": make_address(rng, local_fake, country, city)}


def _claim_number(rng: random.Random, year: int) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"CLM-{year}-{rng.randint(1, 999999):06d}"
    if style == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    if style == 2:
        return f"{rng.choice('HKMNRTX')}{rng.choice('ABWX')}{rng.randint(100000, 999999)}"
    return f"C-{year % 100:02d}-{rng.randint(1, 9999999):07d}"


def _policy_number(rng: random.Random, scenario: Scenario, year: int) -> str:
    line = {"motor": "AU", "home": "HM", "health": "HL", "travel": "TR"}[scenario.product_type]
    style = rng.randrange(4)
    if style == 0:
        return f"POL-{year - rng.randint(0, 2)}-{rng.randint(1, 999999):06d}"
    if style == 1:
        return f"{line}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    if style == 2:  # printed with inner spaces, kept as single spaces by the contract
        return f"{line} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"
    return f"NMI{rng.randint(10000000, 99999999)}"


def _place(rng: random.Random, fake: Faker, scenario: Scenario, country: Country, city: City,
           address: str) -> str:
    where = f"{city.name}, {city.region}" if city.region else city.name
    if scenario.place == "road":
        return make_road(rng, fake, country, city)
    if scenario.place in ("parking", "public"):
        lot = ""
        if scenario.place == "parking":
            lot = " parking lot" if country.code == "US" else " car park"
        return f"{rng.choice(STORES)}{lot}, {make_street(rng, fake, country)}, {where}"
    if scenario.place == "street":
        return address if rng.random() < 0.6 else f"{make_street(rng, fake, country)}, {where}"
    if scenario.place == "airport":
        return rng.choice(AIRPORTS)
    if scenario.place == "destination":
        return rng.choice(DESTINATIONS)
    return address


def _line_items(rng: random.Random, scenario: Scenario) -> list[dict[str, str]]:
    count = rng.randint(min(2, len(scenario.items)), min(5, len(scenario.items)))
    # The first cost line is what the loss is about; the others are a sample.
    chosen = [0, *sorted(rng.sample(range(1, len(scenario.items)), count - 1))]
    items = []
    for index in chosen:
        description, low, high = scenario.items[index]
        cents = rng.randint(low * 100, high * 100)
        if rng.random() < 0.4:  # many invoices carry round figures
            cents -= cents % 100
        items.append({"description": description, "amount": f"{Decimal(cents) / 100:.2f}"})
    return items


def make_claim_record(rng: random.Random, fake: Faker, *, policy_number: str | None = None,
                      claimant: dict[str, str] | None = None, product_type: str | None = None,
                      as_of: date = REFERENCE_DATE) -> dict[str, Any]:
    """A random claim as ground truth: the contract's fields, in their normal form.

    `policy_number` and `claimant` (keys name, email, phone, address) tie the claim to
    existing records; `product_type` (motor, home, health, travel) picks the kind of loss.
    """
    pool = [s for s in SCENARIOS if s.product_type == product_type] or list(SCENARIOS)
    scenario = rng.choice(pool)
    if claimant is None:
        country = pick_country(rng)
        claimant = make_claimant(rng, fake, country)
    else:
        country = country_of_phone(claimant["phone"])
    city = city_of_address(country, claimant["address"])
    loss = as_of - timedelta(days=rng.randint(3, 150))
    reported = min(as_of, loss + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 5, 8, 14))))
    vehicle = rng.choice(VEHICLES[country.code]) if scenario.product_type == "motor" else None
    model_year = rng.randint(2012, as_of.year)
    items = _line_items(rng, scenario) if rng.random() < 0.8 else []
    if items:
        amount = sum((Decimal(i["amount"]) for i in items), Decimal("0"))
    else:
        # a lump sum somewhere between a light and a heavy version of the loss
        low = sum(item[1] for item in scenario.items[:3])
        high = sum(item[2] for item in scenario.items[:3])
        amount = Decimal(rng.randint(low * 100, high * 100)) / 100
    record: dict[str, Any] = {
        "claim_number": _claim_number(rng, reported.year),
        "policy_number": " ".join((policy_number or _policy_number(rng, scenario, loss.year))
                                  .upper().split()),
        "claimant_name": claimant["name"],
        "claimant_email": claimant["email"].lower(),
        "claimant_phone": claimant["phone"],
        "claimant_address": " ".join(claimant["address"].split()),
        "date_of_loss": loss.isoformat(),
        "date_reported": reported.isoformat(),
        "incident_type": scenario.incident_type,
        "incident_location": _place(rng, fake, scenario, country, city, claimant["address"]),
        "incident_description": rng.choice(scenario.descriptions),
        "police_report_number": (make_police_number(rng, city, loss.year)
                                 if rng.random() < scenario.police else None),
        "vehicle_vin": make_vin(rng, vehicle[2], model_year) if vehicle else None,
        "vehicle_make_model_year": f"{vehicle[0]} {vehicle[1]} {model_year}" if vehicle else None,
        "claimed_amount": f"{amount:.2f}",
        "currency": country.currency,
        "line_items": items,
    }
    return record


def country_of(record: dict[str, Any]) -> Country:
    """The country a record's claimant lives in (from the phone's calling code)."""
    return country_of_phone(record.get("claimant_phone") or "")


def scenario_of(record: dict[str, Any]) -> Scenario:
    """The scenario a record was drawn from (by its narrative), else the first of its type."""
    for scenario in SCENARIOS:
        if record.get("incident_description") in scenario.descriptions:
            return scenario
    return next((s for s in SCENARIOS if s.incident_type == record.get("incident_type")),
                SCENARIOS[0])
