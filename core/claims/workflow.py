"""The claim decision workflow: which status may follow which, and who decides.

Transitions (anything else raises Conflict naming the current status):

    new            -> in_review | info_requested | approved | rejected | withdrawn
    in_review      -> info_requested | approved | rejected | withdrawn
    info_requested -> in_review | approved | rejected | withdrawn
    approved       -> in_review   (reopen only)
    rejected       -> in_review   (reopen only)
    withdrawn, closed: final here

A claim is withdrawn (withdraw_claim: a reason, who recorded it and when), never deleted; a
withdrawn claim cannot be decided, edited or given a document (refuse_if_withdrawn).

Every decision carries a note and is audited with the old and new status. The caller passes
the claim version it saw (`expected_version`); if the claim changed since, StaleUpdate.

Approved amounts: more than zero, at most the claimed amount (when the claim states one) and
at most the policy's sum assured (when the claim is linked to a policy). An adjuster who finds
the claimed amount wrong corrects that field first (itself audited) and then approves; paying
more than was asked is never a silent side effect of a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.audit.service import record_audit
from core.auth.models import User
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim
from core.db import session_scope, utcnow
from core.errors import Conflict, NotFound, StaleUpdate, ValidationError
from core.policies.models import Policy

DECIDERS = ("admin", "adjuster")
REJECT_REASONS = (
    "suspected_fraud", "not_covered", "policy_not_in_force", "duplicate",
    "insufficient_evidence", "other",
)
REJECT_REASON_LABELS = {
    "suspected_fraud": "Suspected fraud", "not_covered": "Not covered",
    "policy_not_in_force": "Policy not in force", "duplicate": "Duplicate claim",
    "insufficient_evidence": "Insufficient evidence", "other": "Other",
}
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("in_review", "info_requested", "approved", "rejected", "withdrawn"),
    "in_review": ("info_requested", "approved", "rejected", "withdrawn"),
    "info_requested": ("in_review", "approved", "rejected", "withdrawn"),
    "approved": ("in_review",),
    "rejected": ("in_review",),
    "withdrawn": (),
    "closed": (),
}
# action -> (status it leads to, audit action)
ACTIONS = {
    "start_review": ("in_review", "claim_review_started"),
    "approve": ("approved", "claim_approved"),
    "reject": ("rejected", "claim_rejected"),
    "request_information": ("info_requested", "claim_info_requested"),
    "reopen": ("in_review", "claim_reopened"),
}
# The statuses each action may start from: reopening is only for decided claims, and starting
# a review is not a way to undo a decision.
ACTION_FROM = {
    "start_review": ("new", "info_requested"),
    "approve": ("new", "in_review", "info_requested"),
    "reject": ("new", "in_review", "info_requested"),
    "request_information": ("new", "in_review"),
    "reopen": ("approved", "rejected"),
}
ACTION_LABELS = {
    "start_review": "start the review of", "approve": "approve",
    "reject": "reject", "request_information": "request information on",
    "reopen": "reopen",
}
MAX_NOTE = 4000
WITHDRAWABLE = ("new", "in_review", "info_requested")


@dataclass(frozen=True)
class DecisionView:
    """Where a claim stands in the workflow, and what may be done with it next."""

    claim_id: int
    number: str
    status: str
    version: int
    claimed_amount: Decimal | None
    currency: str
    approved_amount: Decimal | None
    decision_reason: str | None
    decision_note: str | None
    decided_by: str | None
    decided_at: datetime | None
    allowed_actions: tuple[str, ...]


def allowed_actions(status: str) -> tuple[str, ...]:
    """The workflow actions open to a claim in `status`, in ACTIONS order."""
    return tuple(action for action, starts in ACTION_FROM.items() if status in starts)


def _to_view(session: Session, claim: Claim) -> DecisionView:
    decider = session.get(User, claim.decided_by_id) if claim.decided_by_id else None
    return DecisionView(
        claim_id=claim.id, number=claim.number, status=claim.status, version=claim.version,
        claimed_amount=claim.claimed_amount, currency=claim.currency,
        approved_amount=claim.approved_amount, decision_reason=claim.decision_reason,
        decision_note=claim.decision_note, decided_by=decider.name if decider else None,
        decided_at=claim.decided_at, allowed_actions=allowed_actions(claim.status),
    )


def get_decision(claim_id: int, *, actor: CurrentUser) -> DecisionView:
    """A claim's status, its decision if any, and the actions open to it."""
    require_role(actor, *DECIDERS)
    with session_scope() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFound(f"Claim {claim_id} does not exist.")
        return _to_view(session, claim)


