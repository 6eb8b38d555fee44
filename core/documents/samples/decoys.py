"""The other people, firms and numbers on a claim document that an extractor must not take.

Every layout prints the insurer's own address and phone, an agent, a witness, a repairer and a
reference number that is not the claim number; none of them is part of the ground truth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from core.documents.samples.formats import DocStyle
from core.documents.samples.places import (
    City,
    Country,
    city_of_address,
    locale_faker,
    make_address,
    make_phone,
)
from core.documents.samples.truth import ascii_fold, scenario_of


@dataclass(frozen=True)
class Insurer:
    name: str
    short: str  # logo letters
    color: tuple[int, int, int]
    city: str
    address: str
    email_domain: str
    tagline: str


INSURERS: dict[str, tuple[Insurer, ...]] = {
    "US": (
        Insurer("Northgate Mutual Insurance", "NM", (18, 62, 120), "Boston",
                "400 Atlantic Avenue, Suite 1200, Boston, MA 02110", "northgate-mutual.example",
                "Protecting New England families since 1921"),
        Insurer("Harborline Insurance Company", "HL", (0, 104, 110), "Seattle",
                "1501 Fourth Avenue, Seattle, WA 98101", "harborline.example",
                "Auto | Home | Travel"),
        Insurer("Bluestone Casualty & General", "BC", (40, 52, 140), "Chicago",
                "233 South Wacker Drive, Chicago, IL 60606", "bluestone-cg.example",
                "A member of the Bluestone Group"),
    ),
    "GB": (
        Insurer("Crescent Assurance plc", "CA", (120, 20, 60), "London",
                "14 Moorgate, London EC2R 6DA", "crescent-assurance.example",
                "Authorised and regulated by the Financial Conduct Authority"),
        Insurer("Pennine General Insurance", "PG", (30, 90, 50), "Leeds",
                "2 Wellington Place, Leeds LS1 4AP", "pennine-general.example",
                "Motor and home insurance for the North"),
    ),
    "DE": (
        Insurer("Rheinland Allgemeine Versicherung AG", "RA", (0, 70, 130), "Köln",
                "Rheinuferstraße 8, 50668 Köln", "rheinland-versicherung.example",
                "Ihr Partner für Auto, Haus und Reise"),
        Insurer("Meridian Versicherung", "MV", (150, 60, 0), "München",
                "Leopoldstraße 40, 80802 München", "meridian-vers.example",
                "International claims service in English"),
    ),
}
PROVIDER_KINDS = {
    "motor": ("Auto Body", "Collision Center", "Auto Repair", "Motor Works"),
    "home": ("Restoration", "Building Services", "Plumbing & Heating", "Home Repairs"),
    "health": ("Medical Center", "Orthopedic Clinic", "Physical Therapy"),
    "travel": ("Travel", "Holidays", "Luggage Outlet"),
}


@dataclass(frozen=True)
class Decoys:
    """Per-document distractors, drawn from the document's random stream."""

    insurer: Insurer
    insurer_phone: str
    form_code: str
    agent: str
    agency: str
    agent_phone: str
    agent_email: str
    witness: str
    witness_phone: str
    provider: str
    provider_address: str
    provider_phone: str
    file_ref: str
    tax_id: str
    invoice_number: str
    invoice_date: str
    birth_date: str
    adjuster: str


def _other_phone(rng: random.Random, country: Country, home: City, avoid: set[str],
                 local: float = 0.6) -> str:
    """A number not used yet on the document, in `home`'s area with probability `local`."""
    while True:
        city = home if rng.random() < local else rng.choice(country.cities)
        phone = make_phone(rng, country, city)
        if phone not in avoid:
            avoid.add(phone)
            return phone


def make_decoys(rng: random.Random, record: dict[str, Any], country: Country) -> Decoys:
    """Draw an insurer, an agent, a witness, a repairer and a file reference for `record`."""
    fake = locale_faker(country.locale)
    fake.seed_instance(rng.getrandbits(32))
    used = {record.get("claimant_phone") or ""}
    insurer = rng.choice(INSURERS[country.code])
    city = city_of_address(country, record.get("claimant_address") or "")
    kind = scenario_of(record).product_type
    last = fake.last_name()
    provider = rng.choice((f"{last} {rng.choice(PROVIDER_KINDS[kind])}",
                           f"{city.name} {rng.choice(PROVIDER_KINDS[kind])}"))
    agent_first, agent_last = fake.first_name(), fake.last_name()
    agency = rng.choice((f"{agent_last} & {fake.last_name()} Insurance Agency",
                         f"{agent_last} Insurance Brokers", f"{city.name} Insurance Partners"))
    year = int((record.get("date_reported") or "2026")[:4])
    loss = date.fromisoformat(record.get("date_of_loss") or f"{year}-01-01")
    claim = record.get("claim_number") or ""
    file_ref = claim
    while file_ref == claim:
        file_ref = rng.choice((f"REF-{year}-{rng.randint(100000, 999999)}",
                               f"{year % 100:02d}/{rng.randint(10000, 99999)}",
                               f"AGY-{rng.randint(1000000, 9999999)}",
                               f"FN{rng.randint(100000000, 999999999)}"))
    return Decoys(
        insurer=insurer,
        insurer_phone=_other_phone(rng, country, city_of_address(country, insurer.city), used,
                                   local=1.0),
        form_code=f"{insurer.short}-{rng.choice(('FNOL', 'CLM', 'PLN'))}-{rng.randint(1, 40):02d}"
                  f" (rev. {rng.randint(2019, year)})",
        agent=f"{agent_first} {agent_last}",
        agency=agency,
        agent_phone=_other_phone(rng, country, city, used),
        agent_email=ascii_fold(f"{agent_first[0]}.{agent_last}@{agency.split()[0]}.example")
        .lower().replace("'", ""),
        witness=f"{fake.first_name()} {fake.last_name()}",
        tax_id=f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        witness_phone=_other_phone(rng, country, city, used),
        provider=provider,
        provider_address=make_address(rng, fake, country, city, home=False),
        provider_phone=_other_phone(rng, country, city, used, local=1.0),
        file_ref=file_ref,
        invoice_number=f"INV-{rng.randint(10000, 99999)}",
        invoice_date=(loss + timedelta(days=rng.randint(1, 6))).isoformat(),
        birth_date=date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        .isoformat(),
        adjuster=f"{fake.first_name()} {fake.last_name()}",
    )


def insurer_lines(decoys: Decoys, style: DocStyle) -> tuple[str, str]:
    """The insurer's address line and its contact line, as a letterhead prints them."""
    insurer = decoys.insurer
    contact = (f"Claims line {style.phone(decoys.insurer_phone)}  |  claims@{insurer.email_domain}"
               f"  |  www.{insurer.email_domain}")
    return insurer.address, contact

