"""Held-out corpus 10, the case: one claim's truth plus the decoys drawn around it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from core.documents.schemas import FIELD_NAMES
from core.documents.validate import vin_check_digit_ok
from core.validation import normalize_phone

FIELDS = FIELD_NAMES  # the contract's fields, in its order
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
FIRST = (
    "Olivia",
    "Liam",
    "Niamh",
    "Carlos",
    "Lucia",
    "Mateo",
    "Grace",
    "Owen",
    "Priya",
    "Declan",
    "Sofia",
    "Marcus",
    "Hannah",
    "Diego",
    "Aoife",
    "Ethan",
    "Valeria",
    "Rory",
)
LAST = (
    "Whitaker",
    "Brennan",
    "Morales",
    "Castillo",
    "Okafor",
    "Lindqvist",
    "Hargreaves",
    "Delgado",
    "Fitzgerald",
    "Nakamura",
    "Pereira",
    "Thornton",
    "Gallagher",
    "Ramirez",
)
STREETS = (
    "Maple Avenue",
    "Kingsway",
    "Harbour Road",
    "Elm Street",
    "Station Road",
    "Calle Mayor",
    "Avenida Reforma",
    "Birch Lane",
    "Quay Street",
    "Calle del Sol",
)
MAIL_DOMAINS = ("mailbox.net", "example.com", "correo.es")
INSURER_DOMAINS = ("northgate-ins.com", "aseguradora.es", "harbourmutual.co")
# Per locale: currency, phone region and dialling form, city/postcode, date order.
LOCALES = {
    "US": ("USD", "+1", ("Portland, OR 97204", "Austin, TX 78701", "Columbus, OH 43215"), "mdy"),
    "CA": ("CAD", "+1", ("Toronto, ON M5V 2T6", "Calgary, AB T2P 1J9"), "ymd"),
    "UK": ("GBP", "+44", ("Leeds LS1 4AP", "Bristol BS1 5TR", "London SE1 9SG"), "dmy"),
    "IE": ("EUR", "+353", ("Dublin D02 X285", "Cork T12 RX2K"), "dmy"),
    "ES": ("EUR", "+34", ("28013 Madrid", "41004 Sevilla", "46002 Valencia"), "dmy"),
    "MX": ("MXN", "+52", ("06600 Ciudad de México", "44100 Guadalajara"), "dmy"),
}


def phone(rng: random.Random, prefix: str) -> tuple[str, str]:
    """A valid (printed, E.164) phone for the locale's dialling prefix."""
    while True:
        if prefix == "+1":
            area = rng.choice(("503", "512", "614", "416", "403", "617"))
            printed = f"({area}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        elif prefix == "+44":
            printed = f"07{rng.randint(400, 999)} {rng.randint(100000, 999999)}"
        elif prefix == "+353":
            printed = (
                f"+353 8{rng.choice('3567')} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            )
        elif prefix == "+34":
            printed = f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            printed = f"+52 55 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        try:
            region = "GB" if prefix == "+44" else None
            e164 = normalize_phone(printed if region is None else "+44" + printed[1:])
            return printed, e164
        except ValueError:
            continue


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    while True:
        body = [rng.choice(chars) for _ in range(17)]
        for digit in "0123456789X":
            body[8] = digit
            if vin_check_digit_ok("".join(body)):
                return "".join(body)


def fmt_date(d: date, style: str) -> str:
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "ymd": d.isoformat(),
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "us_long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "es_long": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
    }[style]


def money(amount: Decimal, locale: str) -> str:
    """The amount as printed: European separators for Spain and Ireland's forms in EUR."""
    text = f"{amount:,.2f}"
    if locale == "ES":
        return text.replace(",", "X").replace(".", ",").replace("X", ".")
    return text


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_case(rng: random.Random, locale: str, incident_type: str) -> dict:
    """Truth (all contract fields, vehicle and police null) and decoys for one claim."""
    currency, prefix, cities, order = LOCALES[locale]
    name = person(rng)
    printed_phone, e164 = phone(rng, prefix)
    loss = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
    reported = loss + timedelta(days=rng.randint(1, 40))
    user = name.lower().replace(" ", rng.choice((".", "_", "")))
    truth = {
        "claim_number": rng.choice(("CLM-", "CL", "SIN-", "HX")) + f"{rng.randint(100000, 999999)}",
        "policy_number": rng.choice(("POL-", "HM ", "AU-", "PV"))
        + f"{rng.randint(1000, 9999)}"
        + rng.choice(("-", " ", ""))
        + f"{rng.randint(100, 999)}",
        "claimant_name": name,
        "claimant_email": f"{user}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}",
        "claimant_phone": e164,
        "claimant_address": f"{rng.randint(2, 480)} {rng.choice(STREETS)}, {rng.choice(cities)}",
        "date_of_loss": loss.isoformat(),
        "date_reported": reported.isoformat(),
        "incident_type": incident_type,
        "incident_location": None,
        "incident_description": None,
        "police_report_number": None,
        "vehicle_vin": None,
        "vehicle_make_model_year": None,
        "claimed_amount": None,
        "currency": currency,
        "line_items": [],
    }
    truth["policy_number"] = " ".join(truth["policy_number"].split())
    decoys = {
        "agent": person(rng),
        "agent_phone": phone(rng, prefix)[0],
        "agent_email": f"claims@{rng.choice(INSURER_DOMAINS)}",
        "insurer_address": f"{rng.randint(1, 99)} {rng.choice(STREETS)}, {rng.choice(cities)}",
        "witness": person(rng),
        "witness_phone": phone(rng, prefix)[0],
        "dob": fmt_date(
            date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)),
            order if order != "ymd" else "ymd",
        ),
        "policy_from": fmt_date(
            loss - timedelta(days=rng.randint(30, 300)), order if order != "ymd" else "ymd"
        ),
        "deductible": Decimal(rng.choice((250, 500, 750, 1000))),
        "sum_insured": Decimal(rng.choice((25000, 50000, 100000, 250000))),
    }
    return {
        "truth": truth,
        "decoys": decoys,
        "printed_phone": printed_phone,
        "locale": locale,
        "order": order,
    }


def amounts(rng: random.Random, labels: list[str]) -> list[dict]:
    return [
        {"description": label, "amount": f"{Decimal(rng.randint(4000, 180000)) / 100:.2f}"}
        for label in labels
    ]


def total(items: list[dict]) -> str:
    return f"{sum(Decimal(i['amount']) for i in items):.2f}"
