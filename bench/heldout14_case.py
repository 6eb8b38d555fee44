"""Held-out corpus 14 cases: the claimant, the loss, the money and every decoy party, drawn
from one random generator so a seed gives the same case every time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout14_kit import make_vin

FIRST = ("Daniel", "Maria", "Kevin", "Rachel", "Thomas", "Angela", "Marcus", "Linda", "Peter",
         "Sofia", "Gregory", "Denise", "Victor", "Hannah", "Curtis", "Yolanda", "Brandon",
         "Teresa", "Nathan", "Gloria", "Wesley", "Priya", "Omar", "Colleen")
LAST = ("Whitaker", "Alvarez", "Brennan", "Okafor", "Lindqvist", "Harmon", "Castillo", "Pruitt",
        "Nakamura", "Delgado", "Ferris", "Gallagher", "Holloway", "Iverson", "Jansen", "Kowalski",
        "Lambert", "Mercado", "Novak", "Ortega", "Pemberton", "Quinlan", "Russo", "Sandoval")
STREETS = ("Oak Street", "Maple Avenue", "Cedar Lane", "Willow Drive", "Lakeview Road",
           "Hawthorne Court", "Ridgeway Boulevard", "Pine Hollow Road", "Juniper Way",
           "Sycamore Place", "Elm Terrace", "Briarwood Circle")
US_CITIES = (("Springfield", "IL", "627", "217"), ("Columbus", "OH", "432", "614"),
             ("Tucson", "AZ", "857", "520"), ("Raleigh", "NC", "276", "919"),
             ("Boise", "ID", "837", "208"), ("Madison", "WI", "537", "608"),
             ("Tacoma", "WA", "984", "253"), ("Fort Worth", "TX", "761", "817"),
             ("Albany", "NY", "122", "518"), ("Savannah", "GA", "314", "912"),
             ("Denver", "CO", "802", "303"), ("Omaha", "NE", "681", "402"))
CA_CITIES = (("Toronto", "ON", "M4C", "416"), ("Calgary", "AB", "T2N", "403"),
             ("Vancouver", "BC", "V5K", "604"), ("Ottawa", "ON", "K1S", "613"),
             ("Halifax", "NS", "B3H", "902"))
MAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "proton.me")
CARS = (("Toyota", "Camry", "4T1"), ("Honda", "Accord", "1HG"), ("Ford", "F-150", "1FT"),
        ("Chevrolet", "Malibu", "1G1"), ("Subaru", "Outback", "4S4"), ("Nissan", "Rogue", "5N1"),
        ("Hyundai", "Tucson", "5NM"), ("Jeep", "Cherokee", "1C4"), ("Kia", "Sorento", "5XY"))
YEAR_CODES = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
              2022: "N", 2023: "P", 2024: "R", 2025: "S"}
INSURERS = ("Harbor Mutual Insurance Co.", "Great Plains Casualty Company",
            "Northfield Property & Casualty", "Keystone Indemnity Group",
            "Liberty Ridge Assurance", "Summit Lakes Insurance Company")
AUTO_COSTS = {"collision": (2500, 28000), "theft": (6000, 35000), "vandalism": (900, 6000),
              "glass": (300, 1800), "weather": (2000, 18000)}
HOME_COSTS = {"fire": (8000, 90000), "water_damage": (3000, 45000), "weather": (4000, 38000),
              "theft": (2000, 15000), "vandalism": (1200, 9000)}
AGENCY_KINDS = ("Insurance Agency", "Insurance Services", "& Associates")
OPTIONAL_CLAIM = ("acord_notice", "claimant_letter", "leader_two_col")


@dataclass
class Person:
    first: str
    last: str
    initial: str
    email: str
    phone: str
    street: str
    city: str
    region: str
    postal: str

    @property
    def name(self) -> str:
        middle = f" {self.initial}." if self.initial else ""
        return f"{self.first}{middle} {self.last}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.region} {self.postal}"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city_line}"


@dataclass
class Case:
    layout: str
    country: str
    currency: str
    insurer: str
    naic: str
    claimant: Person
    agent: Person
    agency: str
    others: dict[str, Person]
    policy: str
    claim: str | None
    loss: date
    reported: date
    effective: date
    kind: str
    location: str
    description: str
    loss_hour: str
    police: str | None
    vehicle: tuple[str, str, int] | None
    vin: str | None
    other_vin: str
    other_car: str
    amount: Decimal
    deductible: Decimal
    items: list[tuple[str, Decimal]] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)

    def truth(self, scanned: bool) -> dict:
        """The record an expert would key from the document, in the contract's normal form."""
        car = self.vehicle
        return {
            "claim_number": self.claim, "policy_number": self.policy,
            "claimant_name": self.claimant.name, "claimant_email": self.claimant.email,
            "claimant_phone": self.claimant.phone, "claimant_address": self.claimant.address,
            "date_of_loss": self.loss.isoformat(), "date_reported": self.reported.isoformat(),
            "incident_type": self.kind, "incident_location": self.location,
            "incident_description": self.description, "police_report_number": self.police,
            "vehicle_vin": self.vin,
            "vehicle_make_model_year": f"{car[0]} {car[1]} {car[2]}" if car else None,
            "claimed_amount": f"{self.amount:.2f}", "currency": self.currency,
            "line_items": [{"description": d, "amount": f"{a:.2f}"} for d, a in self.items],
            "layout": self.layout, "scanned": scanned,
        }


