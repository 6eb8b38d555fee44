"""Claims inbox: upload claim PDFs, follow each one through intake, then the list of claims."""

from __future__ import annotations

import streamlit as st

from core.claims.models import CLAIM_STATUSES
from core.claims.service import list_claims
from core.tasks.schemas import TaskRunView
from core.tasks.service import enqueue_intake_batch
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import (
    count_of,
    date_column,
    filter_box,
    page_request,
    paginator,
    pick_item,
    show_table,
)
from pages.components.tasks import task_panel

DETAIL_PAGE = "pages/claim_detail.py"
PAGER = "inbox.pager"
UPLOADER = "inbox.uploader"
RESULT_COLUMNS = {"file": "File", "outcome": "Result", "claim": "Claim", "details": "Details"}
COLUMNS = {
    "number": "Claim",
    "status": "Status",
    "claimant_name": "Claimant",
    "policy_number": "Policy",
    "customer_name": "Customer",
    "claimed_amount": st.column_config.NumberColumn("Claimed", format="%.2f"),
    "currency": "Currency",
    "date_of_loss": date_column("Date of loss"),
    "incident_type": "Incident",
    "warning_count": st.column_config.NumberColumn("Warnings", format="%d"),
    "created_at": st.column_config.DatetimeColumn("Received", format="YYYY-MM-DD HH:mm"),
}


def show_results(run: TaskRunView) -> None:
    """Each file of a finished batch: new claim, duplicate, or why it failed, with links."""
    rows = (run.result or {}).get("files") or []
    st.subheader("Processed")
    show_table(rows, RESULT_COLUMNS, empty="No files processed.", to_row=dict)
    for row in rows:
        if row["claim_id"] is not None:
            st.page_link(DETAIL_PAGE, label=f"Open claim {row['claim']} ({row['file']})",
                         icon=":material/open_in_new:", query_params={"claim": row["claim_id"]})


user = require_page_role("admin", "adjuster")
st.title("Claims inbox")
show_flash()

uploads = st.file_uploader("Claim documents", type=["pdf"], accept_multiple_files=True,
                           key=form_key(UPLOADER),
                           help="First notices of loss, claim letters, e-mails, scans; PDF only.")
if st.button("Process", type="primary", disabled=not uploads, key="inbox.process"):
    run_action(lambda: enqueue_intake_batch([(f.name, f.getvalue()) for f in uploads or []],
                                            actor=user),
               lambda run: f"Processing {count_of(run.total, 'files')} in the background "
                           f"(task {run.id}).", clears=UPLOADER)
task_panel("intake_batch", user, title="Intake batch", render_result=show_results,
           key="inbox.batch")

st.subheader("Claims")
left, right = st.columns(2)
status = filter_box(left, "Status", CLAIM_STATUSES, every="Any status", key="inbox.status")
search = right.text_input("Search", key="inbox.search",
                          placeholder="Claim or policy number, claimant, customer, file name")
page, size = page_request(PAGER, status, search)
claims = fetch(list_claims, actor=user, status=status, search=search, page=page, page_size=size)
show_table(claims.items, COLUMNS, empty="No claims match these filters.")
paginator(PAGER, claims, "claims")

chosen = pick_item("Claim", claims.items,
                   lambda c: f"{c.number} · {c.claimant_name or 'claimant unknown'}",
                   key="inbox.selected")
if chosen is not None:
    st.page_link(DETAIL_PAGE, label=f"Review claim {chosen.number}", icon=":material/visibility:",
                 query_params={"claim": chosen.id})
