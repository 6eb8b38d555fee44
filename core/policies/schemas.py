"""What the policy-desk services take in and hand back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class ProductInput:
    code: str
    name: str
    product_type: str
    base_premium: Decimal | float | str
    sum_assured_options: list[Decimal | float | str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    eligibility: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductView:
    id: int
    code: str
    name: str
    product_type: str
    base_premium: Decimal
    sum_assured_options: list[Decimal]
    features: list[str]
    eligibility: dict[str, Any]
    active: bool


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str | None = None
    email: str | None = None
    date_of_birth: date | None = None
    city: str | None = None
    address: str | None = None
    timezone: str = "UTC"
    call_window_start: time | None = None
    call_window_end: time | None = None
    do_not_call: bool = False
    code: str | None = None


@dataclass(frozen=True)
class CustomerView:
    id: int
    code: str
    name: str
    email: str | None
    phone: str | None
    date_of_birth: date | None
    city: str | None
    address: str | None
    timezone: str
    call_window_start: time | None
    call_window_end: time | None
    do_not_call: bool
    last_called_at: datetime | None
    call_count: int
    policy_count: int = 0


@dataclass(frozen=True)
class PolicyInput:
    customer_id: int
    product_id: int
    premium: Decimal | float | str
    sum_assured: Decimal | float | str
    start_date: date
    end_date: date
    auto_renew: bool = False
    number: str | None = None


@dataclass(frozen=True)
class PolicyUpdate:
    """Fields of a policy that may change during its term; None leaves a field as it is."""

    premium: Decimal | float | str | None = None
    sum_assured: Decimal | float | str | None = None
    end_date: date | None = None
    auto_renew: bool | None = None
    status: str | None = None


@dataclass(frozen=True)
class PolicyView:
    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    product_id: int
    product_code: str
    product_name: str
    product_type: str
    premium: Decimal
    sum_assured: Decimal
    start_date: date
    end_date: date
    status: str
    renewal_status: str
    auto_renew: bool
    previous_policy_id: int | None
    days_to_expiry: int


@dataclass(frozen=True)
class PolicyDetails:
    policy: PolicyView
    customer: CustomerView
    product: ProductView
    previous_policy_number: str | None
    renewed_by_policy_number: str | None
