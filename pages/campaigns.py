"""Campaigns: create one, start and pause it, run it in the background and watch the results."""

from __future__ import annotations

import streamlit as st

from core.calls.campaign import (
    campaign_progress,
    create_campaign,
    list_campaigns,
    pause_campaign,
    start_campaign,
)
from core.calls.offers import describe_eligibility, preview_product_offer, product_offer_summary
from core.calls.schemas import CampaignView, ProductOfferRow
from core.calls.service import PURPOSES, SIMULATED_LABEL, calls_simulated
from core.policies.customers import list_customers
from core.policies.products import list_products
from core.tasks.schemas import TaskRunView
from core.tasks.service import enqueue_campaign_run
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import show_table
from pages.components.tasks import task_panel

EXPIRING = "Every active policy expiring within N days"
CHOSEN = "Chosen customers"
OFFER = "Customers eligible for a product (product offer)"
OFFER_COLUMNS = {
    "product_code": "Product",
    "product_name": "Name",
    "calls": st.column_config.NumberColumn("Calls", format="%d"),
    "answered": st.column_config.NumberColumn("Answered", format="%d"),
    "interested": st.column_config.NumberColumn("Interested", format="%d"),
    "interest_rate": st.column_config.NumberColumn("Interested of answered", format="%.0f%%"),
    "converted": st.column_config.NumberColumn("Converted (bought it)", format="%d"),
}
COLUMNS = {
    "id": st.column_config.NumberColumn("Campaign", format="%d"),
    "name": "Name",
    "purpose": "Purpose",
    "status": "Status",
    "targets": "Who",
    "max_attempts": st.column_config.NumberColumn("Attempts", format="%d"),
    "retry_backoff_minutes": st.column_config.NumberColumn("Back-off (min)", format="%d"),
}


def label(text: str | None) -> str:
    return (text or "").replace("_", " ")


def describe_criteria(c: CampaignView) -> str:
    if c.criteria.get("kind") == "product_offer":
        return (f"offer of {c.product_name or 'a product'} to customers "
                f"{describe_eligibility(c.criteria.get('eligibility') or {})}")
    if c.criteria.get("kind") == "expiring_policies":
        return f"policies expiring within {c.criteria.get('within_days')} days"
    return f"{len(c.criteria.get('customer_ids') or [])} chosen customers"


def campaign_row(c: CampaignView) -> dict[str, object]:
    row = {name: getattr(c, name, None) for name in COLUMNS if name != "targets"}
    row["targets"] = describe_criteria(c)
    return row


def show_run_result(run: TaskRunView) -> None:
    """How a finished campaign run ended, by call status."""
    result = run.result or {}
    ended = ", ".join(f"{n} {label(s)}" for s, n in sorted((result.get("by_status") or {}).items()))
    if ended:
        st.caption(f"Calls: {ended}.")


def show_progress(campaign: CampaignView) -> None:
    progress = fetch(campaign_progress, campaign.id, actor=user)
    cols = st.columns(5)
    cols[0].metric("Status", label(progress.status))
    cols[1].metric("Customers", progress.targets)
    cols[2].metric("Dialled", progress.dialled)
    cols[3].metric("Remaining", progress.remaining)
    cols[4].metric("Calls", progress.calls)
    if progress.targets:
        st.progress(min(1.0, (progress.targets - progress.remaining) / progress.targets),
                    text=f"{progress.targets - progress.remaining} of {progress.targets} done "
                         "or skipped")
    left, middle, right = st.columns(3)
    counts_table(left, "Results by outcome", progress.by_outcome, "Outcome")
    counts_table(middle, "Calls by status", progress.by_status, "Status")
    counts_table(right, "Skipped", progress.skipped, "Reason")


def created(campaign: CampaignView) -> str:
    """The flash message for a new campaign, which is also shown (selected) after the rerun."""
    st.session_state["campaigns.selected"] = campaign.id
    return f"Created campaign {campaign.name}."


def offer_row(row: ProductOfferRow) -> dict[str, object]:
    values = {name: getattr(row, name) for name in OFFER_COLUMNS if name != "interest_rate"}
    values["interest_rate"] = 100 * row.interested / row.answered if row.answered else None
    return values


def show_offers(campaign_id: int | None = None) -> None:
    """Interest and conversion per product, for one campaign or for every call."""
    rows = fetch(product_offer_summary, actor=user, campaign_id=campaign_id)
    show_table(rows, OFFER_COLUMNS, empty="No calls about a product yet.", to_row=offer_row)
    st.caption("Converted: customers called about the product who took out a policy of it at "
               "or after the call.")


