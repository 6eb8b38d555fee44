"""Claims and claim documents."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow
from core.trigram import trigram_index
from core.types import JSONType, Money

CLAIM_STATUSES = (
    "new", "in_review", "info_requested", "approved", "rejected", "withdrawn", "closed",
)
INCIDENT_TYPES = (
    "collision", "theft", "fire", "water_damage", "weather", "vandalism", "glass", "injury",
    "liability", "other",
)


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(
            "status IN ('new', 'in_review', 'info_requested', 'approved', 'rejected', "
            "'withdrawn', 'closed')",
            name="status",
        ),
        Index("ix_claims_status_created_at", "status", "created_at"),
        Index("ix_claims_created_at", "created_at"),  # the review queue by day, any status
        Index("ix_claims_policy_id", "policy_id"),
        Index("ix_claims_customer_id", "customer_id"),
        Index("ix_claims_decided_at", "decided_at"),  # reports: decisions in a period
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(16), default="new")
    source: Mapped[str] = mapped_column(String(16), default="document")
    claimed_amount: Mapped[Decimal | None] = mapped_column(Money)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money)
    reserve_amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    date_of_loss: Mapped[date | None] = mapped_column(Date)
    date_reported: Mapped[date | None] = mapped_column(Date)
    incident_type: Mapped[str | None] = mapped_column(String(16))
    claimant_name: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    # {field: {"value", "confidence", "page", "bbox", "source"}} as extracted or edited.
    fields: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    warnings: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    decision_reason: Mapped[str | None] = mapped_column(String(32))
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Withdrawn, never deleted (migration 0004): why, who recorded it and when.
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # Optimistic locking: every UPDATE checks and bumps it.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ClaimDocument(Base):
    __tablename__ = "claim_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(64), default="application/pdf")
    size_bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    stored_path: Mapped[str] = mapped_column(String(512))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ClaimFieldConflict(Base):
    """A field where an attached document disagrees with the value already on the claim."""

    __tablename__ = "claim_field_conflicts"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'resolved')", name="status"),
        CheckConstraint("chosen IS NULL OR chosen IN ('claim', 'document')", name="chosen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("claim_documents.id"))
    field: Mapped[str] = mapped_column(String(40))
    claim_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    # The document's provenance record: {"value", "confidence", "page", "bbox", "source"}.
    document_entry: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open")
    chosen: Mapped[str | None] = mapped_column(String(16))
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# The review queue at scale (migration 0007): a status and period filter answered from the
# index alone (policy for the product filter, id for the order), and the substring search.
Index("ix_claims_status_created_at_policy_id", Claim.status, Claim.created_at, Claim.policy_id,
      Claim.id)
trigram_index("ix_claims_number_trgm", Claim.number)
trigram_index("ix_claims_claimant_name_trgm", Claim.claimant_name)
# The decision-time reports read (decided_at, created_at) from the index alone (migration 0009).
Index("ix_claims_decided_at_created_at", Claim.decided_at, Claim.created_at)
