"""Starting, following and cancelling background tasks, role-checked like the actions they
wrap. Queuing and cancelling are audited; what a job does is audited by the action it runs
(model_registered, claim_created, call_started, ...), in the name of who queued it."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.records import CALLERS
from core.calls.targets import campaign_row
from core.claims.intake import INTAKE_ROLES
from core.config import get_settings
from core.db import session_scope, utcnow
from core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from core.pagination import Page, paginate
from core.tasks import queue
from core.tasks.jobs import CAMPAIGN_BATCH
from core.tasks.models import ACTIVE_STATUSES, TASK_KINDS, TaskRun
from core.tasks.runs import create_run, to_view
from core.tasks.schemas import TaskRunView

MAX_BATCH_FILES = 500
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _queue(kind: str, actor: CurrentUser, params: dict[str, Any], total: int = 0,
           entity: tuple[str, object] | None = None) -> int:
    with session_scope() as session:
        run = create_run(session=session, kind=kind, actor=actor, params=params, total=total)
        entity_type, entity_id = entity or ("task_run", run.id)
        record_audit(session=session, actor=actor, action="task_queued",
                     entity_type=entity_type, entity_id=entity_id,
                     details={"task_run": run.id, "kind": kind,
                              **{k: v for k, v in params.items() if k != "files"}})
        return run.id


def _enqueue(kind: str, run_id: int) -> TaskRunView:
    try:
        queue.enqueue(kind, run_id)
    except Exception as exc:  # the broker is down: the run must not wait forever
        with session_scope() as session:
            row = session.get(TaskRun, run_id)
            if row is not None and row.status == "queued":
                row.status, row.finished_at = "failed", utcnow()
                row.error = f"Could not queue the task: {exc}"
    with session_scope() as session:
        row = session.get(TaskRun, run_id)
        assert row is not None
        return to_view(row)


def enqueue_retrain(*, actor: CurrentUser, synthetic_rows: int = 50_000, activate: bool = False,
                    rounds: int = 200) -> TaskRunView:
    """Retrain both models in the background (admins only)."""
    require_role(actor, "admin")
    if synthetic_rows < 0 or rounds < 1:
        raise ValidationError({"synthetic_rows": "must be 0 or more; rounds at least 1"})
    run_id = _queue("retrain", actor, {"synthetic_rows": int(synthetic_rows),
                                       "activate": bool(activate), "rounds": int(rounds)}, 100)
    return _enqueue("retrain", run_id)


def enqueue_intake_batch(files: list[tuple[str, bytes]], *,
                         actor: CurrentUser) -> TaskRunView:
    """Store the uploads in the data folder and take them through intake in the background."""
    require_role(actor, *INTAKE_ROLES)
    if not files:
        raise ValidationError({"files": "choose at least one file"})
    if len(files) > MAX_BATCH_FILES:
        raise ValidationError({"files": f"at most {MAX_BATCH_FILES} files at once"})
    with session_scope() as session:
        run = create_run(session=session, kind="intake_batch", actor=actor, params={},
                         total=len(files))
        folder = f"uploads/run-{run.id}"
        stored = _store_uploads(files, folder)
        run.params = {"folder": folder, "files": stored}
        record_audit(session=session, actor=actor, action="task_queued", entity_type="task_run",
                     entity_id=run.id, details={"task_run": run.id, "kind": "intake_batch",
                                                "files": [f["name"] for f in stored]})
        run_id = run.id
    return _enqueue("intake_batch", run_id)


def _store_uploads(files: list[tuple[str, bytes]], folder: str) -> list[dict[str, str]]:
    target = get_settings().data_dir / folder
    target.mkdir(parents=True, exist_ok=True)
    stored = []
    for index, (name, data) in enumerate(files):
        path = f"{folder}/{index:04d}-{SAFE_NAME.sub('_', name)[-80:]}"
        (get_settings().data_dir / path).write_bytes(data)
        stored.append({"name": name, "path": path})
    return stored


def enqueue_campaign_run(campaign_id: int, *, actor: CurrentUser,
                         batch_size: int = CAMPAIGN_BATCH) -> TaskRunView:
    """Run the whole campaign in the background, batch by batch (one run per campaign)."""
    require_role(actor, *CALLERS)
    with session_scope() as session:
        campaign = campaign_row(session, campaign_id)
        if campaign.status != "running":
            raise Conflict(f"Campaign {campaign.name} is {campaign.status}; start it first.")
        for run in session.scalars(select(TaskRun).where(
                TaskRun.kind == "campaign_run", TaskRun.status.in_(ACTIVE_STATUSES))):
            if run.params.get("campaign_id") == campaign_id and not to_view(run).stale:
                raise Conflict(f"Campaign {campaign.name} is already running in the "
                               f"background (task {run.id}, started by {run.requested_by}).")
    run_id = _queue("campaign_run", actor, {"campaign_id": campaign_id,
                                            "batch_size": max(1, int(batch_size))},
                    entity=("campaign", campaign_id))
    return _enqueue("campaign_run", run_id)


def _visible_row(session: Session, run_id: int, actor: CurrentUser) -> TaskRun:
    row = session.get(TaskRun, run_id)
    if row is None:
        raise NotFound(f"Task {run_id} does not exist.")
    if row.requested_by_id != actor.id and not actor.is_admin:
        raise PermissionDenied("Only who started a task, or an admin, may see or cancel it.")
    return row


def get_task_run(run_id: int, *, actor: CurrentUser) -> TaskRunView:
    """One run as it stands now (its requester or an admin)."""
    require_role(actor, "admin", "agent", "adjuster")
    with session_scope() as session:
        return to_view(_visible_row(session, run_id, actor))


def list_task_runs(*, actor: CurrentUser, kind: str | None = None, mine: bool = True,
                   page: int = 1, page_size: int = 25) -> Page[TaskRunView]:
    """Runs newest first: the actor's own, or (admins, mine=False) everyone's."""
    require_role(actor, "admin", "agent", "adjuster")
    if kind is not None and kind not in TASK_KINDS:
        raise ValidationError({"kind": f"unknown task kind {kind!r}"})
    stmt = select(TaskRun).order_by(TaskRun.id.desc())
    if mine or not actor.is_admin:
        stmt = stmt.where(TaskRun.requested_by_id == actor.id)
    if kind is not None:
        stmt = stmt.where(TaskRun.kind == kind)
    with session_scope() as session:
        now = utcnow()
        return paginate(session, stmt, page=page, page_size=page_size,
                        to_item=lambda row: to_view(row, now))


def cancel_task_run(run_id: int, *, actor: CurrentUser) -> TaskRunView:
    """Cancel a queued or running run; a running job stops at its next progress report."""
    require_role(actor, "admin", "agent", "adjuster")
    with session_scope() as session:
        row = _visible_row(session, run_id, actor)
        if row.status not in ACTIVE_STATUSES:
            raise Conflict(f"Task {run_id} is already {row.status}.")
        was = row.status
        row.status, row.finished_at, row.message = "cancelled", utcnow(), \
            f"Cancelled by {actor.username}"
        record_audit(session=session, actor=actor, action="task_cancelled",
                     entity_type="task_run", entity_id=run_id,
                     details={"kind": row.kind, "was": was, "done": row.done,
                              "total": row.total})
        session.flush()
        return to_view(row)
