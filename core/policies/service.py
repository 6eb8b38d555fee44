"""Policies: create, update, list, details, expiring soon, renew."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.db import session_scope
from core.errors import Conflict, NotFound, ValidationError
from core.pagination import Page, paginate
from core.policies.customers import get_customer_row, to_customer_view
from core.policies.models import POLICY_STATUSES, Customer, Policy, Product
from core.policies.products import get_product_row, to_product_view
from core.policies.schemas import PolicyDetails, PolicyInput, PolicyUpdate, PolicyView
from core.validation import to_money

WRITERS = ("admin", "agent")
READERS = ("admin", "adjuster", "agent")
RENEWABLE_STATUSES = ("active", "expired")


def _to_view(policy: Policy, customer: Customer, product: Product, today: date) -> PolicyView:
    return PolicyView(
        id=policy.id, number=policy.number, customer_id=customer.id,
        customer_code=customer.code, customer_name=customer.name, product_id=product.id,
        product_code=product.code, product_name=product.name,
        product_type=product.product_type, premium=policy.premium,
        sum_assured=policy.sum_assured, start_date=policy.start_date, end_date=policy.end_date,
        status=policy.status, renewal_status=policy.renewal_status,
        auto_renew=policy.auto_renew, previous_policy_id=policy.previous_policy_id,
        days_to_expiry=(policy.end_date - today).days,
    )


def _base_query() -> Select[Policy, Customer, Product]:
    return (
        select(Policy, Customer, Product)
        .join(Customer, Policy.customer_id == Customer.id)
        .join(Product, Policy.product_id == Product.id)
    )


def _money_errors(values: dict[str, Any], errors: dict[str, str]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for key, raw in values.items():
        if raw is None:
            continue
        try:
            out[key] = to_money(raw)
        except ValueError as exc:
            errors[key] = str(exc)
    return out


def _check_sum_assured(product: Product, sum_assured: Decimal, errors: dict[str, str]) -> None:
    options = [Decimal(str(v)) for v in product.sum_assured_options or []]
    if options and sum_assured not in options:
        errors["sum_assured"] = (
            f"must be one of the product's options: {', '.join(f'{o:,.2f}' for o in options)}"
        )


def _assign_number(policy: Policy) -> None:
    """Give a policy without a number POL-<start year>-<id>; it must already be flushed."""
    policy.number = f"POL-{policy.start_date.year}-{policy.id:06d}"


def add_policy(*, session: Session, data: PolicyInput, actor: CurrentUser | None) -> Policy:
    """Insert a validated policy in the caller's transaction."""
    errors: dict[str, str] = {}
    money = _money_errors({"premium": data.premium, "sum_assured": data.sum_assured}, errors)
    if data.end_date <= data.start_date:
        errors["end_date"] = "must be after the start date"
    customer = get_customer_row(session, data.customer_id)
    product = get_product_row(session, data.product_id)
    if not product.active:
        errors["product_id"] = f"product {product.code} is no longer sold"
    if "sum_assured" in money:
        _check_sum_assured(product, money["sum_assured"], errors)
    number = (data.number or "").strip().upper() or None
    if number and session.scalar(select(Policy.id).where(Policy.number == number)):
        errors["number"] = f"policy {number} already exists"
    if errors:
        raise ValidationError(errors)
    policy = Policy(
        number=number or f"TMP-{uuid.uuid4().hex[:30]}", customer_id=customer.id,
        product_id=product.id, premium=money["premium"], sum_assured=money["sum_assured"],
        start_date=data.start_date, end_date=data.end_date, status="active",
        renewal_status="not_due", auto_renew=data.auto_renew,
    )
    session.add(policy)
    session.flush()
    if not number:
        _assign_number(policy)
    record_audit(session=session, actor=actor, action="policy_created", entity_type="policy",
                 entity_id=policy.id, details={"number": policy.number,
                                               "customer": customer.code, "product": product.code})
    return policy


