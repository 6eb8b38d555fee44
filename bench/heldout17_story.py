"""Held-out corpus 17 stories: what happened, where, and what it cost, per kind of claim."""

from __future__ import annotations

import re
from decimal import Decimal

from bench.heldout17_case import Case, make_police_ref, make_vehicle, split_amount

ROADS = {"GB": ("A61 Skipton Road roundabout", "junction of Mill Lane and High Street",
                "Tesco car park, Otley Road"),
         "IE": ("N40 South Ring Road near the Bandon Road exit", "Main Street, outside SuperValu",
                "Dunnes Stores car park, Douglas"),
         "AU": ("Coronation Drive near the Hale Street intersection", "Sydney Road, Brunswick",
                "Westfield car park, level 3"),
         "NZ": ("State Highway 1 near the Albany off-ramp", "Cuba Street, Te Aro",
                "Countdown car park, Riccarton")}

MOTOR = {
    "collision": ("Another vehicle failed to give way and struck the front passenger side of my car"
                  " as I went through the {road}.",
                  "I was stationary in traffic on the {road} when a van ran into the rear of my"
                  " car, pushing it into the car in front."),
    "theft": ("My car was taken from outside my home overnight; the keys were still in the house"
              " and the car has not been recovered.",
              "The vehicle was stolen from the {road} while I was at work and was later found"
              " burnt out."),
    "vandalism": ("Someone scratched the paintwork along both sides and slashed two tyres while the"
                  " car was parked at the {road}.",),
    "glass": ("A stone thrown up by a lorry on the {road} cracked the windscreen right across the"
              " driver's line of sight.",),
    "weather": ("A large branch came down in the storm and landed on the roof and bonnet of my car"
                " parked on the street.",
                "Hailstones the size of golf balls dented the roof, bonnet and boot lid and"
                " cracked the sunroof."),
}
PROPERTY = {
    "water_damage": ("A pipe under the bathroom basin burst while we were away and water came"
                     " through the kitchen ceiling, ruining the ceiling, flooring and cabinets.",
                     "The washing machine hose split and flooded the utility room and hallway;"
                     " the laminate floor and skirting boards have lifted."),
    "fire": ("A fire started in the tumble dryer in the garage and spread smoke through the"
             " ground floor; the garage door and contents were destroyed.",
             "A pan of oil caught fire on the hob; the kitchen units, extractor and ceiling were"
             " damaged by fire and smoke."),
    "weather": ("During the storm high winds lifted part of the roof and rain came into the main"
                " bedroom, damaging the ceiling, carpet and bed.",),
    "theft": ("Our house was broken into through the rear patio door while we were at work; a"
              " laptop, jewellery and a television were stolen.",),
}
MOTOR_COSTS = ("Panel beating and respray", "Replacement parts", "Labour", "Towing and storage",
               "Hire car (5 days)", "Windscreen and calibration")
HOME_COSTS = ("Plastering and ceiling repair", "Replacement flooring", "Electrician's report",
              "Kitchen cabinet replacement", "Drying equipment hire", "Redecoration",
              "Replacement laptop", "Replacement television", "Carpet and underlay")


def town(address: str) -> str:
    """The town of an address, without its postcode."""
    return re.sub(r"\s+\d{4}$", "", address.split(", ")[1])


def _choose(case: Case, options: dict, types: tuple[str, ...]) -> tuple[str, str]:
    kind = case.rng.choice(types)
    road = case.rng.choice(ROADS[case.region])
    return kind, case.rng.choice(options[kind]).format(road=road)


def tell_motor(case: Case, types=("collision", "collision", "theft", "vandalism", "glass",
                                  "weather")) -> None:
    rng, truth = case.rng, case.truth
    kind, text = _choose(case, MOTOR, types)
    road = next((r for r in ROADS[case.region] if r in text), rng.choice(ROADS[case.region]))
    vin, mmy = make_vehicle(rng)
    truth.update(incident_type=kind, incident_description=text, vehicle_vin=vin,
                 vehicle_make_model_year=mmy,
                 incident_location=f"{road}, {town(case.claimant.address)}"
                 if kind not in ("theft",) or "outside my home" not in text
                 else case.claimant.address)
    if kind in ("theft", "vandalism") or (kind == "collision" and rng.random() < 0.5):
        truth["police_report_number"] = make_police_ref(rng, case.region)
    cost(case, MOTOR_COSTS, 120, 2600)


def tell_property(case: Case, types=("water_damage", "fire", "weather", "theft")) -> None:
    kind, text = _choose(case, PROPERTY, types)
    case.truth.update(incident_type=kind, incident_description=text,
                      incident_location=case.claimant.address)
    if kind == "theft":
        case.truth["police_report_number"] = make_police_ref(case.rng, case.region)
    cost(case, HOME_COSTS, 180, 3200)


def cost(case: Case, names: tuple[str, ...], low: int, high: int, itemise: bool | None = None
         ) -> None:
    """Line items (when itemised) and the claimed total."""
    rng = case.rng
    items = split_amount(rng, rng.sample(names, rng.randint(2, min(4, len(names)))), low, high)
    case.extra["costs"] = items
    total = sum(Decimal(i["amount"]) for i in items)
    case.truth["claimed_amount"] = str(total)
    if itemise if itemise is not None else rng.random() < 0.6:
        case.truth["line_items"] = items
