"""Report rollups: figures of the claims received each day, kept by triggers (migration 0009)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base
from core.types import Money

NO_PRODUCT_ID = 0  # key of claims not linked to a policy
NO_INCIDENT_TYPE = ""  # key of claims with no incident type


class ClaimReserveDay(Base):
    """Claims received on a UTC day, per product of their policy and incident type.

    Written only by triggers on claims and policies (migration 0009), never by the services:
    every change to a claim's day, policy, incident type, status or amounts, from any code
    path, moves its figures. The reserve reports read these rows, not a million claims.
    Open means status new, in_review or info_requested (core.reports.reserves.OPEN_STATUSES).
    """

    __tablename__ = "claim_reserve_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    incident_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer)
    open_claims: Mapped[int] = mapped_column(Integer)
    open_reserve: Mapped[Decimal] = mapped_column(Money)
    claimed_total: Mapped[Decimal] = mapped_column(Money)
    approved_total: Mapped[Decimal] = mapped_column(Money)


class ClaimStatusDay(Base):
    """Claims received on a UTC day, per product of their policy and current status.

    Kept by the same triggers as ClaimReserveDay (migration 0009); read by claims by status
    and by week, and for the claims counted beside the risk bands.
    """

    __tablename__ = "claim_status_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer)
