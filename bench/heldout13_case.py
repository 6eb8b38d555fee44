"""Held-out corpus 13 case: the claimant's truth plus the other parties, dates and sums (decoys)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout13_kit import FIELDS, Case, Person, city_of
from bench.heldout13_story import BUILDER, CONTENTS, GARAGE, HOSPITAL, PLACES, STORIES

INSURERS = ["Northgate Mutual", "Aldwych General Insurance", "Rhein-Mosel Versicherung AG",
            "Harbourline Assurance", "Laurentide Insurance Co.", "Helvetia Nova",
            "Zeeland Verzekeringen"]
LOCAL_INSURERS = {"CA": ["Laurentide Insurance Co.", "Harbourline Assurance"],
                  "GB": ["Northgate Mutual", "Aldwych General Insurance"],
                  "IE": ["Harbourline Assurance", "Aldwych General Insurance"],
                  "DE": ["Rhein-Mosel Versicherung AG"], "NL": ["Zeeland Verzekeringen"],
                  "FR": ["Mutuelle Atlantique", "Northgate Mutual"], "CH": ["Helvetia Nova"]}
CLAIM_CODES = ["CLM-2026-999999", "HX/26/999999", "26-AA-999999", "C 999 9999", "SIN-9999999"]
POLICY_CODES = ["AA 9999 9999", "PA-9999-999", "HOME-999999-99", "P/99/9999999",
                "AAA9999999", "99-999999-AA"]
POLICE_CODES = ["AA-26-999999", "CR/999999/26", "9999-26-999999", "AA 26 9999"]


@dataclass
class Claim:
    """Everything one document may print: the truth `t` and the decoys around it."""
    c: Case
    t: dict
    me: Person
    loss: date
    reported: date
    kind: str
    vehicle: tuple[str, str, str, str] | None
    items: list[tuple[str, Decimal]]
    amount: Decimal
    insurer: str
    office: Person           # the insurer's own desk: phone, address
    agent: Person
    other: Person            # witness / third party / broker
    dob: date
    policy_start: date
    deductible: Decimal
    extra: dict = field(default_factory=dict)

    def money(self, value: Decimal, style: str | None = None) -> str:
        return self.c.money(value, style)

    def date(self, d: date, style: str | None = None) -> str:
        return self.c.date(d, style)

    def name(self, p: Person | None = None, style: int | None = None) -> str:
        """A person's name printed in one of a few orders (all parts kept)."""
        p = p or self.me
        style = self.c.rng.randrange(4) if style is None else style
        given = " ".join(x for x in (p.first, p.middle) if x)
        return [p.name, f"{p.last.upper()}, {given}", f"{p.last}, {given}", p.name][style]

    def drop(self, *names: str) -> None:
        for n in names:
            self.t[n] = [] if n == "line_items" else None

    def fake_code(self, pattern: str) -> str:
        return self.c.code(pattern)


def _place(c: Case, group: str) -> str:
    where = c.person()
    city = where.town.split(",")[0]
    city = city_of(where.town)
    street = re.sub(r"^\d+ |\s\d+$", "", where.street.split(", ")[-1])
    return c.pick(PLACES[group]).format(street=street, city=city, n=c.rng.randrange(2, 40))


def build(c: Case, kind: str, items_from: str | None, n_items: int = 0,
          stories: str | None = None) -> Claim:
    """Draw a claimant, a loss of `kind` and, from `items_from`, `n_items` cost rows."""
    r = c.rng
    me = c.person()
    story = r.choice(STORIES[stories or kind])
    motor = kind == "collision" or bool(re.search(r"\b(car|windscreen)\b", story))
    hurt = kind in ("injury", "liability") and items_from == "hospital"
    group = ("motor" if motor else "public" if hurt else
             "travel" if "flight" in story else "home")
    loss = c.day(date(2025, 9, 1), 200)
    reported = loss + timedelta(days=r.randrange(0, 21))
    vehicle = c.vehicle() if motor else None
    pool = {"garage": GARAGE, "builder": BUILDER, "hospital": HOSPITAL,
            "contents": CONTENTS}.get(items_from or "", [])
    items = [(d, c.cash(25, 1400)) for d in r.sample(pool, min(n_items, len(pool)))]
    amount = sum((a for _, a in items), Decimal("0")) if items else c.cash(350, 18000)
    room = r.choice(["kitchen", "bathroom", "garage", "first floor"])
    location = (r.choice([me.address, f"my home, {me.address}", f"{me.street} ({room}), "
                          f"{me.town}"]) if group == "home" else _place(c, group))
    police = (c.code(r.choice(POLICE_CODES)) if kind in ("collision", "theft", "vandalism")
              and r.random() < 0.75 else None)
    t = {f: None for f in FIELDS} | {
        "claim_number": c.code(r.choice(CLAIM_CODES)),
        "policy_number": c.code(r.choice(POLICY_CODES)),
        "claimant_name": me.name, "claimant_email": me.email, "claimant_phone": me.e164,
        "claimant_address": me.address, "date_of_loss": loss.isoformat(),
        "date_reported": reported.isoformat(), "incident_type": kind,
        "incident_location": location, "incident_description": story,
        "police_report_number": police,
        "vehicle_vin": vehicle[3] if vehicle else None,
        "vehicle_make_model_year": " ".join(vehicle[:3]) if vehicle else None,
        "claimed_amount": f"{amount:.2f}", "currency": c.currency,
        "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in items]}
    return Claim(c, t, me, loss, reported, kind, vehicle, items, amount,
                 r.choice(LOCAL_INSURERS[c.loc.code]), c.person(foreign=True), c.person(),
                 c.person(),
                 date(r.randrange(1950, 2002), r.randrange(1, 13), r.randrange(1, 29)),
                 loss - timedelta(days=r.randrange(30, 330)),
                 Decimal(r.choice([100, 150, 250, 300, 500, 1000])))
