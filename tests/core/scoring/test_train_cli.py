"""`python -m core train`: trains both models, registers new versions (inactive unless
--activate), in a subprocess on a SQLite file, writing versions to a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from core import db as core_db
from core.scoring.models import ModelVersion
from core.scoring.synthetic import synthetic_history
from tests.core.test_cli import run_cli


def _versions(database: Path) -> list[tuple[str, str, bool]]:
    engine = core_db.make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(
                ModelVersion.model_name, ModelVersion.version, ModelVersion.active)
                .order_by(ModelVersion.id))]
    finally:
        engine.dispose()


def test_train_registers_new_inactive_versions_then_active_ones(tmp_path):
    database, models = tmp_path / "claimdesk.db", tmp_path / "models"
    history = tmp_path / "history.csv"
    synthetic_history(300, seed=3).rename(columns={"fraud": "is_fraud"}).to_csv(history,
                                                                                 index=False)
    env = {"CLAIMDESK_DATABASE_URL": f"sqlite:///{database}", "CLAIMDESK_MODE": "development",
           "CLAIMDESK_MODELS_DIR": str(models)}

    done = run_cli("train", "--synthetic-rows", "1500", "--trees", "20", "--history",
                   str(history), **env)
    assert done.returncode == 0, done.stderr
    assert "fraud v2: not active" in done.stdout and "reserve v2: not active" in done.stdout
    assert _versions(database) == [("fraud", "v1", True), ("reserve", "v1", True),
                                   ("fraud", "v2", False), ("reserve", "v2", False)]
    metadata = json.loads((models / "fraud" / "v2" / "metadata.json").read_text())
    assert metadata["training_data"]["sources"] == {"synthetic": 1500, "history_csv": 300}

    done = run_cli("train", "--synthetic-rows", "1500", "--trees", "20", "--activate", **env)
    assert done.returncode == 0, done.stderr
    assert [v for v in _versions(database) if v[2]] == [("fraud", "v3", True),
                                                        ("reserve", "v3", True)]


def test_a_history_without_labels_is_refused(tmp_path):
    history = tmp_path / "history.csv"
    pd.DataFrame({"claimed_amount": [100.0, 200.0]}).to_csv(history, index=False)
    done = run_cli("train", "--history", str(history), "--synthetic-rows", "0",
                   CLAIMDESK_DATABASE_URL=f"sqlite:///{tmp_path / 'c.db'}",
                   CLAIMDESK_MODELS_DIR=str(tmp_path / "models"))
    assert done.returncode == 2 and "neither a fraud nor a settled amount" in done.stderr
