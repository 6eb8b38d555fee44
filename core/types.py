"""Column types shared by the domain models."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Numeric
from sqlalchemy.dialects.postgresql import JSONB

# JSON on SQLite, JSONB on PostgreSQL.
JSONType: Any = JSON().with_variant(JSONB(), "postgresql")
Money: Any = Numeric(14, 2, asdecimal=True)

ZERO = Decimal("0.00")
