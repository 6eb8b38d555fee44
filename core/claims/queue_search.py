"""The review queue's text search, in the two shapes its two plans need.

A text is looked for, lower-cased and with LIKE wildcards taken literally, anywhere in the
claim number, the claimant, the customer's name and the policy number. On PostgreSQL GIN
trigram indexes (migration 0007) find it.

- `matching_ids`: the claims found field by field (UNION ALL, one trigram index each), with
  their sort keys, read up to a limit: cheap when the text is rare, and stopping early when
  it is common.
- `row_matches`: a test of one claim row (the customer and policy matches are computed once,
  as hashed subplans), for walking an index order when the text is common: most rows pass.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, union_all

from core.claims.models import Claim
from core.policies.models import Customer, Policy
from core.scoring.models import Score


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_ids(text: str, limit: int) -> Select[Any]:
    """(id, created_at, risk band, fraud probability) of up to `limit` claims `text` is found
    in, a claim once per field it is found in (no order: the fields in turn)."""
    like = _like(text)
    columns = (Claim.id, Claim.created_at)
    found = select(union_all(
        select(*columns).where(func.lower(Claim.number).like(like, escape="\\")),
        select(*columns).where(func.lower(Claim.claimant_name).like(like, escape="\\")),
        select(*columns).join(Customer, Claim.customer_id == Customer.id)
        .where(func.lower(Customer.name).like(like, escape="\\")),
        select(*columns).join(Policy, Claim.policy_id == Policy.id)
        .where(func.lower(Policy.number).like(like, escape="\\")),
    ).subquery()).limit(limit).subquery()
    return (select(found.c.id, found.c.created_at, Score.risk_band, Score.fraud_probability)
            .select_from(found)
            .outerjoin(Score, (Score.claim_id == found.c.id) & Score.current))


def row_matches(text: str) -> ColumnElement[bool]:
    """Whether `text` is found in a claim row's fields, its customer's name or policy number."""
    like = _like(text)
    return or_(
        func.lower(Claim.number).like(like, escape="\\"),
        func.lower(Claim.claimant_name).like(like, escape="\\"),
        Claim.customer_id.in_(select(Customer.id).where(
            func.lower(Customer.name).like(like, escape="\\"))),
        Claim.policy_id.in_(select(Policy.id).where(
            func.lower(Policy.number).like(like, escape="\\"))),
    )
