"""The Huey instance the settings ask for, with ClaimDesk's jobs registered on it.

Default: SqliteHuey in the data folder (data/tasks.db), run by `python -m core worker` on the
same machine. `CLAIMDESK_TASK_BROKER=redis://host:port/db`: RedisHuey, with workers on any
machine that reaches Redis and the database. `immediate`: tasks run inline when enqueued (the
test suite). Only ids travel through the queue; what a task works on is in the database or the
data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey

from core.config import get_settings

_huey: Huey | None = None
_tasks: dict[str, Any] = {}


def make_huey(broker: str, *, name: str, data_dir: Path) -> Huey:
    """A Huey instance for `broker` ('' SQLite in data_dir, 'immediate', or a redis:// URL)."""
    if broker == "immediate":
        return MemoryHuey(name, immediate=True)
    if broker.startswith(("redis://", "rediss://")):
        return RedisHuey(name, url=broker)
    data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(name, filename=str(data_dir / "tasks.db"))


def register_jobs(huey: Huey) -> dict[str, Any]:
    """Register every job of core.tasks.jobs on `huey`; the task wrappers by kind."""
    from core.tasks.jobs import JOBS

    job: Callable[[int], None]
    wrappers = {}
    for kind, job in JOBS.items():
        # No retries: a job is not idempotent (a campaign must not dial twice); the run says why.
        wrappers[kind] = huey.task(name=kind, retries=0)(job)
    return wrappers


def get_huey() -> Huey:
    """The process-wide Huey instance built from the settings, jobs registered."""
    global _huey
    if _huey is None:
        settings = get_settings()
        huey = make_huey(settings.task_broker, name=settings.task_queue,
                         data_dir=settings.data_dir)
        _tasks.clear()
        _tasks.update(register_jobs(huey))
        _huey = huey
    return _huey


def enqueue(kind: str, run_id: int) -> None:
    """Put the job `kind` for run `run_id` on the queue (under `immediate` it runs now)."""
    get_huey()
    _tasks[kind](run_id)


def reset_huey() -> None:
    """Forget the Huey instance so that the next use reads the settings again (tests)."""
    global _huey
    _huey = None
    _tasks.clear()
