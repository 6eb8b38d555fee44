"""The scoring features: one table says what each is and in which unit, one function computes them.

`compute_features(claim_id, session=...)` reads the claim, its policy, product, customer and
their history and returns `{name: value}` for every raw feature in FEATURES (NaN when unknown;
XGBoost routes missing values down a learned branch). `to_matrix` turns rows of raw features
into the model's columns: numbers as they are, each categorical feature one-hot in a fixed
order, so the same claim always gives the same vector.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.audit.models import AuditEntry
from core.claims.models import INCIDENT_TYPES, Claim
from core.errors import NotFound
from core.policies.models import PRODUCT_TYPES, Customer, Policy, Product

NAN = float("nan")
YEAR_DAYS = 365.25


@dataclass(frozen=True)
class Feature:
    name: str
    label: str
    meaning: str
    unit: str  # "USD", "ratio", "days", "claims", "years", "yes/no", "count", "category"
    categories: tuple[str, ...] = ()


FEATURES: tuple[Feature, ...] = (
    Feature("claimed_amount", "Claimed amount", "amount the claimant asks for", "USD"),
    Feature("amount_to_sum_assured", "Claim to sum assured",
            "claimed amount divided by the policy's sum assured", "ratio"),
    Feature("amount_to_typical", "Claim to typical claim",
            "claimed amount divided by the typical claim of the product type", "ratio"),
    Feature("days_policy_to_loss", "Policy start to loss",
            "days from the policy's start to the date of loss", "days"),
    Feature("days_loss_to_report", "Loss to report",
            "days from the loss to its report (or to intake when no report date)", "days"),
    Feature("prior_claims_12m", "Prior claims (12 months)",
            "the customer's other claims with a loss in the 365 days before this loss",
            "claims"),
    Feature("prior_claims_36m", "Prior claims (36 months)",
            "the customer's other claims with a loss in the 1,095 days before this loss",
            "claims"),
    Feature("customer_tenure_years", "Customer tenure",
            "years from the customer's first policy start to the loss", "years"),
    Feature("customer_age", "Customer age", "the customer's age on the date of loss", "years"),
    Feature("product_type", "Product", "the policy's product type", "category",
            PRODUCT_TYPES),
    Feature("incident_type", "Incident", "the kind of loss", "category", INCIDENT_TYPES),
    Feature("police_report", "Police report",
            "1 when a police report number is given, else 0", "yes/no"),
    Feature("vehicle_age_years", "Vehicle age",
            "years from the vehicle's model year to the loss (vehicles only)", "years"),
    Feature("duplicate_document", "Duplicate document",
            "1 when the same file was uploaded again for this claim, else 0", "yes/no"),
    Feature("extraction_warnings", "Extraction warnings",
            "warnings the document reader raised", "count"),
    Feature("field_edits", "Field edits", "fields a reviewer changed by hand", "count"),
)
FEATURE_BY_NAME = {f.name: f for f in FEATURES}
RAW_NAMES = tuple(f.name for f in FEATURES)

# A product type's usual claim in USD: the denominator of amount_to_typical.
TYPICAL_CLAIM_USD = {"motor": 4500.0, "home": 9000.0, "health": 3500.0, "life": 150000.0,
                     "travel": 1800.0}
MODEL_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")


def model_columns() -> list[str]:
    """The model's input columns: numeric features, then `name=category` one-hot columns."""
    columns: list[str] = []
    for feature in FEATURES:
        if feature.categories:
            columns.extend(f"{feature.name}={c}" for c in feature.categories)
        else:
            columns.append(feature.name)
    return columns


def source_feature(column: str) -> str:
    """The raw feature a model column comes from (`product_type=motor` -> `product_type`)."""
    return column.split("=", 1)[0]


def to_matrix(rows: Iterable[Mapping[str, Any]], columns: list[str] | None = None) -> np.ndarray:
    """Raw feature rows -> float32 matrix in `columns` order (default: model_columns())."""
    columns = columns or model_columns()
    index = {c: i for i, c in enumerate(columns)}
    data = list(rows)
    matrix = np.full((len(data), len(columns)), np.nan, dtype=np.float32)
    for r, row in enumerate(data):
        for feature in FEATURES:
            value = row.get(feature.name)
            if feature.categories:
                hot = [i for c, i in index.items() if c.startswith(feature.name + "=")]
                matrix[r, hot] = 0.0
                key = f"{feature.name}={value}"
                if key in index:
                    matrix[r, index[key]] = 1.0
            elif feature.name in index:
                matrix[r, index[feature.name]] = _number(value)
    return matrix


