"""The filters every report takes (a period of UTC days and a product), checked and as SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim
from core.errors import ValidationError
from core.policies.models import Policy

REPORT_READERS = ("admin", "adjuster", "agent")


def check_filters(actor: CurrentUser | None, date_from: date | None, date_to: date | None,
                  product_id: int | None) -> None:
    """Refuse anyone not logged in, a period that ends before it starts and a bad product id."""
    require_role(actor, *REPORT_READERS)
    problems: dict[str, str] = {}
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            problems[name] = "must be a calendar date"
    if not problems and date_from and date_to and date_from > date_to:
        problems["date_to"] = "is before the first day"
    if product_id is not None and (isinstance(product_id, bool) or not isinstance(product_id, int)
                                   or product_id < 1):
        problems["product_id"] = "must be a product id"
    if problems:
        raise ValidationError(problems)


def day_start(day: date) -> datetime:
    """Midnight UTC at the start of `day`."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def in_period(column: Any, date_from: date | None,
              date_to: date | None) -> list[ColumnElement[bool]]:
    """`column` (a UTC timestamp) falls on one of the days from `date_from` to `date_to`."""
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(column >= day_start(date_from))
    if date_to:  # the whole last day counts
        where.append(column < day_start(date_to + timedelta(days=1)))
    return where


def in_days(column: Any, date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    """`column` (a date) is one of the days from `date_from` to `date_to`."""
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(column >= date_from)
    if date_to:
        where.append(column <= date_to)
    return where


def claim_of_product(product_id: int | None) -> list[ColumnElement[bool]]:
    """The claim is on a policy of the product (a semi-join the planner can hash once)."""
    if product_id is None:
        return []
    return [Claim.policy_id.in_(select(Policy.id).where(Policy.product_id == product_id))]


def claim_filters(date_from: date | None, date_to: date | None,
                  product_id: int | None) -> list[ColumnElement[bool]]:
    """Claims received in the period (by intake time) on a policy of the product."""
    return [*in_period(Claim.created_at, date_from, date_to), *claim_of_product(product_id)]
