"""Held-out corpus 9, what happened: incidents, narratives, damage items and reference numbers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout9_kit import (
    CENT,
    REGIONS,
    VEHICLES,
    Case,
    Party,
    make_phone,
    make_vin,
    one_line,
    plain_name,
    shift,
)

MOTOR = ("collision", "theft", "vandalism", "glass", "weather")
HOME = ("water_damage", "fire", "weather", "theft", "vandalism")

STORIES = {
    ("collision", True): (
        "I was stationary in traffic on {place} when a {other} struck the rear of my vehicle. "
        "The other driver stopped and we exchanged details.",
        "While turning right at the junction of {place} a {other} ran the red light and hit my "
        "front passenger side. Nobody was hurt but the car could not be driven.",
        "A {other} reversed out of a parking bay at {place} into the driver's door of my car."),
    ("theft", True): (
        "My car was taken overnight from outside my home at {place}. The steering lock was "
        "found on the kerb the next morning.",
        "The vehicle was stolen from the car park at {place} between 8 am and 6 pm; it has "
        "since been recovered with the ignition barrel forced."),
    ("vandalism", True): (
        "Someone scratched both offside doors and slashed two tyres while the car was parked "
        "at {place}.",),
    ("glass", True): (
        "A stone thrown up by a {other} on {place} cracked the windscreen across the driver's "
        "line of sight.",),
    ("weather", True): (
        "A hailstorm passed over {place} while the car was parked in the open, denting the "
        "bonnet, roof and boot lid.",
        "A tree branch came down in high winds at {place} and landed on the roof of my car."),
    ("water_damage", False): (
        "A pipe under the upstairs bathroom burst while we were away; water came through the "
        "kitchen ceiling at {place} and soaked the flooring.",
        "The washing machine hose split and flooded the utility room and hallway at {place}."),
    ("fire", False): (
        "A pan fire on the hob spread to the extractor and wall units in the kitchen at "
        "{place}. The fire service attended and put it out.",
        "An electrical fault in the garage at {place} started a fire that damaged the roof "
        "and the contents stored there."),
    ("weather", False): (
        "During the storm strong winds lifted roof tiles and brought down the fence at "
        "{place}; rain then came in through the loft.",),
    ("theft", False): (
        "Thieves forced the patio door at {place} while we were at work and took a laptop, a "
        "television and jewellery.",),
    ("vandalism", False): (
        "Youths smashed two front windows and sprayed paint on the front door at {place}.",),
}
OTHERS = ("delivery van", "white hatchback", "taxi", "pick-up truck", "bus", "motorcycle")
ITEMS = {
    "collision": ("Rear bumper assembly", "Boot lid repair", "Paint and refinish", "Labour",
                  "Headlamp unit", "Parking sensor", "Front wing panel", "Door skin replacement"),
    "theft": ("Laptop computer", "Television 55 inch", "Gold necklace", "Patio door lock",
              "Games console", "Camera and lenses"),
    "theft_motor": ("Ignition barrel and keys", "Steering column repair", "Replacement locks",
                    "Child seat", "Dash camera", "Recovery and storage"),
    "vandalism": ("Window glazing", "Graffiti removal", "Front door refinish", "Letterbox"),
    "vandalism_motor": ("Door respray", "Tyres (2)", "Wing mirror", "Paint and refinish"),
    "glass": ("Windscreen replacement", "ADAS camera recalibration", "Moulding kit"),
    "weather": ("Roof tiles and battens", "Guttering", "Fence panels", "Loft insulation",
                "Chimney pointing"),
    "weather_motor": ("Paintless dent repair", "Sunroof glass", "Roof panel", "Bonnet"),
    "water_damage": ("Drying equipment hire", "Ceiling plasterboard", "Kitchen flooring",
                     "Plumber call-out", "Redecoration", "Carpet and underlay"),
    "fire": ("Kitchen wall units", "Extractor hood", "Smoke cleaning", "Rewiring",
             "Garage roof sheets", "Contents: tools"),
}
INSURERS = ("Harbourside Mutual Insurance", "Northmere General Assurance",
            "Pacific Crest Insurance", "Lindqvist & Hale Underwriting", "Southern Cross Mutual",
            "Meridian Home & Motor", "Orchard Lane Insurance", "Kestrel General")
POLICE = {"GB": ("MPS-CR-26{n5}", "GMP/26/{n6}"), "IE": ("PULSE {n7}",),
          "US": ("BPD-26-{n6}", "SFPD {n8}"), "CA": ("TPS-2026-{n6}",),
          "AU": ("E{n8}", "NSWPF-{n7}"), "DE": ("POL-B-{n6}",), "SG": ("SPF/C/26/{n5}",),
          "NZ": ("P0{n7}",), "IN": ("FIR NO {n3}/2026",)}


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fill(rng: random.Random, pattern: str) -> str:
    for n in range(9, 2, -1):
        while f"{{n{n}}}" in pattern:
            pattern = pattern.replace(f"{{n{n}}}", digits(rng, n), 1)
    return pattern


def reference(rng: random.Random, kind: str) -> str:
    """A claim or policy number in one of several insurers' styles."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(2))
    shapes = {"claim": ("CLM-2026-{n6}", "MTR/26/{n7}", letters + "{n6}", "{n2}-{n5}",
                        "C{n8}", "CL 26 {n6}"),
              "policy": ("POL-2025-{n6}", letters + "-{n4}-{n3}", "HM {n4} {n4}",
                         "PX/{n5}/01", "{n3}-{n7}-00", letters + "{n8}")}[kind]
    return fill(rng, rng.choice(shapes).replace("{n2}", digits(rng, 2)))


