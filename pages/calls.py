"""Calls: call one customer, the call history with filters, a call's detail and its outcome."""

from __future__ import annotations

import streamlit as st

from core.calls.campaign import list_campaigns
from core.calls.client import CallUpdate
from core.calls.schemas import CallView
from core.calls.service import (
    CALL_OUTCOMES,
    CALL_STATUSES,
    PURPOSES,
    SIMULATED_LABEL,
    calls_simulated,
    get_call,
    list_calls,
    start_call,
    update_call_outcome,
)
from core.errors import AppError
from core.policies.customers import list_customers
from core.policies.products import list_products
from pages.components.feedback import fetch, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import filter_box, page_request, paginator, show_table

PAGER = "calls.pager"
SELECTED = "calls.selected"
LIVE_LABELS = {"dialing": "Dialling…", "ringing": "Ringing…", "active": "Answered, talking…",
               "hangup": "Hung up."}
COLUMNS = {
    "id": st.column_config.NumberColumn("Call", format="%d"),
    "created_at": st.column_config.DatetimeColumn("When (UTC)", format="YYYY-MM-DD HH:mm"),
    "customer_name": "Customer",
    "phone": "Phone",
    "purpose": "Purpose",
    "status": "Status",
    "attempt": st.column_config.NumberColumn("Attempt", format="%d"),
    "outcome": "Outcome",
    "product_code": "Product",
    "campaign_name": "Campaign",
    "mode": "Mode",
}


def label(text: str | None) -> str:
    return (text or "").replace("_", " ")


def call_row(call: CallView) -> dict[str, object]:
    row = {name: getattr(call, name, None) for name in COLUMNS if name != "mode"}
    row["mode"] = "Simulated call" if call.simulated else "LiveKit"
    return row


def show_call(call: CallView) -> None:
    """A call's detail: the demo label, how it went, and its outcome and summary."""
    with st.container(border=True):
        st.subheader(f"Call {call.id}: {call.customer_name} ({call.customer_code})")
        if call.simulated:
            st.info(SIMULATED_LABEL, icon=":material/science:")
        cols = st.columns(4)
        cols[0].metric("Status", label(call.status))
        cols[1].metric("Attempt", call.attempt)
        cols[2].metric("Duration", f"{call.duration_seconds} s" if call.duration_seconds else "—")
        cols[3].metric("SIP status", call.sip_status_code or "—")
        st.caption(f"{call.phone} · {label(call.purpose)}"
                   + (f" · product {call.product_name} ({call.product_code})"
                      if call.product_id else "")
                   + (f" · campaign {call.campaign_name}" if call.campaign_name else "")
                   + (f" · started {call.started_at:%Y-%m-%d %H:%M} UTC" if call.started_at
                      else ""))
        if call.failure_reason:
            st.warning(call.failure_reason)
        with st.form(f"calls.outcome.{call.id}"):
            options = list(CALL_OUTCOMES)
            outcome = st.selectbox("Outcome", options, format_func=label,
                                   index=options.index(call.outcome) if call.outcome else None)
            names = dict(product_names)
            if call.product_id is not None and call.product_id not in names:  # no longer sold
                names[call.product_id] = f"{call.product_name} ({call.product_code})"
            choices = list(names)
            product = st.selectbox(
                "Product the customer is interested in", choices, format_func=names.get,
                index=choices.index(call.product_id) if call.product_id in choices else None,
                placeholder="No product", key=f"calls.product.{call.id}")
            summary = st.text_area("Summary", value=call.summary or "")
            if st.form_submit_button("Save outcome", key="calls.save_outcome"):
                run_action(lambda: update_call_outcome(call.id, outcome or "", summary,
                                                       actor=user, product_id=product),
                           lambda c: f"Saved the outcome of call {c.id}.")


user = require_page_role("admin", "agent", "adjuster")
st.title("Calls")
show_flash()
if calls_simulated():
    st.info(f"{SIMULATED_LABEL}: every call here is simulated; nobody's phone rings.",
            icon=":material/science:")

customers = fetch(list_customers, actor=user, page_size=500).items
by_id = {c.id: c for c in customers}
products = fetch(list_products, actor=user, active=True, page_size=100).items
product_names = {p.id: f"{p.name} ({p.code})" for p in products}

with st.expander("Call a customer", expanded=True):
    left, right = st.columns(2)
    customer_id = left.selectbox(
        "Customer", list(by_id), index=None, key="calls.customer",
        format_func=lambda i: f"{by_id[i].name} ({by_id[i].code}) {by_id[i].phone or ''}")
    purpose = right.selectbox("Purpose", PURPOSES, format_func=label, key="calls.purpose")
    offered = None
    if purpose == "product_offer":
        offered = st.selectbox("Product to offer", list(product_names), index=None,
                               format_func=product_names.get, key="calls.offer",
                               help="The voice agent is told this product, its premium and "
                                    "its features.")
    if st.button("Start call", key="calls.start", type="primary", disabled=customer_id is None):
        with st.status("Placing the call…", expanded=True) as progress:
            def shown(update: CallUpdate) -> None:
                progress.update(label=LIVE_LABELS.get(update.status, update.status))
            try:
                call = start_call(int(customer_id), actor=user, purpose=purpose,  # type: ignore[arg-type]
                                  on_update=shown, product_id=offered)
            except AppError as exc:
                progress.update(label="The call was not placed.", state="error")
                st.error(str(exc))
            else:
                progress.update(label=f"Call {call.id}: {label(call.status)}", state="complete")
                st.session_state[SELECTED] = call.id

st.subheader("History")
campaigns = fetch(list_campaigns, actor=user)
campaign_names = {c.id: c.name for c in campaigns}
f1, f2, f3, f6, f4, f5 = st.columns(6)
who = filter_box(f1, "Customer", list(by_id), every="All customers", key="calls.f.customer",
                 describe=lambda i: by_id[i].name)
status = filter_box(f2, "Status", CALL_STATUSES, every="Any status", key="calls.f.status",
                    describe=label)
campaign = filter_box(f3, "Campaign", list(campaign_names), every="Any campaign",
                      key="calls.f.campaign", describe=lambda i: campaign_names[i])
about = filter_box(f6, "Product", list(product_names), every="Any product",
                   key="calls.f.product", describe=lambda i: product_names[i])
date_from = f4.date_input("From", value=None, key="calls.f.from")
date_to = f5.date_input("To", value=None, key="calls.f.to")
page, size = page_request(PAGER, who, status, campaign, about, date_from, date_to)
result = fetch(list_calls, actor=user, customer_id=who, status=status, campaign_id=campaign,
               product_id=about, date_from=date_from, date_to=date_to, page=page,
               page_size=size)
show_table(result.items, COLUMNS, empty="No calls match.", to_row=call_row)
paginator(PAGER, result, "calls")

ids = [c.id for c in result.items]
# The call just placed is shown first, whether or not the filters list it.
selected = st.session_state.get(SELECTED)
if selected is not None and selected not in ids:
    ids.insert(0, selected)
if selected is not None:
    st.session_state["calls.pick"] = st.session_state.pop(SELECTED)
if ids:
    chosen = st.selectbox("Call", ids, key="calls.pick", format_func=lambda i: f"Call {i}")
    if chosen is not None:
        show_call(fetch(get_call, int(chosen), actor=user))
