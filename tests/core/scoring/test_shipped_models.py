"""Behavioural tests on the shipped default models (ml_models/<model>/v1): invariance and
direction, on synthetic claims."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
import xgboost as xgb

from core.scoring.features import RAW_NAMES, frame_to_matrix, model_columns
from core.scoring.registry import SHIPPED_DIR, sha256_file
from core.scoring.synthetic import synthetic_history


def _booster(name: str) -> xgb.Booster:
    booster = xgb.Booster()
    booster.load_model(str(SHIPPED_DIR / name / "v1" / "model.json"))
    return booster


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return synthetic_history(300, seed=5)[list(RAW_NAMES)]


def _predict(booster: xgb.Booster, frame: pd.DataFrame) -> np.ndarray:
    return booster.predict(xgb.DMatrix(frame_to_matrix(frame), feature_names=model_columns()))


@pytest.mark.parametrize("name", ["fraud", "reserve"])
def test_the_shipped_files_match_their_metadata_and_are_small(name):
    folder = SHIPPED_DIR / name / "v1"
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["sha256"] == sha256_file(folder / "model.json")
    assert metadata["columns"] == model_columns()
    assert (folder / "model.json").stat().st_size < 3_000_000
    assert metadata["metrics"] and metadata["training_data"]["rows"] > 10_000


def test_the_shipped_fraud_model_ranks_better_than_chance():
    metrics = json.loads((SHIPPED_DIR / "fraud" / "v1" / "metadata.json").read_text())["metrics"]
    assert metrics["roc_auc"] > 0.7 and len(metrics["calibration"]) == 10


def test_a_duplicate_document_raises_the_fraud_score(claims):
    fraud = _predict(_booster("fraud"), claims.assign(duplicate_document=0.0))
    duplicated = _predict(_booster("fraud"), claims.assign(duplicate_document=1.0))
    assert (duplicated > fraud).all()


@pytest.mark.parametrize("factor", [1.1, 1.5, 3.0])
def test_a_larger_claimed_amount_does_not_lower_the_reserve(claims, factor):
    larger = claims.assign(claimed_amount=claims.claimed_amount * factor,
                           amount_to_sum_assured=claims.amount_to_sum_assured * factor,
                           amount_to_typical=claims.amount_to_typical * factor)
    reserve = _booster("reserve")
    assert (_predict(reserve, larger) >= _predict(reserve, claims) - 1e-6).all()


def test_the_features_hold_no_name_so_a_name_cannot_move_the_score():
    assert not any("name" in column for column in model_columns())