def make_person(rng, country: str, used: set[str]) -> Person:
    """A person with a home address and contact details, distinct from those already drawn."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if first not in used and last not in used:
            used.update((first, last))
            break
    city, region, prefix, area = rng.choice(CA_CITIES if country == "CA" else US_CITIES)
    if country == "CA":
        postal = f"{prefix} {local_code(rng)}"
    else:
        postal = f"{prefix}{rng.randint(1, 99):02d}"
    phone = f"+1{area}{rng.randint(2, 9)}{rng.randint(10, 99)}{rng.randint(0, 9999):04d}"
    handle = rng.choice((f"{first}.{last}", f"{first[0]}{last}",
                         f"{first}{last[:3]}{rng.randint(1, 99)}"))
    return Person(first, last, rng.choice(("", "", "", "J", "M", "R", "L")),
                  f"{handle}@{rng.choice(MAIL)}".lower(), phone,
                  f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", city, region, postal)


def local_code(rng) -> str:
    """The second half of a Canadian postal code: digit, letter, digit."""
    return f"{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"


def move_near(rng, person: Person, home: Person) -> None:
    """Put `person` in `home`'s town: same city, area code and postal district."""
    person.city, person.region = home.city, home.region
    if " " in home.postal:
        person.postal = f"{home.postal[:3]} {local_code(rng)}"
    else:
        person.postal = f"{home.postal[:3]}{rng.randint(1, 99):02d}"
    person.phone = home.phone[:5] + person.phone[5:]


def business_contact(rng, person: Person, domain: str) -> Person:
    """The same person reached at work: a business e-mail under `domain`."""
    person.email = f"{person.first[0]}{person.last}@{domain}".lower()
    return person


def money(rng, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def make_case(rng, layout: str, index: int, story) -> Case:
    """One case for `layout`; `story(rng, kind, person, vehicle)` writes the loss narrative."""
    country = "CA" if index % 7 == 3 else "US"
    used: set[str] = set()
    claimant = make_person(rng, country, used)
    agent = business_contact(rng, make_person(rng, country, used), "agencymail.com")
    others = {role: make_person(rng, country, used)
              for role in ("witness", "other", "vendor", "adjuster", "notary", "contact")}
    for role in ("witness", "other", "vendor", "notary", "contact"):
        move_near(rng, others[role], claimant)
    move_near(rng, agent, claimant)
    adjuster = others["adjuster"]   # works from the insurer's regional claims office
    adjuster.email = f"{adjuster.first[0]}.{adjuster.last}@claims-adj.com".lower()
    auto = layout in ("leader_two_col", "auto_tow_rental") or (
        layout in ("claimant_letter", "email_forward", "web_portal") and rng.random() < 0.5)
    kinds = (("collision", "collision", "theft", "vandalism", "glass", "weather") if auto else
             ("fire", "water_damage", "water_damage", "weather", "theft", "vandalism"))
    if layout in ("leader_two_col", "auto_tow_rental"):
        kinds = ("collision",) * 3 + ("weather",) if layout == "auto_tow_rental" else ("collision",)
    if layout == "contractor_packet":
        kinds = ("fire", "water_damage", "weather")
    kind = rng.choice(kinds)
    vehicle = vin = None
    if auto:
        make, model, wmi = rng.choice(CARS)
        year = rng.randint(2015, 2025)
        vehicle, vin = (make, model, year), make_vin(rng, wmi, YEAR_CODES[year])
    omake, omodel, owmi = rng.choice(CARS)
    oyear = rng.randint(2015, 2025)
    other_vin = make_vin(rng, owmi, YEAR_CODES[oyear])
    loss = date(2026, 1, 5) + timedelta(days=rng.randint(0, 250))
    reported = loss + timedelta(days=rng.randint(0, 9))
    location, description = story(rng, kind, claimant, vehicle)
    police = None
    if kind in ("collision", "theft", "vandalism") and rng.random() < 0.8:
        police = rng.choice(("PD", "SO", "CHP", "MPD")) + f"-26-{rng.randint(1000, 99999):05d}"
    amount = money(rng, *(AUTO_COSTS if auto else HOME_COSTS)[kind])
    code = rng.choice(("PAP", "AU", "PA") if auto else ("HO", "DP", "HO3")) + rng.choice(
        ("-", " ", ""))
    policy = f"{code}{rng.randint(100, 999)}{rng.choice(('-', ' '))}{rng.randint(100000, 999999)}"
    prefix = rng.choice(("CLM", "CL", "C"))
    claim: str | None = f"{prefix}-{loss.year}-{rng.randint(10000, 999999):06d}"
    if layout == "email_forward" or (layout in OPTIONAL_CLAIM and rng.random() < 0.3):
        claim = None   # a first notice: no claim number has been given yet
    styles = {"date": rng.choice(("us", "long", "dmy", "iso")),
              "money": rng.choice(("symbol", "code", "plain")),
              "phone": rng.choice(("paren", "dots", "intl"))}
    return Case(layout, country, "CAD" if country == "CA" else "USD", rng.choice(INSURERS),
                f"{rng.randint(10000, 43999)}", claimant, agent,
                f"{agent.last} {rng.choice(AGENCY_KINDS)}",
                others, " ".join(policy.split()).upper(), claim, loss, reported,
                loss - timedelta(days=rng.randint(20, 170)), kind, location, description,
                f"{rng.randint(1, 11)}:{rng.choice(('00', '15', '30', '45'))} "
                f"{rng.choice(('a.m.', 'p.m.'))}",
                police, vehicle, vin, other_vin, f"{oyear} {omake} {omodel}", amount,
                Decimal(rng.choice((250, 500, 1000, 2500))),
                styles=styles)
