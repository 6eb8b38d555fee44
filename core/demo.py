"""Demo data: products, customers, policies, demo users and claims, from a fixed random seed.

Idempotent: records are keyed by code, number, username or document name and created only when
missing. Claims come from generated documents sent through intake (core/claims/demo.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from faker import Faker
from sqlalchemy import func, select

from core.auth.models import User
from core.auth.service import add_user, get_intake_user
from core.calls.demo import seed_demo_calls
from core.calls.models import Call
from core.claims.demo import seed_demo_claims
from core.claims.models import Claim
from core.config import get_settings
from core.db import session_scope
from core.errors import ConfigError
from core.policies.customers import add_customer
from core.policies.models import Customer, Policy, Product
from core.policies.schemas import CustomerInput, PolicyInput
from core.policies.service import add_policy
from core.scoring.registry import ensure_default_models

SEED = 20261123
CUSTOMERS = 200
POLICIES = 300
EXPIRING_SOON = 30  # policies whose term ends within 30 days of the seed date

DEMO_USERS = (
    # username, name, role, password (stated in the README; demo mode only)
    ("admin", "Dana Admin", "admin", "claimdesk-admin"),
    ("adjuster", "Alex Adjuster", "adjuster", "claimdesk-adjuster"),
    ("agent", "Sam Agent", "agent", "claimdesk-agent"),
)

PRODUCTS = (
    ("MOTOR-STD", "Motor Standard", "motor", "640.00", ["10000", "25000", "50000"],
     ["Third-party liability", "Collision", "Theft"], {"min_age": 18, "max_age": 80}),
    ("MOTOR-PLUS", "Motor Plus", "motor", "980.00", ["25000", "50000", "100000"],
     ["Collision", "Theft", "Glass", "Courtesy car"], {"min_age": 25, "max_age": 75}),
    ("HOME-STD", "Home Standard", "home", "420.00", ["150000", "300000", "500000"],
     ["Fire", "Water damage", "Storm"], {"min_age": 18}),
    ("HOME-LITE", "Home Contents Lite", "home", "180.00", ["20000", "50000"],
     ["Contents", "Theft"], {"min_age": 18, "cities": ["Boston", "Chicago", "Seattle"]}),
    ("HEALTH-FAM", "Family Health", "health", "2400.00", ["100000", "250000"],
     ["Hospital", "Outpatient", "Dental"], {"min_age": 0, "max_age": 65}),
    ("LIFE-TERM", "Term Life 20", "life", "360.00", ["250000", "500000", "1000000"],
     ["Death benefit", "Terminal illness"], {"min_age": 18, "max_age": 60}),
    ("TRAVEL-WW", "Worldwide Travel", "travel", "95.00", ["5000", "20000"],
     ["Medical abroad", "Cancellation", "Baggage"], {"min_age": 0, "max_age": 85}),
)

CITIES = (
    ("Boston", "MA", "617", "America/New_York"),
    ("New York", "NY", "212", "America/New_York"),
    ("Chicago", "IL", "312", "America/Chicago"),
    ("Austin", "TX", "512", "America/Chicago"),
    ("Denver", "CO", "303", "America/Denver"),
    ("Phoenix", "AZ", "602", "America/Phoenix"),
    ("Seattle", "WA", "206", "America/Los_Angeles"),
    ("San Francisco", "CA", "415", "America/Los_Angeles"),
)


@dataclass(frozen=True)
class SeedReport:
    users: int
    products: int
    customers: int
    policies: int
    expiring_within_30_days: int
    claims: int = 0
    calls: int = 0


def _customer_inputs(fake: Faker, rng: random.Random) -> list[CustomerInput]:
    inputs = []
    for i in range(1, CUSTOMERS + 1):
        city, state, area, tz = rng.choice(CITIES)
        first, last = fake.first_name(), fake.last_name()
        start_hour = rng.choice((8, 9, 10))
        inputs.append(CustomerInput(
            code=f"CUS-{i:06d}", name=f"{first} {last}",
            email=f"{first}.{last}{i}@example.com".lower(),
            phone=f"+1{area}555{rng.randint(100, 199):03d}{rng.randint(0, 9)}",
            date_of_birth=fake.date_of_birth(minimum_age=19, maximum_age=79),
            city=city, address=f"{fake.building_number()} {fake.street_name()}, {city}, {state}",
            timezone=tz, call_window_start=time(start_hour, 0),
            call_window_end=time(start_hour + rng.choice((6, 8, 9)), 0),
            do_not_call=rng.random() < 0.05,
        ))
    return inputs


def seed_demo(today: date | None = None, *, with_claims: bool = True) -> SeedReport:
    """Create whatever part of the demo data set is missing; refuse in production mode.

    `with_claims=False` leaves out the claims, whose scanned documents take seconds of OCR.
    """
    settings = get_settings()
    if settings.mode == "production":
        raise ConfigError("Demo data (with its known passwords) is not seeded in production "
                          "mode; set CLAIMDESK_MODE=demo or development.")
    today = today or date.today()
    ensure_default_models()  # demo claims are scored as intake creates them
    rng = random.Random(SEED)
    fake = Faker("en_US")
    fake.seed_instance(SEED)
    with session_scope() as session:
        for username, name, role, password in DEMO_USERS:
            if session.scalar(select(User.id).where(User.username == username)) is None:
                add_user(session=session, username=username, name=name,
                         email=f"{username}@example.com", password=password, role=role,
                         actor=None)
        products: list[Product] = []
        for code, name, ptype, premium, options, features, eligibility in PRODUCTS:
            product = session.scalar(select(Product).where(Product.code == code))
            if product is None:
                product = Product(code=code, name=name, product_type=ptype,
                                  base_premium=Decimal(premium),
                                  sum_assured_options=[f"{Decimal(o):.2f}" for o in options],
                                  features=features, eligibility=eligibility, active=True)
                session.add(product)
                session.flush()
            elif not product.eligibility:
                # Product offers select customers by these rules; an older seed left them empty.
                product.eligibility = eligibility
            products.append(product)
        customer_ids: list[int] = []
        for data in _customer_inputs(fake, rng):
            cid = session.scalar(select(Customer.id).where(Customer.code == data.code))
            if cid is None:
                cid = add_customer(session=session, data=data, actor=None).id
            customer_ids.append(cid)
        for i in range(1, POLICIES + 1):
            product = rng.choice(products)
            customer_id = customer_ids[(i - 1) % CUSTOMERS] if i <= CUSTOMERS else rng.choice(
                customer_ids)
            # The first EXPIRING_SOON policies end within 1..30 days; the rest spread over a year.
            end = today + timedelta(days=rng.randint(1, 30) if i <= EXPIRING_SOON
                                    else rng.randint(-60, 330))
            start = end - timedelta(days=364)
            options = product.sum_assured_options or [str(product.base_premium * 100)]
            # Draw everything before the existence check so a re-run draws the same sequence.
            policy_data = PolicyInput(
                customer_id=customer_id, product_id=product.id,
                number=f"POL-{start.year}-{i:06d}",
                premium=(product.base_premium * Decimal(rng.uniform(0.8, 1.4))).quantize(
                    Decimal("0.01")),
                sum_assured=rng.choice(options), start_date=start, end_date=end,
                auto_renew=rng.random() < 0.3,
            )
            existing = select(Policy.id).where(Policy.number == policy_data.number)
            if session.scalar(existing) is not None:
                continue
            policy = add_policy(session=session, actor=None, data=policy_data)
            if end < today:
                policy.status = "expired"
        session.flush()
        seed_demo_calls(session=session, today=today)
    if with_claims:
        seed_demo_claims(actor=get_intake_user(DEMO_USERS[0][0]), today=today)
    with session_scope() as session:

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        expiring = session.scalar(
            select(func.count()).select_from(Policy).where(
                Policy.status == "active", Policy.end_date >= today,
                Policy.end_date <= today + timedelta(days=30))
        ) or 0
        return SeedReport(users=count(User), products=count(Product),
                          customers=count(Customer), policies=count(Policy),
                          expiring_within_30_days=expiring, claims=count(Claim),
                          calls=count(Call))
