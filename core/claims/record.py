"""A claim's fields: provenance records, checking edited values, and the columns they feed.

`fields` on a claim maps every contract field (FIELD_NAMES) to
`{"value", "confidence", "page", "bbox", "source"}`; source is "extracted" or "edited", and
a field the document did not state has value None. Warnings are kept as
`{"message", "field", "source"}` so that an edit can replace the warnings about its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from core.claims.models import INCIDENT_TYPES
from core.claims.schemas import ClaimWarning, FieldView
from core.documents.schemas import FIELD_NAMES, ExtractionResult
from core.documents.validate import parse_amount, parse_date, parse_email, parse_phone, parse_vin

NOT_EDITABLE = ("line_items",)
EDITABLE_FIELDS = tuple(name for name in FIELD_NAMES if name not in NOT_EDITABLE)
FIELD_LABELS = {
    "claim_number": "Claim number", "policy_number": "Policy number",
    "claimant_name": "Claimant", "claimant_email": "E-mail", "claimant_phone": "Phone",
    "claimant_address": "Address", "date_of_loss": "Date of loss",
    "date_reported": "Date reported", "incident_type": "Incident type",
    "incident_location": "Location", "incident_description": "Description",
    "police_report_number": "Police report", "vehicle_vin": "VIN",
    "vehicle_make_model_year": "Vehicle", "claimed_amount": "Claimed amount",
    "currency": "Currency", "line_items": "Line items",
}
CURRENCY = re.compile(r"[A-Z]{3}")
MAKE_MODEL_YEAR = re.compile(r"\S.*\s(19|20)\d{2}")
MAX_NAME = 120


def fold(text: str) -> str:
    """Whitespace folded to single spaces."""
    return " ".join(text.split())


def _code(text: str) -> str:
    return fold(text).upper()


def _date(text: str) -> str:
    return parse_date(text).isoformat()


def _incident_type(text: str) -> str:
    kind = "_".join(text.lower().split())
    if kind not in INCIDENT_TYPES:
        raise ValueError(f"{text!r} is not one of {', '.join(INCIDENT_TYPES)}")
    return kind


def _make_model_year(text: str) -> str:
    folded = fold(text)
    if not MAKE_MODEL_YEAR.fullmatch(folded):
        raise ValueError(f"{text!r} does not read Make Model YYYY")
    return folded


def _currency(text: str) -> str:
    code = text.strip().upper()
    if not CURRENCY.fullmatch(code):
        raise ValueError(f"{text!r} is not a three-letter ISO 4217 code")
    return code


PARSERS: dict[str, Callable[[str], str]] = {
    "claim_number": _code, "policy_number": _code, "police_report_number": _code,
    "claimant_name": fold, "claimant_address": fold, "incident_location": fold,
    "incident_description": fold, "claimant_email": parse_email, "claimant_phone": parse_phone,
    "date_of_loss": _date, "date_reported": _date, "incident_type": _incident_type,
    "vehicle_vin": parse_vin, "vehicle_make_model_year": _make_model_year,
    "currency": _currency,
}


def check_edit(name: str, typed: str, *, currency: str | None) -> tuple[Any, str | None]:
    """(value to store, warning or None) for a value a reviewer typed.

    A value that passes its parser is stored in normal form; one that fails is stored exactly
    as typed, with a warning saying why. An empty value clears the field.
    """
    if not typed.strip():
        return None, None
    try:
        if name == "claimed_amount":
            amount, _sign = parse_amount(typed, currency_hint=currency)
            return f"{amount:.2f}", None
        return PARSERS[name](typed), None
    except ValueError as exc:
        return typed, f"{FIELD_LABELS[name]}: {exc}; kept as typed."


def fields_from_extraction(result: ExtractionResult) -> dict[str, dict[str, Any]]:
    """The provenance record of every contract field, as the extractor found it."""
    fields: dict[str, dict[str, Any]] = {}
    for name in FIELD_NAMES:
        found = result.fields.get(name)
        fields[name] = {
            "value": None if found is None else found.value,
            "confidence": None if found is None else round(float(found.confidence), 3),
            "page": None if found is None else found.page,
            "bbox": None if found is None or found.bbox is None else [
                round(float(v), 1) for v in found.bbox],
            "source": "extracted",
        }
    return fields


def _field_of(message: str) -> str | None:
    """The field a warning speaks of, when it names one at its start."""
    head = message.split(":", 1)[0].strip().lower()
    for name in FIELD_NAMES:
        if head in (name, name.replace("_", " "), FIELD_LABELS[name].lower()):
            return name
    return None


def warning_record(message: str, source: str, field: str | None = None) -> dict[str, Any]:
    """A warning as kept on a claim; the field is guessed from the message when not given."""
    return {"message": message, "field": field or _field_of(message), "source": source}


def value_of(fields: dict[str, Any], name: str) -> Any:
    """The value of one field in a claim's `fields` record (None when absent)."""
    entry = fields.get(name)
    return entry.get("value") if isinstance(entry, dict) else None


def as_date(value: Any) -> date | None:
    """An ISO date string as a date; None for anything else."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _as_decimal(value: Any) -> Decimal | None:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01")) if value is not None else None
    except (InvalidOperation, ValueError):
        return None
    return amount if amount is not None and amount.is_finite() and amount >= 0 else None


def column_values(fields: dict[str, Any]) -> dict[str, Any]:
    """The claim's columns that mirror its fields; a value that does not fit leaves it empty."""
    currency = value_of(fields, "currency")
    incident = value_of(fields, "incident_type")
    name = value_of(fields, "claimant_name")
    description = value_of(fields, "incident_description")
    return {
        "claimed_amount": _as_decimal(value_of(fields, "claimed_amount")),
        "currency": currency if isinstance(currency, str) and CURRENCY.fullmatch(currency)
        else "USD",
        "date_of_loss": as_date(value_of(fields, "date_of_loss")),
        "date_reported": as_date(value_of(fields, "date_reported")),
        "incident_type": incident if incident in INCIDENT_TYPES else None,
        "claimant_name": name[:MAX_NAME] if isinstance(name, str) and name else None,
        "description": description if isinstance(description, str) and description else None,
    }


def to_field_views(fields: dict[str, Any]) -> dict[str, FieldView]:
    """Every contract field, in FIELD_NAMES order, from a claim's `fields` record."""
    views = {}
    for name in FIELD_NAMES:
        found = fields.get(name)
        entry: dict[str, Any] = found if isinstance(found, dict) else {}
        bbox = entry.get("bbox")
        views[name] = FieldView(
            name=name, value=entry.get("value"), confidence=entry.get("confidence"),
            page=entry.get("page"),
            bbox=(float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))
            if bbox and len(bbox) == 4 else None,
            source=entry.get("source"),
        )
    return views


def to_warnings(records: list[Any]) -> list[ClaimWarning]:
    """A claim's stored warnings as schemas (plain strings, from older rows, included)."""
    out = []
    for record in records or []:
        if isinstance(record, dict):
            out.append(ClaimWarning(message=str(record.get("message", "")),
                                    field=record.get("field"),
                                    source=str(record.get("source", "extraction"))))
        else:
            out.append(ClaimWarning(message=str(record)))
    return out
