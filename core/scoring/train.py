"""Training the fraud and reserve models.

In: a DataFrame of raw features (core.scoring.features.RAW_NAMES) with `fraud` (0/1, may be
missing) and `settled_amount` (USD, missing for unpaid claims). Out: a `TrainedModel` per model
with its XGBoost Booster, held-out metrics (20 % split, stratified on the label) and a summary
of the data, ready for core.scoring.registry.register_version.

Fraud: binary:logistic. Reserve: reg:tweedie (variance power 1.5) on the settled amount, with
claimed-amount features constrained to be non-decreasing. Both use the hist tree method on two
threads, 200 trees of depth 5: the two models train at once, one thread each. (One OpenMP
team of two threads per model measured 6x slower on this shared 2-core machine: its threads
spin at every barrier while other processes hold a core.)
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    roc_auc_score,
)
from sklearn.model_selection import train_test_split

from core.auth.schemas import CurrentUser
from core.errors import ValidationError
from core.scoring.explain import global_importance
from core.scoring.features import FEATURES, RAW_NAMES, frame_to_matrix, model_columns

if TYPE_CHECKING:
    from core.scoring.registry import ModelVersionView

Progress = Callable[[str, float], None]
MODEL_NAMES = ("fraud", "reserve")
DEFAULT_PARAMS: dict[str, Any] = {"tree_method": "hist", "max_depth": 5, "eta": 0.1,
                                  "subsample": 0.9, "colsample_bytree": 0.9,
                                  "min_child_weight": 5, "nthread": 1, "seed": 7}
# Directions the documented patterns fix: the model may not learn the opposite.
FRAUD_MONOTONE = {"duplicate_document": 1, "prior_claims_12m": 1, "prior_claims_36m": 1,
                  "extraction_warnings": 1, "field_edits": 1}
RESERVE_MONOTONE = {"claimed_amount": 1, "amount_to_sum_assured": 1, "amount_to_typical": 1}


@dataclass
class TrainedModel:
    name: str
    booster: xgb.Booster
    metrics: dict[str, Any]
    metadata: dict[str, Any] = field(default_factory=dict)


def _monotone(columns: list[str], directions: dict[str, int]) -> str:
    return "(" + ",".join(str(directions.get(c, 0)) for c in columns) + ")"


def _matrix(df: pd.DataFrame) -> np.ndarray:
    return frame_to_matrix(df)


def calibration_table(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict[str, Any]]:
    """Predicted against observed fraud rate in `bins` equal-width probability bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    table = []
    for b in range(bins):
        mask = which == b
        table.append({"bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}", "count": int(mask.sum()),
                      "mean_predicted": round(float(p[mask].mean()), 4) if mask.any() else None,
                      "observed_rate": round(float(y[mask].mean()), 4) if mask.any() else None})
    return table


def _summary(df: pd.DataFrame, label: str, sources: dict[str, int]) -> dict[str, Any]:
    summary: dict[str, Any] = {"rows": int(len(df)), "sources": sources}
    if label == "fraud":
        summary["fraud_rate"] = round(float(df["fraud"].mean()), 4)
    else:
        summary["settled_amount_median"] = round(float(df["settled_amount"].median()), 2)
    return summary


def _importance(booster: xgb.Booster, x: np.ndarray, columns: list[str]) -> list[dict[str, Any]]:
    """Mean |SHAP| per feature on up to 2,000 held-out rows."""
    sample = x[np.random.default_rng(7).permutation(len(x))[:2000]]
    contribs = booster.predict(xgb.DMatrix(sample, feature_names=columns, nthread=1),
                               pred_contribs=True)
    return global_importance(contribs, columns)


def _metadata(name: str, params: dict[str, Any], rounds: int, data: dict[str, Any],
              metrics: dict[str, Any], importance: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "model_name": name,
        "features": [{"name": f.name, "label": f.label, "meaning": f.meaning, "unit": f.unit,
                      "categories": list(f.categories)} for f in FEATURES],
        "columns": model_columns(),
        "params": {**params, "num_boost_round": rounds},
        "training_data": data,
        "metrics": metrics,
        "importance": importance,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "xgboost": xgb.__version__,
    }


