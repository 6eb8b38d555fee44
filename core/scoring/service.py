"""Scoring claims: fraud probability, risk band, reserve estimate and the reasons for them.

`score_claim` runs inside the caller's transaction (intake, field edits, activation) and
stores a new current Score; `get_current_score` and `rescore_open_claims` are the public
services. With no active model (a fresh database before ensure_default_models) scoring is
skipped without an error.

A Score row's `features` JSON holds `{"values": raw features, "fraud_base_value": expected
log-odds, "reserve_base_value": expected log USD, "reserve_reasons": [...]}`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim
from core.config import get_settings
from core.db import session_scope
from core.scoring.explain import reasons_from
from core.scoring.features import compute_features, json_safe
from core.scoring.models import ModelVersion, Score
from core.scoring.predict import predict_one, scoring_models_in
from core.scoring.schemas import ScoreView

OPEN_STATUSES = ("new", "in_review", "info_requested")
READERS = ("admin", "adjuster")
CENT = Decimal("0.01")


def risk_band(probability: float) -> str:
    """low, medium or high by the thresholds in settings (risk_medium, risk_high)."""
    settings = get_settings()
    if probability >= settings.risk_high:
        return "high"
    return "medium" if probability >= settings.risk_medium else "low"


def _to_view(score: Score, fraud_version: str, reserve_version: str) -> ScoreView:
    extra: dict[str, Any] = score.features or {}
    return ScoreView(
        claim_id=score.claim_id, fraud_probability=score.fraud_probability,
        risk_band=score.risk_band, reserve_estimate=score.reserve_estimate,
        reasons=list(score.reasons or []),
        fraud_base_value=float(extra.get("fraud_base_value") or 0.0),
        reserve_reasons=list(extra.get("reserve_reasons") or []),
        fraud_model_version=fraud_version, reserve_model_version=reserve_version,
        created_at=score.created_at, features=dict(extra.get("values") or {}))


def score_claim(claim_id: int, *, session: Session) -> ScoreView | None:
    """Score one claim in the caller's transaction; None when no model is active.

    Earlier scores stop being current; the claim's reserve_amount becomes the estimate.
    """
    models = scoring_models_in(session)
    if models is None:
        return None
    features = compute_features(claim_id, session=session)
    prediction = predict_one(models, features)
    reserve = Decimal(str(round(prediction.reserve_estimate, 2))).quantize(CENT)
    reserve_columns = models.reserve.columns
    session.execute(update(Score).where(Score.claim_id == claim_id, Score.current)
                    .values(current=False))
    score = Score(
        claim_id=claim_id, fraud_model_version_id=models.fraud.version_id,
        reserve_model_version_id=models.reserve.version_id,
        fraud_probability=round(prediction.fraud_probability, 6),
        risk_band=risk_band(prediction.fraud_probability), reserve_estimate=reserve,
        reasons=reasons_from(prediction.fraud_contribs, prediction.columns, features),
        features={"values": json_safe(features),
                  "fraud_base_value": round(prediction.fraud_base_value, 6),
                  "reserve_base_value": round(prediction.reserve_base_value, 6),
                  "reserve_reasons": reasons_from(prediction.reserve_contribs,
                                                  reserve_columns, features, kind="reserve")},
        current=True)
    session.add(score)
    # A derived value, not an edit: written without bumping the claim's version counter, so
    # a re-score (an activation, say) never makes an adjuster's open edit stale.
    claim_table: Table = Claim.__table__  # type: ignore[assignment]
    session.execute(update(claim_table).where(claim_table.c.id == claim_id)
                    .values(reserve_amount=reserve, updated_at=claim_table.c.updated_at))
    claim = session.get(Claim, claim_id)
    if claim is not None:
        set_committed_value(claim, "reserve_amount", reserve)
    session.flush()
    return _to_view(score, models.fraud.version, models.reserve.version)


def get_current_score(claim_id: int, *, actor: CurrentUser) -> ScoreView | None:
    """The claim's current score, or None if it has never been scored (admins, adjusters)."""
    require_role(actor, *READERS)
    with session_scope() as session:
        score = session.scalar(select(Score).where(Score.claim_id == claim_id, Score.current)
                               .order_by(Score.id.desc()))
        if score is None:
            return None
        versions = {row.id: row.version for row in session.execute(
            select(ModelVersion.id, ModelVersion.version).where(ModelVersion.id.in_(
                [score.fraud_model_version_id, score.reserve_model_version_id])))}
        return _to_view(score, versions.get(score.fraud_model_version_id or 0, ""),
                        versions.get(score.reserve_model_version_id or 0, ""))


def rescore_open_claims_in(*, session: Session) -> int:
    """Re-score every open claim in the caller's transaction; how many were scored."""
    ids = list(session.scalars(select(Claim.id).where(Claim.status.in_(OPEN_STATUSES))
                               .order_by(Claim.id)))
    return sum(score_claim(claim_id, session=session) is not None for claim_id in ids)


def rescore_open_claims(*, actor: CurrentUser) -> int:
    """Re-score every open claim with the active models (admins only); how many."""
    require_role(actor, "admin")
    with session_scope() as session:
        return rescore_open_claims_in(session=session)
