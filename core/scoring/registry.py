"""The model registry: versions on disk (`<models_dir>/<model>/<version>/`) and in model_versions.

A version folder holds `model.json` (XGBoost's own JSON format, never a pickle) and
`metadata.json` (features, training data summary, metrics, sha256 of model.json, created).
One version per model is active (a partial unique index says so). Loading verifies the
sha256 of model.json against the database row and metadata.json and raises ModelTampered
when they differ; the booster is then built from the very bytes that were checked.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import xgboost as xgb
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.config import PROJECT_ROOT, get_settings
from core.db import session_scope, utcnow
from core.errors import ModelTampered, NotFound, ValidationError
from core.scoring.models import ModelVersion

MODEL_NAMES = ("fraud", "reserve")
SHIPPED_DIR = PROJECT_ROOT / "ml_models"
SHIPPED_VERSION = "v1"
VERSION_NAME = re.compile(r"v(\d+)")
MODEL_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


@dataclass(frozen=True)
class ModelVersionView:
    id: int
    model_name: str
    version: str
    path: str
    sha256: str
    metrics: dict[str, Any]
    details: dict[str, Any]
    active: bool
    created_at: datetime
    activated_at: datetime | None


@dataclass(frozen=True)
class LoadedModel:
    """An active model, verified and ready to predict (treat as read-only)."""

    version_id: int
    model_name: str
    version: str
    sha256: str
    booster: xgb.Booster
    metadata: dict[str, Any]

    @property
    def columns(self) -> list[str]:
        return list(self.metadata.get("columns") or self.booster.feature_names or [])


def _to_view(row: ModelVersion) -> ModelVersionView:
    return ModelVersionView(id=row.id, model_name=row.model_name, version=row.version,
                            path=row.path, sha256=row.sha256, metrics=dict(row.metrics or {}),
                            details=dict(row.details or {}), active=row.active,
                            created_at=row.created_at, activated_at=row.activated_at)


def _check_name(model_name: str) -> None:
    # fraud and reserve score claims; other names (fraud-table from train --csv) are kept too.
    if not MODEL_NAME.fullmatch(model_name):
        raise ValidationError({"model_name": "must be lower-case letters, digits, - or _ "
                                             "(at most 32)"})


def _stored_path(folder: Path) -> str:
    """The folder relative to the project when inside it (the repo moves), else absolute."""
    try:
        return str(folder.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(folder.resolve())


def _folder(path: str) -> Path:
    folder = Path(path)
    return folder if folder.is_absolute() else PROJECT_ROOT / folder


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _next_version(session: Session, model_name: str, root: Path) -> str:
    taken = set(session.scalars(select(ModelVersion.version).where(
        ModelVersion.model_name == model_name)))
    if (root / model_name).is_dir():
        taken |= {p.name for p in (root / model_name).iterdir()}
    numbers = [int(m.group(1)) for v in taken if (m := VERSION_NAME.fullmatch(v))]
    return f"v{max(numbers, default=0) + 1}"


def _set_active(session: Session, row: ModelVersion) -> None:
    session.execute(update(ModelVersion).where(
        ModelVersion.model_name == row.model_name, ModelVersion.active,
        ModelVersion.id != row.id).values(active=False))
    session.flush()  # the partial unique index allows one active row: clear first
    row.active, row.activated_at = True, utcnow()
    session.flush()


def add_version_row(*, session: Session, model_name: str, version: str, folder: Path,
                    actor: CurrentUser | None, activate: bool) -> ModelVersion:
    """Record a version folder already on disk (its metadata must match model.json)."""
    metadata = json.loads((folder / "metadata.json").read_text())
    sha = sha256_file(folder / "model.json")
    if metadata.get("sha256") != sha:
        raise ModelTampered(f"{folder / 'model.json'} does not match its metadata.json.")
    row = ModelVersion(model_name=model_name, version=version, path=_stored_path(folder),
                       sha256=sha, metrics=metadata.get("metrics") or {},
                       details={"training_data": metadata.get("training_data") or {},
                                "params": metadata.get("params") or {},
                                "importance": metadata.get("importance") or [],
                                "columns": metadata.get("columns") or []},
                       active=False, created_by_id=actor.id if actor else None)
    session.add(row)
    session.flush()
    previous = session.scalar(select(ModelVersion.version).where(
        ModelVersion.model_name == model_name, ModelVersion.active)) if activate else None
    if activate:
        _set_active(session, row)
    record_audit(session=session, actor=actor, action="model_registered",
                 entity_type="model_version", entity_id=row.id,
                 details={"model_name": model_name, "version": version, "sha256": sha,
                          "active": activate})
    if activate:  # an activation is searched for as one, however it came about
        record_audit(session=session, actor=actor, action="model_activated",
                     entity_type="model_version", entity_id=row.id,
                     details={"model_name": model_name, "version": version,
                              "previous": previous})
    return row


def register_version(model_name: str, booster: xgb.Booster, metadata: dict[str, Any], *,
                     actor: CurrentUser | None, activate: bool = False) -> ModelVersionView:
    """Write `<models_dir>/<model>/<next vN>/{model.json,metadata.json}` and record the row.

    `metadata` should carry features, training_data and metrics (train.py makes it); the
    sha256 and creation time are added here. Admins only when an actor is given; activation
    re-scores open claims.
    """
    _check_name(model_name)
    if actor is not None:
        require_role(actor, "admin")
    root = get_settings().models_dir
    with session_scope() as session:
        version = _next_version(session, model_name, root)
        folder = root / model_name / version
        try:
            write_version_files(folder, booster, {**metadata, "model_name": model_name,
                                                  "version": version})
            row = add_version_row(session=session, model_name=model_name, version=version,
                                  folder=folder, actor=actor, activate=activate)
            if activate:
                _rescore(session, actor)
            return _to_view(row)
        except BaseException:
            if folder.is_dir():
                for file in folder.iterdir():
                    file.unlink()
                folder.rmdir()
            raise


def write_version_files(folder: Path, booster: xgb.Booster, metadata: dict[str, Any]) -> str:
    """Write model.json and metadata.json (with the sha256 and creation time) into a new
    folder; the sha256."""
    folder.mkdir(parents=True, exist_ok=False)
    booster.save_model(str(folder / "model.json"))
    sha = sha256_file(folder / "model.json")
    meta = {**metadata, "sha256": sha, "created": utcnow().isoformat(timespec="seconds")}
    (folder / "metadata.json").write_text(json.dumps(meta, indent=1, default=str))
    return sha


def list_versions(model_name: str, *, actor: CurrentUser) -> list[ModelVersionView]:
    """Every version of a model, newest first (admins only)."""
    require_role(actor, "admin")
    _check_name(model_name)
    with session_scope() as session:
        rows = session.scalars(select(ModelVersion).where(
            ModelVersion.model_name == model_name).order_by(ModelVersion.id.desc()))
        return [_to_view(r) for r in rows]


def activate_version(model_name: str, version: str, *, actor: CurrentUser) -> ModelVersionView:
    """Make `version` the active one (activate or roll back); audited; re-scores open claims.

    The files are verified first: a tampered version is never activated.
    """
    require_role(actor, "admin")
    _check_name(model_name)
    with session_scope() as session:
        row = session.scalar(select(ModelVersion).where(
            ModelVersion.model_name == model_name, ModelVersion.version == version))
        if row is None:
            raise NotFound(f"There is no {model_name} model version {version}.")
        verify_files(row)
        previous = session.scalar(select(ModelVersion.version).where(
            ModelVersion.model_name == model_name, ModelVersion.active))
        _set_active(session, row)
        record_audit(session=session, actor=actor, action="model_activated",
                     entity_type="model_version", entity_id=row.id,
                     details={"model_name": model_name, "version": version,
                              "previous": previous})
        rescored = _rescore(session, actor)
        view = _to_view(row)
    return ModelVersionView(**{**view.__dict__, "details": {**view.details,
                                                             "rescored_claims": rescored}})


def _rescore(session: Session, actor: CurrentUser | None) -> int:
    from core.scoring.service import rescore_open_claims_in

    return rescore_open_claims_in(session=session)


def verify_files(row: ModelVersion) -> tuple[bytes, dict[str, Any]]:
    """The bytes of model.json and its metadata, after checking both sha256 records."""
    folder = _folder(row.path)
    try:
        raw = (folder / "model.json").read_bytes()
        metadata = json.loads((folder / "metadata.json").read_text())
    except (OSError, ValueError) as exc:
        raise ModelTampered(f"The {row.model_name} model {row.version} cannot be read from "
                            f"{folder}: {exc}") from exc
    sha = hashlib.sha256(raw).hexdigest()
    if sha != row.sha256 or metadata.get("sha256") != row.sha256:
        raise ModelTampered(f"The {row.model_name} model {row.version} in {folder} has been "
                            "changed since it was registered (sha256 mismatch); it is refused.")
    return raw, metadata


def load_row(row: ModelVersion) -> LoadedModel:
    """Verify and load one registered version."""
    raw, metadata = verify_files(row)
    booster = xgb.Booster()
    booster.load_model(bytearray(raw))
    booster.set_param({"nthread": 1})
    return LoadedModel(version_id=row.id, model_name=row.model_name, version=row.version,
                       sha256=row.sha256, booster=booster, metadata=metadata)


def active_row(session: Session, model_name: str) -> ModelVersion | None:
    return session.scalar(select(ModelVersion).where(
        ModelVersion.model_name == model_name, ModelVersion.active))


def load_active(model_name: str, *, session: Session | None = None) -> LoadedModel:
    """The active version of `model_name`, verified (ModelTampered) and loaded; else NotFound."""
    _check_name(model_name)
    if session is not None:
        row = active_row(session, model_name)
        if row is None:
            raise NotFound(f"No {model_name} model is active.")
        return load_row(row)
    with session_scope() as own:
        return load_active(model_name, session=own)


def ensure_default_models() -> list[str]:
    """Register the shipped models (ml_models/<model>/v1) as active when a model has none."""
    added: list[str] = []
    with session_scope() as session:
        for name in MODEL_NAMES:
            count = session.scalar(select(func.count()).select_from(ModelVersion).where(
                ModelVersion.model_name == name)) or 0
            folder = SHIPPED_DIR / name / SHIPPED_VERSION
            if count or not (folder / "model.json").is_file():
                continue
            add_version_row(session=session, model_name=name, version=SHIPPED_VERSION,
                            folder=folder, actor=None, activate=True)
            added.append(name)
        if added:
            _rescore(session, None)
    return added
