"""Roles are enforced in the services, not only in the pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.auth.schemas import CurrentUser
from core.auth.service import (
    create_user,
    list_users,
    require_role,
    set_user_active,
    set_user_role,
)
from core.errors import PermissionDenied
from core.policies.customers import create_customer, delete_customer, list_customers
from core.policies.products import create_product, set_product_active, update_product
from core.policies.schemas import CustomerInput, PolicyInput, ProductInput
from core.policies.service import create_policy, list_policies, renew_policy
from tests.factories import make_customer, make_policy, make_product, make_user

PRODUCT = ProductInput(code="TRAVEL-X", name="Travel X", product_type="travel",
                       base_premium="90", sum_assured_options=["5000"])


def policy_input(customer_id: int, product_id: int) -> PolicyInput:
    start = date(2026, 3, 1)
    return PolicyInput(customer_id=customer_id, product_id=product_id, premium="500",
                       sum_assured="10000", start_date=start,
                       end_date=start + timedelta(days=364))


def test_require_role_refuses_anonymous_and_other_roles():
    with pytest.raises(PermissionDenied, match="logged in"):
        require_role(None, "admin")
    actor = CurrentUser(id=1, username="a", name="A", role="agent")
    assert require_role(actor, "admin", "agent") is actor
    with pytest.raises(PermissionDenied, match="agent"):
        require_role(actor, "admin")


@pytest.mark.parametrize("role", ["adjuster", "agent"])
def test_only_admins_manage_users(db, role):
    actor = make_user(role)
    other = make_user("agent")
    with pytest.raises(PermissionDenied):
        create_user("newbie", "New Bie", "newbie@example.com", "long-enough-pw", "agent",
                    actor=actor)
    with pytest.raises(PermissionDenied):
        set_user_role(other.id, "admin", actor=actor)
    with pytest.raises(PermissionDenied):
        set_user_active(other.id, False, actor=actor)
    with pytest.raises(PermissionDenied):
        list_users(actor=actor)


@pytest.mark.parametrize("role", ["adjuster", "agent"])
def test_only_admins_manage_products(db, role):
    actor = make_user(role)
    product_id = make_product()
    with pytest.raises(PermissionDenied):
        create_product(PRODUCT, actor=actor)
    with pytest.raises(PermissionDenied):
        update_product(product_id, PRODUCT, actor=actor)
    with pytest.raises(PermissionDenied):
        set_product_active(product_id, False, actor=actor)
    assert create_product(PRODUCT, actor=make_user("admin")).code == "TRAVEL-X"


def test_agent_creates_customers_and_policies(db):
    agent = make_user("agent")
    customer = create_customer(CustomerInput(name="Ada Agentson"), actor=agent)
    policy = create_policy(policy_input(customer.id, make_product()), actor=agent)
    assert policy.customer_id == customer.id
    assert renew_policy(policy.id, actor=agent).previous_policy_id == policy.id


def test_adjuster_reads_but_cannot_write_the_policy_desk(db):
    adjuster = make_user("adjuster")
    customer_id = make_customer(name="Read Only")
    policy_id = make_policy(customer_id=customer_id)
    with pytest.raises(PermissionDenied):
        create_customer(CustomerInput(name="Nope"), actor=adjuster)
    with pytest.raises(PermissionDenied):
        create_policy(policy_input(customer_id, make_product()), actor=adjuster)
    with pytest.raises(PermissionDenied):
        renew_policy(policy_id, actor=adjuster)
    assert [c.id for c in list_customers(actor=adjuster).items] == [customer_id]
    assert [p.id for p in list_policies(actor=adjuster).items] == [policy_id]


def test_only_admins_delete_customers(db):
    customer_id = make_customer()
    with pytest.raises(PermissionDenied):
        delete_customer(customer_id, actor=make_user("agent"))
    delete_customer(customer_id, actor=make_user("admin"))
    assert list_customers(actor=make_user("admin")).total == 0
