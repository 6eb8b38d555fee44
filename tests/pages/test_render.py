"""Every page renders for an admin and shows the demo data."""

from __future__ import annotations

import json

import pytest

from tests.pages.conftest import log_in, table, texts


@pytest.mark.parametrize(("page", "title", "caption", "column", "expected"), [
    ("pages/customers.py", "Customers", "Page 1 of 8, 200 customers", "code", "CUS-000072"),
    ("pages/products.py", "Products", "Page 1 of 1, 7 products", "code", "MOTOR-STD"),
    ("pages/users.py", "Users", "Page 1 of 1, 3 users", "username", "adjuster"),
])
def test_page_renders_demo_data_for_an_admin(app, page, title, caption, column, expected):
    at = log_in(app, "admin", page)
    assert not at.exception
    assert texts(at.title) == [title]
    assert caption in texts(at.caption)
    assert expected in list(table(at)[column])
    assert not at.error


def test_policies_page_renders_demo_data_for_an_admin(app):
    at = log_in(app, "admin", "pages/policies.py")
    assert not at.exception and not at.error
    assert texts(at.title) == ["Policies"]

    at.segmented_control(key="policies.view").set_value("All policies").run()
    assert not at.exception
    assert "Page 1 of 12, 300 policies" in texts(at.caption)
    rows = table(at)
    assert len(rows) == 25
    assert all(number.startswith("POL-") for number in rows["number"])
    shown = json.loads(at.dataframe[0].proto.columns)
    assert shown["premium"] == {"label": "Premium",
                                "type_config": {"type": "number", "format": "dollar"}}
    assert shown["end_date"]["type_config"]["type"] == "date"
    assert shown["days_to_expiry"]["label"] == "Days to expiry"
