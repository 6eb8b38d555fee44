"""GIN trigram indexes for substring search (PostgreSQL's pg_trgm), declared beside the models."""

from __future__ import annotations

from sqlalchemy import Index, func
from sqlalchemy.orm import InstrumentedAttribute


def trigram_index(name: str, column: InstrumentedAttribute[str] | InstrumentedAttribute[
        str | None]) -> Index:
    """A GIN index on lower(column) with gin_trgm_ops, made on PostgreSQL only.

    It serves `lower(column) LIKE '%text%'` for texts of three characters or more. SQLite gets
    no index (its autogenerate compare skips expression indexes as well); the migration that
    creates it on PostgreSQL qualifies the operator class with pg_trgm's schema.
    """
    label = f"{column.key}_lower"
    index = Index(name, func.lower(column).label(label), postgresql_using="gin",
                  postgresql_ops={label: "gin_trgm_ops"})
    return index.ddl_if(dialect="postgresql")