def offer_picker() -> dict[str, object]:
    """Choose the product to offer; show its rules and how many customers they select."""
    products = fetch(list_products, actor=user, active=True, page_size=100).items
    names = {p.id: f"{p.name} ({p.code})" for p in products}
    product_id = st.selectbox("Product to offer", list(names), index=None, format_func=names.get,
                              key="campaigns.product", placeholder="Choose a product")
    if product_id is None:
        return {"kind": "product_offer"}
    preview = fetch(preview_product_offer, product_id, actor=user)
    st.info(f"**{preview.to_call}** customers would be called: {preview.matching} match "
            f"{preview.product_name}'s rules ({describe_eligibility(preview.eligibility)}); "
            f"{preview.do_not_call} asked not to be called and {preview.no_phone} have no "
            "number. Each is called within their own call window.",
            icon=":material/group:")
    return {"kind": "product_offer", "product_id": product_id}


def counts_table(where: object, title: str, counts: dict[str, int], what: str) -> None:
    where.write(f"**{title}**")  # type: ignore[attr-defined]
    rows = [{what: label(k), "Customers" if what == "Reason" else "Calls": v}
            for k, v in sorted(counts.items())]
    if rows:
        where.dataframe(rows, hide_index=True)  # type: ignore[attr-defined]
    else:
        where.caption("None yet.")  # type: ignore[attr-defined]

user = require_page_role("admin", "agent", "adjuster")
manager = user.role in ("admin", "agent")
st.title("Campaigns")
show_flash()
if calls_simulated():
    st.info(f"{SIMULATED_LABEL}: campaign calls are simulated.", icon=":material/science:")

if manager:
    with st.expander("New campaign"):
        kind = st.radio("Who to call", (EXPIRING, CHOSEN, OFFER), key="campaigns.kind",
                        horizontal=True)
        # Outside the form, so that the count of eligible customers follows the product chosen.
        offer = offer_picker() if kind == OFFER else None
        with st.form(form_key("campaigns.new")):
            name = st.text_input("Name", placeholder="December renewals")
            if offer is not None:
                purpose = "product_offer"
                st.caption("Purpose: product offer. The voice agent is told the product, its "
                           "premium and its features.")
            else:
                purpose = st.selectbox("Purpose", PURPOSES, format_func=label)
            if offer is not None:
                criteria: dict[str, object] = offer
            elif kind == EXPIRING:
                days = st.number_input("Expiring within (days)", 1, 366, 30)
                criteria = {"kind": "expiring_policies", "within_days": days}
            else:
                people = fetch(list_customers, actor=user, page_size=500).items
                names = {c.id: f"{c.name} ({c.code})" for c in people}
                chosen = st.multiselect("Customers", list(names), format_func=names.get)
                criteria = {"kind": "customers", "customer_ids": chosen}
            left, right = st.columns(2)
            attempts = left.number_input("Maximum attempts", 1, 10, 3)
            backoff = right.number_input("Minutes between attempts", 0, 10080, 60)
            if st.form_submit_button("Create campaign", key="campaigns.create"):
                run_action(lambda: create_campaign(
                    name, purpose, criteria, actor=user, max_attempts=int(attempts),
                    retry_backoff_minutes=int(backoff)),
                    created, clears="campaigns.new")

campaigns = fetch(list_campaigns, actor=user)
show_table(campaigns, COLUMNS, empty="No campaigns yet.", to_row=campaign_row)
by_id = {c.id: c for c in campaigns}
if by_id:
    picked = st.selectbox("Campaign", list(by_id), key="campaigns.selected",
                          format_func=lambda i: f"{by_id[i].name} ({label(by_id[i].status)})")
    campaign = by_id[picked]
    with st.container(border=True):
        st.subheader(campaign.name)
        st.caption(f"{label(campaign.purpose)} · {describe_criteria(campaign)} · up to "
                   f"{campaign.max_attempts} attempts, {campaign.retry_backoff_minutes} min apart")
        if manager:
            b1, b2, b3 = st.columns(3)
            if b1.button("Start", key="campaigns.start",
                         disabled=campaign.status not in ("draft", "paused")):
                run_action(lambda: start_campaign(campaign.id, actor=user),
                           lambda c: f"Started {c.name}.")
            if b2.button("Pause", key="campaigns.pause", disabled=campaign.status != "running"):
                run_action(lambda: pause_campaign(campaign.id, actor=user),
                           lambda c: f"Paused {c.name}.")
            if b3.button("Run campaign", key="campaigns.run", type="primary",
                         disabled=campaign.status != "running",
                         help="Dials everyone who may be called now, batch by batch, in the "
                              "background; you may leave the page and come back."):
                run_action(lambda: enqueue_campaign_run(campaign.id, actor=user),
                           lambda run: f"Running {campaign.name} in the background "
                                       f"(task {run.id}).")
        task_panel("campaign_run", user, title="Campaign run", render_result=show_run_result,
                   key="campaigns.task",
                   matches=lambda run: run.params.get("campaign_id") == campaign.id)
        show_progress(campaign)
        if campaign.product_id is not None:
            st.write(f"**Interest in {campaign.product_name}**")
            show_offers(campaign.id)

with st.expander("Interest and conversion per product (every call about a product)"):
    show_offers()
