"""Held-out corpus 18 cases: the claimant, the loss, the amounts and the decoy parties."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout18_kit import (
    AREA,
    CITIES,
    DATE_STYLES,
    DOMAINS,
    FIRST,
    LAST,
    MONEY_STYLES,
    STREETS,
    format_date,
    format_money,
    format_phone,
    vin,
)

STORIES = {
    "collision": ("was rear-ended by another vehicle while stopped at a red light; the rear "
                  "bumper and trunk lid were crushed", True),
    "theft": ("found the car missing from the driveway in the morning; it was stolen overnight "
              "and has not been recovered", True),
    "glass": ("had the windshield cracked by a rock thrown up from a gravel truck on the "
              "highway", True),
    "vandalism": ("found all four tires slashed and the paint keyed along both sides in the "
                  "parking lot", True),
    "water_damage": ("discovered a burst pipe under the upstairs bathroom; water came through "
                     "the kitchen ceiling and soaked the floor", False),
    "fire": ("had a kitchen fire start at the stove; the cabinets and the range hood burned and "
             "smoke spread through the first floor", False),
    "weather": ("had the roof and gutters damaged by large hail during a severe thunderstorm",
                False),
}
CARS = (("Honda", "Accord", "1HG"), ("Ford", "F-150", "1FT"), ("Toyota", "Camry", "4T1"),
        ("Chevrolet", "Malibu", "1G1"), ("Subaru", "Outback", "4S4"), ("Nissan", "Altima", "1N4"))
PROPERTY_ITEMS = ("Drywall repair and texture", "Interior paint, two coats", "Carpet and pad",
                  "Roof shingles, laminated", "Gutter replacement", "Cabinet replacement",
                  "Water extraction", "Dehumidifier rental", "Baseboard, paint grade",
                  "Smoke odor treatment")
MOTOR_ITEMS = ("Rear bumper cover", "Trunk lid panel", "Paint and materials", "Body labor",
               "Windshield glass", "Tire, all season", "Towing", "Rental car")


def person(rng: random.Random, avoid: set[str]) -> dict:
    """A made-up US person whose first and last names are not in `avoid`."""
    first = rng.choice([n for n in FIRST if n not in avoid])
    last = rng.choice([n for n in LAST if n not in avoid])
    avoid |= {first, last}
    return {"first": first, "last": last, "name": f"{first} {last}",
            "phone": phone(rng), "email": f"{first[0]}{last}{rng.randint(2, 99)}@"
            f"{rng.choice(DOMAINS)}".lower(), "address": address(rng)}


def phone(rng: random.Random) -> str:
    return rng.choice(AREA) + f"{rng.randint(200, 989)}{rng.randint(0, 9999):04d}"


def address(rng: random.Random) -> str:
    city, state, zip3 = rng.choice(CITIES)
    return (f"{rng.randint(12, 9870)} {rng.choice(STREETS)}, {city}, {state} "
            f"{zip3}{rng.randint(10, 99)}")


def money(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) / 100).quantize(Decimal("0.01"))


def make_case(rng: random.Random, layout: str) -> dict:
    """Everything one document prints: truth fields plus decoys (in `case`)."""
    avoid: set[str] = set()
    insured = person(rng, avoid)
    others = [person(rng, avoid) for _ in range(4)]
    if layout == "xactimate_estimate_packet":
        kind = rng.choice(["water_damage", "fire", "weather"])
    elif layout == "injury_eob":
        kind = "injury"
    else:
        kind = rng.choice(sorted(STORIES))
    motor = kind in STORIES and STORIES[kind][1]
    loss = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    reported = loss + timedelta(days=rng.randint(0, 20))
    itemised = layout in ("xactimate_estimate_packet", "injury_eob") or rng.random() < 0.5
    pool = MOTOR_ITEMS if motor else PROPERTY_ITEMS
    if kind == "injury":
        pool = ("Emergency room visit", "CT scan, cervical spine", "Physical therapy (6 visits)",
                "Orthopedic consult", "Prescription medication", "Ambulance transport")
    items = [{"description": d, "amount": str(money(rng, 90, 4200))}
             for d in rng.sample(pool, rng.randint(3, 5))] if itemised else []
    total = sum((Decimal(i["amount"]) for i in items), Decimal(0)) or money(rng, 800, 24000)
    city, state, _ = rng.choice(CITIES)
    if motor:
        make, model, wmi = rng.choice(CARS)
        car = {"vin": vin(rng, wmi), "mmy": f"{make} {model} {rng.randint(2012, 2025)}"}
        road, cross = rng.sample(STREETS, 2)
        location = f"{road} at {cross}, {city}, {state}"
    else:
        car = {"vin": None, "mmy": None}
        location = insured["address"]
    if kind == "injury":
        story = ("slipped on an unmarked wet floor in the produce aisle of a grocery store and "
                 "fell, injuring the neck and left wrist")
        location = (f"FreshWay Market, {rng.randint(100, 999)} {rng.choice(STREETS)}, "
                    f"{city}, {state}")
    else:
        story = STORIES[kind][0]
    description = f"The insured {story}."
    police = (f"{state}PD-26-{rng.randint(1000, 99999):05d}"
              if kind in ("collision", "theft", "vandalism") and rng.random() < 0.8 else None)
    claim_no = rng.choice([f"CLM-26-{rng.randint(100000, 999999)}",
                           f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                           f"HX{rng.randint(1000000, 9999999)}", None])
    if layout == "email_printout_reply_top" and claim_no is None:
        claim_no = f"CLM-26-{rng.randint(100000, 999999)}"
    truth = {
        "claim_number": claim_no,
        "policy_number": rng.choice(
            [f"PAP {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
             f"AU-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"] if motor else
            [f"HO-{rng.randint(1000000, 9999999)}", f"DP3 {rng.randint(100, 999)} "
             f"{rng.randint(1000, 9999)}"]),
        "claimant_name": insured["name"], "claimant_email": insured["email"],
        "claimant_phone": "+1" + insured["phone"], "claimant_address": insured["address"],
        "date_of_loss": loss.isoformat(), "date_reported": reported.isoformat(),
        "incident_type": kind, "incident_location": location,
        "incident_description": description, "police_report_number": police,
        "vehicle_vin": car["vin"], "vehicle_make_model_year": car["mmy"],
        "claimed_amount": f"{total:.2f}", "currency": "USD", "line_items": items,
    }
    case = {"insured": insured, "others": others, "loss": loss, "reported": reported,
            "total": total, "motor": motor, "date_style": rng.choice(DATE_STYLES),
            "deductible": Decimal(rng.choice([250, 500, 1000, 2500])),
            "decoy_vin": vin(rng, rng.choice(CARS)[2]),
            "policy_from": loss - timedelta(days=rng.randint(30, 300)),
            "dob": date(rng.randint(1948, 1990), rng.randint(1, 12), rng.randint(1, 28)),
            "decoy_ref": f"REF-{rng.randint(10000, 99999)}", "rng": rng}
    return {"truth": truth, "case": case}


def shown(doc: dict) -> dict:
    """The printed renderings of the case's values, styles chosen by the case's generator."""
    case = doc["case"]
    rng = case["rng"]
    style = case["date_style"]
    money_style = rng.choice(MONEY_STYLES[:2] + ("symbol",))

    def cash(value) -> str:
        return format_money(Decimal(value), money_style)

    return {"loss": format_date(case["loss"], style),
            "reported": format_date(case["reported"], rng.choice(DATE_STYLES)),
            "phone": format_phone(case["insured"]["phone"], rng.randint(0, 4)),
            "other_phones": [format_phone(o["phone"], rng.randint(0, 4))
                             for o in case["others"]],
            "total": cash(case["total"]), "cash": cash,
            "deductible": cash(case["deductible"]),
            "policy_from": format_date(case["policy_from"], "us_slash"),
            "policy_to": format_date(case["policy_from"].replace(
                year=case["policy_from"].year + 1), "us_slash"),
            "dob": format_date(case["dob"], "us_slash"),
            "date": lambda day: format_date(day, style)}
