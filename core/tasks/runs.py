"""Creating and updating task runs. Each update is its own short transaction, so that a page
polling the run sees it at once and a long job never holds a write lock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.config import get_settings
from core.db import session_scope, utcnow
from core.tasks.models import TaskRun
from core.tasks.schemas import TaskRunView

log = logging.getLogger(__name__)


class RunCancelled(Exception):
    """The run was cancelled while it worked; the job stops at its next progress report."""


def create_run(*, session: Session, kind: str, actor: CurrentUser, params: dict[str, Any],
               total: int = 0, message: str = "Waiting for a worker") -> TaskRun:
    """A queued run in the caller's transaction (never commits)."""
    row = TaskRun(kind=kind, status="queued", params=params, total=total, message=message,
                  requested_by_id=actor.id, requested_by=actor.username)
    session.add(row)
    session.flush()
    return row


def start_run(run_id: int) -> TaskRun | None:
    """Mark a queued run running; None when it is gone or no longer queued (cancelled)."""
    now = utcnow()
    with session_scope() as session:
        changed = session.execute(
            update(TaskRun).where(TaskRun.id == run_id, TaskRun.status == "queued")
            .values(status="running", started_at=now, heartbeat_at=now, message="Started")
        ).rowcount  # type: ignore[attr-defined]
        if not changed:
            return None
        row = session.get(TaskRun, run_id)
        assert row is not None
        session.expunge(row)
        return row


def report_progress(run_id: int, done: int, total: int, message: str) -> None:
    """Record progress (and a heartbeat); RunCancelled when the run was cancelled meanwhile."""
    with session_scope() as session:
        changed = session.execute(
            update(TaskRun).where(TaskRun.id == run_id, TaskRun.status == "running")
            .values(done=done, total=total, message=message[:300], heartbeat_at=utcnow())
        ).rowcount  # type: ignore[attr-defined]
    if not changed:
        raise RunCancelled(run_id)


def finish_run(run_id: int, status: str, *, result: dict[str, Any] | None = None,
               error: str | None = None, message: str = "") -> None:
    """End a running run as done or failed, with its result or error."""
    values: dict[str, Any] = {"status": status, "finished_at": utcnow(), "error": error}
    if status == "done":
        values["done"] = TaskRun.total
    if result is not None:
        values["result"] = result
    if message:
        values["message"] = message[:300]
    with session_scope() as session:
        session.execute(update(TaskRun).where(TaskRun.id == run_id,
                                              TaskRun.status == "running").values(**values))


def touch_heartbeat(run_id: int) -> None:
    """Say the worker is alive (the job may be inside a long step without progress)."""
    with session_scope() as session:
        session.execute(update(TaskRun).where(TaskRun.id == run_id, TaskRun.status == "running")
                        .values(heartbeat_at=utcnow()))


@contextmanager
def heartbeat(run_id: int, every: float) -> Iterator[None]:
    """Beat every `every` seconds from a thread while the block runs (0: no thread)."""
    if every <= 0:
        yield
        return
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            try:
                touch_heartbeat(run_id)
            except Exception:  # a missed beat is not worth stopping the job for
                log.warning("heartbeat of task run %s failed", run_id, exc_info=True)

    thread = threading.Thread(target=beat, name=f"heartbeat-{run_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def is_stale(row: TaskRun, now: datetime, stale_seconds: int) -> bool:
    """A running run whose worker has not beaten for `stale_seconds`: the worker stopped."""
    last = row.heartbeat_at or row.started_at
    return row.status == "running" and (last is None
                                        or last < now - timedelta(seconds=stale_seconds))


def to_view(row: TaskRun, now: datetime | None = None) -> TaskRunView:
    """The run as pages see it; a stale running run is shown failed, with why."""
    stale_seconds = get_settings().task_stale_seconds
    stale = is_stale(row, now or utcnow(), stale_seconds)
    status, error = row.status, row.error
    if stale:
        last = row.heartbeat_at or row.started_at
        status = "failed"
        error = ("The worker stopped: no sign of life since "
                 f"{last:%Y-%m-%d %H:%M:%S} UTC" if last else "The worker stopped") + \
                ". Start the task again."
    return TaskRunView(id=row.id, kind=row.kind, status=status, done=row.done, total=row.total,
                       message=row.message, params=row.params or {}, result=row.result, error=error,
                       requested_by=row.requested_by, created_at=row.created_at,
                       started_at=row.started_at, finished_at=row.finished_at,
                       heartbeat_at=row.heartbeat_at, stale=stale)
