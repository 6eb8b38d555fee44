"""One claim of held-out corpus 12: the truth, the printed forms and the other parties."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout12_kit import FIELDS, Case
from bench.heldout12_story import MOTOR, PROPERTY, describe, road_place


@dataclass
class Party:
    """Someone other than the claimant: every value here is a decoy."""

    name: str
    org: str
    phone: str
    email: str
    address: str
    ref: str


@dataclass
class Claim:
    """The claimant's truth with the printed forms a layout needs, and the decoys."""

    c: Case
    t: dict
    phone: str | None
    loss: date
    reported: date
    amount: Decimal
    car: tuple[str, str, int, str] | None
    plate: str
    agent: Party
    broker: Party
    witness: Party
    insurer: Party
    other: Party
    shop: Party
    adjuster: Party
    dob: date
    inception: date
    expiry: date
    deductible: Decimal
    sum_insured: Decimal
    premium: Decimal

    def d(self, day: date, style: str | None = None) -> str:
        return self.c.fmt_date(day, style)

    def m(self, amount: Decimal, style: int | None = None) -> str:
        return self.c.money(amount, style)

    def car_text(self) -> str:
        make, model, year, _ = self.car or ("", "", 0, "")
        return self.c.rng.choice(
            [f"{year} {make} {model}", f"{make} {model} ({year})", f"{make} {model} {year}"]
        )

    def printed_name(self) -> str:
        """The claimant's name as a form might print it."""
        name = self.t["claimant_name"]
        parts = name.split()
        return self.c.rng.choice(
            [name, name, name.upper(), f"{parts[-1].upper()}, {' '.join(parts[:-1])}"]
        )


def _party(c: Case, org_kind: str, domain: str, ref: str, avoid: str) -> Party:
    name = c.person()
    while name.split()[-1] in avoid:  # nobody shares the claimant's surname
        name = c.person()
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    org = c.company(org_kind)
    mail = f"{first[0]}.{last}@{domain}".translate(str.maketrans("äöüéè", "aouee"))
    return Party(name, org, c.phone()[0], mail, c.other_address(), c.code(ref))


def new_claim(rng: random.Random, locale: str, kind: str, motor: bool) -> Claim:
    """A claim of `kind` in `locale`; `motor` says whether a vehicle is involved."""
    c = Case(rng, locale)
    name = c.person()
    phone, e164 = c.phone()
    loss = c.day(date(2025, 3, 1), 400)
    reported = loss + timedelta(days=rng.randrange(0, 25))
    motor = kind in MOTOR and (motor or kind not in PROPERTY)
    car = c.vehicle() if motor else None
    car_name = f"{car[0]} {car[1]}" if car else None
    address = c.address()
    place = road_place(c) if car else address
    if kind == "injury":
        place = (
            rng.choice(["Entrance of the FreshMart store, ", "Bus stop outside "])
            + c.other_address()
        )
    police = None
    if kind in ("collision", "theft", "vandalism") or (kind == "fire" and rng.random() < 0.4):
        police = c.code(rng.choice(["AAA-99-999999", "99-999999", "A9999999", "AAAA/99/9999"]))
    t = {f: None for f in FIELDS} | {
        "claim_number": c.code(
            rng.choice(["CLM-2026-999999", "99-99999", "AA999999", "C/99/99999", "AAA-9999999"])
        )
        if rng.random() < 0.8
        else None,
        "policy_number": c.code(
            rng.choice(
                ["POL-9999-999999", "AA-9999-999", "AA 9999 9999", "99999999-AA", "AAA999999999"]
            )
        ),
        "claimant_name": name,
        "claimant_email": c.email(name) if rng.random() < 0.85 else None,
        "claimant_phone": e164 if rng.random() < 0.9 else None,
        "claimant_address": address,
        "date_of_loss": loss.isoformat(),
        "date_reported": reported.isoformat(),
        "incident_type": kind,
        "incident_location": place,
        "incident_description": describe(c, kind, car_name),
        "police_report_number": police,
        "vehicle_vin": car[3] if car else None,
        "vehicle_make_model_year": f"{car[0]} {car[1]} {car[2]}" if car else None,
        "claimed_amount": None,
        "currency": c.currency,
        "line_items": [],
    }
    amount = c.cash(400, 14000)
    t["claimed_amount"] = f"{amount:.2f}"
    insurer_dom = rng.choice(["northgate-ins.com", "bluestone-mutual.com", "meridianassure.com"])
    inception = loss - timedelta(days=rng.randrange(20, 340))
    return Claim(
        c=c,
        t=t,
        phone=phone if t["claimant_phone"] else None,
        loss=loss,
        reported=reported,
        amount=amount,
        car=car,
        plate=c.plate(),
        agent=_party(c, "Insurance Agency", "agency-mail.com", "AG-999999", name),
        broker=_party(c, "Brokers", "brokerhouse.net", "BRK/9999/AA", name),
        witness=_party(c, "", "gmail.com", "W9", name),
        insurer=_party(c, "Mutual Insurance", insurer_dom, "FORM AA-99", name),
        other=_party(c, "General", "outlook.com", "AA-99999999", name),
        shop=_party(
            c, "Auto Body" if car else "Building & Restoration", "shopmail.com", "INV-99999", name
        ),
        adjuster=_party(c, "Claims", insurer_dom, "ADJ-9999", name),
        dob=date(rng.randrange(1950, 2003), rng.randrange(1, 13), rng.randrange(1, 29)),
        inception=inception,
        expiry=inception + timedelta(days=365),
        deductible=Decimal(rng.choice([250, 500, 750, 1000, 1500])),
        sum_insured=Decimal(rng.randrange(20, 900) * 1000),
        premium=c.cash(600, 3200),
    )
