"""Product offers: who a product may be offered to, what the voice agent is told about it, and
interest and conversion per product.

Eligibility follows the product's rules (schema in core/policies/products.py): age in whole years
on the campaign's day from Customer.date_of_birth, city, and not already holding an active policy
of the product. It is decided in SQL, as the rest of campaign eligibility is (core/calls/targets.py
adds do-not-call, call window, attempts, back-off and calls in flight).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, func, null, select
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.calls.models import Call
from core.calls.records import CALLERS, day_start
from core.calls.schemas import OfferPreview, ProductOfferRow
from core.db import session_scope
from core.errors import NotFound, ValidationError
from core.policies.models import Customer, Policy, Product
from core.policies.products import clean_eligibility

__all__ = ["OfferPreview", "ProductOfferRow", "describe_eligibility", "offer_targets",
           "preview_product_offer", "product_brief", "product_offer_summary"]


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def eligibility_conditions(product_id: int, rules: dict[str, Any],
                           as_of: date) -> list[ColumnElement[bool]]:
    """SQL conditions on Customer for a product's (cleaned) eligibility rules on `as_of`."""
    conditions: list[ColumnElement[bool]] = []
    if rules.get("min_age") is not None:
        # Aged at least N on as_of: born on or before the day N years earlier.
        conditions.append(Customer.date_of_birth <= years_before(as_of, int(rules["min_age"])))
    if rules.get("max_age") is not None:
        # Not yet N + 1 on as_of: born after the day N + 1 years earlier.
        conditions.append(
            Customer.date_of_birth > years_before(as_of, int(rules["max_age"]) + 1))
    if rules.get("cities"):
        conditions.append(func.lower(Customer.city).in_([c.lower() for c in rules["cities"]]))
    if rules.get("exclude_holders", True):
        # NOT IN an uncorrelated subquery: computed once. A correlated NOT EXISTS let SQLite
        # search each customer's policies through the product index (67 s on 50,000 customers).
        conditions.append(Customer.id.not_in(
            select(Policy.customer_id).where(Policy.product_id == product_id,
                                             Policy.status == "active",
                                             Policy.end_date >= as_of)))
    return conditions


def describe_eligibility(rules: dict[str, Any]) -> str:
    """The rules in words, e.g. "aged 25 to 70, in Boston or Chicago, not holding it"."""
    low, high = rules.get("min_age"), rules.get("max_age")
    parts = []
    if low is not None and high is not None:
        parts.append(f"aged {low} to {high}")
    elif low is not None:
        parts.append(f"aged {low} or over")
    elif high is not None:
        parts.append(f"aged {high} or under")
    if rules.get("cities"):
        parts.append(f"in {' or '.join(rules['cities'])}")
    if rules.get("exclude_holders", True):
        parts.append("not holding it already")
    return ", ".join(parts) or "every customer"


def offer_targets(product_id: int, rules: dict[str, Any], as_of: date) -> Any:
    """A subquery of (customer_id, policy_id NULL): the customers a product may be offered to."""
    return (select(Customer.id.label("customer_id"), null().label("policy_id"))
            .where(*eligibility_conditions(product_id, rules, as_of)).subquery())


def offer_product(session: Session, product_id: int) -> tuple[Product, dict[str, Any]]:
    """An active product that may be offered, with its cleaned eligibility rules."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    if not product.active:
        raise ValidationError({"product_id": f"{product.code} is not active; it cannot be "
                                             "offered"})
    try:
        rules = clean_eligibility(product.eligibility or {})
    except ValidationError as exc:
        raise ValidationError({"eligibility": f"{product.code}'s eligibility rules are not "
                                              f"valid: {exc.errors['eligibility']}"}) from exc
    return product, rules


def product_brief(session: Session, product_id: int) -> dict[str, Any]:
    """What the voice agent is told about a product (JSON-ready: money as strings)."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    return {"id": product.id, "code": product.code, "name": product.name,
            "type": product.product_type, "base_premium": f"{product.base_premium:.2f}",
            "sum_assured_options": [str(v) for v in product.sum_assured_options or []],
            "features": [str(f) for f in product.features or []]}


def preview_product_offer(product_id: int, *, actor: CurrentUser,
                          today: date | None = None) -> OfferPreview:
    """How many customers a product-offer campaign would select today, and why some are left."""
    require_role(actor, *CALLERS)
    as_of = today or date.today()
    with session_scope() as session:
        product, rules = offer_product(session, product_id)
        no_phone = (Customer.phone.is_(None)) | (Customer.phone == "")
        matching, do_not_call, phoneless = session.execute(
            select(func.count(),
                   func.coalesce(func.sum(case((Customer.do_not_call, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((~Customer.do_not_call & no_phone, 1),
                                               else_=0)), 0))
            .select_from(Customer)
            .where(*eligibility_conditions(product_id, rules, as_of))).one()
        return OfferPreview(
            product_id=product.id, product_code=product.code, product_name=product.name,
            eligibility=rules, matching=int(matching), do_not_call=int(do_not_call),
            no_phone=int(phoneless), to_call=int(matching) - int(do_not_call) - int(phoneless))


def product_offer_summary(*, actor: CurrentUser, date_from: date | None = None,
                          date_to: date | None = None, product_id: int | None = None,
                          campaign_id: int | None = None) -> list[ProductOfferRow]:
    """Per product, over calls about it (created in [date_from, date_to], UTC days): calls,
    answered, interested, and customers converted (a policy of it created at/after a call)."""
    require_role(actor, *CALLERS)
    conditions: list[ColumnElement[bool]] = [Call.product_id.is_not(None)]
    if date_from is not None:
        conditions.append(Call.created_at >= day_start(date_from))
    if date_to is not None:
        conditions.append(Call.created_at < day_start(date_to + timedelta(days=1)))
    if product_id is not None:
        conditions.append(Call.product_id == product_id)
    if campaign_id is not None:
        conditions.append(Call.campaign_id == campaign_id)
    # Converted: a semi-join (EXISTS in WHERE) of the calls with the customer's policies of the
    # product created at/after the call; PostgreSQL hashes the policies once. Joining a
    # per-(customer, product) grouping of every policy instead took 1.2 s at a million claims.
    bought_after = select(Policy.id).where(Policy.customer_id == Call.customer_id,
                                           Policy.product_id == Call.product_id,
                                           Policy.created_at >= Call.created_at).exists()
    converted_stmt = (select(Call.product_id, func.count(distinct(Call.customer_id)))
                      .where(*conditions, bought_after).group_by(Call.product_id))
    stmt = (select(Product.id, Product.code, Product.name, func.count(Call.id),
                   func.sum(case((Call.status == "completed", 1), else_=0)),
                   func.sum(case((Call.outcome == "interested", 1), else_=0)))
            .join(Product, Product.id == Call.product_id)
            .where(*conditions)
            .group_by(Product.id, Product.code, Product.name)
            .order_by(Product.code))
    with session_scope() as session:
        converted = {pid: int(n) for pid, n in session.execute(converted_stmt)}
        return [ProductOfferRow(product_id=pid, product_code=code, product_name=name,
                                calls=int(calls), answered=int(answered or 0),
                                interested=int(interested or 0),
                                converted=converted.get(pid, 0))
                for pid, code, name, calls, answered, interested in session.execute(stmt)]