def create_policy(
    data: PolicyInput, *, actor: CurrentUser, today: date | None = None
) -> PolicyView:
    """Create a policy for a customer on an active product (admins and agents)."""
    require_role(actor, *WRITERS)
    with session_scope() as session:
        policy = add_policy(session=session, data=data, actor=actor)
        return _to_view(policy, get_customer_row(session, policy.customer_id),
                        get_product_row(session, policy.product_id), today or date.today())


def _get_policy_row(session: Session, policy_id: int) -> Policy:
    policy = session.get(Policy, policy_id)
    if policy is None:
        raise NotFound(f"Policy {policy_id} does not exist.")
    return policy


def update_policy(policy_id: int, data: PolicyUpdate, *, actor: CurrentUser,
                  today: date | None = None) -> PolicyView:
    """Change a policy's premium, sum assured, end date, auto-renew or status."""
    require_role(actor, *WRITERS)
    errors: dict[str, str] = {}
    money = _money_errors({"premium": data.premium, "sum_assured": data.sum_assured}, errors)
    if data.status is not None and data.status not in POLICY_STATUSES:
        errors["status"] = f"must be one of {', '.join(POLICY_STATUSES)}"
    with session_scope() as session:
        policy = _get_policy_row(session, policy_id)
        product = get_product_row(session, policy.product_id)
        if "sum_assured" in money:
            _check_sum_assured(product, money["sum_assured"], errors)
        if data.end_date is not None and data.end_date <= policy.start_date:
            errors["end_date"] = "must be after the start date"
        if policy.status == "cancelled" and data.status not in (None, "cancelled"):
            errors["status"] = "a cancelled policy cannot be reopened; create a new one"
        if errors:
            raise ValidationError(errors)
        new_values: dict[str, Any] = {**money}
        if data.end_date is not None:
            new_values["end_date"] = data.end_date
        if data.auto_renew is not None:
            new_values["auto_renew"] = data.auto_renew
        if data.status is not None:
            new_values["status"] = data.status
        changed = {
            k: {"old": str(getattr(policy, k)), "new": str(v)}
            for k, v in new_values.items() if getattr(policy, k) != v
        }
        for key, value in new_values.items():
            setattr(policy, key, value)
        record_audit(session=session, actor=actor, action="policy_updated",
                     entity_type="policy", entity_id=policy.id, details=changed)
        return _to_view(policy, get_customer_row(session, policy.customer_id), product,
                        today or date.today())


def list_policies(
    *, actor: CurrentUser, customer_id: int | None = None, product_id: int | None = None,
    status: str | None = None, search: str | None = None, page: int = 1, page_size: int = 25,
    today: date | None = None,
) -> Page[PolicyView]:
    """Policies by customer, product, status or a number/customer-name fragment."""
    require_role(actor, *READERS)
    today = today or date.today()
    stmt = _base_query().order_by(Policy.end_date, Policy.id)
    if customer_id:
        stmt = stmt.where(Policy.customer_id == customer_id)
    if product_id:
        stmt = stmt.where(Policy.product_id == product_id)
    if status:
        stmt = stmt.where(Policy.status == status)
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(Policy.number).like(like),
                              func.lower(Customer.name).like(like)))
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size,
                        to_item=lambda row: _to_view(row[0], row[1], row[2], today))


def list_expiring_policies(
    *, actor: CurrentUser, within_days: int = 30, today: date | None = None,
    product_id: int | None = None, page: int = 1, page_size: int = 25,
) -> Page[PolicyView]:
    """Active policies not yet renewed whose term ends within `within_days` from today."""
    require_role(actor, *READERS)
    if within_days < 0:
        raise ValidationError({"within_days": "must not be negative"})
    today = today or date.today()
    stmt = (
        _base_query()
        .where(
            Policy.status == "active",
            Policy.renewal_status.in_(("not_due", "due")),
            and_(Policy.end_date >= today, Policy.end_date <= today + timedelta(days=within_days)),
        )
        .order_by(Policy.end_date, Policy.id)
    )
    if product_id:
        stmt = stmt.where(Policy.product_id == product_id)
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size,
                        to_item=lambda row: _to_view(row[0], row[1], row[2], today))


