"""How one document prints values: date, amount, phone and name formats and label wording.

A `DocStyle` is drawn once per document, so a document is consistent with itself while the
corpus varies the way real forms from different insurers do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import phonenumbers

from core.documents.samples.places import Country

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATE_FORMATS = {
    "US": ("us", "us_short", "long", "long_ordinal", "abbr", "iso", "day_month"),
    "GB": ("day_month", "day_month_ordinal", "abbr_day", "iso"),
    "DE": ("dotted", "day_month", "iso"),
}
AMOUNT_FORMATS = {
    # g: grouped (European separators for EUR), p: plain two decimals, t: trailing zeros cut
    "USD": ("${g}", "USD {g}", "USD {t}", "{g} USD", "$ {p}"),
    "EUR": ("{g} EUR", "€ {g}", "EUR {g}", "{g} €"),
    "GBP": ("£{g}", "GBP {g}", "£ {g}", "{g} GBP"),
}
PHONE_FORMATS = {
    "US": ("({a}) {b}-{c}", "{a}-{b}-{c}", "+1 {a} {b} {c}", "{a}.{b}.{c}", "+1 ({a}) {b}-{c}"),
    "INTL": ("{intl}", "{compact}", "{trunk}"),
}
NAME_STYLES = {"normal": 55, "upper_last_first": 20, "last_first": 15, "upper": 10}
LABELS: dict[str, tuple[str, ...]] = {
    "claim_number": ("Claim No.", "Claim Number", "Claim #", "Claim ID", "Claim reference"),
    "policy_number": ("Policy No.", "Policy Number", "Policy #", "Insured's policy",
                      "Certificate number", "Policy/Certificate No."),
    "claimant_name": ("Name of insured", "Claimant", "Claimant name", "Policyholder",
                      "Insured name", "Full name"),
    "claimant_email": ("E-mail", "Email address", "Email"),
    "claimant_phone": ("Phone", "Telephone", "Daytime phone", "Contact number", "Tel."),
    "claimant_address": ("Address", "Mailing address", "Home address", "Street address"),
    "date_of_loss": ("Date of loss", "Loss date", "Incident date", "Date of incident"),
    "date_reported": ("Date reported", "Date of report", "Date notified", "Date of this notice"),
    "incident_type": ("Type of loss", "Nature of loss", "Cause of loss", "Loss type"),
    "incident_location": ("Location of loss", "Place of incident", "Where did it happen?",
                          "Loss location"),
    "incident_description": ("Description of loss", "Describe what happened", "Circumstances",
                             "Details of incident"),
    "police_report_number": ("Police report No.", "Police report #", "Police case number",
                             "Police ref."),
    "vehicle_vin": ("VIN", "Vehicle identification number", "Chassis / VIN"),
    "vehicle_make_model_year": ("Vehicle", "Make / model / year", "Vehicle (make, model, year)",
                                "Insured vehicle"),
    "claimed_amount": ("Amount claimed", "Total claimed", "Claim total", "Total amount of claim",
                       "Estimated loss"),
    # decoys: values that look like claim fields and are not
    "agent": ("Agent", "Broker", "Producer", "Your agent"),
    "agent_phone": ("Agent phone", "Broker tel.", "Agent's telephone"),
    "agency": ("Agency", "Brokerage", "Agency name"),
    "witness": ("Witness", "Witness name", "Independent witness"),
    "witness_phone": ("Witness phone", "Witness tel.", "Witness contact"),
    "provider": ("Repair shop", "Repairer", "Service provider"),
    "provider_phone": ("Shop phone", "Repairer tel.", "Provider phone"),
    "provider_address": ("Shop address", "Repairer address", "Provider address"),
    "file_ref": ("Our reference", "File No.", "Agency file #", "Document ID", "Ref."),
    "birth_date": ("Date of birth", "DOB", "Birth date"),
}
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "collision": ("Collision", "Motor vehicle collision", "Auto accident",
                  "Road traffic accident"),
    "theft": ("Theft", "Theft / burglary", "Stolen property"),
    "fire": ("Fire", "Fire and smoke damage"),
    "water_damage": ("Water damage", "Escape of water", "Burst pipe / leak"),
    "weather": ("Storm / hail", "Weather damage", "Windstorm or hail"),
    "vandalism": ("Vandalism", "Malicious damage"),
    "glass": ("Glass breakage", "Glass damage"),
    "injury": ("Bodily injury", "Personal injury", "Accident / injury"),
    "liability": ("Third-party liability", "Liability to others"),
    "other": ("Other", "Other (see description)"),
}
CHECKBOX_WORDS = {"collision": "Collision", "theft": "Theft", "fire": "Fire",
                  "water_damage": "Water damage", "weather": "Storm / weather",
                  "vandalism": "Vandalism", "glass": "Glass", "injury": "Injury",
                  "liability": "Liability", "other": "Other"}


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(iso: str, fmt: str) -> str:
    """`iso` (YYYY-MM-DD) printed in one of the DATE_FORMATS."""
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year}",
        "long": f"{month} {d.day}, {d.year}",
        "long_ordinal": f"{month} {ordinal(d.day)}, {d.year}",
        "abbr": f"{month[:3]} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "day_month": f"{d.day} {month} {d.year}",
        "day_month_ordinal": f"{ordinal(d.day)} {month} {d.year}",
        "abbr_day": f"{d.day} {month[:3]} {d.year}",
        "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[fmt]


def group_amount(value: str | Decimal, currency: str) -> str:
    """12480.5 as 12,480.50, or 12.480,50 for euro amounts."""
    text = f"{Decimal(value):,.2f}"
    return text.translate(str.maketrans(",.", ".,")) if currency == "EUR" else text


def format_amount(value: str | Decimal, currency: str, fmt: str) -> str:
    """An amount printed with its currency in one of the AMOUNT_FORMATS."""
    plain = f"{Decimal(value):.2f}"
    return fmt.format(g=group_amount(value, currency), p=plain,
                      t=plain.rstrip("0").rstrip("."))


def format_phone(e164: str, fmt: str) -> str:
    """An E.164 number printed in one of the PHONE_FORMATS."""
    if e164.startswith("+1"):
        digits = e164[2:]
        return fmt.format(a=digits[:3], b=digits[3:6], c=digits[6:])
    intl = phonenumbers.format_number(phonenumbers.parse(e164),
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    code, rest = intl.split(" ", 1)
    return fmt.format(intl=intl, compact=e164, trunk=f"{code} (0){rest}")


def format_name(name: str, style: str) -> str:
    """"John A. Smith" as it stands on a form: "SMITH, JOHN A.", "Smith, John A.", ..."""
    *given, last = name.split()
    if style == "upper_last_first":
        return f"{last}, {' '.join(given)}".upper()
    if style == "last_first":
        return f"{last}, {' '.join(given)}"
    return name.upper() if style == "upper" else name


@dataclass(frozen=True)
class DocStyle:
    """The printing choices of one document."""

    country: Country
    currency: str
    date_format: str
    amount_format: str
    phone_format: str
    name_style: str
    labels: dict[str, str]
    type_words: str
    font_size: float
    margin: float
    page_format: str

    def date(self, iso: str) -> str:
        return format_date(iso, self.date_format)

    def amount(self, value: str | Decimal) -> str:
        return format_amount(value, self.currency, self.amount_format)

    def number(self, value: str | Decimal) -> str:
        return group_amount(value, self.currency)

    def phone(self, e164: str) -> str:
        return format_phone(e164, self.phone_format)

    def name(self, name: str) -> str:
        return format_name(name, self.name_style)

    def label(self, key: str) -> str:
        return self.labels[key]


def draw_style(rng: random.Random, record: dict[str, Any], country: Country,
               scale: float = 1.0) -> DocStyle:
    """Draw the printing choices of one document of `record`'s claimant country."""
    currency = record.get("currency") or country.currency
    return DocStyle(
        country=country,
        currency=currency,
        date_format=rng.choice(DATE_FORMATS[country.code]),
        amount_format=rng.choice(AMOUNT_FORMATS.get(currency, ("{p} " + currency,))),
        phone_format=rng.choice(PHONE_FORMATS["US" if country.code == "US" else "INTL"]),
        name_style=rng.choices(list(NAME_STYLES), list(NAME_STYLES.values()))[0],
        labels={key: rng.choice(options) for key, options in LABELS.items()},
        type_words=rng.choice(TYPE_WORDS.get(record.get("incident_type") or "other",
                                             TYPE_WORDS["other"])),
        font_size=round(rng.uniform(8.8, 10.4) * scale, 1),
        margin=round(rng.uniform(13, 21) * min(1.0, scale + 0.1), 1),
        page_format="Letter" if country.code == "US" else "A4",
    )
