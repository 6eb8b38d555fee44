"""A claim's current score as the review shows it (with its reasons and model versions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.config import get_settings
from core.db import session_scope
from core.scoring.models import Score

QUEUE_ROLES = ("admin", "adjuster")

@dataclass(frozen=True)
class ReviewScore:
    """A claim's current score as the review shows it.

    `reasons` are the score's reason records ({"feature", "label", "value", "contribution",
    "direction", "sentence"}, contributions in log-odds); `fraud_base_value` is the SHAP expected
    value in log-odds, or None when the scoring service cannot say.
    """

    fraud_probability: float
    risk_band: str
    reserve_estimate: Decimal | None
    reasons: list[dict[str, Any]]
    fraud_base_value: float | None
    reserve_reasons: list[dict[str, Any]]
    fraud_model_version: str | None
    reserve_model_version: str | None
    created_at: datetime | None
    bands: dict[str, float]  # where each risk band starts, as a fraud probability


def risk_bands() -> dict[str, float]:
    """Where each risk band starts, as a fraud probability (CLAIMDESK_RISK_MEDIUM and _HIGH)."""
    settings = get_settings()
    return {"low": 0.0, "medium": settings.risk_medium, "high": settings.risk_high}


def _version_label(version: Any) -> str | None:
    if version is None or isinstance(version, str):
        return version
    name, number = getattr(version, "model_name", None), getattr(version, "version", None)
    return f"{name} {number}" if name and number else str(number or version)


def _from_service(view: Any) -> ReviewScore:
    return ReviewScore(
        fraud_probability=float(view.fraud_probability), risk_band=str(view.risk_band),
        reserve_estimate=getattr(view, "reserve_estimate", None),
        reasons=[dict(r) for r in getattr(view, "reasons", None) or []],
        fraud_base_value=getattr(view, "fraud_base_value", None),
        reserve_reasons=[dict(r) for r in getattr(view, "reserve_reasons", None) or []],
        fraud_model_version=_version_label(getattr(view, "fraud_model_version", None)),
        reserve_model_version=_version_label(getattr(view, "reserve_model_version", None)),
        created_at=getattr(view, "created_at", None), bands=risk_bands(),
    )


def _from_table(claim_id: int) -> ReviewScore | None:
    from core.scoring.models import ModelVersion

    with session_scope() as session:
        score = session.scalar(select(Score).where(Score.claim_id == claim_id,
                                                   Score.current.is_(True))
                               .order_by(Score.created_at.desc(), Score.id.desc()).limit(1))
        if score is None:
            return None
        versions = {
            v.id: f"{v.model_name} {v.version}" for v in session.scalars(
                select(ModelVersion).where(ModelVersion.id.in_(
                    [score.fraud_model_version_id, score.reserve_model_version_id])))
        }
        return ReviewScore(
            fraud_probability=score.fraud_probability, risk_band=score.risk_band,
            reserve_estimate=score.reserve_estimate,
            reasons=[dict(r) for r in score.reasons or [] if isinstance(r, dict)],
            fraud_base_value=None, reserve_reasons=[],
            fraud_model_version=versions.get(score.fraud_model_version_id or 0),
            reserve_model_version=versions.get(score.reserve_model_version_id or 0),
            created_at=score.created_at, bands=risk_bands(),
        )


def get_review_score(claim_id: int, *, actor: CurrentUser) -> ReviewScore | None:
    """The claim's current score with its reasons and model versions; None if not scored.

    Asks core.scoring.service.get_current_score; while that module is not there, reads the
    scores table itself (then without the SHAP base value).
    """
    require_role(actor, *QUEUE_ROLES)
    try:
        from core.scoring.service import get_current_score
    except ImportError:
        return _from_table(claim_id)
    view = get_current_score(claim_id, actor=actor)
    return None if view is None else _from_service(view)
