"""SHAP contributions -> reason records with plain sentences; global importance.

In: one row of exact TreeSHAP contributions (XGBoost `pred_contribs=True`, one value per model
column, the bias last) and the claim's raw features. One-hot columns of a categorical feature
are summed back into that feature. Out: up to six records
`{"feature", "label", "value", "contribution", "direction", "sentence"}` sorted by
|contribution|, largest first. Fraud contributions are in log-odds, reserve ones in log USD
(the Tweedie model's log link).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from core.scoring.features import FEATURE_BY_NAME, source_feature

TOP_REASONS = 6
MIN_CONTRIBUTION = 1e-4
OUTCOME = {"fraud": ("raises the risk", "lowers the risk"),
           "reserve": ("raises the estimate", "lowers the estimate")}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _n(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _plural(count: float, word: str) -> str:
    return f"{_n(count)} {word}{'' if count == 1 else 's'}"


def _yes(value: Any) -> bool:
    return bool(value) and float(value) >= 0.5


# feature -> (display value, phrase) for a known value.
PHRASES: dict[str, Callable[[Any], tuple[str, str]]] = {
    "claimed_amount": lambda v: (f"${v:,.2f}", f"Claimed amount of ${v:,.0f}"),
    "amount_to_sum_assured": lambda v: (f"{v:.0%} of the sum assured",
                                        f"Claim is {v:.0%} of the sum assured"),
    "amount_to_typical": lambda v: (f"{v:.1f} x typical",
                                    f"Claim is {v:.1f} times the product's typical claim"),
    "days_policy_to_loss": lambda v: (_plural(v, "day"),
                                      f"Loss {_plural(v, 'day')} after the policy started"),
    "days_loss_to_report": lambda v: (_plural(v, "day"),
                                      f"Reported {_plural(v, 'day')} after the loss"),
    "prior_claims_12m": lambda v: (_plural(v, "claim"),
                                   f"{_plural(v, 'other claim')} in the last 12 months"),
    "prior_claims_36m": lambda v: (_plural(v, "claim"),
                                   f"{_plural(v, 'other claim')} in the last 36 months"),
    "customer_tenure_years": lambda v: (f"{v:.1f} years", f"Customer for {v:.1f} years"),
    "customer_age": lambda v: (f"{v:.0f} years", f"Customer aged {v:.0f}"),
    "product_type": lambda v: (str(v), f"A {v} policy"),
    "incident_type": lambda v: (str(v).replace("_", " "),
                                f"Incident type {str(v).replace('_', ' ')}"),
    "police_report": lambda v: (("yes", "A police report was given") if _yes(v)
                                else ("no", "No police report")),
    "vehicle_age_years": lambda v: (f"{v:.0f} years", f"Vehicle {v:.0f} years old"),
    "duplicate_document": lambda v: (("yes", "The same document was uploaded again")
                                     if _yes(v) else ("no", "No duplicate document")),
    "extraction_warnings": lambda v: (_plural(v, "warning"),
                                      f"{_plural(v, 'warning')} when reading the document"),
    "field_edits": lambda v: (_plural(v, "edit"), f"{_plural(v, 'field')} edited by hand"),
}


def describe(feature: str, value: Any) -> tuple[str, str]:
    """(display value with unit, phrase) for one raw feature value."""
    label = FEATURE_BY_NAME[feature].label if feature in FEATURE_BY_NAME else feature
    if _missing(value):
        return "unknown", f"{label} unknown"
    return PHRASES[feature](value) if feature in PHRASES else (str(value), f"{label}: {value}")


def grouped(contribs: Sequence[float] | np.ndarray, columns: Sequence[str]) -> dict[str, float]:
    """Per raw feature, the sum of its columns' contributions (bias excluded)."""
    totals: dict[str, float] = {}
    for column, value in zip(columns, contribs, strict=False):
        key = source_feature(column)
        totals[key] = totals.get(key, 0.0) + float(value)
    return totals


def reasons_from(contribs: Sequence[float] | np.ndarray, columns: Sequence[str],
                 features: Mapping[str, Any], *, kind: str = "fraud",
                 top: int = TOP_REASONS) -> list[dict[str, Any]]:
    """The top contributions of one prediction as reason records with sentences."""
    raises, lowers = OUTCOME[kind]
    totals = grouped(contribs, columns)
    ranked = sorted((item for item in totals.items() if abs(item[1]) >= MIN_CONTRIBUTION),
                    key=lambda item: -abs(item[1]))[:top]
    records = []
    for feature, value in ranked:
        shown, phrase = describe(feature, features.get(feature))
        direction = "raises" if value > 0 else "lowers"
        records.append({
            "feature": feature,
            "label": FEATURE_BY_NAME[feature].label if feature in FEATURE_BY_NAME else feature,
            "value": shown, "contribution": round(value, 4), "direction": direction,
            "sentence": f"{phrase}: {raises if value > 0 else lowers}",
        })
    return records


def global_importance(contribs: np.ndarray, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Mean |SHAP| per raw feature over many rows (bias column dropped), largest first."""
    values = np.asarray(contribs)[:, :len(columns)]
    totals: dict[str, np.ndarray] = {}
    for i, column in enumerate(columns):
        key = source_feature(column)
        totals[key] = totals.get(key, 0.0) + values[:, i]
    rows = [{"feature": k, "label": FEATURE_BY_NAME[k].label if k in FEATURE_BY_NAME else k,
             "mean_abs_shap": round(float(np.abs(v).mean()), 5)} for k, v in totals.items()]
    return sorted(rows, key=lambda r: -r["mean_abs_shap"])
