"""Campaigns and calls."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow
from core.types import JSONType

CALL_STATUSES = (
    "queued", "dialing", "ringing", "in_progress", "completed", "busy", "no_answer",
    "declined", "failed",
)
CALL_OUTCOMES = (
    "interested", "renewed", "call_back", "not_interested", "wrong_person", "voicemail",
)
CAMPAIGN_STATUSES = ("draft", "running", "paused", "completed", "cancelled")


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    criteria: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    retry_backoff_minutes: Mapped[int] = mapped_column(Integer, default=60)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Call(Base):
    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'dialing', 'ringing', 'in_progress', 'completed', 'busy', "
            "'no_answer', 'declined', 'failed')",
            name="status",
        ),
        # Never twice the same attempt of one customer in one campaign.
        UniqueConstraint(
            "campaign_id", "customer_id", "attempt", name="uq_calls_campaign_customer_attempt"
        ),
        Index("ix_calls_customer_id_created_at", "customer_id", "created_at"),
        Index("ix_calls_status", "status"),
        # Interest and conversion per product (core/calls/offers.py) group calls this way.
        Index("ix_calls_product_id_outcome", "product_id", "outcome"),
        Index("ix_calls_created_at", "created_at"),  # reports: calls placed in a period
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    purpose: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    phone: Mapped[str] = mapped_column(String(20))
    room_name: Mapped[str | None] = mapped_column(String(128))
    sip_participant_id: Mapped[str | None] = mapped_column(String(128))
    sip_status_code: Mapped[int | None] = mapped_column(Integer)
    simulated: Mapped[bool] = mapped_column(default=False)
    outcome: Mapped[str | None] = mapped_column(String(16))
    summary: Mapped[str | None] = mapped_column(Text)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
