"""Claim intake: one uploaded PDF becomes one claim, in one transaction, or nothing at all.

The checks that need no parsing come first (empty, not a .pdf, too large, not PDF content),
then an exact duplicate is recognised by its sha256 and linked to the earlier claim, then the
document is extracted (outside any transaction: OCR takes seconds) and, in one transaction,
the file is stored content-addressed and the claim, its document row and the audit entry are
written. A failure anywhere leaves no rows and removes a file this call wrote.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import PurePath
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim, ClaimDocument
from core.claims.policy_link import PolicyLink, link_policy
from core.claims.record import column_values, fields_from_extraction, value_of, warning_record
from core.claims.schemas import IntakeResult
from core.claims.storage import remove_document, sha256_of, store_document
from core.config import get_settings
from core.db import session_scope
from core.documents.pipeline import extract_document
from core.documents.schemas import ExtractionResult
from core.errors import Conflict, DocumentRejected, StaleUpdate
from core.scoring.service import score_claim

INTAKE_ROLES = ("admin", "adjuster")
MAX_NUMBER = 40  # the width of claims.number
PDF_MAGIC = b"%PDF-"
RACE_ATTEMPTS = 3
RACE_PAUSE_S = 0.1
T = TypeVar("T")


def check_upload(data: bytes, file_name: str) -> None:
    """Refuse what is not worth parsing: an empty file, not a .pdf, too large, not PDF content."""
    if not data:
        raise DocumentRejected("empty", "The file is empty.")
    suffix = PurePath(file_name).suffix.lower()
    if suffix != ".pdf":
        kind = f"a {suffix} file" if suffix else "not named .pdf"
        raise DocumentRejected("wrong_type", f"Only PDF files are accepted; this one is {kind}.")
    limit_mb = get_settings().max_upload_mb
    if len(data) > limit_mb * 1024 * 1024:
        raise DocumentRejected("too_large", f"The file is {len(data) / 2**20:.1f} MB; the limit "
                                            f"is {limit_mb} MB.")
    if PDF_MAGIC not in data[:1024]:
        raise DocumentRejected("not_pdf", "The file is not a PDF, whatever its name says.")


def _find_duplicate(sha256: str, file_name: str, actor: CurrentUser) -> IntakeResult | None:
    """The earlier claim holding these exact bytes, the upload audited on it; else None."""
    with session_scope() as session:
        row = session.execute(
            select(ClaimDocument, Claim.number).join(Claim, ClaimDocument.claim_id == Claim.id)
            .where(ClaimDocument.sha256 == sha256)
        ).first()
        if row is None:
            return None
        document, number = row
        record_audit(session=session, actor=actor, action="duplicate_upload",
                     entity_type="claim", entity_id=document.claim_id,
                     details={"file_name": file_name, "sha256": sha256,
                              "document_id": document.id})
        score_claim(document.claim_id, session=session)  # the duplicate flag changed
        return IntakeResult(status="duplicate", claim_id=document.claim_id, claim_number=number,
                            document_id=document.id, file_name=file_name)


def claim_number_for(session: Session, extracted: object) -> tuple[str | None, list[str]]:
    """The stated claim number if it can be the claim's own, else None and why not."""
    if not isinstance(extracted, str) or not extracted.strip():
        return None, []
    number = extracted.strip().upper()
    if len(number) > MAX_NUMBER:
        return None, [f"The claim number {number[:MAX_NUMBER]}... is too long to number the "
                      "claim by; it was given a number of its own."]
    if session.scalar(select(Claim.id).where(Claim.number == number)) is not None:
        return None, [f"Claim number {number} is already used by another claim; this claim "
                      "was given a number of its own. Is this document about that claim?"]
    return number, []


def add_claim_row(session: Session, fields: dict[str, Any], warnings: list[dict[str, Any]], *,
                  source: str, placeholder: str, actor: CurrentUser) -> tuple[Claim, PolicyLink]:
    """A new claim from its fields record: numbered, linked to its policy, warnings kept.

    The claim takes its stated number when free (else CLM-<year>-<id>); the number and policy
    warnings are appended to `warnings`. Flushed, not audited nor scored (the caller does).
    """
    number, number_warnings = claim_number_for(session, value_of(fields, "claim_number"))
    link = link_policy(session, policy_number=value_of(fields, "policy_number"),
                       date_of_loss=value_of(fields, "date_of_loss"),
                       claimant_name=value_of(fields, "claimant_name"))
    warnings = (warnings + [warning_record(w, "intake", "claim_number") for w in number_warnings]
                + [warning_record(w, "policy", "policy_number") for w in link.warnings])
    claim = Claim(number=number or placeholder, policy_id=link.policy_id,
                  customer_id=link.customer_id, status="new", source=source,
                  fields=fields, warnings=warnings, created_by_id=actor.id,
                  **column_values(fields))
    session.add(claim)
    session.flush()
    if number is None:
        claim.number = f"CLM-{date.today().year}-{claim.id:06d}"
    return claim, link