def frame_to_matrix(frame: pd.DataFrame) -> np.ndarray:
    """A DataFrame of raw features -> float32 matrix in model_columns() order (vectorised)."""
    parts: list[np.ndarray] = []
    for feature in FEATURES:
        column = frame[feature.name] if feature.name in frame else pd.Series(
            [np.nan] * len(frame), index=frame.index)
        if feature.categories:
            values = column.astype(object).to_numpy()
            parts.extend((values == c).astype(np.float32) for c in feature.categories)
        else:
            parts.append(pd.to_numeric(column, errors="coerce").to_numpy(dtype=np.float32))
    return np.column_stack(parts) if parts else np.empty((len(frame), 0), np.float32)


def _number(value: object) -> float:
    if value is None:
        return NAN
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return NAN
    return number if math.isfinite(number) else NAN


def _days(start: date | None, end: date | None) -> float:
    return float((end - start).days) if start and end else NAN


def _years(start: date | None, end: date | None) -> float:
    return round((end - start).days / YEAR_DAYS, 2) if start and end else NAN


def _field_value(claim: Claim, name: str) -> object:
    entry = (claim.fields or {}).get(name)
    return entry.get("value") if isinstance(entry, dict) else None


def _prior_claims(session: Session, claim: Claim, loss: date, days: int) -> float:
    if claim.customer_id is None:
        return NAN
    stmt = select(func.count()).select_from(Claim).where(
        Claim.customer_id == claim.customer_id, Claim.id != claim.id,
        Claim.date_of_loss.is_not(None), Claim.date_of_loss <= loss,
        Claim.date_of_loss >= loss - timedelta(days=days))
    return float(session.scalar(stmt) or 0)


def _audit_count(session: Session, claim_id: int, action: str) -> int:
    stmt = select(func.count()).select_from(AuditEntry).where(
        AuditEntry.entity_type == "claim", AuditEntry.entity_id == str(claim_id),
        AuditEntry.action == action)
    return int(session.scalar(stmt) or 0)


def compute_features(claim_id: int, *, session: Session) -> dict[str, Any]:
    """The raw features of one claim (NaN where unknown), in the caller's transaction."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"Claim {claim_id} does not exist.")
    policy = session.get(Policy, claim.policy_id) if claim.policy_id else None
    product = session.get(Product, policy.product_id) if policy else None
    customer_id = claim.customer_id or (policy.customer_id if policy else None)
    customer = session.get(Customer, customer_id) if customer_id else None
    reported = claim.date_reported or (claim.created_at.date() if claim.created_at else None)
    loss = claim.date_of_loss
    anchor = loss or reported or date.today()

    amount = _number(claim.claimed_amount)
    sum_assured = _number(policy.sum_assured) if policy else NAN
    product_type = product.product_type if product else None
    typical = TYPICAL_CLAIM_USD.get(product_type or "", NAN)
    first_start = None
    if customer is not None:
        first_start = session.scalar(select(func.min(Policy.start_date)).where(
            Policy.customer_id == customer.id))
    vehicle = _field_value(claim, "vehicle_make_model_year")
    year = MODEL_YEAR.search(vehicle) if isinstance(vehicle, str) else None
    duplicates = _audit_count(session, claim.id, "duplicate_upload")
    warnings = [w for w in claim.warnings or []
                if not isinstance(w, dict) or w.get("source", "extraction") == "extraction"]
    police = _field_value(claim, "police_report_number")
    return {
        "claimed_amount": amount,
        "amount_to_sum_assured": amount / sum_assured if sum_assured else NAN,
        "amount_to_typical": amount / typical if typical else NAN,
        "days_policy_to_loss": _days(policy.start_date if policy else None, loss),
        "days_loss_to_report": _days(loss, reported),
        "prior_claims_12m": _prior_claims(session, claim, anchor, 365),
        "prior_claims_36m": _prior_claims(session, claim, anchor, 1095),
        "customer_tenure_years": _years(first_start, anchor),
        "customer_age": _years(customer.date_of_birth if customer else None, anchor),
        "product_type": product_type,
        "incident_type": claim.incident_type,
        "police_report": 1.0 if isinstance(police, str) and police.strip() else 0.0,
        "vehicle_age_years": float(anchor.year - int(year.group(1))) if year else NAN,
        # Only the same bytes uploaded again count: a further document attached on purpose
        # (core/claims/attach.py) is not a duplicate.
        "duplicate_document": 1.0 if duplicates else 0.0,
        "extraction_warnings": float(len(warnings)),
        "field_edits": float(_audit_count(session, claim.id, "claim_field_edited")),
    }


def json_safe(features: Mapping[str, Any]) -> dict[str, Any]:
    """Features with NaN as None, for a JSON column."""
    return {k: (None if isinstance(v, float) and math.isnan(v) else v)
            for k, v in features.items()}
