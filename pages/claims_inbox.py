"""Claims inbox: upload claim PDFs, follow each one through intake, then the list of claims."""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.auth.schemas import CurrentUser
from core.claims.models import CLAIM_STATUSES
from core.claims.service import ingest_document, list_claims
from core.errors import AppError, DocumentRejected
from pages.components.feedback import clear_form, fetch, form_key, show_flash
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

DETAIL_PAGE = "pages/claim_detail.py"
PAGER = "inbox.pager"
RESULTS = "inbox.results"
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


def outcome_of(name: str, data: bytes, user: CurrentUser) -> dict[str, Any]:
    """What became of one file, as a row of the results table."""
    row: dict[str, Any] = {"file": name, "outcome": "Failed", "claim": "", "claim_id": None}
    try:
        result = ingest_document(data, name, actor=user)
    except DocumentRejected as exc:
        return {**row, "details": f"Refused ({exc.reason}): {exc}"}
    except AppError as exc:
        return {**row, "details": str(exc)}
    row.update(claim=result.claim_number, claim_id=result.claim_id)
    if result.status == "duplicate":
        return {**row, "outcome": "Duplicate",
                "details": f"Duplicate of claim {result.claim_number}; nothing new was created."}
    warned = len(result.warnings)
    return {**row, "outcome": "New claim",
            "details": f"{count_of(warned, 'warnings')} to review" if warned else "No warnings"}


def process(name: str, data: bytes, user: CurrentUser) -> dict[str, Any]:
    """Send one file through intake inside a status box that follows it."""
    with st.status(f"{name}: reading…", expanded=False) as status:
        row = outcome_of(name, data, user)
        label = {"New claim": f"new claim {row['claim']}",
                 "Duplicate": f"duplicate of claim {row['claim']}"}.get(row["outcome"], "failed")
        status.write(row["details"])
        status.update(label=f"{name}: {label}",
                      state="error" if row["outcome"] == "Failed" else "complete")
    return row


def show_results(rows: list[dict[str, Any]]) -> None:
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
    st.session_state[RESULTS] = [process(f.name, f.getvalue(), user) for f in uploads or []]
    clear_form(UPLOADER)
    st.rerun()
if st.session_state.get(RESULTS):
    show_results(st.session_state[RESULTS])

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
