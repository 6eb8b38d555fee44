"""Scoring bench: score-plus-explanation latency per claim, batch throughput, retraining time.

    python -m bench.scoring [--claims 200] [--batch 10000] [--train-rows 100000]

Latency is measured two ways on the shipped models: `score_claim` end to end on a temporary
SQLite database (features from the database, both predictions with exact TreeSHAP, reasons,
the Score row written and committed), and the model step alone (features given). Batch
throughput predicts and explains many synthetic claims at once. Retraining trains both
models on `--train-rows` synthetic claims as `python -m core train` does.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import xgboost as xgb

from core import db as core_db
from core.claims.models import INCIDENT_TYPES, Claim
from core.policies.models import Customer, Policy, Product
from core.scoring.explain import reasons_from
from core.scoring.features import RAW_NAMES, frame_to_matrix
from core.scoring.predict import load_scoring_models, predict_one
from core.scoring.registry import ensure_default_models
from core.scoring.service import score_claim
from core.scoring.synthetic import synthetic_history
from core.scoring.train import train_models


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms (n={len(ordered)})"


def _seed_claims(count: int) -> list[int]:
    rng = random.Random(3)
    with core_db.session_scope() as session:
        product = Product(code="BENCH-MOTOR", name="Bench motor", product_type="motor",
                          base_premium=Decimal("600.00"), sum_assured_options=["25000.00"])
        session.add(product)
        session.flush()
        ids = []
        for i in range(count):
            customer = Customer(code=f"BEN-{i:05d}", name=f"Bench Customer {i}",
                                date_of_birth=date(1960 + i % 40, 1 + i % 12, 1))
            session.add(customer)
            session.flush()
            start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 60))
            policy = Policy(number=f"POL-BENCH-{i:05d}", customer_id=customer.id,
                            product_id=product.id, premium=Decimal("600.00"),
                            sum_assured=Decimal("25000.00"), start_date=start,
                            end_date=start + timedelta(days=364))
            session.add(policy)
            session.flush()
            loss = start + timedelta(days=rng.randint(1, 300))
            reported = loss + timedelta(days=rng.randint(0, 30))
            claim = Claim(number=f"CLM-BENCH-{i:05d}", policy_id=policy.id,
                          customer_id=customer.id,
                          claimed_amount=Decimal(rng.randint(300, 20000)),
                          date_of_loss=loss, date_reported=reported,
                          incident_type=rng.choice(INCIDENT_TYPES), claimant_name=customer.name,
                          fields={"vehicle_make_model_year": {"value": "Honda Civic 2015"}},
                          warnings=[])
            session.add(claim)
            session.flush()
            ids.append(claim.id)
        return ids


def bench_latency(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = core_db.make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        core_db.upgrade_database(engine)
        core_db.bind_session_factory(engine)
        try:
            ensure_default_models()
            ids = _seed_claims(count)
            models = load_scoring_models()
            assert models is not None
            end_to_end, model_only = [], []
            for claim_id in ids:
                started = time.perf_counter()
                with core_db.session_scope() as session:
                    score_claim(claim_id, session=session)
                end_to_end.append((time.perf_counter() - started) * 1000)
            with core_db.session_scope() as session:
                from core.scoring.features import compute_features

                features = [compute_features(i, session=session) for i in ids]
            for row in features:
                started = time.perf_counter()
                prediction = predict_one(models, row)
                reasons_from(prediction.fraud_contribs, prediction.columns, row)
                reasons_from(prediction.reserve_contribs, prediction.columns, row, kind="reserve")
                model_only.append((time.perf_counter() - started) * 1000)
        finally:
            core_db.reset_engine()
            engine.dispose()
    print(f"score + explanation per claim, end to end (SQLite, committed): "
          f"{_percentiles(end_to_end)}")
    print(f"score + explanation per claim, models and reasons only:        "
          f"{_percentiles(model_only)}")


def bench_batch(rows: int) -> None:
    models = load_scoring_models_from_files()
    frame = synthetic_history(rows, seed=99)[list(RAW_NAMES)]
    started = time.perf_counter()
    matrix = xgb.DMatrix(frame_to_matrix(frame), feature_names=models[0].feature_names,
                         nthread=1)
    # One thread per model, side by side (see core.scoring.train on OpenMP teams here).
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda booster: booster.predict(matrix, pred_contribs=True), models))
    elapsed = time.perf_counter() - started
    print(f"batch: {rows:,} claims scored and explained (both models, TreeSHAP) in "
          f"{elapsed:.2f} s = {rows / elapsed:,.0f} claims/s")
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda booster: booster.predict(matrix), models))
    elapsed = time.perf_counter() - started
    print(f"batch: {rows:,} claims scored without explanations in {elapsed:.2f} s = "
          f"{rows / elapsed:,.0f} claims/s")


def load_scoring_models_from_files() -> list[xgb.Booster]:
    from core.scoring.registry import SHIPPED_DIR

    boosters = []
    for name in ("fraud", "reserve"):
        booster = xgb.Booster()
        booster.load_model(str(SHIPPED_DIR / name / "v1" / "model.json"))
        booster.set_param({"nthread": 1})
        boosters.append(booster)
    return boosters


def bench_training(rows: int) -> None:
    table = synthetic_history(rows)
    started = time.perf_counter()
    trained = train_models(table)
    elapsed = time.perf_counter() - started
    fraud, reserve = trained["fraud"].metrics, trained["reserve"].metrics
    print(f"retraining both models on {rows:,} synthetic claims: {elapsed:.1f} s "
          f"(fraud ROC-AUC {fraud['roc_auc']}, PR-AUC {fraud['pr_auc']}, Brier "
          f"{fraud['brier']}; reserve R² on log amount {reserve['r2_log']}, MAE (log) "
          f"{reserve['mae_log']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=200)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--train-rows", type=int, default=100_000)
    args = parser.parse_args()
    np.random.seed(0)
    bench_latency(args.claims)
    bench_batch(args.batch)
    bench_training(args.train_rows)


if __name__ == "__main__":
    main()
