"""Held-out corpus 17 cases: a claimant from GB, IE, AU or NZ, the story of the loss and the
decoy parties (brokers, witnesses, other drivers, suppliers, the insurer's own staff)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from bench.heldout17_kit import cents, make_phone, make_vin

FIRST = ("Aoife", "Ciaran", "Niamh", "Declan", "Siobhan", "Rhys", "Megan", "Callum", "Isla",
         "Fergus", "Bronwyn", "Lachlan", "Matilda", "Hamish", "Tane", "Aroha", "Priya", "Oliver",
         "Harriet", "Eamon", "Sinead", "Gareth", "Imogen", "Nathaniel", "Keira", "Rowan",
         "Tamsin", "Darragh", "Ngaio", "Wiremu", "Joanna", "Alistair")
LAST = ("O'Sullivan", "Brennan", "Fitzgerald", "Llewellyn", "Pritchard", "Mackenzie", "Drummond",
        "Whitfield", "Ashworth", "Kowalczyk", "Ngata", "Te Awa", "Patel", "Hargreaves",
        "Doherty", "Moran", "Sandhu", "Thornton", "Kavanagh", "Blackwood", "Fairbairn",
        "Okonkwo", "Rutherford", "Castellano", "Pemberton", "Nolan", "Waititi", "Henderson")
INITIALS = "ABCDEFGHJKLMNPRSTW"

PLACES = {
    "GB": [("Harrogate", "HG1 4RT"), ("Cardiff", "CF14 3NX"), ("Leeds", "LS6 2BH"),
           ("Bristol", "BS7 8QA"), ("Norwich", "NR2 3LD"), ("Edinburgh", "EH10 5PJ")],
    "IE": [("Ballincollig, Co. Cork", "P31 X2K4"), ("Rathmines, Dublin 6", "D06 F2W8"),
           ("Salthill, Galway", "H91 C8P3"), ("Navan, Co. Meath", "C15 R6Y2"),
           ("Castletroy, Limerick", "V94 K7D9")],
    "AU": [("Toowong QLD", "4066"), ("Fitzroy North VIC", "3068"), ("Marrickville NSW", "2204"),
           ("Subiaco WA", "6008"), ("Norwood SA", "5067")],
    "NZ": [("Mairangi Bay, Auckland", "0630"), ("Karori, Wellington", "6012"),
           ("Riccarton, Christchurch", "8041"), ("Maungatapu, Tauranga", "3112"),
           ("Roslyn, Dunedin", "9010")],
}
STREETS = ("Kingsley Road", "Church View", "Banksia Street", "Kowhai Road",
           "Marlborough Terrace", "Ashgrove Avenue", "Riverside Close", "Harbour Parade",
           "Station Lane", "Wattle Crescent",
           "Fairview Drive", "Abbey Gardens")
CURRENCY = {"GB": "GBP", "IE": "EUR", "AU": "AUD", "NZ": "NZD"}
DOMAINS = {"GB": ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"),
           "IE": ("gmail.com", "eircom.net", "hotmail.com", "icloud.com"),
           "AU": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
           "NZ": ("xtra.co.nz", "gmail.com", "slingshot.co.nz", "icloud.com")}
INSURERS = {
    "GB": ("Albion Mutual Insurance plc", "albionmutual.co.uk"),
    "IE": ("Shannonside General Insurance DAC", "shannonside.ie"),
    "AU": ("Southern Cross Underwriting Ltd", "southerncrossins.com.au"),
    "NZ": ("Aotearoa General Insurance Ltd", "aotearoageneral.co.nz"),
}
OTHER_INSURERS = ("Penrose Direct Insurance", "Meridian Motor Underwriters", "Larkfield Assurance",
                  "Tasman Shield Insurance", "Castlegate Insurance Co.")
CARS = (("Toyota", "Corolla", "JTD"), ("Volkswagen", "Golf", "WVW"), ("Ford", "Focus", "WF0"),
        ("Mazda", "CX-5", "JM3"), ("Hyundai", "i30", "KMH"), ("Skoda", "Octavia", "TMB"),
        ("Kia", "Sportage", "KNA"), ("Nissan", "Qashqai", "SJN"), ("Subaru", "Outback", "JF1"))
YEAR_CODES = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
              2022: "N", 2023: "P", 2024: "R"}


@dataclass
class Party:
    name: str
    phone: str
    email: str
    address: str
    role: str = ""


@dataclass
class Case:
    rng: random.Random
    region: str
    layout: str
    truth: dict
    claimant: Party
    insurer: str
    insurer_domain: str
    helpline: str
    decoys: list[Party] = field(default_factory=list)
    policy_start: date = date(2026, 1, 1)
    excess: Decimal = Decimal("250.00")
    refs: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.truth["currency"]

    def day(self, key: str) -> date:
        return date.fromisoformat(self.truth[key])


def make_address(rng: random.Random, region: str) -> str:
    town, post = rng.choice(PLACES[region])
    number = rng.randint(2, 140)
    street = rng.choice(STREETS)
    if region in ("AU",):
        return f"{number} {street}, {town} {post}"
    if region == "NZ":
        return f"{number} {street}, {town} {post}"
    return f"{number} {street}, {town}, {post}"


def make_parties(rng: random.Random, region: str, count: int) -> list[Party]:
    """`count` people who share neither a first nor a last name."""
    firsts = rng.sample(FIRST, count)
    lasts = rng.sample(LAST, count)
    parties = []
    for first, last in zip(firsts, lasts, strict=True):
        middle = f" {rng.choice(INITIALS)}." if rng.random() < 0.3 else ""
        name = f"{first}{middle} {last}"
        handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
        suffix = rng.randint(1, 99) if rng.random() < 0.4 else ""
        email = f"{handle}{suffix}@{rng.choice(DOMAINS[region])}"
        phone, e164 = make_phone(rng, region, rng.choice(("mobile", "mobile", "land")))
        party = Party(name, phone, email, make_address(rng, region))
        party.e164 = e164  # type: ignore[attr-defined]
        parties.append(party)
    return parties


def make_policy_number(rng: random.Random, region: str) -> str:
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    return rng.choice((f"{region}H-{d(7)}", f"MTR {d(4)} {d(4)}", f"P{d(8)}/{d(2)}",
                       f"{rng.choice(('HC', 'MV', 'TR', 'PC'))}{d(6)}-{rng.choice('ABCD')}"))


def make_claim_number(rng: random.Random) -> str | None:
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    if rng.random() < 0.2:
        return None
    return rng.choice((f"CL{d(8)}", f"C-26-{d(6)}", f"{d(3)}/{d(5)}/26", f"CLM{d(7)}"))


def make_police_ref(rng: random.Random, region: str) -> str:
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    return {"GB": f"CRN {d(2)}/{d(6)}/26", "IE": f"PULSE {d(8)}", "AU": f"E{d(8)}",
            "NZ": f"P0{d(8)}"}[region]


def make_vehicle(rng: random.Random) -> tuple[str, str]:
    make, model, wmi = rng.choice(CARS)
    year = rng.choice(sorted(YEAR_CODES))
    return make_vin(rng, wmi, YEAR_CODES[year]), f"{make} {model} {year}"


def split_amount(rng: random.Random, total_parts: list[str], low: int, high: int) -> list[dict]:
    return [{"description": d, "amount": str(cents(rng.randint(low * 100, high * 100) / 100))}
            for d in total_parts]


def start_case(rng: random.Random, layout: str) -> Case:
    region = rng.choice(("GB", "IE", "AU", "NZ"))
    people = make_parties(rng, region, 7)
    claimant = people[0]
    insurer, domain = INSURERS[region]
    helpline, _ = make_phone(rng, region, "land")
    loss = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    reported = loss + timedelta(days=rng.randint(0, 18))
    truth = dict.fromkeys(("claim_number", "policy_number", "claimant_name", "claimant_email",
                           "claimant_phone", "claimant_address", "date_of_loss", "date_reported",
                           "incident_type", "incident_location", "incident_description",
                           "police_report_number", "vehicle_vin", "vehicle_make_model_year",
                           "claimed_amount", "currency"))
    truth.update(claim_number=make_claim_number(rng), policy_number=make_policy_number(rng, region),
                 claimant_name=claimant.name, claimant_email=claimant.email,
                 claimant_phone=claimant.e164,  # type: ignore[attr-defined]
                 claimant_address=claimant.address, date_of_loss=loss.isoformat(),
                 date_reported=reported.isoformat(), currency=CURRENCY[region], line_items=[])
    case = Case(rng, region, layout, truth, claimant, insurer, domain, helpline, people[1:])
    case.policy_start = loss - timedelta(days=rng.randint(20, 330))
    case.excess = Decimal(rng.choice(("100.00", "250.00", "300.00", "400.00", "500.00")))
    return case


def finish_truth(case: Case) -> dict:
    truth = dict(case.truth)
    truth["claimed_amount"] = str(Decimal(truth["claimed_amount"]).quantize(Decimal("0.01")))
    truth["layout"] = case.layout
    return truth