def train_fraud(df: pd.DataFrame, *, rounds: int = 200, max_depth: int = 5,
                sources: dict[str, int] | None = None) -> TrainedModel:
    """A fraud classifier on the rows with a `fraud` label; metrics on a 20 % held-out split."""
    data = df[df["fraud"].notna()].reset_index(drop=True)
    y = data["fraud"].to_numpy(dtype=float)
    x = _matrix(data)
    columns = model_columns()
    params = {**DEFAULT_PARAMS, "max_depth": max_depth, "objective": "binary:logistic",
              "eval_metric": "logloss", "monotone_constraints": _monotone(columns,
                                                                          FRAUD_MONOTONE)}
    stratify = y if 0 < y.sum() < len(y) else None
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.2, random_state=7,
                                              stratify=stratify)
    booster = xgb.train(params, xgb.DMatrix(x_tr, label=y_tr, feature_names=columns, nthread=1),
                        num_boost_round=rounds)
    p = booster.predict(xgb.DMatrix(x_te, feature_names=columns, nthread=1))
    both = len(np.unique(y_te)) == 2
    metrics = {
        "roc_auc": round(float(roc_auc_score(y_te, p)), 4) if both else None,
        "pr_auc": round(float(average_precision_score(y_te, p)), 4) if both else None,
        "brier": round(float(brier_score_loss(y_te, p)), 4),
        "calibration": calibration_table(y_te, p),
        "test_rows": int(len(y_te)), "train_rows": int(len(y_tr)),
    }
    summary = _summary(data, "fraud", sources or {"rows": len(data)})
    return TrainedModel("fraud", booster, metrics,
                        _metadata("fraud", params, rounds, summary, metrics,
                                  _importance(booster, x_te, columns)))


def train_reserve(df: pd.DataFrame, *, rounds: int = 200, max_depth: int = 5,
                  sources: dict[str, int] | None = None) -> TrainedModel:
    """A Tweedie regressor of the settled amount (USD); metrics on log amount, 20 % held out."""
    data = df[df["settled_amount"].notna() & (df["settled_amount"] > 0)].reset_index(drop=True)
    y = data["settled_amount"].to_numpy(dtype=float)
    x = _matrix(data)
    columns = model_columns()
    params = {**DEFAULT_PARAMS, "max_depth": max_depth, "objective": "reg:tweedie",
              "tweedie_variance_power": 1.5,
              "monotone_constraints": _monotone(columns, RESERVE_MONOTONE)}
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.2, random_state=7)
    booster = xgb.train(params, xgb.DMatrix(x_tr, label=y_tr, feature_names=columns, nthread=1),
                        num_boost_round=rounds)
    pred = booster.predict(xgb.DMatrix(x_te, feature_names=columns, nthread=1))
    log_true, log_pred = np.log1p(y_te), np.log1p(np.maximum(pred, 0))
    metrics = {
        "mae_log": round(float(mean_absolute_error(log_true, log_pred)), 4),
        "rmse_log": round(float(np.sqrt(mean_squared_error(log_true, log_pred))), 4),
        "r2_log": round(float(r2_score(log_true, log_pred)), 4),
        "mae_usd": round(float(mean_absolute_error(y_te, pred)), 2),
        "test_rows": int(len(y_te)), "train_rows": int(len(y_tr)),
    }
    summary = _summary(data, "reserve", sources or {"rows": len(data)})
    return TrainedModel("reserve", booster, metrics,
                        _metadata("reserve", params, rounds, summary, metrics,
                                  _importance(booster, x_te, columns)))


def train_models(df: pd.DataFrame, *, rounds: int = 200, max_depth: int = 5,
                 sources: dict[str, int] | None = None,
                 progress: Progress | None = None) -> dict[str, TrainedModel]:
    """Both models on one table; `progress(message, fraction)` is told before each step."""
    report = progress or (lambda _message, _fraction: None)
    report(f"Training the fraud model on {int(df['fraud'].notna().sum()):,} claims and the "
           f"reserve model on {int(df['settled_amount'].notna().sum()):,} paid claims", 0.1)
    with ThreadPoolExecutor(max_workers=2) as pool:  # XGBoost releases the GIL while training
        fraud = pool.submit(train_fraud, df, rounds=rounds, max_depth=max_depth, sources=sources)
        reserve = pool.submit(train_reserve, df, rounds=rounds, max_depth=max_depth,
                              sources=sources)
        trained = {"fraud": fraud.result()}
        report("Trained the fraud model", 0.5)
        trained["reserve"] = reserve.result()
    report("Trained both models", 0.9)
    return trained


LABEL_ALIASES = {"fraud": ("fraud", "is_fraud", "fraud_reported", "label"),
                 "settled_amount": ("settled_amount", "approved_amount", "paid_amount")}
YES = {"1", "y", "yes", "true", "fraud"}


