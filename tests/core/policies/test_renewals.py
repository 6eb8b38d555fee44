"""Renewals: the next term, what is refused, and two agents renewing the same policy at once."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from core.db import session_scope
from core.errors import Conflict, ValidationError
from core.policies import service
from core.policies.models import Policy
from core.policies.products import set_product_active
from core.policies.schemas import PolicyUpdate
from core.policies.service import (
    get_policy_details,
    list_policies,
    renew_policy,
    update_policy,
)
from tests.core.helpers import audit_entries, run_concurrently
from tests.factories import make_policy, make_product, make_user

TODAY = date(2026, 6, 15)


def test_renewal_starts_the_day_after_and_lasts_as_long(admin):
    old = get_policy_details(make_policy(end_in_days=12, today=TODAY), actor=admin).policy
    new = renew_policy(old.id, actor=admin, today=TODAY)
    assert new.start_date == old.end_date + timedelta(days=1)
    assert new.end_date - new.start_date == old.end_date - old.start_date
    assert (new.customer_id, new.product_id, new.premium, new.sum_assured) == (
        old.customer_id, old.product_id, old.premium, old.sum_assured)
    assert (new.status, new.renewal_status, new.previous_policy_id) == (
        "active", "not_due", old.id)
    assert new.number == f"POL-{new.start_date.year}-{new.id:06d}"
    assert get_policy_details(old.id, actor=admin).policy.renewal_status == "renewed"
    [entry] = audit_entries("policy_renewed", old.id, entity_type="policy")
    assert entry.details == {"number": old.number, "renewal": new.number,
                             "premium": str(old.premium)}


def test_premium_can_be_overridden_at_renewal(admin):
    policy_id = make_policy(today=TODAY)
    assert renew_policy(policy_id, actor=admin, premium="712.4").premium == Decimal("712.40")
    with pytest.raises(ValidationError) as info:
        renew_policy(make_policy(today=TODAY), actor=admin, premium="-1")
    assert list(info.value.errors) == ["premium"]


def test_a_policy_is_renewed_once_but_its_renewal_can_be_renewed(admin):
    policy_id = make_policy(today=TODAY)
    second = renew_policy(policy_id, actor=admin)
    with pytest.raises(Conflict, match=second.number):
        renew_policy(policy_id, actor=admin)
    third = renew_policy(second.id, actor=admin)
    assert third.start_date == second.end_date + timedelta(days=1)
    assert list_policies(actor=admin).total == 3


@pytest.mark.parametrize("status", ["cancelled", "lapsed"])
def test_cancelled_or_lapsed_policies_are_not_renewed(admin, status):
    policy_id = make_policy(today=TODAY)
    update_policy(policy_id, PolicyUpdate(status=status), actor=admin)
    with pytest.raises(Conflict, match=status):
        renew_policy(policy_id, actor=admin)
    assert list_policies(actor=admin).total == 1


def test_an_expired_policy_can_still_be_renewed(admin):
    policy_id = make_policy(end_in_days=-10, today=TODAY)
    update_policy(policy_id, PolicyUpdate(status="expired"), actor=admin)
    assert renew_policy(policy_id, actor=admin).previous_policy_id == policy_id


def test_a_policy_on_a_product_no_longer_sold_is_not_renewed(admin):
    product_id = make_product()
    policy_id = make_policy(product_id=product_id, today=TODAY)
    set_product_active(product_id, False, actor=admin)
    with pytest.raises(Conflict, match="no longer sold"):
        renew_policy(policy_id, actor=admin)


def test_the_database_allows_one_successor_per_policy(admin):
    """The unique previous_policy_id is what decides a race the service checks cannot see."""
    policy_id = make_policy(today=TODAY)
    renew_policy(policy_id, actor=admin)
    with pytest.raises(IntegrityError), session_scope() as session:
        original = session.get(Policy, policy_id)
        assert original is not None
        session.add(Policy(number="POL-DUP-1", customer_id=original.customer_id,
                           product_id=original.product_id, premium=original.premium,
                           sum_assured=original.sum_assured, start_date=TODAY,
                           end_date=TODAY + timedelta(days=30), previous_policy_id=policy_id))
        session.flush()


def renew_concurrently(policy_id: int, actor, both_read_first: bool) -> list:  # type: ignore[no-untyped-def]
    """Two threads renew the policy at once; returns what each got (a view or the error)."""
    both_read = threading.Barrier(2, timeout=10)
    real_get_product_row = service.get_product_row

    def after_both_read(session, product_id):  # type: ignore[no-untyped-def]
        # Reached once a thread has seen "not renewed yet"; holding both here means neither
        # check in the service can stop the second one: only the database can.
        both_read.wait()
        return real_get_product_row(session, product_id)

    with pytest.MonkeyPatch.context() as mp:
        if both_read_first:
            mp.setattr(service, "get_product_row", after_both_read)
        return run_concurrently(
            [lambda: renew_policy(policy_id, actor=actor, today=TODAY)] * 2)


@pytest.mark.parametrize("both_read_first", [True, False], ids=["both-read-first", "free-run"])
def test_concurrent_renewals_one_wins_the_other_gets_conflict(
    committed_engine, both_read_first
):
    # Regression: on PostgreSQL the loser got PendingRollbackError instead of Conflict, and
    # on SQLite an OperationalError ("database is locked").
    admin = make_user("admin")
    policy_id = make_policy(today=TODAY)
    outcomes = renew_concurrently(policy_id, admin, both_read_first)
    wins = [o for o in outcomes if not isinstance(o, Exception)]
    losses = [o for o in outcomes if isinstance(o, Exception)]
    assert len(wins) == 1 and len(losses) == 1, outcomes
    assert isinstance(losses[0], Conflict), repr(losses[0])
    policies = list_policies(actor=admin).items
    assert sorted(p.id for p in policies) == sorted([policy_id, wins[0].id])
    assert get_policy_details(policy_id, actor=admin).renewed_by_policy_number == wins[0].number
    assert len(audit_entries("policy_renewed")) == 1
