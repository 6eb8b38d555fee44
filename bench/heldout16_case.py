"""Held-out corpus 16 cases: one claim's truth, the parties around it and how it is printed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout16_kit import (
    CA_CITIES,
    FIRST,
    INSURERS,
    LAST,
    MAKES,
    MONEY_STYLES,
    PHONE_STYLES,
    ROADS,
    STREETS,
    US_CITIES,
    format_date,
    format_money,
    format_phone,
    make_phone,
    make_postcode,
    make_vin,
    money,
    pick_date_style,
)

AUTO = {"collision", "theft_auto", "vandalism_auto", "weather_auto"}
STORIES = {
    "collision": ["I was stopped at a red light when a pickup truck rear-ended my car and pushed "
                  "it into the crosswalk. The rear bumper, trunk lid and tail lights are damaged.",
                  "While merging, another driver changed lanes into my vehicle and struck the "
                  "driver side doors. Both vehicles were driven from the scene."],
    "theft_auto": ["My vehicle was stolen overnight from the driveway. I found broken glass where "
                   "it had been parked and reported the theft to police the same morning."],
    "vandalism_auto": ["Someone keyed all four panels of the car and slashed two tires while it "
                       "was parked on the street overnight."],
    "weather_auto": ["A severe hailstorm passed through while the car was parked outside; the hood "
                     "and roof are dented and the sunroof is cracked."],
    "theft": ["Someone forced the back door while I was away for the weekend and took "
              "electronics, jewellery and a bicycle. The door frame was split."],
    "fire": ["A grease fire started on the stove and spread to the kitchen cabinets before it was "
             "put out. Smoke damaged the living room and hallway."],
    "water_damage": ["A supply line under the bathroom sink burst and water ran through the "
                     "floor into the ceiling of the room below before the main was shut off."],
    "weather": ["High winds during the storm tore shingles off the roof and a large branch fell "
                "onto the back deck; rain then came in through the attic."],
    "vandalism": ["Vandals spray-painted the garage door and siding and broke two basement "
                  "windows during the night."],
    "glass": ["A stone thrown up by a gravel truck cracked the windshield on the highway; the "
              "crack spread across the driver's view within a day."],
}
COMPANIES = {"agent": ["Birchwood Insurance Agency", "Harbour Point Brokers",
                       "Pinecrest Agency Inc.", "Redwood Insurance Group"],
             "adjuster": ["Crestline Adjusting Services", "Northgate Claims Group",
                          "Lakeland Independent Adjusters"],
             "vendor": ["Pinecrest", "Crestline", "Birchwood", "Northgate", "Redwood"]}
LOCAL = ("agent", "landlord", "vendor", "driver")
DOMAINS = {"US": ["gmail.com", "outlook.com", "yahoo.com", "comcast.net"],
           "CA": ["gmail.com", "outlook.com", "yahoo.ca", "shaw.ca", "rogers.com"]}
TYPE_OF = {"theft_auto": "theft", "vandalism_auto": "vandalism", "weather_auto": "weather"}


@dataclass
class Party:
    """Someone other than the claimant printed on the document (a decoy)."""
    name: str
    role: str
    phone: str
    email: str
    address: str
    company: str = ""


@dataclass
class Case:
    rng: random.Random
    layout: str
    country: str
    currency: str
    first: str
    last: str
    middle: str
    email: str | None
    phone: str
    street: str
    city: str
    region: str
    postcode: str
    area: str
    kind: str
    story: str
    location: str
    loss: date
    reported: date
    claim_number: str | None
    policy_number: str
    police: str | None
    vin: str | None
    vehicle: tuple[str, str, int] | None
    claimed: Decimal
    items: list[tuple[str, Decimal]]
    insurer: str
    deductible: Decimal
    parties: list[Party] = field(default_factory=list)
    date_style: str = "iso"
    money_style: str = "sym"
    phone_style: str = "paren"

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.region} {self.postcode}"

    @property
    def incident_type(self) -> str:
        return TYPE_OF.get(self.kind, self.kind)

    def d(self, day: date, style: str | None = None) -> str:
        return format_date(day, style or self.date_style)

    def m(self, amount: Decimal, style: str | None = None) -> str:
        return format_money(amount, style or self.money_style, self.currency)

    def p(self, e164: str, style: str | None = None) -> str:
        return format_phone(e164, style or self.phone_style)

    def party(self, role: str) -> Party:
        return next(p for p in self.parties if p.role == role)

    def truth(self) -> dict:
        make = self.vehicle
        return {
            "claim_number": self.claim_number, "policy_number": self.policy_number,
            "claimant_name": self.name, "claimant_email": self.email,
            "claimant_phone": self.phone, "claimant_address": self.address,
            "date_of_loss": self.loss.isoformat(), "date_reported": self.reported.isoformat(),
            "incident_type": self.incident_type, "incident_location": self.location,
            "incident_description": " ".join(self.story.split()),
            "police_report_number": self.police, "vehicle_vin": self.vin,
            "vehicle_make_model_year": f"{make[0]} {make[1]} {make[2]}" if make else None,
            "claimed_amount": f"{self.claimed:.2f}", "currency": self.currency,
            "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in self.items],
        }


def make_address(rng: random.Random, country: str) -> tuple[str, str, str, str, str]:
    city, region, prefix, area = rng.choice(US_CITIES if country == "US" else CA_CITIES)
    street = f"{rng.randint(12, 9870)} {rng.choice(STREETS)}"
    if rng.random() < 0.2:
        street += f", {rng.choice(['Apt', 'Unit', 'Suite'])} {rng.randint(2, 40)}"
    return street, city, region, make_postcode(rng, country, prefix), area


def make_parties(rng: random.Random, case: Case, roles: list[str]) -> list[Party]:
    """Decoy parties whose first and last names are never the claimant's."""
    firsts = [f for f in FIRST if f not in (case.first, case.last)]
    lasts = [n for n in LAST if n not in (case.first, case.last)]
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    parties = []
    for index, role in enumerate(roles):
        first, last = firsts[index], lasts[index]
        street, city, region, post, area = make_address(rng, case.country)
        if role in LOCAL:   # the agent, the landlord, the shop and the staff live nearby
            city, region, area = case.city, case.region, case.area
            post = case.postcode[:3] + post[3:]
        company = rng.choice(COMPANIES.get(role, COMPANIES["agent"]))
        parties.append(Party(f"{first} {last}", role, make_phone(rng, area),
                             f"{first[0].lower()}{last.lower()}@{company.split()[0].lower()}.com",
                             f"{street}, {city}, {region} {post}", company))
    return parties