def _add_claim(session: Session, extraction: ExtractionResult, *, data: bytes, sha256: str,
               file_name: str, stored_path: str, actor: CurrentUser) -> IntakeResult:
    claim, link = add_claim_row(
        session, fields_from_extraction(extraction),
        [warning_record(w, "extraction") for w in extraction.warnings],
        source="document", placeholder=f"TMP-{sha256[:36]}", actor=actor)
    warnings = claim.warnings
    document = add_document_row(session, claim.id, data=data, sha256=sha256,
                                file_name=file_name, pages=len(extraction.pages),
                                stored_path=stored_path, actor=actor)
    record_audit(session=session, actor=actor, action="claim_created", entity_type="claim",
                 entity_id=claim.id, details={
                     "number": claim.number, "file_name": file_name, "sha256": sha256,
                     "document_id": document.id, "policy_number": link.policy_number,
                     "warnings": len(warnings), "elapsed_ms": round(extraction.elapsed_ms)})
    score_claim(claim.id, session=session)
    return IntakeResult(status="created", claim_id=claim.id, claim_number=claim.number,
                        document_id=document.id, file_name=file_name,
                        warnings=[w["message"] for w in warnings])


def add_document_row(session: Session, claim_id: int, *, data: bytes, sha256: str,
                     file_name: str, pages: int, stored_path: str,
                     actor: CurrentUser) -> ClaimDocument:
    """The row of a stored original on its claim (flushed)."""
    document = ClaimDocument(claim_id=claim_id, sha256=sha256, file_name=file_name[:255],
                             size_bytes=len(data), pages=pages, stored_path=stored_path,
                             uploaded_by_id=actor.id)
    session.add(document)
    session.flush()
    return document


def with_stored_file(data: bytes, sha256: str, write: Callable[[Session, str], T]) -> T:
    """Store the file content-addressed and call `write(session, stored_path)` in one
    transaction; a failure anywhere removes a file this call wrote."""
    written: str | None = None
    try:
        with session_scope() as session:
            stored_path, created = store_document(data, sha256)
            written = stored_path if created else None
            return write(session, stored_path)
    except BaseException:
        if written:
            remove_document(written)
        raise


def _store_claim(data: bytes, sha256: str, file_name: str, extraction: ExtractionResult,
                 actor: CurrentUser) -> IntakeResult:
    """One attempt: the file and the rows in one transaction."""
    return with_stored_file(data, sha256, lambda session, stored_path: _add_claim(
        session, extraction, data=data, sha256=sha256, file_name=file_name,
        stored_path=stored_path, actor=actor))


def ingest_document(data: bytes, file_name: str, *, actor: CurrentUser) -> IntakeResult:
    """Turn one uploaded PDF into a new claim, or link an exact duplicate to its earlier claim.

    Raises DocumentRejected (with `.reason`) for input that cannot be a claim document; then
    nothing is stored. Admins and adjusters only.
    """
    require_role(actor, *INTAKE_ROLES)
    check_upload(data, file_name)
    sha256 = sha256_of(data)
    duplicate = _find_duplicate(sha256, file_name, actor)
    if duplicate is not None:
        return duplicate
    extraction = extract_document(data, max_pages=get_settings().max_document_pages)
    for attempt in range(1, RACE_ATTEMPTS):
        try:
            return _store_claim(data, sha256, file_name, extraction, actor)
        except (IntegrityError, StaleUpdate):
            # A race: the same file uploaded at the same moment (its sha256 is unique; SQLite
            # says busy instead) or another document with the same claim number. Once the
            # other upload has committed, this file is a duplicate or the number is taken.
            time.sleep(RACE_PAUSE_S * attempt)
            duplicate = _find_duplicate(sha256, file_name, actor)
            if duplicate is not None:
                store_document(data, sha256)  # put the file back had this attempt removed it
                return duplicate
    try:
        return _store_claim(data, sha256, file_name, extraction, actor)
    except IntegrityError as exc:
        raise Conflict("Another upload was stored at the same moment; upload this file "
                       "again.") from exc
