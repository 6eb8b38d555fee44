"""Claim and score rows written straight to the database, for workflow and queue tests."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from core.claims.models import Claim
from core.db import session_scope
from core.scoring.models import Score

_seq = itertools.count(1)


def make_claim(*, status: str = "new", claimed_amount: str | None = "1000.00",
               policy_id: int | None = None, customer_id: int | None = None,
               claimant_name: str | None = "Ann Lee", number: str | None = None,
               created_at: datetime | None = None, **columns: Any) -> int:
    """A claim row (no document) with the given columns; its id."""
    with session_scope() as session:
        claim = Claim(number=number or f"CLM-T{next(_seq):05d}", status=status,
                      policy_id=policy_id, customer_id=customer_id, source="manual",
                      claimed_amount=None if claimed_amount is None else Decimal(claimed_amount),
                      claimant_name=claimant_name, date_of_loss=date(2026, 3, 2),
                      fields={}, warnings=[],
                      created_at=created_at or datetime.now(UTC), **columns)
        session.add(claim)
        session.flush()
        return claim.id


def make_score(claim_id: int, probability: float, band: str, *, reserve: str = "800.00",
               reasons: list[dict[str, Any]] | None = None) -> int:
    """A current score for the claim (earlier ones stop being current); its id."""
    with session_scope() as session:
        session.execute(update(Score).where(Score.claim_id == claim_id).values(current=False))
        score = Score(claim_id=claim_id, fraud_probability=probability, risk_band=band,
                      reserve_estimate=Decimal(reserve), reasons=reasons or [], features={},
                      current=True)
        session.add(score)
        session.flush()
        return score.id