def get_policy_details(policy_id: int, *, actor: CurrentUser,
                       today: date | None = None) -> PolicyDetails:
    """A policy with its customer, product and the terms before and after it."""
    require_role(actor, *READERS)
    with session_scope() as session:
        policy = _get_policy_row(session, policy_id)
        customer = get_customer_row(session, policy.customer_id)
        product = get_product_row(session, policy.product_id)
        previous = (
            session.scalar(select(Policy.number).where(Policy.id == policy.previous_policy_id))
            if policy.previous_policy_id else None
        )
        successor = session.scalar(
            select(Policy.number).where(Policy.previous_policy_id == policy.id)
        )
        return PolicyDetails(
            policy=_to_view(policy, customer, product, today or date.today()),
            customer=to_customer_view(customer), product=to_product_view(product),
            previous_policy_number=previous, renewed_by_policy_number=successor,
        )


def renew_policy(
    policy_id: int, *, actor: CurrentUser, premium: Decimal | float | str | None = None,
    today: date | None = None,
) -> PolicyView:
    """Create the next term as a new policy linked to this one and mark this one renewed.

    The new term starts the day after this one ends and lasts as long. A cancelled policy,
    or one already renewed, is refused; the database's unique link makes a race lose too.
    """
    require_role(actor, *WRITERS)
    today = today or date.today()
    with session_scope() as session:
        policy = _get_policy_row(session, policy_id)
        successor = session.scalar(
            select(Policy.number).where(Policy.previous_policy_id == policy.id)
        )
        if successor or policy.renewal_status == "renewed":
            raise Conflict(f"Policy {policy.number} has already been renewed"
                           + (f" as {successor}." if successor else "."))
        if policy.status not in RENEWABLE_STATUSES:
            raise Conflict(f"Policy {policy.number} is {policy.status} and cannot be renewed.")
        product = get_product_row(session, policy.product_id)
        if not product.active:
            raise Conflict(f"Product {product.code} is no longer sold; offer another product.")
        errors: dict[str, str] = {}
        new_premium = policy.premium
        if premium is not None:
            new_premium = _money_errors({"premium": premium}, errors).get("premium", new_premium)
        if errors:
            raise ValidationError(errors)
        start = policy.end_date + timedelta(days=1)
        renewal = Policy(
            number=f"TMP-{uuid.uuid4().hex[:30]}", customer_id=policy.customer_id,
            product_id=policy.product_id, premium=new_premium, sum_assured=policy.sum_assured,
            start_date=start, end_date=start + (policy.end_date - policy.start_date),
            status="active", renewal_status="not_due", auto_renew=policy.auto_renew,
            previous_policy_id=policy.id,
        )
        session.add(renewal)
        number = policy.number  # a failed flush expires `policy`; keep what the message needs
        try:
            session.flush()
        except IntegrityError as exc:
            raise Conflict(f"Policy {number} was renewed by someone else just now.") from exc
        _assign_number(renewal)
        policy.renewal_status = "renewed"
        record_audit(session=session, actor=actor, action="policy_renewed", entity_type="policy",
                     entity_id=policy.id, details={"number": policy.number,
                                                   "renewal": renewal.number,
                                                   "premium": str(new_premium)})
        return _to_view(renewal, get_customer_row(session, policy.customer_id), product, today)


def count_policies_by(*, actor: CurrentUser) -> dict[str, int]:
    """How many policies there are in each status (for the desk's header figures)."""
    require_role(actor, *READERS)
    with session_scope() as session:
        rows = session.execute(select(Policy.status, func.count()).group_by(Policy.status))
        return {status: count for status, count in rows}


