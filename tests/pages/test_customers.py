"""The Customers page: search, create, edit, delete, and what an adjuster may not do."""

from __future__ import annotations

import pytest

from core.errors import NotFound
from core.policies.customers import get_customer, list_customers
from tests.factories import make_customer
from tests.pages.conftest import demo_user, fill, log_in, table, texts, widget

PAGE = "pages/customers.py"


def find(at, text: str):
    """Search the customers for `text`, as a user would."""
    return at.text_input(key="customers.search").input(text).run()


def test_search_and_city_filter(app):
    at = log_in(app, "adjuster", PAGE)
    at.selectbox(key="customers.city").set_value("Boston").run()
    assert set(table(at)["city"]) == {"Boston"}
    find(at, "CUS-000004")
    assert list(table(at)["name"]) == ["Lauren Sullivan"]
    assert "Page 1 of 1, 1 customer" in texts(at.caption)
    assert not at.exception


def test_deleting_a_customer_with_policies_shows_the_services_refusal(app):
    at = find(log_in(app, "admin", PAGE), "CUS-000004")
    at.button(key="customers.delete").click().run()
    assert not at.exception
    assert texts(at.error) == [
        "Lauren Sullivan (CUS-000004) has 1 policy and cannot be deleted."]
    assert list(table(at)["code"]) == ["CUS-000004"]


def test_deleting_a_customer_without_policies(app, demo_db):
    customer_id = make_customer(name="Nobody Insured", city="Boston")
    at = find(log_in(app, "admin", PAGE), "Nobody Insured")
    at.button(key="customers.delete").click().run()
    assert not at.exception and not at.error
    assert texts(at.success)[0].startswith("Deleted Nobody Insured (CUS-")
    with pytest.raises(NotFound):
        get_customer(customer_id, actor=demo_user("admin"))


def test_an_agent_creates_and_then_edits_a_customer(app):
    at = log_in(app, "agent", PAGE)
    assert "customers.delete" not in [b.key for b in at.button]  # deleting is for admins
    fill(at.form(key="customers.new.0"),
         {"Name": "Maria Lopez", "Phone": "(617) 555-0199", "City": "Boston"})
    at.button(key="customers.create").click().run()
    assert not at.exception and not at.error
    [message] = texts(at.success)
    assert message.startswith("Created Maria Lopez (CUS-")

    find(at, "Maria Lopez")
    widget(at.form(key="customers.edit"), "City").input("Chicago")
    at.button(key="customers.save").click().run()
    assert not at.exception and not at.error
    [saved] = list_customers(actor=demo_user("agent"), search="Maria Lopez").items
    assert (saved.city, saved.phone) == ("Chicago", "+16175550199")
    assert texts(at.success) == [f"Saved Maria Lopez ({saved.code})."]


def test_invalid_input_shows_the_error_and_keeps_what_was_typed(app):
    at = log_in(app, "agent", PAGE)
    fill(at.form(key="customers.new.0"), {"Name": "Maria Lopez", "Email": "not-an-email"})
    at.button(key="customers.create").click().run()
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith("email:")
    assert widget(at.form(key="customers.new.0"), "Name").value == "Maria Lopez"


def test_an_adjuster_sees_no_customer_forms(app):
    at = log_in(app, "adjuster", PAGE)
    assert not at.exception
    assert "Page 1 of 8, 200 customers" in texts(at.caption)
    assert not at.form and not at.expander
    assert not [b for b in at.button if b.key and b.key.startswith("customers.")]
