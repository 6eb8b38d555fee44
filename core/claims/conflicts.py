"""Conflicts between a claim's values and an attached document's, and settling them.

attach.py records one ClaimFieldConflict (table claim_field_conflicts) per field where the
document disagrees with the claim, and leaves a warning on that field. An adjuster picks one
value (`resolve_conflict`): the field takes it, the warning goes, the claim is re-linked to
its policy when needed and re-scored, and the choice is audited as `claim_conflict_resolved`
with the old and new value. A conflict is settled once; a second pick is refused.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.audit.service import record_audit
from core.auth.models import User
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.intake import INTAKE_ROLES
from core.claims.models import Claim, ClaimDocument, ClaimFieldConflict
from core.claims.record import FIELD_LABELS, column_values, value_of, warning_record
from core.claims.schemas import ConflictView
from core.claims.service import POLICY_INPUTS, relink_policy
from core.claims.workflow import refuse_if_withdrawn
from core.db import session_scope, utcnow
from core.errors import Conflict, NotFound, StaleUpdate, ValidationError
from core.scoring.service import score_claim

Choice = Literal["claim", "document"]
CHOICES = ("claim", "document")


def _to_view(session: Session, row: ClaimFieldConflict) -> ConflictView:
    document = session.get(ClaimDocument, row.document_id)
    resolver = session.get(User, row.resolved_by_id) if row.resolved_by_id else None
    entry = row.document_entry or {}
    return ConflictView(
        id=row.id, claim_id=row.claim_id, field=row.field, label=FIELD_LABELS[row.field],
        claim_value=row.claim_value, document_value=entry.get("value"),
        document_id=row.document_id, document_name=document.file_name if document else "",
        page=entry.get("page"), status=row.status, chosen=row.chosen,
        resolved_by=resolver.name if resolver else None, resolved_at=row.resolved_at)


def list_conflicts(claim_id: int, *, actor: CurrentUser,
                   include_resolved: bool = False) -> list[ConflictView]:
    """The claim's conflicts, oldest first; by default only those still open."""
    require_role(actor, *INTAKE_ROLES)
    stmt = select(ClaimFieldConflict).where(ClaimFieldConflict.claim_id == claim_id)
    if not include_resolved:
        stmt = stmt.where(ClaimFieldConflict.status == "open")
    with session_scope() as session:
        return [_to_view(session, row)
                for row in session.scalars(stmt.order_by(ClaimFieldConflict.id))]


def _settle(session: Session, row: ClaimFieldConflict, choice: str, actor: CurrentUser) -> None:
    # Guarded on the status: of two people settling one conflict at once, one wins.
    settled = session.execute(
        update(ClaimFieldConflict)
        .where(ClaimFieldConflict.id == row.id, ClaimFieldConflict.status == "open")
        .values(status="resolved", chosen=choice, resolved_by_id=actor.id,
                resolved_at=utcnow())
        .execution_options(synchronize_session="fetch"))
    if settled.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"This {FIELD_LABELS[row.field].lower()} conflict was already settled.")


def resolve_conflict(conflict_id: int, choice: Choice, *, actor: CurrentUser) -> ConflictView:
    """Keep the claim's value (`claim`) or take the document's (`document`) for one conflict;
    audited as claim_conflict_resolved with the old and new value, then re-scored."""
    require_role(actor, *INTAKE_ROLES)
    if choice not in CHOICES:
        raise ValidationError({"choice": f"must be one of {', '.join(CHOICES)}"})
    try:
        with session_scope() as session:
            row = session.get(ClaimFieldConflict, conflict_id)
            if row is None:
                raise NotFound(f"Conflict {conflict_id} does not exist.")
            claim = session.get(Claim, row.claim_id)
            assert claim is not None  # a foreign key
            refuse_if_withdrawn(claim, "edited")
            if row.status != "open":
                raise Conflict(f"This {FIELD_LABELS[row.field].lower()} conflict was already "
                               "settled.")
            _settle(session, row, choice, actor)
            name = row.field
            fields = {key: dict(entry) for key, entry in (claim.fields or {}).items()}
            old = value_of(fields, name)
            if choice == "document":
                fields[name] = {**row.document_entry, "chosen_by": actor.username}
            still_open = session.scalar(select(ClaimFieldConflict.id).where(
                ClaimFieldConflict.claim_id == claim.id, ClaimFieldConflict.field == name,
                ClaimFieldConflict.status == "open", ClaimFieldConflict.id != row.id).limit(1))
            kept = [dict(w) if isinstance(w, dict) else warning_record(str(w), "extraction")
                    for w in claim.warnings or []]
            warnings = [w for w in kept if not (still_open is None and w.get("field") == name
                                                and w.get("source") == "conflict")]
            if choice == "document" and name in POLICY_INPUTS:
                warnings = relink_policy(session, claim, fields, warnings, actor)
            claim.fields, claim.warnings = fields, warnings
            for column, value in column_values(fields).items():
                setattr(claim, column, value)
            claim.updated_at = utcnow()
            record_audit(session=session, actor=actor, action="claim_conflict_resolved",
                         entity_type="claim", entity_id=claim.id, details={
                             "field": name, "old": old, "new": value_of(fields, name),
                             "chosen": choice, "conflict_id": row.id,
                             "document_id": row.document_id})
            session.flush()
            score_claim(claim.id, session=session)
            session.refresh(row)
            return _to_view(session, row)
    except StaleDataError as exc:
        raise StaleUpdate("The claim was changed at the same moment; reload it and pick "
                          "again.") from exc
