"""What the task services hand back to pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

FINISHED = ("done", "failed", "cancelled")


@dataclass(frozen=True)
class TaskRunView:
    """One background task: where it stands, what it said last, and its outcome."""

    id: int
    kind: str
    status: str  # queued, running, done, failed, cancelled (failed too when the worker stopped)
    done: int
    total: int
    message: str
    params: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None
    requested_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    heartbeat_at: datetime | None
    stale: bool = False  # "running" in the table, but its worker stopped sending heartbeats

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def fraction(self) -> float:
        """Progress from 0 to 1 (1 once finished)."""
        if self.status == "done":
            return 1.0
        return min(1.0, self.done / self.total) if self.total else 0.0

    @property
    def partly_failed(self) -> bool:
        """Done, but some item of it failed (a batch file refused: see jobs.intake_outcome)."""
        rows = (self.result or {}).get("files") or []
        return self.status == "done" and any(
            isinstance(r, dict) and r.get("outcome") == "Failed" for r in rows)
