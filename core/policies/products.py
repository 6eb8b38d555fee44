"""Products: create, update, list, deactivate (never delete: policies refer to them).

A product's `eligibility` says who may be offered it (product-offer campaigns, see
core/calls/offers.py).
Every key is optional; an empty object offers the product to every customer who does not hold it:

    {"min_age": 25,           # whole years on the day the campaign starts, inclusive (0..120)
     "max_age": 70,           # inclusive; a customer without a date of birth fails any age rule
     "cities": ["Boston"],    # the customer's city, case-insensitive; without a city: not eligible
     "exclude_holders": true} # default true: not offered to holders of an active policy of it
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.db import session_scope
from core.errors import Conflict, NotFound, ValidationError
from core.pagination import Page, paginate
from core.policies.models import PRODUCT_TYPES, Product
from core.policies.schemas import ProductInput, ProductView
from core.validation import to_money


def to_product_view(product: Product) -> ProductView:
    return ProductView(
        id=product.id, code=product.code, name=product.name,
        product_type=product.product_type, base_premium=product.base_premium,
        sum_assured_options=[Decimal(str(v)) for v in product.sum_assured_options or []],
        features=list(product.features or []), eligibility=dict(product.eligibility or {}),
        active=product.active,
    )


ELIGIBILITY_KEYS = ("min_age", "max_age", "cities", "exclude_holders")
MAX_AGE = 120


def _age(rules: dict[str, Any], key: str, errors: list[str]) -> int | None:
    value = rules.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AGE:
        errors.append(f"{key} must be a whole number of years from 0 to {MAX_AGE}")
        return None
    return value


def clean_eligibility(rules: Any) -> dict[str, Any]:
    """Check a product's eligibility rules against the schema above; the cleaned rules or
    ValidationError({"eligibility": ...}) naming every problem."""
    if not isinstance(rules, dict):
        raise ValidationError({"eligibility": "must be a JSON object"})
    errors: list[str] = []
    unknown = sorted(set(rules) - set(ELIGIBILITY_KEYS))
    if unknown:
        errors.append(f"unknown rule {', '.join(unknown)} (known: {', '.join(ELIGIBILITY_KEYS)})")
    clean: dict[str, Any] = {}
    low, high = _age(rules, "min_age", errors), _age(rules, "max_age", errors)
    if low is not None:
        clean["min_age"] = low
    if high is not None:
        clean["max_age"] = high
    if low is not None and high is not None and low > high:
        errors.append("min_age must not be above max_age")
    if "cities" in rules:
        cities = rules["cities"]
        if not isinstance(cities, list) or not all(isinstance(c, str) for c in cities):
            errors.append("cities must be a list of city names")
        else:
            names = list(dict.fromkeys(" ".join(c.split()) for c in cities if c.strip()))
            if not names:
                errors.append("cities must name at least one city (or be left out)")
            clean["cities"] = names
    if "exclude_holders" in rules:
        if not isinstance(rules["exclude_holders"], bool):
            errors.append("exclude_holders must be true or false")
        clean["exclude_holders"] = rules["exclude_holders"]
    if errors:
        raise ValidationError({"eligibility": "; ".join(errors)})
    return clean


def _validated(data: ProductInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    code = (data.code or "").strip().upper()
    if not code:
        errors["code"] = "is required"
    if not (data.name or "").strip():
        errors["name"] = "is required"
    if data.product_type not in PRODUCT_TYPES:
        errors["product_type"] = f"must be one of {', '.join(PRODUCT_TYPES)}"
    premium: Decimal | None = None
    try:
        premium = to_money(data.base_premium)
    except ValueError as exc:
        errors["base_premium"] = str(exc)
    options: list[str] = []
    try:
        options = [str(to_money(v)) for v in data.sum_assured_options]
    except ValueError as exc:
        errors["sum_assured_options"] = str(exc)
    eligibility: dict[str, Any] = {}
    try:
        eligibility = clean_eligibility(data.eligibility)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return {
        "code": code, "name": data.name.strip(), "product_type": data.product_type,
        "base_premium": premium, "sum_assured_options": sorted(options, key=Decimal),
        "features": [str(f).strip() for f in data.features if str(f).strip()],
        "eligibility": eligibility,
    }


def get_product_row(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    return product


def create_product(data: ProductInput, *, actor: CurrentUser) -> ProductView:
    """Create a product (admins only); codes are unique."""
    require_role(actor, "admin")
    values = _validated(data)
    with session_scope() as session:
        if session.scalar(select(Product.id).where(Product.code == values["code"])):
            raise Conflict(f"A product with code {values['code']} already exists.")
        product = Product(**values, active=True)
        session.add(product)
        session.flush()
        record_audit(session=session, actor=actor, action="product_created",
                     entity_type="product", entity_id=product.id, details={"code": product.code})
        return to_product_view(product)


def update_product(product_id: int, data: ProductInput, *, actor: CurrentUser) -> ProductView:
    """Replace a product's fields (admins only)."""
    require_role(actor, "admin")
    values = _validated(data)
    with session_scope() as session:
        product = get_product_row(session, product_id)
        clash = session.scalar(
            select(Product.id).where(Product.code == values["code"], Product.id != product_id)
        )
        if clash:
            raise Conflict(f"Another product already has code {values['code']}.")
        changed = {
            k: {"old": str(getattr(product, k)), "new": str(v)}
            for k, v in values.items() if getattr(product, k) != v
        }
        for key, value in values.items():
            setattr(product, key, value)
        record_audit(session=session, actor=actor, action="product_updated",
                     entity_type="product", entity_id=product.id, details=changed)
        return to_product_view(product)


def set_product_active(product_id: int, active: bool, *, actor: CurrentUser) -> ProductView:
    """Deactivate (or reactivate) a product; products are never deleted. Admins only."""
    require_role(actor, "admin")
    with session_scope() as session:
        product = get_product_row(session, product_id)
        product.active = active
        record_audit(session=session, actor=actor,
                     action="product_activated" if active else "product_deactivated",
                     entity_type="product", entity_id=product.id)
        return to_product_view(product)


def get_product(product_id: int, *, actor: CurrentUser) -> ProductView:
    """One product."""
    require_role(actor, "admin", "adjuster", "agent")
    with session_scope() as session:
        return to_product_view(get_product_row(session, product_id))


def list_products(
    *, actor: CurrentUser, product_type: str | None = None, active: bool | None = None,
    page: int = 1, page_size: int = 25,
) -> Page[ProductView]:
    """Products by type and active flag, ordered by code."""
    require_role(actor, "admin", "adjuster", "agent")
    stmt = select(Product).order_by(Product.code)
    if product_type:
        stmt = stmt.where(Product.product_type == product_type)
    if active is not None:
        stmt = stmt.where(Product.active == active)
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size, to_item=to_product_view)