def make_case(rng: random.Random, layout: str, kinds: list[str], roles: list[str]) -> Case:
    """Draw one claim of `layout`, of one of `kinds`, with decoy parties in `roles`."""
    country = rng.choice(["US", "US", "CA"])
    first, last = rng.sample(FIRST, 1)[0], rng.sample(LAST, 1)[0]
    middle = rng.choice(["", "", "", f"{rng.choice('ABCDEJKLMRST')}."])
    street, city, region, postcode, area = make_address(rng, country)
    kind = rng.choice(kinds)
    loss = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
    reported = loss + timedelta(days=rng.randint(0, 12))
    vehicle = vin = None
    if kind in AUTO or kind == "glass":
        wmi, make, model = rng.choice(MAKES)
        year = rng.randint(2012, 2025)
        vehicle, vin = (make, model, year), make_vin(rng, wmi, year)
    on_road = kind in ("collision", "glass")   # the others happen where the car is parked
    location = (rng.choice(ROADS[country]) + f", {city}, {region}" if on_road
                else f"{street}, {city}, {region} {postcode}")
    police = None
    if kind in ("collision", "theft_auto", "theft", "vandalism", "vandalism_auto") \
            or (kind != "glass" and rng.random() < 0.2):   # a chipped windshield: no police
        police = rng.choice([f"{region}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                             f"RPT-{loss.year}-{rng.randint(10000, 99999)}",
                             f"{rng.randint(26, 26)}-{rng.randint(100000, 999999)}"])
    handle = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}"])
    email = None if rng.random() < 0.12 else \
        f"{handle.lower()}@{rng.choice(DOMAINS[country])}"
    claim_number = None if rng.random() < 0.15 else rng.choice(
        [f"CLM-{loss.year}-{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}-"
         f"{rng.randint(10000, 99999)}", f"HX{rng.randint(100000, 999999)}"])
    prefixes = (["PA ", "AUT", "CA-"] if vehicle else ["HO-", "HO ", "DP-"] if layout !=
                "renter_contents" else ["RT-", "TN ", "HO4-"])   # the line of business
    policy = f"{rng.choice(prefixes)}{rng.randint(1000, 9999)}{rng.choice([' ', '-', ''])}" \
             f"{rng.randint(100, 9999)}"
    case = Case(rng, layout, country, "USD" if country == "US" else "CAD", first, last, middle,
                email, make_phone(rng, area), street, city, region, postcode, area, kind,
                rng.choice(STORIES[kind]), location, loss, reported, claim_number, policy,
                police, vin, vehicle, money(rng.uniform(900, 24000)), [],
                rng.choice(INSURERS), Decimal(rng.choice([250, 500, 1000])))
    case.parties = make_parties(rng, case, roles)
    case.date_style = pick_date_style(rng, country, loss)
    if country == "CA" and case.date_style == "dmy_slash" and reported.day <= 12:
        case.date_style = "iso"
    # A Canadian document names its currency; "$" alone is read as US dollars.
    case.money_style = rng.choice([s for s in MONEY_STYLES if s != "plain"]
                                  if country == "US" else ["code", "code_after", "ca_sym"])
    case.phone_style = rng.choice(PHONE_STYLES)
    return case


def set_items(case: Case, rows: list[tuple[str, float]]) -> None:
    """Itemise the claim: the rows' amounts add up to the claimed total."""
    case.items = [(d, money(a)) for d, a in rows]
    case.claimed = sum((a for _, a in case.items), Decimal("0"))
