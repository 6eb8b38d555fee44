"""A claim's history: what happened to it, in order, read from the audit log."""

from __future__ import annotations

from sqlalchemy import select

from core.audit.describe import action_label, describe_details
from core.audit.models import AuditEntry
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.intake import INTAKE_ROLES
from core.claims.models import Claim
from core.claims.schemas import HistoryEntry
from core.db import session_scope
from core.errors import NotFound

MAX_ENTRIES = 500


def claim_history(claim_id: int, *, actor: CurrentUser) -> list[HistoryEntry]:
    """Every audited action on the claim, oldest first (at most MAX_ENTRIES, the newest)."""
    require_role(actor, *INTAKE_ROLES)
    with session_scope() as session:
        if session.get(Claim, claim_id) is None:
            raise NotFound(f"Claim {claim_id} does not exist.")
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "claim",
                                     AuditEntry.entity_id == str(claim_id))
            .order_by(AuditEntry.id.desc()).limit(MAX_ENTRIES))
        entries = [HistoryEntry(at=row.at, username=row.username,
                                action=action_label(row.action),
                                summary=describe_details(row.details)) for row in rows]
    return entries[::-1]