def singapore_address(rng: random.Random) -> str:
    street = rng.choice(("Tampines Street 21", "Ang Mo Kio Avenue 3", "Jurong West Street 52",
                         "Bedok North Road", "Clementi Avenue 4"))
    return (f"Blk {rng.randint(100, 899)} {street} #{rng.randint(2, 25):02d}-"
            f"{rng.randint(10, 399)}, Singapore {rng.randint(310000, 690999)}")


def new_case(rng: random.Random, region_code: str, motor: bool | None = None,
             kinds: tuple[str, ...] | None = None) -> Case:
    """A fresh claim in `region_code`; motor or home unless forced."""
    region = REGIONS[region_code]
    fake = Faker(region.locale)
    fake.seed_instance(rng.randrange(2**31))
    motor = rng.random() < 0.55 if motor is None else motor
    kind = rng.choice([k for k in (kinds or (MOTOR if motor else HOME))
                       if (k, motor) in STORIES])
    name = plain_name(fake)
    phone, e164 = make_phone(rng, region)
    first, last = name.lower().replace("'", "").split()
    email = f"{rng.choice((first, first[0]))}{rng.choice(('.', '_', ''))}{last}" \
            f"{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(region.mail)}"
    address = singapore_address(rng) if region_code == "SG" else one_line(fake.address())
    loss = date(2025, 6, 1) + timedelta(days=rng.randint(0, 300))
    reported = shift(loss, 0, 12, rng)
    if motor:
        place = f"{fake.street_name()}, {fake.city()}" if region_code != "SG" else \
            rng.choice(("PIE near Exit 27", "Orchard Road", "Bukit Timah Road"))
    else:
        place = address
    story = rng.choice(STORIES[(kind, motor)]).format(place=place, other=rng.choice(OTHERS))
    vehicle = None
    if motor:
        make, model, wmi = rng.choice(VEHICLES)
        year = rng.randint(2012, 2025)
        vehicle = (make, model, year, make_vin(rng, wmi, year))
    police = fill(rng, rng.choice(POLICE[region_code])) \
        if kind in ("theft", "vandalism", "collision") and rng.random() < 0.75 else None
    pool = ITEMS.get(f"{kind}_motor" if motor else kind, ITEMS[kind])
    names = rng.sample(pool, k=min(len(pool), rng.randint(2, 5)))
    scale = Decimal(rng.choice((1, 1, 1, 3))) if region_code != "IN" else Decimal(80)
    items = [(n, (Decimal(rng.randint(4000, 160000)) / 100 * scale).quantize(CENT)) for n in names]
    excess = Decimal(rng.choice((100, 250, 300, 500, 750, 1000))) * scale
    return Case(rng, fake, region, kind, motor, Party(name, phone, e164, email, address),
                reference(rng, "policy"), reference(rng, "claim"), loss, reported, place, story,
                police, vehicle, items, excess.quantize(CENT),
                {"insurer": rng.choice(INSURERS)})
