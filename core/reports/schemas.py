"""What the report services hand back: small frozen rows, one list per table or chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class StatusCount:
    """Claims received in the period that are now in `status`."""

    status: str
    claims: int


@dataclass(frozen=True)
class WeekStatusCount:
    """Claims received in the (UTC, Monday-based) week starting `week`, by current status."""

    week: date
    status: str
    claims: int


@dataclass(frozen=True)
class ScoreBucket:
    """Claims whose current fraud probability is in [low, high) (the last bucket includes 1)."""

    low: float
    high: float
    claims: int


@dataclass(frozen=True)
class BandCount:
    """Claims whose current score is in `band` ('unscored': no current score)."""

    band: str
    claims: int


@dataclass(frozen=True)
class ReserveRow:
    """Claims of one product or incident type, with reserves on those still open."""

    key: str
    label: str
    claims: int
    open_claims: int
    open_reserve: Decimal
    claimed_total: Decimal
    approved_total: Decimal


@dataclass(frozen=True)
class DecisionWeek:
    """Claims approved or rejected in the week starting `week`: days from intake to decision.

    Median and 90th percentile are nearest-rank values (an actual claim's days)."""

    week: date
    decided: int
    median_days: float
    p90_days: float
    mean_days: float


@dataclass(frozen=True)
class DurationBucket:
    """Decided claims whose intake-to-decision time is in [low_days, high_days)."""

    label: str
    low_days: float
    high_days: float | None
    claims: int


@dataclass(frozen=True)
class RenewalRow:
    """One product's renewal pipeline: live terms ending soon, and terms renewed or declined."""

    product_id: int
    product_code: str
    product_name: str
    expiring_30: int  # ends within 0-30 days of today
    expiring_60: int  # 31-60 days
    expiring_90: int  # 61-90 days
    renewed: int
    declined: int


@dataclass(frozen=True)
class CallOutcomeCount:
    """Calls placed in the period with this final status and outcome (None: no outcome)."""

    status: str
    outcome: str | None
    calls: int


@dataclass(frozen=True)
class CampaignRow:
    """One campaign's calls (campaign_id None: single calls placed outside any campaign)."""

    campaign_id: int | None
    name: str
    status: str | None
    calls: int
    answered: int
    outcomes: dict[str, int] = field(default_factory=dict)
