"""The active models, loaded once per version, and one prediction with its SHAP contributions.

`load_scoring_models()` returns both active models (verified by sha256) or None when a model
has none; the app wraps it in st.cache_resource. Core keeps its own cache keyed by the active
version ids and hashes, so an activation is picked up at the next score without a restart.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import xgboost as xgb
from sqlalchemy.orm import Session

from core.db import session_scope
from core.scoring.features import to_matrix
from core.scoring.registry import LoadedModel, active_row, load_row


@dataclass(frozen=True)
class ScoringModels:
    fraud: LoadedModel
    reserve: LoadedModel


@dataclass(frozen=True)
class Prediction:
    fraud_probability: float
    fraud_base_value: float  # expected log-odds
    fraud_contribs: np.ndarray  # log-odds per model column
    reserve_estimate: float  # USD
    reserve_base_value: float  # expected log USD
    reserve_contribs: np.ndarray  # log USD per model column
    columns: list[str]


_cache: dict[tuple[Any, ...], ScoringModels] = {}
_lock = threading.Lock()


def scoring_models_in(session: Session) -> ScoringModels | None:
    """The active fraud and reserve models (cached per version), or None if one is missing."""
    fraud, reserve = active_row(session, "fraud"), active_row(session, "reserve")
    if fraud is None or reserve is None:
        return None
    key = (fraud.id, fraud.sha256, fraud.path, reserve.id, reserve.sha256, reserve.path)
    with _lock:
        if key not in _cache:
            loaded = ScoringModels(fraud=load_row(fraud), reserve=load_row(reserve))
            _cache.clear()
            _cache[key] = loaded
        return _cache[key]


def load_scoring_models() -> ScoringModels | None:
    """Both active models, verified and loaded (ModelTampered if a file changed), or None."""
    with session_scope() as session:
        return scoring_models_in(session)


def clear_model_cache() -> None:
    with _lock:
        _cache.clear()


def predict_one(models: ScoringModels, features: dict[str, Any]) -> Prediction:
    """Fraud probability, reserve estimate and exact TreeSHAP contributions for one claim."""
    columns = models.fraud.columns
    matrix = xgb.DMatrix(to_matrix([features], columns), feature_names=columns, nthread=1)
    fraud = models.fraud.booster.predict(matrix, pred_contribs=True)[0]
    reserve_columns = models.reserve.columns
    if reserve_columns != columns:
        matrix = xgb.DMatrix(to_matrix([features], reserve_columns),
                             feature_names=reserve_columns, nthread=1)
    reserve = models.reserve.booster.predict(matrix, pred_contribs=True)[0]
    margin = float(fraud.sum())
    return Prediction(
        fraud_probability=1.0 / (1.0 + math.exp(-margin)),
        fraud_base_value=float(fraud[-1]),
        fraud_contribs=fraud[:-1],
        reserve_estimate=math.exp(float(reserve.sum())),  # the Tweedie model's log link
        reserve_base_value=float(reserve[-1]),
        reserve_contribs=reserve[:-1],
        columns=columns,
    )
