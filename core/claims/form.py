"""Filing a claim by form: a claim reported by phone or at a counter, with no document yet.

The form takes the contract fields of ../shared/claim-fields.md (all but the line items) as
typed. Each value is checked as an edited one is (core/documents/validate.py through
`check_edit`): a value that fails is kept as typed with a warning, never dropped or corrected.
The claim is numbered, linked to its policy and scored as one from a PDF (intake.add_claim_row),
and audited as `claim_filed`. A document can be attached later (attach.py).
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.intake import INTAKE_ROLES, add_claim_row
from core.claims.record import EDITABLE_FIELDS, check_edit, warning_record
from core.claims.schemas import FiledClaim
from core.db import session_scope, utcnow
from core.documents.schemas import FIELD_NAMES
from core.errors import ValidationError
from core.scoring.service import score_claim

FORM_FIELDS = EDITABLE_FIELDS
REQUIRED = ("claimant_name", "date_of_loss")


def typed_entry(value: Any, actor: CurrentUser) -> dict[str, Any]:
    """The provenance record of a value typed on the form (no page, no box)."""
    return {"value": value, "confidence": None if value is None else 1.0, "page": None,
            "bbox": None, "source": "typed" if value is not None else None,
            "typed_by": actor.username, "typed_at": utcnow().isoformat()}


def check_form(values: dict[str, str], actor: CurrentUser
               ) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The fields record and warnings of a filled-in form; ValidationError when a required
    field is empty or an unknown field is given."""
    unknown = sorted(set(values) - set(FORM_FIELDS))
    problems = {name: "cannot be filed by form" for name in unknown}
    problems.update({name: "is required" for name in REQUIRED
                     if not (values.get(name) or "").strip()})
    if problems:
        raise ValidationError(problems)
    currency = (values.get("currency") or "").strip().upper() or None
    fields: dict[str, dict[str, Any]] = {}
    warnings: list[dict[str, Any]] = []
    for name in FIELD_NAMES:
        value, problem = check_edit(name, values.get(name) or "", currency=currency) \
            if name in FORM_FIELDS else (None, None)
        fields[name] = typed_entry(value, actor)
        if problem:
            warnings.append(warning_record(problem, "form", name))
    return fields, warnings


def file_claim(values: dict[str, str], *, actor: CurrentUser) -> FiledClaim:
    """File a claim from the typed contract fields (name -> text); admins and adjusters.

    Checked, linked to its policy, scored and audited like a claim from a document; values
    that fail their check are kept as typed, with warnings in the result.
    """
    require_role(actor, *INTAKE_ROLES)
    fields, warnings = check_form(values, actor)
    with session_scope() as session:
        claim, link = add_claim_row(session, fields, warnings, source="form",
                                    placeholder=f"TMP-{uuid4().hex}", actor=actor)
        record_audit(session=session, actor=actor, action="claim_filed", entity_type="claim",
                     entity_id=claim.id, details={
                         "number": claim.number, "policy_number": link.policy_number,
                         "fields": [n for n in FIELD_NAMES if fields[n]["value"] is not None],
                         "warnings": len(claim.warnings)})
        score_claim(claim.id, session=session)
        return FiledClaim(claim_id=claim.id, claim_number=claim.number,
                          warnings=[w["message"] for w in claim.warnings])