def _clean_note(note: str | None, what: str = "note") -> str:
    text = (note or "").strip()
    if not text:
        raise ValidationError({what: "is required: say why"})
    if len(text) > MAX_NOTE:
        raise ValidationError({what: f"must be at most {MAX_NOTE} characters"})
    return text


def _clean_amount(value: object) -> Decimal:
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError({"approved_amount": "must be a number"}) from exc
    if not amount.is_finite() or amount <= 0:
        raise ValidationError({"approved_amount": "must be more than zero"})
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError({"approved_amount": "has at most two decimals"})
    return amount


def _check_amount_limits(session: Session, claim: Claim, amount: Decimal) -> None:
    if claim.claimed_amount is not None and amount > claim.claimed_amount:
        raise ValidationError({"approved_amount": (
            f"{amount:,.2f} is more than the {claim.claimed_amount:,.2f} claimed; correct the "
            "claimed amount first if it is wrong")})
    policy = session.get(Policy, claim.policy_id) if claim.policy_id else None
    if policy is not None and amount > policy.sum_assured:
        raise ValidationError({"approved_amount": (
            f"{amount:,.2f} is more than the policy's sum assured of "
            f"{policy.sum_assured:,.2f}")})


def _stale(claim_id: int) -> StaleUpdate:
    return StaleUpdate(f"Claim {claim_id} was changed by someone else at the same moment; "
                       "reload it and decide again.")


def _transition(
    claim_id: int, action: str, *, actor: CurrentUser, expected_version: int,
    note: str | None, amount: object = None, reason: str | None = None,
) -> DecisionView:
    """Move the claim by `action`, checking role, input, version and status; audited."""
    require_role(actor, *DECIDERS)
    target, audit_action = ACTIONS[action]
    note = _clean_note(note)
    if action == "approve":
        amount = _clean_amount(amount)
    if action == "reject" and reason not in REJECT_REASONS:
        raise ValidationError({"reason": f"must be one of {', '.join(REJECT_REASONS)}"})
    try:
        with session_scope() as session:
            claim = session.get(Claim, claim_id)
            if claim is None:
                raise NotFound(f"Claim {claim_id} does not exist.")
            if claim.version != expected_version:
                raise StaleUpdate(f"Claim {claim.number} was changed by someone else since you "
                                  "opened it; reload it and decide again.")
            old = claim.status
            if old not in ACTION_FROM[action] or target not in TRANSITIONS[old]:
                hint = " Reopen it first." if "reopen" in allowed_actions(old) else ""
                raise Conflict(f"Claim {claim.number} is {old.replace('_', ' ')}: you cannot "
                               f"{ACTION_LABELS[action]} it.{hint}")
            if isinstance(amount, Decimal):
                _check_amount_limits(session, claim, amount)
            details: dict[str, Any] = {"old_status": old, "new_status": target, "note": note}
            claim.status = target
            if action in ("approve", "reject"):
                claim.approved_amount = amount if isinstance(amount, Decimal) else None
                claim.decision_reason = reason
                claim.decision_note = note
                claim.decided_by_id, claim.decided_at = actor.id, utcnow()
                details.update(amount=None if amount is None else str(amount), reason=reason)
            elif action == "reopen":
                details.update(
                    previous_amount=None if claim.approved_amount is None
                    else str(claim.approved_amount),
                    previous_reason=claim.decision_reason)
                claim.approved_amount = claim.decision_reason = None
                claim.decision_note = claim.decided_by_id = claim.decided_at = None
            record_audit(session=session, actor=actor, action=audit_action,
                         entity_type="claim", entity_id=claim.id, details=details)
            session.flush()
            return _to_view(session, claim)
    except StaleDataError as exc:  # the UPDATE ... WHERE version = found another version
        raise _stale(claim_id) from exc
    except StaleUpdate as exc:
        # SQLite refused the write of the slower session (session_scope says so generically).
        if isinstance(exc.__cause__, OperationalError):
            raise _stale(claim_id) from exc
        raise


