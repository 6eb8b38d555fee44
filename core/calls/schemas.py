"""What the calls and campaigns services hand back to pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CallView:
    id: int
    customer_id: int
    customer_name: str
    customer_code: str
    phone: str
    purpose: str
    status: str
    attempt: int
    simulated: bool
    campaign_id: int | None = None
    campaign_name: str | None = None
    policy_id: int | None = None
    claim_id: int | None = None
    outcome: str | None = None
    summary: str | None = None
    failure_reason: str | None = None
    sip_status_code: int | None = None
    created_at: datetime | None = None
    started_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    duration_seconds: int | None = None
    product_id: int | None = None  # the product offered, or the one the customer asked about
    product_code: str | None = None
    product_name: str | None = None


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    purpose: str
    status: str
    criteria: dict[str, Any]
    max_attempts: int
    retry_backoff_minutes: int
    created_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    product_id: int | None = None  # a product-offer campaign's product
    product_code: str | None = None
    product_name: str | None = None


@dataclass(frozen=True)
class CampaignProgress:
    """Where a campaign stands: targets, calls by status and outcome, who is skipped and why."""

    campaign_id: int
    status: str
    targets: int
    dialled: int  # customers with at least one attempt
    remaining: int  # targets that may still be called
    calls: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> customers


@dataclass(frozen=True)
class BatchResult:
    """One batch of a campaign: who was dialled, how it ended, who someone else had claimed."""

    campaign_id: int
    eligible: int
    dialled: int
    claimed_elsewhere: int
    by_status: dict[str, int] = field(default_factory=dict)
    call_ids: list[int] = field(default_factory=list)
    stopped: str | None = None  # why the batch dialled nobody (paused, not started, ...)


@dataclass(frozen=True)
class OfferPreview:
    """Who a product's eligibility rules select today, before a campaign is created."""

    product_id: int
    product_code: str
    product_name: str
    eligibility: dict[str, Any]
    matching: int  # customers the rules select (age, city, not holding the product)
    do_not_call: int  # ... of whom asked not to be called
    no_phone: int  # ... or have no number
    to_call: int  # ... and the rest, whom a campaign would call (within their call window)


@dataclass(frozen=True)
class ProductOfferRow:
    """Interest and conversion for one product, over the calls about it."""

    product_id: int
    product_code: str
    product_name: str
    calls: int  # call records about the product
    answered: int  # ... that were answered (status completed)
    interested: int  # ... whose outcome is "interested"
    converted: int  # customers called about it who hold a policy of it created at/after a call
