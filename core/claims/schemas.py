"""What the claim services hand back to pages and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

IntakeStatus = Literal["created", "duplicate"]


@dataclass(frozen=True)
class IntakeResult:
    """The outcome of one uploaded document: a new claim, or the earlier claim it duplicates."""

    status: IntakeStatus
    claim_id: int
    claim_number: str
    document_id: int
    file_name: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimWarning:
    """Something a reviewer should check; `field` names the field it is about, if any."""

    message: str
    field: str | None = None
    source: str = "extraction"  # extraction | policy | edit


@dataclass(frozen=True)
class FieldView:
    """One contract field of a claim with where it came from (source extracted or edited)."""

    name: str
    value: Any
    confidence: float | None
    page: int | None
    bbox: tuple[float, float, float, float] | None
    source: str | None  # extracted | edited | typed | None when the document did not state it

    @property
    def text(self) -> str:
        """The value as a reviewer types it (line items as `description: amount` lines)."""
        if self.value is None:
            return ""
        if isinstance(self.value, list):
            return "\n".join(f"{i.get('description', '')}: {i.get('amount', '')}"
                             for i in self.value if isinstance(i, dict))
        return str(self.value)


@dataclass(frozen=True)
class ClaimView:
    """A row of the claims list."""

    id: int
    number: str
    status: str
    claimant_name: str | None
    policy_number: str | None
    customer_name: str | None
    claimed_amount: Decimal | None
    currency: str
    date_of_loss: date | None
    incident_type: str | None
    warning_count: int
    created_at: datetime


@dataclass(frozen=True)
class DocumentView:
    id: int
    file_name: str
    sha256: str
    size_bytes: int
    pages: int
    created_at: datetime


@dataclass(frozen=True)
class ClaimDetail:
    """A claim with its fields (every contract field, in FIELD_NAMES order), warnings and
    documents, for the detail page."""

    claim: ClaimView
    version: int
    policy_id: int | None
    customer_id: int | None
    date_reported: date | None
    description: str | None
    fields: dict[str, FieldView]
    warnings: list[ClaimWarning]
    documents: list[DocumentView]
    source: str = "document"  # document | form
    withdrawn_reason: str | None = None
    withdrawn_by: str | None = None
    withdrawn_at: datetime | None = None


@dataclass(frozen=True)
class FiledClaim:
    """A claim filed by form: its id and number and what the reviewer should check."""

    claim_id: int
    claim_number: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AttachResult:
    """A document attached to a claim: the fields it filled and those where it disagrees."""

    claim_id: int
    claim_number: str
    document_id: int
    file_name: str
    filled: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ConflictView:
    """A field where a document disagrees with the claim, both values side by side."""

    id: int
    claim_id: int
    field: str
    label: str
    claim_value: Any
    document_value: Any
    document_id: int
    document_name: str
    page: int | None
    status: str  # open | resolved
    chosen: str | None  # claim | document, once resolved
    resolved_by: str | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a claim, from the audit log."""

    at: datetime
    username: str
    action: str  # in words
    summary: str