def start_review(claim_id: int, *, actor: CurrentUser, expected_version: int,
                 note: str = "Review started.") -> DecisionView:
    """Take a new (or answered) claim into review."""
    return _transition(claim_id, "start_review", actor=actor,
                       expected_version=expected_version, note=note)


def approve_claim(claim_id: int, approved_amount: Decimal | str, note: str, *,
                  actor: CurrentUser, expected_version: int) -> DecisionView:
    """Approve the claim for `approved_amount` (more than zero, at most the claimed amount and
    the sum assured), with a note."""
    return _transition(claim_id, "approve", actor=actor, expected_version=expected_version,
                       note=note, amount=approved_amount)


def reject_claim(claim_id: int, reason: str, note: str, *, actor: CurrentUser,
                 expected_version: int) -> DecisionView:
    """Reject the claim for one of REJECT_REASONS, with a note."""
    return _transition(claim_id, "reject", actor=actor, expected_version=expected_version,
                       note=note, reason=reason)


def request_information(claim_id: int, note: str, *, actor: CurrentUser,
                        expected_version: int) -> DecisionView:
    """Ask the claimant for more; the note says what."""
    return _transition(claim_id, "request_information", actor=actor,
                       expected_version=expected_version, note=note)


def reopen_claim(claim_id: int, note: str, *, actor: CurrentUser,
                 expected_version: int) -> DecisionView:
    """Take an approved or rejected claim back into review, clearing its decision."""
    return _transition(claim_id, "reopen", actor=actor, expected_version=expected_version,
                       note=note)


def refuse_if_withdrawn(claim: Claim, doing: str) -> None:
    """Conflict when the claim was withdrawn: it is kept as it was, not `doing` (edited...)."""
    if claim.status == "withdrawn":
        raise Conflict(f"Claim {claim.number} was withdrawn; it cannot be {doing}.")


def withdraw_claim(claim_id: int, reason: str, *, actor: CurrentUser,
                   expected_version: int | None = None) -> DecisionView:
    """Record that the claimant withdrew the claim: status withdrawn, the reason, who and when;
    audited. Only an undecided claim (new, in review, waiting for information); never deleted.
    """
    require_role(actor, *DECIDERS)
    text = _clean_note(reason, "reason")
    try:
        with session_scope() as session:
            claim = session.get(Claim, claim_id)
            if claim is None:
                raise NotFound(f"Claim {claim_id} does not exist.")
            refuse_if_withdrawn(claim, "withdrawn again")
            if expected_version is not None and claim.version != expected_version:
                raise StaleUpdate(f"Claim {claim.number} was changed by someone else since you "
                                  "opened it; reload it and withdraw it again.")
            if claim.status not in WITHDRAWABLE:
                raise Conflict(f"Claim {claim.number} is {claim.status}: reopen it before it "
                               "can be withdrawn.")
            old = claim.status
            claim.status = "withdrawn"
            claim.withdrawn_reason, claim.withdrawn_by = text, actor.id
            claim.withdrawn_at = utcnow()
            record_audit(session=session, actor=actor, action="claim_withdrawn",
                         entity_type="claim", entity_id=claim.id,
                         details={"old_status": old, "new_status": "withdrawn",
                                  "reason": text})
            session.flush()
            return _to_view(session, claim)
    except StaleDataError as exc:
        raise _stale(claim_id) from exc
