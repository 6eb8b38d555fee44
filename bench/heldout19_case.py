"""Held-out corpus 19: one case's truth and the decoys its document prints beside it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout19_kit import (
    DATE_STYLES,
    REGIONS,
    Region,
    address_for,
    draw_people,
    email_for,
    format_date,
    format_money,
    make_vin,
    money,
    pick_dates,
)

TYPES = {"two_page_boxed": ("collision", "water_damage", "weather"),
         "leader_dense": ("collision",), "short_letter": ("water_damage", "fire", "collision"),
         "webform_email": ("collision", "weather", "vandalism"),
         "windscreen_invoice": ("glass",), "theft_affidavit": ("theft",),
         "call_transcript": ("collision", "weather", "water_damage"),
         "builder_quote_packet": ("water_damage", "fire", "weather")}
NARRATIVE = {
    "collision": "While I was stopped at the traffic lights a grey {other} drove into the back "
                 "of my car, damaging the rear bumper, boot lid and left tail light.",
    "glass": "A stone thrown up by a truck cracked the windscreen right across the driver's "
             "side while I was driving on the highway.",
    "theft": "Person(s) unknown forced open the back door of my home while we were away and "
             "removed the items listed below.",
    "water_damage": "A hot water cylinder burst in the roof space and water came through the "
                    "ceiling of the main bedroom, damaging the ceiling boards and the carpets.",
    "fire": "A fire started in the kitchen when the extractor fan overheated; smoke and flames "
            "damaged the cupboards, the ceiling and the wall behind the stove.",
    "weather": "A severe hailstorm broke roof tiles and gutters over the lounge and rain then "
               "came in through the damaged roof.",
    "vandalism": "Overnight someone scratched the paintwork down both sides of my car and "
                 "smashed the left wing mirror while it was parked in the street outside my home.",
}
MOTOR = ("collision", "glass", "vandalism")
VEHICLES = (("Toyota", "Corolla"), ("Volkswagen", "Polo"), ("Mazda", "CX-5"), ("Honda", "Civic"),
            ("Ford", "Ranger"), ("Hyundai", "i30"), ("Kia", "Sportage"), ("Subaru", "Outback"))
ROADS = {"ZA": "N1 southbound near the Allandale off-ramp, Midrand",
         "SG": "Pan Island Expressway near Exit 23, Singapore",
         "CA": "Highway 401 eastbound near Exit 375, Toronto, ON",
         "GB": "A64 York Road at the Killingbeck roundabout, Leeds",
         "AU": "Parramatta Road near Taylor Street, Annandale NSW"}
INSURERS = ("Harbourline Insurance", "Southern Cross Mutual", "Meridian General",
            "Bluegum Assurance", "Kestrel Direct")
ITEMS = {"theft": ("Samsung 55-inch television", "Dell laptop computer", "Gold wedding ring",
                   "Canon camera with lens", "Bosch power drill set", "Bicycle (Trek hybrid)"),
         "property": ("Strip and remove damaged ceiling boards", "Supply and fit new ceiling",
                      "Replace roof tiles and flashing", "Repaint walls and ceiling",
                      "Replace carpets (main bedroom)", "Electrical compliance check"),
         "glass": ("Windscreen (laminated, OEM)", "Urethane adhesive kit", "Moulding and clips",
                   "Rain sensor recalibration", "Labour: remove and refit")}


@dataclass
class Case:
    """Everything a layout needs: the truth and how this document prints its values."""
    rng: random.Random
    region: Region
    layout: str
    truth: dict
    date_style: str
    money_style: str
    people: object
    phone_shown: str
    loss: date
    reported: date
    insurer: str
    net: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    excess: Decimal = Decimal(0)

    def d(self, day: date) -> str:
        return format_date(day, self.date_style)

    def m(self, amount: Decimal) -> str:
        return format_money(amount, self.money_style)

    def decoy(self, i: int) -> tuple[str, str]:
        """The i-th other party (1..5): full name and printed phone."""
        return self.people.full(i), self.people.phones[i][0]

    def decoy_email(self, i: int) -> str:
        return email_for(self.rng, *self.people.names[i], self.region.code)

    def decoy_address(self) -> str:
        return address_for(self.rng, self.region.code)

    def other_date(self, days: int) -> str:
        return self.d(self.loss + timedelta(days=days))


def make_case(rng: random.Random, layout: str) -> Case:
    region = rng.choice(REGIONS)
    kind = rng.choice(TYPES[layout])
    people = draw_people(rng, region.code)
    first, last = people.names[0]
    shown, e164 = people.phones[0]
    loss, reported = pick_dates(rng)
    motor = kind in MOTOR
    vehicle = rng.choice(VEHICLES)
    address = address_for(rng, region.code)
    line_items, net, tax, excess = [], Decimal(0), Decimal(0), Decimal(0)
    group = "theft" if kind == "theft" else "glass" if kind == "glass" else "property"
    if layout in ("windscreen_invoice", "theft_affidavit", "builder_quote_packet"):
        names = rng.sample(ITEMS[group], rng.randint(3, 5))
        low, high = {"glass": (40, 2200), "theft": (200, 6000), "property": (300, 9000)}[group]
        line_items = [{"description": n, "amount": f"{money(rng, low, high):.2f}"}
                      for n in names]
        net = sum((Decimal(i["amount"]) for i in line_items), Decimal(0))
    if layout == "theft_affidavit":
        claimed = net
    elif layout in ("windscreen_invoice", "builder_quote_packet"):
        tax = (net * region.rate).quantize(Decimal("0.01"))
        excess = money(rng, 250, 1500) if layout == "windscreen_invoice" else Decimal(0)
        claimed = net + tax - excess
    else:
        claimed = money(rng, 800, 60000)
    police = None
    if kind in ("theft", "collision") and (kind == "theft" or rng.random() < 0.7):
        police = f"{region.police}-{rng.randint(100, 999)}/{loss:%m}/{loss.year}"
    truth = {
        "claim_number": None if layout in ("short_letter", "webform_email") or rng.random() < 0.2
        else rng.choice(("CLM-", "HX", "C")) + str(rng.randint(1000000, 9999999)),
        "policy_number": rng.choice(("POL-", "MV ", "HO-", "PL ")) + f"{rng.randint(10, 99)}"
        + rng.choice(("-", " ")) + f"{rng.randint(100000, 999999)}",
        "claimant_name": f"{first} {last}".title(),
        "claimant_email": email_for(rng, first, last, region.code),
        "claimant_phone": e164,
        "claimant_address": address,
        "date_of_loss": loss.isoformat(), "date_reported": reported.isoformat(),
        "incident_type": kind,
        "incident_location": address if kind == "vandalism" else ROADS[region.code]
        if motor else address,
        "incident_description": NARRATIVE[kind].format(other=people.full(5) and "minibus taxi"),
        "police_report_number": police,
        "vehicle_vin": make_vin(rng) if motor else None,
        "vehicle_make_model_year": f"{vehicle[0]} {vehicle[1]} {rng.randint(2012, 2024)}"
        if motor else None,
        "claimed_amount": f"{claimed:.2f}", "currency": region.currency,
        "line_items": line_items, "layout": layout, "scanned": False,
    }
    return Case(rng, region, layout, truth, rng.choice(DATE_STYLES),
                rng.choice(region.money_styles), people, shown, loss, reported,
                rng.choice(INSURERS), net, tax, excess)
