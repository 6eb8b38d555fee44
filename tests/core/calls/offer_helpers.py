"""Helpers for the product-offer tests: a product with eligibility rules, a started offer."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import update

from core.auth.schemas import CurrentUser
from core.calls.campaign import create_campaign, start_campaign
from core.db import session_scope
from core.policies.models import Product
from core.policies.products import create_product
from core.policies.schemas import ProductInput

OFFER_DAY = date(2026, 11, 23)
_codes = iter(range(1, 10_000))


def offer_product(actor: CurrentUser, rules: dict[str, Any], name: str = "Motor Plus",
                  code: str | None = None) -> int:
    """A product with these eligibility rules, created through the products service."""
    return create_product(ProductInput(
        code=code or f"OFFER-{next(_codes)}", name=name, product_type="motor",
        base_premium="980", sum_assured_options=["10000", "25000"],
        features=["Collision", "Courtesy car"], eligibility=rules), actor=actor).id


def set_rules(product_id: int, rules: Any) -> None:
    """Write a product's rules directly (as an old row or another tool might have left them)."""
    with session_scope() as session:
        session.execute(update(Product).where(Product.id == product_id).values(eligibility=rules))


def started_offer(actor: CurrentUser, product_id: int, today: date = OFFER_DAY,
                  **kwargs: Any) -> int:
    """A product-offer campaign for the product, started on `today` (ages count from then)."""
    campaign = create_campaign("Offer", "product_offer",
                               {"kind": "product_offer", "product_id": product_id},
                               actor=actor, **kwargs)
    start_campaign(campaign.id, actor=actor, today=today)
    return campaign.id
