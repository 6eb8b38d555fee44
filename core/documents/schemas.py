"""What the document pipeline hands back: every contract field with where it came from.

The fields are those of ../shared/claim-fields.md (FIELD_NAMES). A field the document does not
state is None, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FIELD_NAMES = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the top-left


@dataclass(frozen=True)
class FieldValue:
    """One extracted field: its value in normal form, how sure, and where it stands."""

    value: Any
    confidence: float
    page: int | None = None
    bbox: BBox | None = None
    raw: str | None = None  # the text as printed, when it differs from the normal form

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": round(self.confidence, 3),
                "page": self.page, "bbox": list(self.bbox) if self.bbox else None}


@dataclass(frozen=True)
class PageInfo:
    number: int
    source: Literal["text", "ocr"]
    width: float
    height: float


@dataclass
class ExtractionResult:
    """Stage output of `extract_document`: fields, warnings, how each page was read, timing."""

    fields: dict[str, FieldValue | None]
    warnings: list[str] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)
    elapsed_ms: float = 0.0

    def value(self, name: str) -> Any:
        found = self.fields.get(name)
        return None if found is None else found.value

    def to_json(self, file: str) -> dict[str, Any]:
        """The CLI's JSON object for one file."""
        return {
            "file": file,
            "fields": {name: (f.to_json() if f else None) for name, f in self.fields.items()},
            "warnings": list(self.warnings),
            "pages": [{"number": p.number, "source": p.source} for p in self.pages],
            "elapsed_ms": round(self.elapsed_ms, 1),
        }
