"""Writing the audit log. Rows are only inserted; the database refuses updates and deletes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from core.audit.models import AuditEntry
from core.auth.schemas import CurrentUser


def record_audit(
    *,
    session: Session,
    actor: CurrentUser | None,
    action: str,
    entity_type: str,
    entity_id: object = None,
    details: dict[str, Any] | None = None,
    username: str | None = None,
) -> None:
    """Append one audit entry in the caller's transaction (never commits)."""
    session.add(
        AuditEntry(
            user_id=actor.id if actor else None,
            username=actor.username if actor else (username or "system"),
            action=action,
            entity_type=entity_type,
            entity_id=None if entity_id is None else str(entity_id),
            details=details or {},
        )
    )
