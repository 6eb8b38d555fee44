"""The Products page: filters, admins create, edit and deactivate; others only read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.policies.products import list_products
from tests.pages.conftest import demo_user, fill, log_in, table, texts, widget

PAGE = "pages/products.py"


def product(code: str):
    return next(p for p in list_products(actor=demo_user("admin"), active=None).items
                if p.code == code)


def test_the_table_shows_options_features_and_eligibility(app):
    at = log_in(app, "agent", PAGE)
    at.selectbox(key="products.type").set_value("home").run()
    rows = table(at).set_index("code")
    assert list(rows.index) == ["HOME-LITE", "HOME-STD"]
    assert rows.loc["HOME-STD", "sum_assured"] == "150,000.00, 300,000.00, 500,000.00"
    assert list(rows.loc["HOME-LITE", "features"]) == ["Contents", "Theft"]
    assert rows.loc["HOME-LITE", "eligibility"] == (
        '{"cities": ["Boston", "Chicago", "Seattle"], "min_age": 18}')
    assert not at.exception


def test_an_admin_creates_a_product(app):
    at = log_in(app, "admin", PAGE)
    fill(at.form(key="products.new.0"), {
        "Code": "pet-basic", "Name": "Pet Basic", "Type": "home", "Base premium": "120",
        "Sum assured options (comma separated)": "5000, 2000",
        "Features (one a line)": "Vet bills\nThird-party liability",
        "Eligibility (JSON object)": '{"max_age": 90}',
    })
    at.button(key="products.create").click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == ["Created product PET-BASIC."]
    created = product("PET-BASIC")
    assert created.sum_assured_options == [Decimal("2000.00"), Decimal("5000.00")]
    assert created.features == ["Vet bills", "Third-party liability"]
    assert created.eligibility == {"max_age": 90}
    assert "PET-BASIC" in list(table(at)["code"])


def test_unreadable_eligibility_json_is_refused_before_core(app):
    at = log_in(app, "admin", PAGE)
    fill(at.form(key="products.new.0"),
         {"Code": "BROKEN", "Eligibility (JSON object)": "{max_age: 90"})
    at.button(key="products.create").click().run()
    assert not at.exception
    assert [e for e in texts(at.error) if e.startswith("Eligibility is not valid JSON")]
    with pytest.raises(StopIteration):
        product("BROKEN")


def test_an_admin_edits_deactivates_and_reactivates_a_product(app):
    at = log_in(app, "admin", PAGE)
    motor = product("MOTOR-STD")
    at.selectbox(key="products.selected").set_value(motor.id).run()
    widget(at.form(key="products.edit"), "Name").input("Motor Standard 2027")
    at.button(key="products.save").click().run()
    assert texts(at.success) == ["Saved product MOTOR-STD."]
    assert product("MOTOR-STD").name == "Motor Standard 2027"

    at.selectbox(key="products.selected").set_value(motor.id).run()
    at.button(key="products.toggle").click().run()
    assert texts(at.success) == ["MOTOR-STD is no longer sold."]
    assert not product("MOTOR-STD").active
    assert "MOTOR-STD" not in list(table(at)["code"])  # the default view lists active products

    at.segmented_control(key="products.status").set_value("Inactive").run()
    assert list(table(at)["code"]) == ["MOTOR-STD"]
    at.button(key="products.toggle").click().run()
    assert texts(at.success) == ["MOTOR-STD is active."]
    assert product("MOTOR-STD").active
    assert not at.exception


@pytest.mark.parametrize("username", ["agent", "adjuster"])
def test_only_admins_see_product_forms(app, username):
    at = log_in(app, username, PAGE)
    assert not at.exception
    assert "Page 1 of 1, 7 products" in texts(at.caption)
    assert not at.form and not at.expander
    assert not [b for b in at.button if b.key and b.key.startswith("products.")]
