"""Training on a user's own table (`train --csv`): reading quirks, column plan, metrics, CLI."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import xgboost as xgb

from core.errors import ValidationError
from core.scoring.tabular import encode_table, plan_columns, read_table, train_table
from tests.core.test_cli import run_cli

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
AUTHORITIES = ["Police", "None", "Fire", "Ambulance"]


def write_fraud_csv(path: Path, rows: int = 400, seed: int = 1) -> Path:
    """A claims table with the quirks of real exports and a real fraud signal.

    Fraud is likelier when no authority was contacted, when the loss comes soon after the
    policy started, and for large amounts; `settled_as_fraud` leaks the label.
    """
    rng = np.random.default_rng(seed)
    authority = rng.choice(AUTHORITIES, rows)
    bind = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 700, rows), "D")
    gap = rng.integers(1, 400, rows)
    amount = rng.gamma(2.0, 5000.0, rows).round(0)
    score = (1.6 * (authority == "None") + 1.5 * (gap < 60) + amount / 20000
             + rng.normal(0, 0.6, rows))
    fraud = score > np.quantile(score, 0.75)
    table = pd.DataFrame({
        "claim_id": [f"C{i:05d}" for i in range(rows)],
        "policy_number": rng.permutation(np.arange(100000, 100000 + rows)),
        "policy_bind_date": bind.strftime("%Y-%m-%d"),
        "incident_date": (bind + pd.to_timedelta(gap, "D")).strftime("%m/%d/%Y"),
        "authorities_contacted": authority,
        "claim_amount": amount.astype(int).astype(str),
        "number_of_vehicles": rng.integers(1, 4, rows),
        "police_report": rng.choice(["YES", "NO", "?"], rows),
        "country": "US",
        "settled_as_fraud": np.where(fraud, "yes", "no"),
        "fraud_reported": np.where(fraud, "Y", "N"),
    })
    table.loc[rng.choice(rows, 20, replace=False), "claim_amount"] = "?"
    table.loc[3, "claim_amount"] = "None"
    table.loc[5, "claim_amount"] = "N/A"
    table["_c11"] = ""
    table.to_csv(path, index=False)
    return path


def write_reserve_csv(path: Path, rows: int = 600, seed: int = 2) -> Path:
    """Settled amounts driven by injury type and legal representation, plus a settlement date."""
    rng = np.random.default_rng(seed)
    injury = rng.choice(["minor", "small", "medium", "severe"], rows)
    legal = rng.choice(["Yes", "No"], rows)
    level = pd.Series(injury).map({"minor": 6, "small": 7, "medium": 8, "severe": 9.5})
    amount = np.exp(level + 0.8 * (legal == "Yes") + rng.normal(0, 0.5, rows))
    acc = pd.Timestamp("1994-01-01") + pd.to_timedelta(rng.integers(0, 1000, rows), "D")
    pd.DataFrame({"AccDate": acc.strftime("%Y-%m-%d"),
                  "FinDate": (acc + pd.to_timedelta(rng.integers(30, 900, rows), "D"))
                  .strftime("%Y-%m-%d"),
                  "InjType": injury, "Legal": legal, "AggClaim": amount.round(2)}
                 ).to_csv(path, index=False)
    return path


@pytest.fixture
def fraud_csv(tmp_path: Path) -> Path:
    return write_fraud_csv(tmp_path / "claims.csv")


def test_missing_markers_are_missing_but_a_none_category_is_kept(fraud_csv):
    table = read_table(fraud_csv)
    assert "None" in set(table["authorities_contacted"])
    assert table["authorities_contacted"].notna().all()
    assert table["police_report"].isna().any() and "?" not in set(table["police_report"])
    # "None" and "N/A" in an otherwise numeric column are missing values, like "?".
    assert pd.isna(table.loc[3, "claim_amount"]) and pd.isna(table.loc[5, "claim_amount"])
    assert table["_c11"].isna().all()


def test_columns_are_classified_and_drops_carry_a_reason(fraud_csv):
    plans, dropped = plan_columns(read_table(fraud_csv), "fraud_reported")
    kinds = {p.name: p.kind for p in plans}
    assert kinds == {"policy_bind_date": "date", "incident_date": "date",
                     "authorities_contacted": "categorical", "claim_amount": "numeric",
                     "number_of_vehicles": "numeric", "police_report": "categorical",
                     "settled_as_fraud": "categorical"}
    assert dropped["claim_id"].startswith("identifier-like")
    assert dropped["policy_number"].startswith("identifier-like")
    assert dropped["_c11"] == "empty"
    assert dropped["country"].startswith("constant")
    authority = next(p for p in plans if p.name == "authorities_contacted")
    assert "None" in authority.levels


def test_dates_become_year_month_weekday_and_days_between(fraud_csv):
    table = read_table(fraud_csv)
    plans, _ = plan_columns(table, "fraud_reported")
    features = encode_table(table, plans)
    for part in ("year", "month", "weekday"):
        assert f"incident_date__{part}" in features.columns
    days = features["days_policy_bind_date_to_incident_date"]
    expected = (pd.to_datetime(table["incident_date"], format="%m/%d/%Y")
                - pd.to_datetime(table["policy_bind_date"])).dt.days
    assert (days.to_numpy() == expected.to_numpy()).all() and days.min() >= 1
    assert features["authorities_contacted=None"].sum() > 0


def test_a_row_number_is_an_identifier_but_a_small_count_named_number_is_not():
    table = pd.DataFrame({"row": range(50), "number_of_cars": [1, 2] * 25,
                          "y": ["Y", "N"] * 25})
    plans, dropped = plan_columns(table, "y")
    assert [p.name for p in plans] == ["number_of_cars"]
    assert "row number" in dropped["row"]


def test_fraud_metrics_beat_chance_and_the_run_is_deterministic(fraud_csv):
    table = read_table(fraud_csv)
    result = train_table(table, "fraud_reported", "fraud", exclude=["settled_as_fraud"])
    assert set(result.metrics) == {"roc_auc", "pr_auc", "brier"}
    assert result.metrics["roc_auc"]["mean"] > 0.75
    assert 0 < result.metrics["brier"]["mean"] < 0.25
    assert result.summary.dropped["settled_as_fraud"].startswith("excluded")
    assert result.summary.rows == 400 and result.summary.positive_rate == pytest.approx(0.25)
    again = train_table(table, "fraud_reported", "fraud", exclude=["settled_as_fraud"])
    assert again.metrics == result.metrics
    # The booster scores new rows encoded through the same plan, with the same features.
    matrix = xgb.DMatrix(encode_table(table.head(5), result.plan),
                         feature_names=result.feature_names)
    assert result.booster.predict(matrix).shape == (5,)
    json.dumps(result.metadata())


def test_a_leakage_column_left_in_makes_the_model_perfect(fraud_csv):
    leaky = train_table(read_table(fraud_csv), "fraud_reported", "fraud")
    assert leaky.metrics["roc_auc"]["mean"] > 0.99


def test_unknown_columns_and_labels_are_refused(fraud_csv):
    table = read_table(fraud_csv)
    with pytest.raises(ValidationError, match="OpTime"):
        train_table(table, "fraud_reported", "fraud", exclude=["OpTime"])
    with pytest.raises(ValidationError, match="not yes/no"):
        train_table(table, "authorities_contacted", "fraud")
    with pytest.raises(ValidationError, match="task"):
        train_table(table, "fraud_reported", "severity")  # type: ignore[arg-type]


def test_reserve_metrics_on_log_amount(tmp_path):
    table = read_table(write_reserve_csv(tmp_path / "bi.csv"))
    result = train_table(table, "AggClaim", "reserve", exclude=["FinDate"])
    assert set(result.metrics) == {"mae", "rmse", "r2"}
    assert result.metrics["r2"]["mean"] > 0.6
    assert result.metrics["rmse"]["mean"] >= result.metrics["mae"]["mean"] > 0
    assert result.summary.used == {"AccDate": "date", "InjType": "categorical",
                                   "Legal": "categorical"}
    assert result.metadata()["target"] == "log1p(amount)"


def test_cli_prints_cross_validated_metrics_and_dropped_columns(fraud_csv):
    done = run_cli("train", "--csv", str(fraud_csv), "--label", "fraud_reported",
                   "--task", "fraud", "--exclude", "settled_as_fraud")
    assert done.returncode == 0, done.stderr
    assert "5-fold stratified cross-validation" in done.stdout
    for metric in ("ROC-AUC", "PR-AUC", "Brier"):
        assert metric in done.stdout
    assert "claim_id: identifier-like" in done.stdout and "_c11: empty" in done.stdout
    refused = run_cli("train", "--csv", str(fraud_csv), "--label", "nope", "--task", "fraud")
    assert refused.returncode == 2 and "nope" in refused.stderr


def test_cli_register_writes_a_table_model_version(fraud_csv, tmp_path):
    env = {"CLAIMDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}",
           "CLAIMDESK_MODE": "development", "CLAIMDESK_MODELS_DIR": str(tmp_path / "models")}
    done = run_cli("train", "--csv", str(fraud_csv), "--label", "fraud_reported", "--task",
                   "fraud", "--exclude", "settled_as_fraud", "--register", **env)
    assert done.returncode == 0, done.stderr
    assert "registered fraud-table v1" in done.stdout
    folder = tmp_path / "models" / "fraud-table" / "v1"
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["label"] == "fraud_reported" and metadata["csv"] == "claims.csv"
    assert math.isclose(metadata["metrics"]["roc_auc"]["mean"],
                        float(done.stdout.split("ROC-AUC")[1].split()[0]), abs_tol=1e-3)


@pytest.mark.skipif(not (SHARED / "insurance_claims.csv").exists(),
                    reason="the shared data folder (../shared/data) is not beside this clone")
def test_shared_insurance_claims_reach_the_acceptance_auc():
    result = train_table(read_table(SHARED / "insurance_claims.csv"), "fraud_reported", "fraud")
    assert result.metrics["roc_auc"]["mean"] >= 0.85
    assert {"policy_number", "insured_zip", "_c39"} <= set(result.summary.dropped)
    assert result.summary.used["authorities_contacted"] == "categorical"
