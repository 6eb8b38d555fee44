"""Small factories for test data; each commits through core's unit of work."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from core.auth.schemas import CurrentUser
from core.auth.service import add_user
from core.db import session_scope
from core.documents.samples import make_claim_record, render_claim_pdf
from core.policies.customers import add_customer
from core.policies.models import Product
from core.policies.schemas import CustomerInput, PolicyInput
from core.policies.service import add_policy

_seq = itertools.count(1)
PASSWORD = "correct-horse-battery"


def make_user(role: str = "admin", username: str | None = None, active: bool = True) -> CurrentUser:
    """A user of `role` (password PASSWORD), returned as the actor services expect."""
    username = username or f"{role}{next(_seq)}"
    with session_scope() as session:
        user = add_user(session=session, username=username, name=f"Test {role.title()}",
                        email=f"{username}@example.com", password=PASSWORD, role=role, actor=None)
        user.active = active
        return CurrentUser(id=user.id, username=user.username, name=user.name, role=user.role)


def make_product(code: str | None = None, product_type: str = "motor", active: bool = True,
                 options: tuple[str, ...] = ("10000.00", "25000.00")) -> int:
    with session_scope() as session:
        product = Product(code=code or f"PRD-{next(_seq)}", name="Test product",
                          product_type=product_type, base_premium=Decimal("500.00"),
                          sum_assured_options=list(options), features=["Collision"],
                          eligibility={"min_age": 18}, active=active)
        session.add(product)
        session.flush()
        return product.id


def make_customer(name: str = "Jane Doe", city: str = "Boston",
                  phone: str = "+16175550123", **kwargs: object) -> int:
    with session_scope() as session:
        data = CustomerInput(name=name, city=city, phone=phone,
                             email=f"c{next(_seq)}@example.com", timezone="America/New_York",
                             **kwargs)  # type: ignore[arg-type]
        return add_customer(session=session, data=data, actor=None).id


def make_policy(customer_id: int | None = None, product_id: int | None = None,
                end_in_days: int = 20, today: date | None = None,
                number: str | None = None) -> int:
    today = today or date.today()
    customer_id = customer_id or make_customer()
    product_id = product_id or make_product()
    end = today + timedelta(days=end_in_days)
    with session_scope() as session:
        return add_policy(session=session, actor=None, data=PolicyInput(
            customer_id=customer_id, product_id=product_id, premium="640.00",
            sum_assured="10000.00", start_date=end - timedelta(days=364), end_date=end,
            number=number,
        )).id


def claim_document(layout: str = "form_inline", seed: int | None = None,
                   **record_kwargs: object) -> tuple[dict, bytes]:
    """A generated digital claim PDF and its ground truth; a fresh seed gives fresh bytes."""
    seed = next(_seq) * 7919 if seed is None else seed
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    record = make_claim_record(rng, fake, **record_kwargs)  # type: ignore[arg-type]
    return record, render_claim_pdf(record, layout, rng)
