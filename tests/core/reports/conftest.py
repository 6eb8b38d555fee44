"""A small data set whose every report figure is known: eight claims over five weeks, scores,
policies ending around TODAY, a campaign and single calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import update

from core.calls.models import Call, Campaign
from core.db import session_scope
from core.policies.models import Policy
from tests.core.claims.rows import make_claim, make_score
from tests.factories import make_customer, make_policy, make_product

TODAY = date(2026, 11, 23)  # a Monday


def at(day: str, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


@dataclass(frozen=True)
class Dataset:
    product_a: int
    product_b: int
    claims: dict[str, int]
    campaign_id: int


def _claim(name: str, status: str, policy_id: int | None, created: datetime, *,
           claimed: str | None, reserve: str, incident: str | None,
           decided: datetime | None = None, approved: str | None = None) -> int:
    return make_claim(number=f"RPT-{name}", status=status, policy_id=policy_id,
                      claimed_amount=claimed, created_at=created, incident_type=incident,
                      reserve_amount=Decimal(reserve), decided_at=decided,
                      approved_amount=None if approved is None else Decimal(approved))


def _set_policy(policy_id: int, **values: object) -> None:
    with session_scope() as session:
        session.execute(update(Policy).where(Policy.id == policy_id).values(**values))


def _call(customer_id: int, status: str, created: datetime, *, outcome: str | None = None,
          campaign_id: int | None = None, policy_id: int | None = None,
          product_id: int | None = None, attempt: int = 1) -> None:
    answered = created if status == "completed" else None
    with session_scope() as session:
        session.add(Call(customer_id=customer_id, campaign_id=campaign_id, policy_id=policy_id,
                         product_id=product_id, purpose="renewal_reminder", status=status,
                         attempt=attempt, phone="+16175550123", simulated=True, outcome=outcome,
                         created_at=created, answered_at=answered))


@pytest.fixture
def dataset(db: str) -> Dataset:
    a, b = make_product("RPT-A"), make_product("RPT-B", product_type="home")
    pa = make_policy(product_id=a, end_in_days=200, today=TODAY)
    pb = make_policy(product_id=b, end_in_days=200, today=TODAY)
    claims = {
        # new, week of 2 Nov
        "c1": _claim("c1", "new", pa, at("2026-11-02", 9), claimed="1000.00", reserve="800.00",
                     incident="collision"),
        # decided after exactly 1 day
        "c2": _claim("c2", "approved", pa, at("2026-11-04"), claimed="2000.00",
                     reserve="1200.00", incident="collision", decided=at("2026-11-05"),
                     approved="1500.00"),
        # a Sunday late evening still belongs to the week of 2 Nov; decided 10 days later
        "c3": _claim("c3", "rejected", pb, at("2026-11-08", 23, 30), claimed="5000.00",
                     reserve="3000.00", incident="theft", decided=at("2026-11-18", 23, 30)),
        "c4": _claim("c4", "in_review", pb, at("2026-11-09", 0), claimed="700.00",
                     reserve="500.00", incident="theft"),
        # no policy, no incident type, never scored; decided in 6 hours
        "c5": _claim("c5", "approved", None, at("2026-11-10", 8), claimed="300.00",
                     reserve="250.00", incident=None, decided=at("2026-11-10", 14),
                     approved="300.00"),
        "c6": _claim("c6", "rejected", pa, at("2026-11-16", 10), claimed="1200.00",
                     reserve="900.00", incident="water_damage", decided=at("2026-11-19", 10)),
        "c7": _claim("c7", "info_requested", pa, at("2026-11-20", 15), claimed=None,
                     reserve="400.00", incident="fire"),
        # received in September, decided 40 days later in the week of 9 Nov
        "c8": _claim("c8", "approved", pb, at("2026-10-01"), claimed="10000.00",
                     reserve="7000.00", incident="liability", decided=at("2026-11-10"),
                     approved="8000.00"),
    }
    for name, probability, band in (("c1", 0.02, "low"), ("c2", 0.31, "medium"),
                                    ("c3", 0.95, "high"), ("c4", 0.70, "high"),
                                    ("c6", 1.0, "high"), ("c7", 0.9, "high"),
                                    ("c7", 0.1, "low"), ("c8", 0.5, "medium")):
        make_score(claims[name], probability, band)  # c7's 0.9 is no longer current

    # Renewals around TODAY: product A has 2 + 1 + 1 expiring and one renewed, B one of each.
    for days in (10, 30, 31, 90, 91, -1):
        make_policy(product_id=a, end_in_days=days, today=TODAY)
    _set_policy(make_policy(product_id=a, end_in_days=5, today=TODAY), status="cancelled")
    _set_policy(make_policy(product_id=a, end_in_days=20, today=TODAY), renewal_status="renewed")
    make_policy(product_id=b, end_in_days=45, today=TODAY)
    _set_policy(make_policy(product_id=b, end_in_days=-22, today=TODAY), renewal_status="renewed")
    _set_policy(make_policy(product_id=b, end_in_days=3, today=TODAY), renewal_status="declined")

    customer = make_customer()
    with session_scope() as session:
        campaign = Campaign(name="Renewals November", purpose="renewal_reminder",
                            status="running", criteria={})
        session.add(campaign)
        session.flush()
        campaign_id = campaign.id
    _call(customer, "completed", at("2026-11-20", 10), outcome="renewed",
          campaign_id=campaign_id, policy_id=pa)
    _call(customer, "completed", at("2026-11-20", 11), outcome="interested",
          campaign_id=campaign_id, policy_id=pb, attempt=2)
    _call(customer, "no_answer", at("2026-11-21", 10), campaign_id=campaign_id, policy_id=pa,
          attempt=3)
    _call(customer, "busy", at("2026-10-15", 10), campaign_id=campaign_id, policy_id=pb,
          attempt=4)
    _call(customer, "completed", at("2026-11-21", 12), outcome="not_interested", product_id=b)
    make_policy(customer_id=customer, product_id=b, end_in_days=200, today=TODAY)  # converted
    _call(customer, "failed", at("2026-11-22", 9))
    return Dataset(product_a=a, product_b=b, claims=claims, campaign_id=campaign_id)
