"""Claims: intake (in intake.py), list, details, reviewing and editing fields, page images."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.audit.service import record_audit
from core.auth.models import User
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.intake import INTAKE_ROLES, ingest_document
from core.claims.models import CLAIM_STATUSES, Claim, ClaimDocument
from core.claims.page_image import FieldBox, draw_field_boxes, render_page
from core.claims.policy_link import link_policy
from core.claims.record import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    check_edit,
    column_values,
    to_field_views,
    to_warnings,
    value_of,
    warning_record,
)
from core.claims.schemas import ClaimDetail, ClaimView, DocumentView
from core.claims.storage import read_document
from core.claims.workflow import refuse_if_withdrawn
from core.db import session_scope, utcnow
from core.errors import NotFound, StaleUpdate, ValidationError
from core.pagination import Page, paginate
from core.policies.models import Customer, Policy
from core.scoring.service import score_claim

__all__ = [
    "document_page_count", "get_claim", "get_document_page_image", "ingest_document",
    "list_claims", "update_claim_fields",
]
Row = TypeVar("Row")
READERS = INTAKE_ROLES
EDITORS = INTAKE_ROLES
# Edits to these fields change whether the claim fits its policy: re-link and re-check.
POLICY_INPUTS = ("policy_number", "date_of_loss", "claimant_name")


def _to_view(claim: Claim, policy_number: str | None, customer_name: str | None) -> ClaimView:
    return ClaimView(
        id=claim.id, number=claim.number, status=claim.status,
        claimant_name=claim.claimant_name, policy_number=policy_number,
        customer_name=customer_name, claimed_amount=claim.claimed_amount,
        currency=claim.currency, date_of_loss=claim.date_of_loss,
        incident_type=claim.incident_type, warning_count=len(claim.warnings or []),
        created_at=claim.created_at,
    )


def _base_query() -> Select[Claim, str | None, str | None]:
    return (
        select(Claim, Policy.number, Customer.name)
        .outerjoin(Policy, Claim.policy_id == Policy.id)
        .outerjoin(Customer, Claim.customer_id == Customer.id)
    )


def list_claims(
    *, actor: CurrentUser, status: str | None = None, search: str | None = None, page: int = 1,
    page_size: int = 25,
) -> Page[ClaimView]:
    """Claims, newest first, by status or a fragment of the claim or policy number, claimant,
    customer or document file name."""
    require_role(actor, *READERS)
    if status and status not in CLAIM_STATUSES:
        raise ValidationError({"status": f"must be one of {', '.join(CLAIM_STATUSES)}"})
    stmt = _base_query().order_by(Claim.created_at.desc(), Claim.id.desc())
    if status:
        stmt = stmt.where(Claim.status == status)
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        documents = select(ClaimDocument.claim_id).where(
            func.lower(ClaimDocument.file_name).like(like))
        stmt = stmt.where(or_(func.lower(Claim.number).like(like),
                              func.lower(Claim.claimant_name).like(like),
                              func.lower(Policy.number).like(like),
                              func.lower(Customer.name).like(like),
                              Claim.id.in_(documents)))
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size,
                        to_item=lambda row: _to_view(row[0], row[1], row[2]))


def _get_row(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} {row_id} does not exist.")
    return row


def _get_claim_row(session: Session, claim_id: int) -> Claim:
    return _get_row(session, Claim, claim_id, "Claim")


def _user_name(session: Session, user_id: int | None) -> str | None:
    user = session.get(User, user_id) if user_id else None
    return user.name if user else None


def _to_detail(session: Session, claim: Claim) -> ClaimDetail:
    policy = session.get(Policy, claim.policy_id) if claim.policy_id else None
    customer = session.get(Customer, claim.customer_id) if claim.customer_id else None
    documents = session.scalars(
        select(ClaimDocument).where(ClaimDocument.claim_id == claim.id)
        .order_by(ClaimDocument.id)
    )
    return ClaimDetail(
        claim=_to_view(claim, policy.number if policy else None,
                       customer.name if customer else None),
        version=claim.version, policy_id=claim.policy_id, customer_id=claim.customer_id,
        date_reported=claim.date_reported, description=claim.description,
        fields=to_field_views(claim.fields or {}), warnings=to_warnings(claim.warnings),
        source=claim.source, withdrawn_reason=claim.withdrawn_reason,
        withdrawn_by=_user_name(session, claim.withdrawn_by), withdrawn_at=claim.withdrawn_at,
        documents=[DocumentView(id=d.id, file_name=d.file_name, sha256=d.sha256,
                                size_bytes=d.size_bytes, pages=d.pages, created_at=d.created_at)
                   for d in documents],
    )


def get_claim(claim_id: int, *, actor: CurrentUser) -> ClaimDetail:
    """A claim with its fields and where each came from, warnings, policy and documents."""
    require_role(actor, *READERS)
    with session_scope() as session:
        return _to_detail(session, _get_claim_row(session, claim_id))


def relink_policy(session: Session, claim: Claim, fields: dict[str, Any],
            warnings: list[dict[str, Any]], actor: CurrentUser) -> list[dict[str, Any]]:
    link = link_policy(session, policy_number=value_of(fields, "policy_number"),
                       date_of_loss=value_of(fields, "date_of_loss"),
                       claimant_name=value_of(fields, "claimant_name"))
    if link.policy_id != claim.policy_id:
        record_audit(session=session, actor=actor, action="claim_policy_linked",
                     entity_type="claim", entity_id=claim.id,
                     details={"old_policy_id": claim.policy_id, "new_policy_id": link.policy_id,
                              "policy_number": link.policy_number})
        claim.policy_id, claim.customer_id = link.policy_id, link.customer_id
    kept = [w for w in warnings if w.get("source") != "policy"]
    return kept + [warning_record(w, "policy", "policy_number") for w in link.warnings]


def update_claim_fields(
    claim_id: int, changes: dict[str, str], *, actor: CurrentUser, expected_version: int
) -> ClaimDetail:
    """Save a reviewer's edits to a claim's fields, each audited with its old and new value.

    `changes` maps field names to the text typed; unchanged values are ignored. A value that
    fails its check is stored as typed with a warning. The claim must still be at
    `expected_version` (what the reviewer saw), else StaleUpdate.
    """
    require_role(actor, *EDITORS)
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError({name: "cannot be edited here" for name in unknown})
    try:
        with session_scope() as session:
            claim = _get_claim_row(session, claim_id)
            refuse_if_withdrawn(claim, "edited")
            if claim.version != expected_version:
                raise StaleUpdate(f"Claim {claim.number} was changed by someone else since you "
                                  "opened it; reload it and edit again.")
            fields = {name: dict(entry) for name, entry in (claim.fields or {}).items()}
            warnings = [dict(w) if isinstance(w, dict) else warning_record(str(w), "extraction")
                        for w in claim.warnings or []]
            edited: list[str] = []
            currency = (changes.get("currency") or "").strip().upper() or value_of(
                fields, "currency")
            for name, typed in changes.items():
                old = value_of(fields, name)
                old_text = "" if old is None else str(old)
                if typed.strip() == old_text.strip():
                    continue
                new, problem = check_edit(name, typed, currency=currency)
                if new == old:
                    continue
                entry = fields.get(name) or {"confidence": None, "page": None, "bbox": None}
                fields[name] = {**entry, "value": new, "confidence": 1.0, "source": "edited",
                                "edited_by": actor.username, "edited_at": utcnow().isoformat()}
                warnings = [w for w in warnings if w.get("field") != name]
                if problem:
                    warnings.append(warning_record(problem, "edit", name))
                record_audit(session=session, actor=actor, action="claim_field_edited",
                             entity_type="claim", entity_id=claim.id,
                             details={"field": name, "old": old, "new": new,
                                      "valid": problem is None})
                edited.append(name)
            if not edited:
                return _to_detail(session, claim)
            if set(edited) & set(POLICY_INPUTS):
                warnings = relink_policy(session, claim, fields, warnings, actor)
            claim.fields, claim.warnings = fields, warnings
            for column, value in column_values(fields).items():
                setattr(claim, column, value)
            session.flush()
            score_claim(claim.id, session=session)
            return _to_detail(session, claim)
    except StaleDataError as exc:
        raise StaleUpdate("This claim was changed by someone else at the same moment; reload "
                          "it and edit again.") from exc


def _get_document_row(session: Session, document_id: int) -> ClaimDocument:
    return _get_row(session, ClaimDocument, document_id, "Document")


def document_page_count(document_id: int, *, actor: CurrentUser) -> int:
    """How many pages a stored claim document has."""
    require_role(actor, *READERS)
    with session_scope() as session:
        return _get_document_row(session, document_id).pages


def get_document_page_image(
    document_id: int, page_number: int, *, actor: CurrentUser, with_fields: bool = True
) -> bytes:
    """A PNG of one page (numbered from 1) of a stored document, by default with the boxes
    of the claim's fields found on that page drawn and labelled."""
    require_role(actor, *READERS)
    with session_scope() as session:
        document = _get_document_row(session, document_id)
        if not 1 <= page_number <= document.pages:
            raise NotFound(f"{document.file_name} has no page {page_number}; it has "
                           f"{document.pages}.")
        claim = _get_claim_row(session, document.claim_id)
        # A field read from an attached document names it; the others come from the first.
        first = session.scalar(select(func.min(ClaimDocument.id))
                               .where(ClaimDocument.claim_id == claim.id))
        read_from = {name: entry.get("document_id", first)
                     for name, entry in (claim.fields or {}).items() if isinstance(entry, dict)}
        boxes = [
            FieldBox(label=FIELD_LABELS[view.name], bbox=view.bbox,
                     edited=view.source == "edited")
            for view in to_field_views(claim.fields or {}).values()
            if with_fields and read_from.get(view.name) == document.id
            and view.page == page_number and view.bbox is not None
        ]
        stored_path = document.stored_path
    try:
        data = read_document(stored_path)
    except FileNotFoundError as exc:
        raise NotFound(f"The stored file of document {document_id} is missing.") from exc
    image, page_width = render_page(data, page_number)
    return draw_field_boxes(image, boxes, scale=image.width / page_width)
