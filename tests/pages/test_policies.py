"""The Policies page: views, renewing, cancelling, writing a policy, and what an adjuster sees."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.policies.customers import list_customers
from core.policies.products import list_products
from core.policies.service import get_policy_details, list_policies, renew_policy
from tests.factories import make_policy
from tests.pages.conftest import demo_user, log_in, table, texts, widget

PAGE = "pages/policies.py"


@pytest.fixture
def expiring_policy(demo_db) -> int:
    """A demo customer's policy ending tomorrow, whatever the date the tests run on."""
    admin = demo_user("admin")
    customer = list_customers(actor=admin, search="CUS-000001").items[0]
    product = next(p for p in list_products(actor=admin).items if p.code == "MOTOR-STD")
    return make_policy(customer_id=customer.id, product_id=product.id, end_in_days=1,
                       number="POL-TEST-000001")


def open_policy(at, policy_id: int):
    """Show enough rows that the policy is on the page, then select it."""
    at.selectbox(key="policies.pager.size").set_value(100).run()
    at.selectbox(key="policies.selected").set_value(policy_id).run()
    return at


def test_renewing_an_expiring_policy(app, expiring_policy):
    at = log_in(app, "agent", PAGE)
    assert "POL-TEST-000001" in list(open_policy(at, expiring_policy).dataframe[0].value["number"])
    assert any("**Renewed by:** -" in m for m in texts(at.markdown))

    renew_form = at.form(key=f"policies.renew_form.{expiring_policy}")
    widget(renew_form, "New premium for the renewal").input("700")
    at.button(key=f"policies.renew.{expiring_policy}").click().run()

    assert not at.exception and not at.error
    [message] = texts(at.success)
    assert message.startswith("Policy POL-TEST-000001 renewed as POL-")
    new_number = message.removesuffix(".").rsplit(" ", 1)[-1]
    details = get_policy_details(expiring_policy, actor=demo_user("agent"))
    assert details.renewed_by_policy_number == new_number
    assert details.policy.renewal_status == "renewed"
    renewal = list_policies(actor=demo_user("agent"), search=new_number).items[0]
    assert renewal.premium == Decimal("700.00")
    # Renewed, the policy has left the expiring list.
    assert "POL-TEST-000001" not in list(table(at)["number"])


def test_a_renewed_term_offers_no_second_renewal(app, expiring_policy):
    at = open_policy(log_in(app, "agent", PAGE), expiring_policy)
    at.button(key=f"policies.renew.{expiring_policy}").click().run()
    at.segmented_control(key="policies.view").set_value("All policies").run()
    at.text_input(key="policies.search").input("POL-TEST-000001").run()
    at.selectbox(key="policies.selected").set_value(expiring_policy).run()

    assert not at.exception
    successor = get_policy_details(expiring_policy, actor=demo_user("agent"))
    assert texts(at.info) == [
        f"This term is already renewed as {successor.renewed_by_policy_number}."
    ]
    assert not [b for b in at.button if (b.key or "").startswith("policies.renew")]


def test_a_renew_click_never_renews_another_policy_when_the_list_changed(app, expiring_policy):
    """Regression: the term was renewed elsewhere, left the list, and the picker moved on to
    another policy; the pending click once renewed that other policy."""
    at = open_policy(log_in(app, "agent", PAGE), expiring_policy)
    admin = demo_user("admin")
    renew_policy(expiring_policy, actor=admin)  # meanwhile, by someone else
    before = list_policies(actor=admin, page_size=1).total

    at.button(key=f"policies.renew.{expiring_policy}").click().run()
    assert not at.exception
    assert not at.success
    assert list_policies(actor=admin, page_size=1).total == before


def test_cancelling_a_policy(app, expiring_policy):
    at = open_policy(log_in(app, "admin", PAGE), expiring_policy)
    at.button(key=f"policies.cancel.{expiring_policy}").click().run()
    assert not at.exception
    assert texts(at.success) == ["Policy POL-TEST-000001 is cancelled."]
    details = get_policy_details(expiring_policy, actor=demo_user("admin"))
    assert details.policy.status == "cancelled"


def test_filters_and_pages_of_the_all_policies_view(app):
    at = log_in(app, "adjuster", PAGE)
    at.segmented_control(key="policies.view").set_value("All policies").run()
    at.number_input(key="policies.pager.page").set_value(3).run()
    assert "Page 3 of 12, 300 policies" in texts(at.caption)

    at.selectbox(key="policies.status").set_value("expired").run()
    assert set(table(at)["status"]) == {"expired"}
    assert any(c.startswith("Page 1 of ") for c in texts(at.caption))  # back to the first page
    at.selectbox(key="policies.status").set_value(None).run()
    at.text_input(key="policies.search").input("lauren sullivan").run()
    assert set(table(at)["customer_name"]) == {"Lauren Sullivan"}
    at.text_input(key="policies.search").input("no such policy").run()
    assert texts(at.info) == ["No policies match these filters."]
    assert "Page 1 of 1, 0 policies" in texts(at.caption)
    assert not at.exception


def test_an_agent_writes_a_new_policy(app):
    at = log_in(app, "agent", PAGE)
    at.text_input(key="policies.new.customer_search").input("CUS-000010").run()
    customer = list_customers(actor=demo_user("agent"), search="CUS-000010").items[0]
    at.selectbox(key="policies.new.customer").set_value(customer.id).run()
    product = next(p for p in list_products(actor=demo_user("agent")).items
                   if p.code == "HOME-STD")
    at.selectbox(key="policies.new.product").set_value(product.id).run()
    form = at.form(key="policies.new.form.0")
    widget(form, "Sum assured").set_value(Decimal("300000.00"))
    widget(form, "Policy number").input("POL-NEW-000001")
    at.button(key="policies.create").click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == [f"Policy POL-NEW-000001 created for {customer.name}."]
    [created] = list_policies(actor=demo_user("agent"), search="POL-NEW-000001").items
    assert (created.product_code, created.sum_assured, created.premium) == (
        "HOME-STD", Decimal("300000.00"), Decimal("420.00"))


def test_an_adjuster_reads_the_desk_but_sees_no_forms(app, expiring_policy):
    at = open_policy(log_in(app, "adjuster", PAGE), expiring_policy)
    assert not at.exception
    assert texts(at.title) == ["Policies"]
    assert "POL-TEST-000001" in list(table(at)["number"])
    assert any("Policy POL-TEST-000001" in s for s in texts(at.subheader))
    assert not at.form
    actions = ("policies.renew", "policies.cancel", "policies.create")
    assert not [b for b in at.button if (b.key or "").startswith(actions)]
    assert not at.expander
