"""What the scoring services hand back to pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class ScoreView:
    """A claim's current score: fraud probability, band, reserve and the reasons for them.

    `reasons` are fraud SHAP contributions in log-odds added to `fraud_base_value` (the
    model's expected log-odds); `reserve_reasons` are in log USD.
    """

    claim_id: int
    fraud_probability: float
    risk_band: str  # low | medium | high
    reserve_estimate: Decimal | None
    reasons: list[dict[str, Any]]
    fraud_base_value: float
    reserve_reasons: list[dict[str, Any]]
    fraud_model_version: str
    reserve_model_version: str
    created_at: datetime
    features: dict[str, Any] = field(default_factory=dict)
