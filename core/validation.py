"""Normalising and checking user input: phone numbers, e-mail, time zones, money."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from email_validator import EmailNotValidError, validate_email


def normalize_phone(raw: str, default_region: str = "US") -> str:
    """Return the number in E.164 form; raise ValueError with a readable reason otherwise."""
    text = (raw or "").strip()
    if not text:
        raise ValueError("is empty")
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else default_region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{text!r} is not a phone number ({exc})") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{text!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(raw: str) -> str:
    """Return the address in normal form (domain lower-cased); raise ValueError otherwise."""
    try:
        return validate_email((raw or "").strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from exc


def check_timezone(name: str) -> str:
    """Return an IANA time-zone name unchanged if it exists; raise ValueError otherwise."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not a known time zone") from exc
    return name


def to_money(value: Any, *, allow_zero: bool = False) -> Decimal:
    """A non-negative amount with two decimal places; raise ValueError otherwise."""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"{value!r} is not an amount") from exc
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValueError("must be greater than zero")
    return amount
