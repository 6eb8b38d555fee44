"""Attaching a document to a claim that exists (one filed by form, or to add a document).

The file goes through the same checks, extraction and content-addressed storage as intake;
bad input raises DocumentRejected and leaves nothing behind. The document fills only the fields
still empty; where it states a value that disagrees with the claim's, a conflict is recorded
(conflicts.py) and both values are kept until an adjuster picks one. Audited as
`claim_document_attached`, then the claim is re-scored. Two attaches to one claim at the same
moment cannot both win: each bumps the claim's version, and the later one is refused
(StaleUpdate) with its rows rolled back and its file removed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims import intake
from core.claims.models import Claim, ClaimDocument, ClaimFieldConflict
from core.claims.record import (
    FIELD_LABELS,
    column_values,
    fields_from_extraction,
    value_of,
    warning_record,
)
from core.claims.schemas import AttachResult
from core.claims.service import POLICY_INPUTS, relink_policy
from core.claims.storage import sha256_of
from core.claims.workflow import refuse_if_withdrawn
from core.config import get_settings
from core.db import session_scope, utcnow
from core.documents.schemas import ExtractionResult
from core.errors import Conflict, NotFound, StaleUpdate
from core.scoring.service import score_claim


def is_empty(value: Any) -> bool:
    """A value that states nothing: None, blank text, an empty list."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == []


def same_value(name: str, a: Any, b: Any) -> bool:
    """Whether two values of a field say the same (amounts as numbers, text case-folded)."""
    if name == "claimed_amount":
        try:
            return Decimal(str(a)) == Decimal(str(b))
        except (InvalidOperation, ValueError):
            pass
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    return bool(a == b)


def conflict_message(name: str, claim_value: Any, document_value: Any) -> str:
    """The warning a conflict leaves on the claim until it is resolved."""
    return (f"{FIELD_LABELS[name]}: the document says {document_value}, the claim says "
            f"{claim_value}; pick one.")


def _claim_row(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"Claim {claim_id} does not exist.")
    refuse_if_withdrawn(claim, "given a document")
    return claim


def _check_before_reading(claim_id: int, sha256: str) -> None:
    """Refuse early (before the slow extraction): no such claim, withdrawn, file known."""
    with session_scope() as session:
        _claim_row(session, claim_id)
        holder = session.execute(
            select(Claim.id, Claim.number).join(ClaimDocument, ClaimDocument.claim_id == Claim.id)
            .where(ClaimDocument.sha256 == sha256)).first()
    if holder is not None:
        where = "this claim" if holder.id == claim_id else f"claim {holder.number}"
        raise Conflict(f"This file is already the document of {where}; nothing was attached.")


def _merge(session: Session, claim: Claim, extraction: ExtractionResult, document_id: int
           ) -> tuple[dict[str, Any], list[dict[str, Any]], list[str], list[str]]:
    """The claim's fields with the empty ones filled, warnings, filled and conflicting names."""
    fields = {name: dict(entry) for name, entry in (claim.fields or {}).items()}
    warnings = [dict(w) if isinstance(w, dict) else warning_record(str(w), "extraction")
                for w in claim.warnings or []]
    filled: list[str] = []
    conflicts: list[str] = []
    for name, entry in fields_from_extraction(extraction).items():
        found = entry["value"]
        if is_empty(found):
            continue
        entry = {**entry, "document_id": document_id}
        current = value_of(fields, name)
        if is_empty(current):
            fields[name] = entry
            filled.append(name)
        elif not same_value(name, current, found):
            session.add(ClaimFieldConflict(claim_id=claim.id, document_id=document_id,
                                           field=name, claim_value=current,
                                           document_entry=entry, status="open"))
            warnings.append(warning_record(conflict_message(name, current, found), "conflict",
                                           name))
            conflicts.append(name)
    warnings += [warning_record(w, "extraction") for w in extraction.warnings]
    return fields, warnings, filled, conflicts


def _attach(session: Session, claim_id: int, extraction: ExtractionResult, *, data: bytes,
            sha256: str, file_name: str, stored_path: str, actor: CurrentUser) -> AttachResult:
    claim = _claim_row(session, claim_id)
    document = intake.add_document_row(session, claim.id, data=data, sha256=sha256,
                                       file_name=file_name, pages=len(extraction.pages),
                                       stored_path=stored_path, actor=actor)
    fields, warnings, filled, conflicts = _merge(session, claim, extraction, document.id)
    if set(filled) & set(POLICY_INPUTS):
        warnings = relink_policy(session, claim, fields, warnings, actor)
    claim.fields, claim.warnings = fields, warnings
    for column, value in column_values(fields).items():
        setattr(claim, column, value)
    claim.updated_at = utcnow()  # always an UPDATE: a concurrent attach finds the version moved
    session.flush()
    record_audit(session=session, actor=actor, action="claim_document_attached",
                 entity_type="claim", entity_id=claim.id, details={
                     "file_name": file_name, "sha256": sha256, "document_id": document.id,
                     "filled": filled, "conflicts": conflicts,
                     "elapsed_ms": round(extraction.elapsed_ms)})
    score_claim(claim.id, session=session)
    return AttachResult(claim_id=claim.id, claim_number=claim.number, document_id=document.id,
                        file_name=file_name, filled=filled, conflicts=conflicts,
                        warnings=list(extraction.warnings))


def attach_document(claim_id: int, data: bytes, file_name: str, *,
                    actor: CurrentUser) -> AttachResult:
    """Attach a PDF to a claim: fill its empty fields, record conflicts, re-score; audited.

    Raises DocumentRejected for bad input, Conflict when the claim is withdrawn or the file is
    already a claim's document, StaleUpdate when another attach won the race; then nothing is
    stored. Admins and adjusters only.
    """
    require_role(actor, *intake.INTAKE_ROLES)
    intake.check_upload(data, file_name)
    sha256 = sha256_of(data)
    _check_before_reading(claim_id, sha256)
    extraction = intake.extract_document(data, max_pages=get_settings().max_document_pages)
    try:
        return intake.with_stored_file(data, sha256, lambda session, stored_path: _attach(
            session, claim_id, extraction, data=data, sha256=sha256, file_name=file_name,
            stored_path=stored_path, actor=actor))
    except (StaleDataError, StaleUpdate) as exc:
        raise StaleUpdate("The claim was changed at the same moment (another document "
                          "attached?); reload it and attach the file again.") from exc
    except IntegrityError as exc:
        raise Conflict("The same file was attached at the same moment; nothing was attached "
                       "this time.") from exc
