"""Reports (every role): claims, fraud scores, reserves, decision times, renewals and calls,
for a period and a product; each chart with its table and a CSV download."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import streamlit as st

from core.policies.products import list_products
from core.reports import charts
from core.reports import service as reports
from core.reports.export import rows_csv, table_rows
from pages.components.feedback import fetch
from pages.components.session import require_page_role
from pages.components.tables import filter_box

DEFAULT_WEEKS = 12  # a quarter of weekly bars; clear the dates for the whole history

user = require_page_role("admin", "adjuster", "agent")
st.title("Reports")

today = date.today()
products = {p.id: f"{p.name} ({p.code})"
            for p in fetch(list_products, actor=user, page_size=500).items}
left, right = st.columns([2, 1])
days = left.date_input("Period", value=(today - timedelta(weeks=DEFAULT_WEEKS), today),
                       key="reports.period",
                       help="UTC days, both included. Clear it for the whole history.")
date_from, date_to = (tuple(days) + (None, None))[:2] if isinstance(days, tuple) else (days, None)
product_id = filter_box(right, "Product", list(products), every="All products",
                        key="reports.product", describe=products.get)
filters = {"date_from": date_from, "date_to": date_to, "product_id": product_id}
period = f"{date_from or 'start'}_{date_to or 'today'}"


def section(name: str, rows: Sequence[Any], figure: Callable[[Sequence[Any]], Any],
            empty: str = "Nothing to show for this period and product.") -> None:
    """The chart, then its table with a CSV download beside it."""
    if not rows:
        st.info(empty)
        return
    st.plotly_chart(figure(rows), width="stretch", key=f"reports.{name}.chart")
    table, download = st.columns([6, 1])
    table.dataframe(table_rows(rows), hide_index=True, width="stretch")
    download.download_button("CSV", data=rows_csv(rows), file_name=f"{name}_{period}.csv",
                             mime="text/csv", key=f"reports.{name}.csv",
                             icon=":material/download:", on_click="ignore")


claims_tab, fraud_tab, reserves_tab, decisions_tab, renewals_tab, calls_tab = st.tabs(
    ["Claims", "Fraud scores", "Reserves", "Decision times", "Renewals", "Calls"])

with claims_tab, st.spinner("Counting claims in the database..."):
    st.caption("Claims received in the period, by their status today.")
    section("claims_by_status", fetch(reports.claims_by_status, actor=user, **filters),
            charts.status_chart)
    section("claims_by_week", fetch(reports.claims_by_week, actor=user, **filters),
            charts.weekly_chart)

with fraud_tab, st.spinner("Counting scores in the database..."):
    st.caption("The current score of each claim received in the period.")
    section("fraud_score_histogram",
            fetch(reports.fraud_score_histogram, actor=user, **filters),
            charts.score_histogram_chart)
    section("claims_by_risk_band", fetch(reports.claims_by_risk_band, actor=user, **filters),
            charts.band_chart)

with reserves_tab, st.spinner("Counting reserves in the database..."):
    st.caption("Claims received in the period: reserves on those still open (new, in review, "
               "information requested), amounts claimed and approved, in USD.")
    section("reserves_by_product", fetch(reports.reserves_by_product, actor=user, **filters),
            lambda rows: charts.reserves_chart(rows, "product"))
    section("reserves_by_incident_type",
            fetch(reports.reserves_by_incident_type, actor=user, **filters),
            lambda rows: charts.reserves_chart(rows, "incident type"))

with decisions_tab, st.spinner("Counting decisions in the database..."):
    st.caption("Claims approved or rejected in the period: days from intake to decision. "
               "Median and 90th percentile are the times of actual claims (nearest rank).")
    section("decision_times_by_week",
            fetch(reports.decision_times_by_week, actor=user, **filters),
            charts.decision_weeks_chart)
    section("decision_time_distribution",
            fetch(reports.decision_time_distribution, actor=user, **filters),
            charts.decision_distribution_chart)

with renewals_tab, st.spinner("Counting policies in the database..."):
    st.caption(f"Active policies not yet renewed whose term ends 0-30, 31-60 or 61-90 days "
               f"from today ({today}); renewed and declined terms ending in the period.")
    section("renewal_pipeline",
            fetch(reports.renewal_pipeline, actor=user, today=today, **filters),
            charts.renewal_chart)

with calls_tab, st.spinner("Counting calls in the database..."):
    st.caption("Calls placed in the period, about the product's policies or the product.")
    section("call_outcomes", fetch(reports.call_outcomes, actor=user, **filters),
            charts.call_outcomes_chart, empty="No calls in this period.")
    section("campaign_outcomes", fetch(reports.campaign_outcomes, actor=user, **filters),
            charts.campaign_chart, empty="No calls in this period.")
    st.caption("Product offers: calls about a product, answered, interested, and customers "
               "who took a policy of it after the call.")
    section("offers_by_product", fetch(reports.offers_by_product, actor=user, **filters),
            charts.offers_chart, empty="No product-offer calls in this period.")
