"""Review queue: claims by fraud risk with their score and reserve, filtered, paginated, each
linked to its review."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import streamlit as st

from core.claims.models import CLAIM_STATUSES
from core.claims.queue import (
    COUNT_WINDOW,
    RISK_BANDS,
    SORTS,
    UNSCORED,
    QueueItem,
    list_review_queue,
)
from core.policies.products import list_products
from pages.components.cursor_pager import cursor_pager, pager_state
from pages.components.feedback import fetch, show_flash
from pages.components.session import require_page_role
from pages.components.tables import filter_box, money_column, show_table

PAGER = "queue.pager"
SORT_LABELS = {"risk": "Highest risk first", "newest": "Newest first", "oldest": "Oldest first"}
BAND_LABELS = {"high": "High", "medium": "Medium", "low": "Low", UNSCORED: "Not scored"}
COLUMNS = {
    "link": st.column_config.LinkColumn("Claim", display_text=r"number=(.+)$",
                                        help="Open the claim's review"),
    "fraud_probability": st.column_config.ProgressColumn(
        "Fraud probability", format="percent", min_value=0.0, max_value=1.0),
    "risk_band": "Band",
    "status": "Status",
    "claimant_name": "Claimant",
    "customer_name": "Customer",
    "product_name": "Product",
    "claimed_amount": money_column("Claimed"),
    "reserve_estimate": money_column("Reserve"),
    "created_at": st.column_config.DatetimeColumn("Received", format="YYYY-MM-DD HH:mm"),
}


def to_row(item: QueueItem) -> dict[str, Any]:
    # The claim number rides in the link so the column shows it (display_text reads it back).
    return {**vars(item), "link": f"/claim_detail?claim={item.id}&number={item.number}",
            "risk_band": BAND_LABELS.get(item.risk_band or UNSCORED)}


user = require_page_role("admin", "adjuster")
st.title("Review queue")
show_flash()

products = {p.id: p.name for p in fetch(list_products, actor=user, page_size=500).items}
top = st.columns(4)
status = filter_box(top[0], "Status", CLAIM_STATUSES, every="Any status", key="queue.status",
                    describe=lambda s: s.replace("_", " "))
band = filter_box(top[1], "Risk band", (*RISK_BANDS, UNSCORED), every="Any band",
                  key="queue.band", describe=BAND_LABELS.get)
product_id = filter_box(top[2], "Product", list(products), every="Any product",
                        key="queue.product", describe=products.get)
sort = top[3].selectbox("Sort", SORTS, format_func=SORT_LABELS.get, key="queue.sort")
left, right = st.columns([1, 2])
days = left.date_input("Received between", value=(), max_value=date.today() + timedelta(days=1),
                       key="queue.days", help="Leave empty for any day; both days count.")
date_from, date_to = (tuple(days) + (None, None))[:2] if isinstance(days, tuple) else (days, None)
search = right.text_input("Search", key="queue.search",
                          placeholder="Claim or policy number, claimant or customer name",
                          help="At least 3 characters, found anywhere in the text")

filters = {"status": status, "band": band, "product_id": product_id, "date_from": date_from,
           "date_to": date_to, "search": search}
state = pager_state(PAGER, (*filters.values(), sort))
queue = fetch(list_review_queue, actor=user, sort=sort, page_size=state["size"],
              cursor=state["cursor"], direction=state["direction"], **filters)
partly = "" if queue.total.exact else f" (+: at least; counted among the newest {COUNT_WINDOW:,})"
st.caption(" · ".join(f"{BAND_LABELS[name]}: {count}"
                      for name, count in queue.band_counts.items()) + partly)
show_table(queue.items, COLUMNS, empty="No claims match these filters.", to_row=to_row)
cursor_pager(PAGER, queue, "claims")
