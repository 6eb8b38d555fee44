"""Fixtures of the task tests: a fresh Huey instance per test, built from that test's settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from core.auth.schemas import CurrentUser
from core.db import session_scope, utcnow
from core.tasks.models import TaskRun
from core.tasks.queue import reset_huey
from core.tasks.runs import create_run
from tests.core.claims.conftest import data_dir, fake_extractor  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_huey() -> Iterator[None]:
    """Each test gets the Huey instance its own settings ask for."""
    reset_huey()
    yield
    reset_huey()


def queued_run(actor: CurrentUser, kind: str = "intake_batch",
               params: dict[str, Any] | None = None, total: int = 0) -> int:
    """A run left queued, as if no worker had taken it yet."""
    with session_scope() as session:
        return create_run(session=session, kind=kind, actor=actor, params=params or {},
                          total=total).id


def age_heartbeat(run_id: int, seconds: float) -> None:
    """Move the run's heartbeat (and start) `seconds` into the past."""
    past = utcnow() - timedelta(seconds=seconds)
    with session_scope() as session:
        session.execute(update(TaskRun).where(TaskRun.id == run_id)
                        .values(heartbeat_at=past, started_at=past))
