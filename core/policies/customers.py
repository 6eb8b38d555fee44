"""Customers: create, update, delete only without policies, list and search."""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.db import session_scope
from core.errors import Conflict, NotFound, ValidationError
from core.pagination import Page, paginate
from core.policies.models import Customer, Policy
from core.policies.schemas import CustomerInput, CustomerView
from core.validation import check_timezone, normalize_email, normalize_phone

WRITERS = ("admin", "agent")
READERS = ("admin", "adjuster", "agent")


def to_customer_view(customer: Customer, policy_count: int = 0) -> CustomerView:
    return CustomerView(
        id=customer.id, code=customer.code, name=customer.name, email=customer.email,
        phone=customer.phone, date_of_birth=customer.date_of_birth, city=customer.city,
        address=customer.address, timezone=customer.timezone,
        call_window_start=customer.call_window_start, call_window_end=customer.call_window_end,
        do_not_call=customer.do_not_call, last_called_at=customer.last_called_at,
        call_count=customer.call_count, policy_count=policy_count,
    )


def _validated(data: CustomerInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {
        "name": " ".join((data.name or "").split()),
        "city": (data.city or "").strip() or None,
        "address": " ".join((data.address or "").split()) or None,
        "date_of_birth": data.date_of_birth,
        "call_window_start": data.call_window_start,
        "call_window_end": data.call_window_end,
        "do_not_call": bool(data.do_not_call),
        "email": None,
        "phone": None,
        "timezone": data.timezone or "UTC",
    }
    if not values["name"]:
        errors["name"] = "is required"
    if data.email and data.email.strip():
        try:
            values["email"] = normalize_email(data.email)
        except ValueError as exc:
            errors["email"] = str(exc)
    if data.phone and data.phone.strip():
        try:
            values["phone"] = normalize_phone(data.phone)
        except ValueError as exc:
            errors["phone"] = str(exc)
    try:
        check_timezone(values["timezone"])
    except ValueError as exc:
        errors["timezone"] = str(exc)
    if (data.call_window_start is None) != (data.call_window_end is None):
        errors["call_window"] = "give both the start and the end, or neither"
    elif data.call_window_start and data.call_window_end and (
        data.call_window_start >= data.call_window_end
    ):
        errors["call_window"] = "must start before it ends"
    if data.code is not None and not re.fullmatch(r"[A-Z0-9-]{3,32}", data.code.strip().upper()):
        errors["code"] = "use 3 to 32 letters, digits or dashes"
    if errors:
        raise ValidationError(errors)
    return values


def get_customer_row(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"Customer {customer_id} does not exist.")
    return customer


def add_customer(*, session: Session, data: CustomerInput, actor: CurrentUser | None) -> Customer:
    """Insert a validated customer in the caller's transaction; a code is assigned if none."""
    values = _validated(data)
    code = data.code.strip().upper() if data.code else None
    if code and session.scalar(select(Customer.id).where(Customer.code == code)):
        raise Conflict(f"A customer with code {code} already exists.")
    customer = Customer(**values, code=code or f"TMP-{uuid.uuid4().hex[:28]}", call_count=0)
    session.add(customer)
    session.flush()
    if not code:
        customer.code = f"CUS-{customer.id:06d}"
    record_audit(session=session, actor=actor, action="customer_created",
                 entity_type="customer", entity_id=customer.id, details={"code": customer.code})
    return customer


def create_customer(data: CustomerInput, *, actor: CurrentUser) -> CustomerView:
    """Create a customer (admins and agents)."""
    require_role(actor, *WRITERS)
    with session_scope() as session:
        return to_customer_view(add_customer(session=session, data=data, actor=actor))


def update_customer(customer_id: int, data: CustomerInput, *, actor: CurrentUser) -> CustomerView:
    """Replace a customer's details (admins and agents); the code stays."""
    require_role(actor, *WRITERS)
    values = _validated(data)
    with session_scope() as session:
        customer = get_customer_row(session, customer_id)
        changed = {
            k: {"old": str(getattr(customer, k)), "new": str(v)}
            for k, v in values.items() if getattr(customer, k) != v
        }
        for key, value in values.items():
            setattr(customer, key, value)
        record_audit(session=session, actor=actor, action="customer_updated",
                     entity_type="customer", entity_id=customer.id, details=changed)
        return to_customer_view(customer, _policy_count(session, customer.id))


def _policy_count(session: Session, customer_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Policy).where(Policy.customer_id == customer_id)
    ) or 0


def delete_customer(customer_id: int, *, actor: CurrentUser) -> None:
    """Delete a customer who has no policies (admins only); otherwise Conflict."""
    require_role(actor, "admin")
    with session_scope() as session:
        customer = get_customer_row(session, customer_id)
        count = _policy_count(session, customer_id)
        if count:
            raise Conflict(
                f"{customer.name} ({customer.code}) has {count} "
                f"polic{'y' if count == 1 else 'ies'} and cannot be deleted."
            )
        record_audit(session=session, actor=actor, action="customer_deleted",
                     entity_type="customer", entity_id=customer.id,
                     details={"code": customer.code, "name": customer.name})
        session.delete(customer)


def get_customer(customer_id: int, *, actor: CurrentUser) -> CustomerView:
    """One customer with the number of policies they hold."""
    require_role(actor, *READERS)
    with session_scope() as session:
        customer = get_customer_row(session, customer_id)
        return to_customer_view(customer, _policy_count(session, customer_id))


def list_customers(
    *, actor: CurrentUser, city: str | None = None, search: str | None = None,
    page: int = 1, page_size: int = 25,
) -> Page[CustomerView]:
    """Customers by city, or matching a name, code or phone fragment; ordered by name."""
    require_role(actor, *READERS)
    policies = (
        select(func.count()).select_from(Policy).where(Policy.customer_id == Customer.id)
        .correlate(Customer).scalar_subquery()
    )
    stmt = select(Customer, policies).order_by(Customer.name, Customer.id)
    if city:
        stmt = stmt.where(func.lower(Customer.city) == city.strip().lower())
    if search and search.strip():
        term = search.strip()
        like = f"%{term.lower()}%"
        clauses = [func.lower(Customer.name).like(like), func.lower(Customer.code).like(like)]
        digits = re.sub(r"\D", "", term)
        if len(digits) >= 3:
            clauses.append(Customer.phone.like(f"%{digits}%"))
        stmt = stmt.where(or_(*clauses))
    with session_scope() as session:
        return paginate(
            session, stmt, page=page, page_size=page_size,
            to_item=lambda row: to_customer_view(row[0], row[1] or 0),
        )


def list_cities(*, actor: CurrentUser) -> list[str]:
    """The distinct cities customers live in, for filters."""
    require_role(actor, *READERS)
    with session_scope() as session:
        rows = session.scalars(
            select(Customer.city).where(Customer.city.is_not(None)).distinct().order_by(Customer.city)
        )
        return [c for c in rows if c]
