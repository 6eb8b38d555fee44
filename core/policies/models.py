"""Products, customers and policies."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, UTCDateTime, utcnow
from core.trigram import trigram_index
from core.types import JSONType, Money

PRODUCT_TYPES = ("motor", "home", "health", "life", "travel")
POLICY_STATUSES = ("active", "cancelled", "expired", "lapsed")
RENEWAL_STATUSES = ("not_due", "due", "renewed", "declined")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(
            "product_type IN ('motor', 'home', 'health', 'life', 'travel')", name="product_type"
        ),
        Index("ix_products_type_active", "product_type", "active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    product_type: Mapped[str] = mapped_column(String(16))
    base_premium: Mapped[Decimal] = mapped_column(Money)
    sum_assured_options: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    features: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    eligibility: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_city", "city"),
        Index("ix_customers_name", "name"),
        Index("ix_customers_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    city: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    call_window_start: Mapped[time | None] = mapped_column(Time)
    call_window_end: Mapped[time | None] = mapped_column(Time)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    last_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Policy(Base):
    __tablename__ = "policies"
    __table_args__ = (
        CheckConstraint(
            "status IN ('active', 'cancelled', 'expired', 'lapsed')", name="status"
        ),
        CheckConstraint(
            "renewal_status IN ('not_due', 'due', 'renewed', 'declined')", name="renewal_status"
        ),
        CheckConstraint("end_date > start_date", name="term"),
        Index("ix_policies_status_end_date", "status", "end_date"),
        Index("ix_policies_customer_id", "customer_id"),
        Index("ix_policies_product_id", "product_id"),
        # reports: terms renewed or declined, by end date
        Index("ix_policies_renewal_status_end_date", "renewal_status", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    premium: Mapped[Decimal] = mapped_column(Money)
    sum_assured: Mapped[Decimal] = mapped_column(Money)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    renewal_status: Mapped[str] = mapped_column(String(16), default="not_due")
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=False)
    renewal_reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Unique: a term can be renewed once, enforced by the database even under races.
    previous_policy_id: Mapped[int | None] = mapped_column(
        ForeignKey("policies.id"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship(lazy="raise")
    product: Mapped[Product] = relationship(lazy="raise")


# The review queue at scale (migration 0007): a product's policy ids without reading the table,
# and the substring search.
Index("ix_policies_product_id_id", Policy.product_id, Policy.id)
trigram_index("ix_customers_name_trgm", Customer.name)
trigram_index("ix_policies_number_trgm", Policy.number)
