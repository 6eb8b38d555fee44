"""Policies: creation rules, updates, lists, expiring soon and details."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.errors import NotFound, ValidationError
from core.policies.schemas import PolicyInput, PolicyUpdate
from core.policies.service import (
    count_policies_by,
    create_policy,
    get_policy_details,
    list_expiring_policies,
    list_policies,
    renew_policy,
    update_policy,
)
from tests.core.helpers import audit_entries
from tests.factories import make_customer, make_policy, make_product

TODAY = date(2026, 6, 15)


@pytest.fixture
def new_policy() -> PolicyInput:
    start = date(2026, 2, 1)
    return PolicyInput(customer_id=make_customer(name="Pat Holder"),
                       product_id=make_product(code="MOTOR-T"), premium="612.5",
                       sum_assured="25000", start_date=start,
                       end_date=start + timedelta(days=364))


def policy_ids(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [p.id for p in page.items]


def test_create_policy_numbers_it_and_joins_customer_and_product(admin, new_policy):
    view = create_policy(new_policy, actor=admin, today=TODAY)
    assert view.number == f"POL-{new_policy.start_date.year}-{view.id:06d}"
    assert (view.customer_name, view.product_code, view.product_type) == (
        "Pat Holder", "MOTOR-T", "motor")
    assert (view.premium, view.sum_assured) == (Decimal("612.50"), Decimal("25000.00"))
    assert (view.status, view.renewal_status, view.previous_policy_id) == (
        "active", "not_due", None)
    assert view.days_to_expiry == (new_policy.end_date - TODAY).days
    [entry] = audit_entries("policy_created", view.id, entity_type="policy")
    assert entry.details == {"number": view.number, "customer": view.customer_code,
                             "product": "MOTOR-T"}


def test_a_given_number_is_upper_cased_and_must_be_new(admin, new_policy):
    view = create_policy(replace(new_policy, number=" pol-x-1 "), actor=admin)
    assert view.number == "POL-X-1"
    with pytest.raises(ValidationError) as info:
        create_policy(replace(new_policy, number="POL-X-1"), actor=admin)
    assert list(info.value.errors) == ["number"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"end_date": date(2026, 2, 1)}, "end_date"), ({"end_date": date(2026, 1, 31)}, "end_date"),
     ({"sum_assured": "12345"}, "sum_assured"), ({"sum_assured": "-1"}, "sum_assured"),
     ({"premium": "0"}, "premium"), ({"premium": "lots"}, "premium")],
)
def test_create_policy_validation_names_the_field(admin, new_policy, changes, field):
    with pytest.raises(ValidationError) as info:
        create_policy(replace(new_policy, **changes), actor=admin)
    assert list(info.value.errors) == [field]
    assert list_policies(actor=admin).total == 0


def test_an_inactive_product_is_not_sold(admin, new_policy):
    inactive = make_product(code="OLD-1", active=False)
    with pytest.raises(ValidationError) as info:
        create_policy(replace(new_policy, product_id=inactive), actor=admin)
    assert list(info.value.errors) == ["product_id"]
    assert "OLD-1" in str(info.value)


def test_unknown_customer_or_product_is_not_found(admin, new_policy):
    with pytest.raises(NotFound):
        create_policy(replace(new_policy, customer_id=new_policy.customer_id + 999), actor=admin)
    with pytest.raises(NotFound):
        create_policy(replace(new_policy, product_id=new_policy.product_id + 999), actor=admin)


def test_a_product_without_options_takes_any_sum_assured(admin, new_policy):
    open_product = make_product(options=())
    view = create_policy(replace(new_policy, product_id=open_product, sum_assured="12345"),
                         actor=admin)
    assert view.sum_assured == Decimal("12345.00")


def test_update_policy_changes_status_and_premium_and_audits_only_changes(admin):
    policy_id = make_policy(today=TODAY)
    view = update_policy(policy_id, PolicyUpdate(premium="700", status="active"), actor=admin,
                         today=TODAY)
    assert (view.premium, view.status) == (Decimal("700.00"), "active")
    [entry] = audit_entries("policy_updated", policy_id, entity_type="policy")
    assert entry.details == {"premium": {"old": "640.00", "new": "700.00"}}
    cancelled = update_policy(policy_id, PolicyUpdate(status="cancelled"), actor=admin)
    assert cancelled.status == "cancelled"
    assert get_policy_details(policy_id, actor=admin).policy.status == "cancelled"


@pytest.mark.parametrize(
    ("update", "field"),
    [(PolicyUpdate(status="paused"), "status"), (PolicyUpdate(premium="-3"), "premium"),
     (PolicyUpdate(sum_assured="999"), "sum_assured"),
     (PolicyUpdate(end_date=TODAY - timedelta(days=400)), "end_date")],
)
def test_update_policy_validation_names_the_field(admin, update, field):
    policy_id = make_policy(today=TODAY)
    with pytest.raises(ValidationError) as info:
        update_policy(policy_id, update, actor=admin)
    assert list(info.value.errors) == [field]
    assert get_policy_details(policy_id, actor=admin).policy.premium == Decimal("640.00")


def test_a_cancelled_policy_cannot_be_reopened(admin):
    policy_id = make_policy(today=TODAY)
    update_policy(policy_id, PolicyUpdate(status="cancelled"), actor=admin)
    with pytest.raises(ValidationError) as info:
        update_policy(policy_id, PolicyUpdate(status="active"), actor=admin)
    assert list(info.value.errors) == ["status"]


def test_list_policies_by_customer_product_status_and_search(admin):
    ann, bob = make_customer(name="Ann Arbor"), make_customer(name="Bob Brook")
    motor, home = make_product(), make_product(product_type="home")
    p1 = make_policy(customer_id=ann, product_id=motor, end_in_days=30, today=TODAY,
                     number="POL-AAA-1")
    p2 = make_policy(customer_id=ann, product_id=home, end_in_days=10, today=TODAY)
    p3 = make_policy(customer_id=bob, product_id=motor, end_in_days=20, today=TODAY)
    update_policy(p3, PolicyUpdate(status="lapsed"), actor=admin)

    assert policy_ids(list_policies(actor=admin)) == [p2, p3, p1]  # by end date
    assert policy_ids(list_policies(actor=admin, customer_id=ann)) == [p2, p1]
    assert policy_ids(list_policies(actor=admin, product_id=motor)) == [p3, p1]
    assert policy_ids(list_policies(actor=admin, status="lapsed")) == [p3]
    assert policy_ids(list_policies(actor=admin, status="active", product_id=motor)) == [p1]
    assert policy_ids(list_policies(actor=admin, search="aaa")) == [p1]
    assert policy_ids(list_policies(actor=admin, search="bob")) == [p3]
    page = list_policies(actor=admin, page=2, page_size=2)
    assert (policy_ids(page), page.total, page.pages) == ([p1], 3, 2)
    assert count_policies_by(actor=admin) == {"active": 2, "lapsed": 1}


def test_expiring_window_includes_both_ends_and_nothing_outside(admin):
    within = 30
    by_days = {days: make_policy(end_in_days=days, today=TODAY)
               for days in (-1, 0, 1, within, within + 1)}
    page = list_expiring_policies(actor=admin, within_days=within, today=TODAY)
    assert policy_ids(page) == [by_days[0], by_days[1], by_days[within]]
    assert [p.days_to_expiry for p in page.items] == [0, 1, within]
    only_today = list_expiring_policies(actor=admin, within_days=0, today=TODAY)
    assert policy_ids(only_today) == [by_days[0]]


def test_expiring_excludes_cancelled_and_renewed_policies(admin):
    keep = make_policy(end_in_days=5, today=TODAY)
    cancelled = make_policy(end_in_days=6, today=TODAY)
    renewed = make_policy(end_in_days=7, today=TODAY)
    update_policy(cancelled, PolicyUpdate(status="cancelled"), actor=admin)
    renew_policy(renewed, actor=admin, today=TODAY)
    assert policy_ids(list_expiring_policies(actor=admin, within_days=30, today=TODAY)) == [keep]


def test_expiring_by_product_and_negative_window(admin):
    motor, home = make_product(), make_product(product_type="home")
    make_policy(product_id=motor, end_in_days=3, today=TODAY)
    home_policy = make_policy(product_id=home, end_in_days=4, today=TODAY)
    page = list_expiring_policies(actor=admin, within_days=30, today=TODAY, product_id=home)
    assert policy_ids(page) == [home_policy]
    with pytest.raises(ValidationError):
        list_expiring_policies(actor=admin, within_days=-1, today=TODAY)


def test_details_carry_customer_product_and_neighbouring_terms(admin):
    customer_id = make_customer(name="Dee Tail")
    product_id = make_product(code="HOME-D", product_type="home")
    first = make_policy(customer_id=customer_id, product_id=product_id, today=TODAY)
    second = renew_policy(first, actor=admin, today=TODAY)

    before = get_policy_details(first, actor=admin, today=TODAY)
    assert (before.customer.id, before.customer.name) == (customer_id, "Dee Tail")
    assert (before.product.id, before.product.code) == (product_id, "HOME-D")
    assert before.previous_policy_number is None
    assert before.renewed_by_policy_number == second.number
    assert before.policy.renewal_status == "renewed"

    after = get_policy_details(second.id, actor=admin, today=TODAY)
    assert after.previous_policy_number == before.policy.number
    assert after.renewed_by_policy_number is None
    with pytest.raises(NotFound):
        get_policy_details(second.id + 999, actor=admin)
