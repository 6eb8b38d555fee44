"""Fixtures of the scoring tests (imported by name from the test modules)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.scoring.predict import clear_model_cache
from core.scoring.registry import ensure_default_models
from core.scoring.synthetic import synthetic_history
from core.scoring.train import TrainedModel, train_models
from tests.core.claims.conftest import data_dir, fake_extractor  # noqa: F401


@pytest.fixture(scope="session")
def small_models() -> dict[str, TrainedModel]:
    """Both models trained fast on 2,000 synthetic rows, 30 trees."""
    return train_models(synthetic_history(2_000, seed=11), rounds=30, max_depth=3)


@pytest.fixture
def models_dir(tmp_path: Path, settings_env: Callable[..., None]) -> Path:
    """New model versions go to this test's own folder, never into the repository."""
    folder = tmp_path / "ml_models"
    settings_env(CLAIMDESK_MODELS_DIR=str(folder))
    return folder


@pytest.fixture
def shipped(db: str, models_dir: Path) -> Iterator[None]:
    """The shipped default models registered and active on the test database."""
    clear_model_cache()
    assert set(ensure_default_models()) == {"fraud", "reserve"}
    yield
    clear_model_cache()
