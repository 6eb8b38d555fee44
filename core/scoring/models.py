"""Model versions and claim scores."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow
from core.types import JSONType, Money


class ModelVersion(Base):
    __tablename__ = "model_versions"
    __table_args__ = (
        UniqueConstraint("model_name", "version", name="uq_model_versions_name_version"),
        # One active version per model, enforced by the database.
        Index(
            "uq_model_versions_active",
            "model_name",
            unique=True,
            postgresql_where=text("active"),
            sqlite_where=text("active"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    model_name: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64))
    metrics: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    details: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Score(Base):
    __tablename__ = "scores"
    __table_args__ = (
        Index("ix_scores_claim_id_created_at", "claim_id", "created_at"),
        # The review queue joins every claim to its current score and sorts or filters on it.
        Index(
            "ix_scores_current_claim_id",
            "claim_id", "fraud_probability", "risk_band",
            postgresql_where=text("current"),
            sqlite_where=text("current"),
        ),
        # The review queue's risk order (keyset pages), whole and within one band.
        Index("ix_scores_current_risk", "fraud_probability", "claim_id",
              postgresql_where=text("current"), sqlite_where=text("current")),
        Index("ix_scores_current_band_risk", "risk_band", "fraud_probability", "claim_id",
              postgresql_where=text("current"), sqlite_where=text("current")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    fraud_model_version_id: Mapped[int | None] = mapped_column(ForeignKey("model_versions.id"))
    reserve_model_version_id: Mapped[int | None] = mapped_column(ForeignKey("model_versions.id"))
    fraud_probability: Mapped[float] = mapped_column(Float)
    risk_band: Mapped[str] = mapped_column(String(8))
    reserve_estimate: Mapped[Decimal | None] = mapped_column(Money)
    reasons: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    features: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
