"""The Reports page: every role, charts with tables and CSV downloads, filtered by period and
product; the tables show what core computes for the same filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.policies.products import list_products
from core.reports.service import claims_by_status, offers_by_product, reserves_by_product
from tests.pages.conftest import demo_user, log_in, run_page_directly, texts

PAGE = "pages/reports.py"
# Demo data: 12 claims received today, none decided yet; a finished product-offer campaign.
SHOWN = ["claims_by_status", "claims_by_week", "fraud_score_histogram", "claims_by_risk_band",
         "reserves_by_product", "reserves_by_incident_type", "decision_time_distribution",
         "renewal_pipeline", "call_outcomes", "campaign_outcomes", "offers_by_product"]
DEFAULT_PERIOD = {"date_from": date.today() - timedelta(weeks=12), "date_to": date.today()}


def downloads(at) -> list:  # type: ignore[no-untyped-def]
    return at.get("download_button")


def status_table(at) -> dict[str, int]:  # type: ignore[no-untyped-def]
    frame = at.dataframe[0].value
    return dict(zip(frame["status"], frame["claims"], strict=True))


@pytest.mark.parametrize("username", ["admin", "adjuster", "agent"])
def test_every_role_sees_every_report_with_a_csv_beside_each_table(app, username):
    at = log_in(app, username, PAGE)
    assert not at.exception and not at.error
    assert texts(at.title) == ["Reports"]
    assert [tab.label for tab in at.tabs] == [
        "Claims", "Fraud scores", "Reserves", "Decision times", "Renewals", "Calls"]
    assert texts(at.info) == ["Nothing to show for this period and product."]
    assert [button.key for button in downloads(at)] == [f"reports.{n}.csv" for n in SHOWN]
    assert len(at.dataframe) == len(SHOWN)
    expected = claims_by_status(actor=demo_user(username), **DEFAULT_PERIOD)
    assert status_table(at) == {row.status: row.claims for row in expected}
    assert sum(status_table(at).values()) == 12
    assert len(at.get("plotly_chart")) == len(at.dataframe)
    offers = at.dataframe[SHOWN.index("offers_by_product")].value
    expected_offers = offers_by_product(actor=demo_user(username), **DEFAULT_PERIOD)
    assert list(offers["converted"]) == [row.converted for row in expected_offers]
    assert offers["converted"].sum() == 3  # the demo campaign's three conversions


def test_product_and_period_filters_narrow_every_table(app):
    at = log_in(app, "adjuster", PAGE)
    admin = demo_user("admin")
    with_claims = {r.key for r in reserves_by_product(actor=admin) if r.claims}
    product = next(p for p in list_products(actor=admin, page_size=100).items
                   if p.code in with_claims)
    at.selectbox(key="reports.product").set_value(product.id).run()
    assert not at.exception and not at.error
    expected = claims_by_status(actor=admin, product_id=product.id, **DEFAULT_PERIOD)
    assert status_table(at) == {row.status: row.claims for row in expected}
    assert 0 < sum(status_table(at).values()) < 12
    reserves = next(frame.value for frame in at.dataframe if "open_reserve" in frame.value)
    assert list(reserves["key"]) == [product.code]

    at.date_input(key="reports.period").set_value((date(2020, 1, 1), date(2020, 1, 31))).run()
    assert not at.exception
    assert texts(at.info)[:2] == ["Nothing to show for this period and product."] * 2
    histogram = next(frame.value for frame in at.dataframe if "low" in frame.value)
    assert len(histogram) == 20 and histogram["claims"].sum() == 0


def test_a_period_ending_before_it_starts_is_explained(app):
    at = log_in(app, "agent", PAGE)
    at.date_input(key="reports.period").set_value((date(2026, 11, 20), date(2026, 11, 1))).run()
    assert not at.exception
    assert texts(at.error) == ["date_to: is before the first day"]
    assert not at.dataframe


def test_the_reports_page_needs_a_login(demo_db):
    at = run_page_directly(PAGE, "agent")
    assert not at.exception and texts(at.title) == ["Reports"]
