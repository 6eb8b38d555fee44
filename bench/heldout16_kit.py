"""Held-out corpus 16 kit: North American names, places, phones, dates, money and VINs."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

FIELDS = ("claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
          "claimant_address", "date_of_loss", "date_reported", "incident_type",
          "incident_location", "incident_description", "police_report_number", "vehicle_vin",
          "vehicle_make_model_year", "claimed_amount", "currency", "line_items")

FIRST = ["Maria", "Daniel", "Priya", "Marcus", "Hannah", "Tyler", "Sofia", "Kevin", "Aisha",
         "Brandon", "Chloe", "Luis", "Megan", "Andre", "Natalie", "Owen", "Rachel", "Jamal",
         "Isabelle", "Gordon", "Leah", "Victor", "Simone", "Trevor", "Fatima", "Colin", "Wendy",
         "Raj", "Elena", "Derek", "Yvonne", "Samuel", "Tanya", "Grant", "Mei", "Curtis"]
LAST = ["Lopez", "Whitfield", "Nair", "Okafor", "Brennan", "Gallagher", "Tremblay", "Kowalski",
        "Haddad", "Sorensen", "Delgado", "Fraser", "Patel", "Bouchard", "Nguyen", "Harrington",
        "Castillo", "Lindqvist", "Moreau", "Abernathy", "Chowdhury", "Pellerin", "Vasquez",
        "Reardon", "Gauthier", "Ostrowski", "Baptiste", "Kimura", "Doucette", "Ferreira",
        "Hollis", "Sandoval", "Yilmaz", "Carver", "Nakamura", "Eriksen"]
STREETS = ["Oak Street", "Maple Avenue", "Cedar Lane", "Lakeshore Drive", "Birch Road",
           "Highland Avenue", "Willow Court", "Prospect Street", "Riverside Drive", "Elm Street",
           "Sycamore Way", "Ridgeview Road", "Church Street", "Mill Road", "Aspen Crescent"]
US_CITIES = [("Springfield", "IL", "627", "217"), ("Columbus", "OH", "432", "614"),
             ("Tacoma", "WA", "984", "253"), ("Raleigh", "NC", "276", "919"),
             ("Boise", "ID", "837", "208"), ("Tucson", "AZ", "857", "520"),
             ("Madison", "WI", "537", "608"), ("Albany", "NY", "122", "518"),
             ("Richmond", "VA", "232", "804"), ("Omaha", "NE", "681", "402"),
             ("Denver", "CO", "802", "303"), ("Knoxville", "TN", "379", "865")]
CA_CITIES = [("Toronto", "ON", "M4C", "416"), ("Ottawa", "ON", "K1S", "613"),
             ("Calgary", "AB", "T2N", "403"), ("Vancouver", "BC", "V5K", "604"),
             ("Winnipeg", "MB", "R3M", "204"), ("Halifax", "NS", "B3H", "902"),
             ("Edmonton", "AB", "T6E", "780"), ("Hamilton", "ON", "L8P", "905"),
             ("Victoria", "BC", "V8V", "250"), ("Regina", "SK", "S4P", "306")]
ROADS = {"US": ["I-94 eastbound near exit 138", "the intersection of Main St and 4th Ave",
                "Route 9 northbound", "US-20 at mile marker 62",
                "the drive-through lane on Lakeview Blvd"],
         "CA": ["Highway 1 westbound near exit 44", "the corner of King St W and 5th Ave",
                "Trans-Canada Hwy near exit 12", "the Costco parking lot on Ridge Road"]}
MAKES = [("1HG", "Honda", "Accord"), ("1FT", "Ford", "F-150"), ("2T1", "Toyota", "Corolla"),
         ("1G1", "Chevrolet", "Malibu"), ("5YJ", "Tesla", "Model 3"),
         ("3VW", "Volkswagen", "Jetta"), ("2HG", "Honda", "Civic"), ("1C6", "Ram", "1500"),
         ("5NP", "Hyundai", "Elantra"),
         ("JTD", "Toyota", "Prius"), ("1FM", "Ford", "Transit"), ("KNA", "Kia", "Sorento")]
INSURERS = ["Great Lakes Mutual", "Prairie Shield Insurance", "Cascade Casualty Co.",
            "Northbridge Home & Auto", "Keystone Indemnity", "Maple Leaf General",
            "Lighthouse Assurance", "Summit Ridge Insurance Company"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

US_DATE_STYLES = ("mdy_slash", "mdy_dash", "long", "short_mon", "iso", "mdy_short")
CA_DATE_STYLES = ("iso", "long", "dmy_long", "dmy_slash", "short_mon")
DATE_STYLES = US_DATE_STYLES + CA_DATE_STYLES
MONEY_STYLES = ("sym", "sym_plain", "code", "code_after", "plain", "ca_sym")
PHONE_STYLES = ("paren", "dash", "dot", "intl", "one_dash")


def format_date(day: date, style: str) -> str:
    """One of the region's ways to print a date."""
    month = MONTHS[day.month - 1]
    return {
        "mdy_slash": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "mdy_dash": f"{day.month:02d}-{day.day:02d}-{day.year}",
        "mdy_short": f"{day.month}/{day.day}/{day.year % 100:02d}",
        "long": f"{month} {day.day}, {day.year}",
        "short_mon": f"{month[:3]} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "dmy_long": f"{day.day} {month} {day.year}",
        "dmy_slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
    }[style]


def pick_date_style(rng: random.Random, country: str, day: date) -> str:
    """Month first in the US; in Canada day/month only when the day cannot be a month."""
    if country == "US":
        return rng.choice(US_DATE_STYLES)
    styles = [s for s in CA_DATE_STYLES if s != "dmy_slash" or day.day > 12]
    return rng.choice(styles)


def format_money(amount: Decimal, style: str, currency: str = "USD") -> str:
    """One of the region's ways to print an amount."""
    plain = f"{amount:,.2f}"
    return {
        "sym": f"${plain}",
        "sym_plain": f"${amount:.2f}",
        "code": f"{currency} {plain}",
        "code_after": f"{plain} {currency}",
        "plain": plain,
        "ca_sym": ("C$" if currency == "CAD" else "US$") + plain,
    }[style]


def format_phone(e164: str, style: str) -> str:
    """A +1 number printed the North American way."""
    area, exch, line = e164[2:5], e164[5:8], e164[8:]
    return {
        "paren": f"({area}) {exch}-{line}",
        "dash": f"{area}-{exch}-{line}",
        "dot": f"{area}.{exch}.{line}",
        "intl": f"+1 {area} {exch} {line}",
        "one_dash": f"1-{area}-{exch}-{line}",
    }[style]


def make_phone(rng: random.Random, area: str) -> str:
    return f"+1{area}{rng.randint(2, 9)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEARS = dict(zip(range(2010, 2027), "ABCDEFGHJKLMNPRST", strict=True))


def make_vin(rng: random.Random, wmi: str, year: int) -> str:
    """A 17-character VIN whose ninth character is its check digit."""
    body = (wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + VIN_YEARS[year]
            + rng.choice(VIN_CHARS) + "".join(rng.choice("0123456789") for _ in range(6)))
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True)) % 11
    return body[:8] + ("X" if total == 10 else str(total)) + body[9:]


def make_postcode(rng: random.Random, country: str, prefix: str) -> str:
    if country == "US":
        return f"{prefix}{rng.randint(1, 99):02d}"
    return f"{prefix} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"


def money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")