def history_from_csv(path: str) -> pd.DataFrame:
    """A labelled history CSV mapped onto the features: columns named like the raw features
    are used, others ignored; `fraud` (or is_fraud, fraud_reported: Y/N, 1/0) and
    `settled_amount` (or approved_amount, paid_amount) are the labels."""
    raw = pd.read_csv(path, na_values=["?", "N/A", "NA", ""], keep_default_na=False)
    lower = {c.lower().strip(): c for c in raw.columns}
    df = pd.DataFrame(index=raw.index)
    for name in RAW_NAMES:
        df[name] = raw[lower[name]] if name in lower else np.nan
    for label, aliases in LABEL_ALIASES.items():
        column = next((lower[a] for a in aliases if a in lower), None)
        if column is None:
            df[label] = np.nan
        elif label == "fraud":
            df[label] = raw[column].map(lambda v: np.nan if pd.isna(v) else
                                        float(str(v).strip().lower() in YES))
        else:
            df[label] = pd.to_numeric(raw[column], errors="coerce")
    if df["fraud"].isna().all() and df["settled_amount"].isna().all():
        raise ValidationError({"history": f"{path} has neither a fraud nor a settled amount "
                                          "column"})
    return df


def decided_claims() -> pd.DataFrame:
    """Claims adjusters decided: rejected as suspected fraud = 1, approved = 0 (the approved
    amount is the reserve target)."""
    from sqlalchemy import or_, select

    from core.claims.models import Claim
    from core.db import session_scope
    from core.scoring.features import compute_features

    rows = []
    with session_scope() as session:
        claims = session.execute(select(Claim.id, Claim.status, Claim.approved_amount).where(
            or_(Claim.status == "approved", (Claim.status == "rejected")
                & (Claim.decision_reason == "suspected_fraud")))).all()
        for claim_id, status, approved in claims:
            features = compute_features(claim_id, session=session)
            features["fraud"] = 1 if status == "rejected" else 0
            features["settled_amount"] = float(approved) if approved is not None else np.nan
            rows.append(features)
    return pd.DataFrame(rows, columns=[*RAW_NAMES, "fraud", "settled_amount"])


def training_table(*, synthetic_rows: int = 50_000, history_csv: str | None = None,
                   include_decided: bool = True) -> tuple[pd.DataFrame, dict[str, int]]:
    """The synthetic history, decided claims and an optional history CSV in one table."""
    from core.scoring.synthetic import SEED, synthetic_history

    parts = {"synthetic": synthetic_history(synthetic_rows, SEED) if synthetic_rows else None,
             "decided_claims": decided_claims() if include_decided else None,
             "history_csv": history_from_csv(history_csv) if history_csv else None}
    frames = {k: v for k, v in parts.items() if v is not None and len(v)}
    if not frames:
        raise ValidationError({"training": "there is no training data"})
    table = pd.concat(list(frames.values()), ignore_index=True)
    return table, {k: int(len(v)) for k, v in frames.items()}


def retrain_models(*, actor: CurrentUser | None, synthetic_rows: int = 50_000,
                   history_csv: str | None = None, activate: bool = False, rounds: int = 200,
                   progress: Progress | None = None) -> list[ModelVersionView]:
    """Train both models on decided claims + synthetic history (+ CSV) and register them as
    new versions (active only with `activate`). Admins only when an actor is given."""
    from core.auth.service import require_role
    from core.scoring.registry import register_version

    if actor is not None:
        require_role(actor, "admin")
    report = progress or (lambda _message, _fraction: None)
    report("Gathering the training data", 0.02)
    table, sources = training_table(synthetic_rows=synthetic_rows, history_csv=history_csv)
    trained = train_models(table, rounds=rounds, sources=sources, progress=report)
    views = []
    for name in MODEL_NAMES:
        report(f"Registering the {name} model", 0.92)
        views.append(register_version(name, trained[name].booster, trained[name].metadata,
                                      actor=actor, activate=activate))
    report("Done", 1.0)
    return views


def write_default_models(root: Path, *, rows: int = 50_000) -> dict[str, TrainedModel]:
    """Train the shipped defaults on the synthetic history and write <root>/<model>/v1."""
    from core.scoring.registry import SHIPPED_VERSION, write_version_files
    from core.scoring.synthetic import SEED, synthetic_history

    trained = train_models(synthetic_history(rows, SEED), sources={"synthetic": rows})
    for name, model in trained.items():
        write_version_files(root / name / SHIPPED_VERSION, model.booster,
                            {**model.metadata, "version": SHIPPED_VERSION})
    return trained
