"""Linking a claim to its policy by policy number, with what a reviewer should check.

Warnings: no policy number, a number not on file, a policy not in force on the date of loss
(outside its term, cancelled or lapsed), and a claimant who is not the policy's customer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.claims.record import as_date
from core.policies.models import Customer, Policy

NOT_IN_FORCE_STATUSES = ("cancelled", "lapsed")
SEPARATORS = (" ", "-", ".", "/", "_")
SIMILAR = 0.8  # names this alike are the same name read with a typo or an OCR slip


@dataclass(frozen=True)
class PolicyLink:
    policy_id: int | None
    customer_id: int | None
    policy_number: str | None
    warnings: list[str] = field(default_factory=list)


def policy_key(number: str) -> str:
    """A policy number without separators, upper case: `pol 2024 004512`, `POL-2024-004512`
    and `POL 2024/004512` are the same number printed three ways."""
    return "".join(ch for ch in number.upper() if ch not in SEPARATORS and not ch.isspace())


def find_policy(session: Session, number: str) -> Policy | None:
    key = policy_key(number)
    if not key:
        return None
    stripped: Any = func.upper(Policy.number)
    for separator in SEPARATORS:
        stripped = func.replace(stripped, separator, "")
    return session.scalars(select(Policy).where(stripped == key).order_by(Policy.id)).first()


def _tokens(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z]+", folded)


def _alike(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= SIMILAR


def _given_alike(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return _alike(a, b)


def names_differ(claimant: str, customer: str) -> bool:
    """True when two names clearly belong to different people.

    The same surname (or one contained in the other name, for `Smith John`) and compatible
    first names (equal, alike, or one an initial of the other) count as the same person.
    """
    a, b = _tokens(claimant), _tokens(customer)
    if not a or not b:
        return False
    for first, last in ((a, b), (a[::-1], b)):
        if _alike(first[-1], last[-1]) and (
            len(first) == 1 or len(last) == 1 or _given_alike(first[0], last[0])
        ):
            return False
    return True


def link_policy(
    session: Session, *, policy_number: Any, date_of_loss: Any, claimant_name: Any
) -> PolicyLink:
    """Find the claim's policy and say what does not fit; never refuses the claim."""
    if not isinstance(policy_number, str) or not policy_number.strip():
        return PolicyLink(None, None, None, [
            "The document states no policy number; link the claim to its policy."])
    policy = find_policy(session, policy_number)
    if policy is None:
        return PolicyLink(None, None, None, [
            f"Policy {policy_number} is not on file; the claim is not linked to a policy."])
    warnings = []
    loss = as_date(date_of_loss)
    if loss is not None and not policy.start_date <= loss <= policy.end_date:
        warnings.append(
            f"Policy {policy.number} was not in force on the date of loss {loss.isoformat()} "
            f"(its term runs {policy.start_date.isoformat()} to {policy.end_date.isoformat()}).")
    if policy.status in NOT_IN_FORCE_STATUSES:
        warnings.append(f"Policy {policy.number} is {policy.status}; check that it was in force "
                        "on the date of loss.")
    customer = session.get(Customer, policy.customer_id)
    if (customer is not None and isinstance(claimant_name, str)
            and names_differ(claimant_name, customer.name)):
        warnings.append(f"Policy {policy.number} belongs to another customer ({customer.name}), "
                        f"not to the claimant {claimant_name}.")
    return PolicyLink(policy.id, policy.customer_id, policy.number, warnings)
