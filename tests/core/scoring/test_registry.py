"""The model registry: versions on disk and in the table, one active per model, activation and
rollback by admins only, tampered files refused; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import func, select

from core.db import session_scope
from core.errors import ModelTampered, PermissionDenied
from core.scoring.models import ModelVersion
from core.scoring.registry import (
    SHIPPED_DIR,
    activate_version,
    add_version_row,
    ensure_default_models,
    list_versions,
    load_active,
    register_version,
)
from tests.core.helpers import audit_entries
from tests.core.scoring.fixtures import models_dir, shipped, small_models  # noqa: F401
from tests.factories import make_user


def _active(model_name: str) -> list[str]:
    with session_scope() as session:
        return list(session.scalars(select(ModelVersion.version).where(
            ModelVersion.model_name == model_name, ModelVersion.active)))


def test_register_writes_json_files_with_their_sha256(db, models_dir, small_models):  # noqa: F811
    admin = make_user("admin")
    view = register_version("fraud", small_models["fraud"].booster,
                            small_models["fraud"].metadata, actor=admin)

    folder = models_dir / "fraud" / view.version
    assert view.version == "v1" and not view.active
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["sha256"] == view.sha256 and metadata["metrics"]["roc_auc"] is not None
    assert json.loads((folder / "model.json").read_text())["learner"]  # XGBoost JSON
    assert not list(folder.glob("*.pkl"))
    assert view.metrics == metadata["metrics"]


def test_activate_and_roll_back_keep_one_active_version(shipped, small_models):  # noqa: F811
    admin = make_user("admin")
    new = register_version("fraud", small_models["fraud"].booster,
                           small_models["fraud"].metadata, actor=admin)
    assert new.version == "v2" and _active("fraud") == ["v1"]

    activated = activate_version("fraud", "v2", actor=admin)
    assert activated.active and _active("fraud") == ["v2"]
    assert load_active("fraud").version == "v2"

    activate_version("fraud", "v1", actor=admin)  # roll back
    assert _active("fraud") == ["v1"] and _active("reserve") == ["v1"]
    assert [v.version for v in list_versions("fraud", actor=admin)] == ["v2", "v1"]
    moves = [(e.details["version"], e.details["previous"])
             for e in audit_entries("model_activated") if e.username == admin.username]
    assert moves == [("v2", "v1"), ("v1", "v2")]


def test_registering_an_active_version_is_audited_as_an_activation(shipped,  # noqa: F811
                                                                   small_models):  # noqa: F811
    # The shipped v1 models were activated as they were registered, by the system.
    assert [(e.username, e.details["model_name"], e.details["version"], e.details["previous"])
            for e in audit_entries("model_activated")] == [
        ("system", "fraud", "v1", None), ("system", "reserve", "v1", None)]
    admin = make_user("admin")
    new = register_version("fraud", small_models["fraud"].booster,
                           small_models["fraud"].metadata, actor=admin, activate=True)
    [entry] = [e for e in audit_entries("model_activated") if e.username == admin.username]
    assert (entry.entity_id, entry.details) == (str(new.id), {
        "model_name": "fraud", "version": "v2", "previous": "v1"})
    assert audit_entries("model_registered", new.id)[0].details["active"] is True


def test_adjusters_may_not_register_list_or_activate(shipped, small_models):  # noqa: F811
    adjuster = make_user("adjuster")
    with pytest.raises(PermissionDenied):
        activate_version("fraud", "v1", actor=adjuster)
    with pytest.raises(PermissionDenied):
        list_versions("fraud", actor=adjuster)
    with pytest.raises(PermissionDenied):
        register_version("fraud", small_models["fraud"].booster,
                         small_models["fraud"].metadata, actor=adjuster)


def test_defaults_are_registered_once(shipped):  # noqa: F811
    assert ensure_default_models() == []
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(ModelVersion)) == 2


def test_a_tampered_model_file_is_refused(db, models_dir, tmp_path):  # noqa: F811
    copy = tmp_path / "copy" / "fraud" / "v9"
    shutil.copytree(SHIPPED_DIR / "fraud" / "v1", copy)
    with session_scope() as session:
        add_version_row(session=session, model_name="fraud", version="v9", folder=copy,
                        actor=None, activate=True)
    assert load_active("fraud").version == "v9"

    raw = bytearray((copy / "model.json").read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (copy / "model.json").write_bytes(bytes(raw))

    with pytest.raises(ModelTampered, match="sha256"):
        load_active("fraud")


def test_a_tampered_version_is_never_activated(shipped, tmp_path):  # noqa: F811
    admin = make_user("admin")
    copy = tmp_path / "copy" / "fraud" / "v5"
    shutil.copytree(SHIPPED_DIR / "fraud" / "v1", copy)
    with session_scope() as session:
        add_version_row(session=session, model_name="fraud", version="v5", folder=copy,
                        actor=None, activate=False)
    (copy / "model.json").write_text((copy / "model.json").read_text().replace("1", "2", 1))
    with pytest.raises(ModelTampered):
        activate_version("fraud", "v5", actor=admin)
    assert _active("fraud") == ["v1"]
