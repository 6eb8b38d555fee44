"""Claim review: the document page with the extracted fields boxed, the fields to correct, the
warnings."""

from __future__ import annotations

import streamlit as st

from core.auth.schemas import CurrentUser
from core.claims.record import EDITABLE_FIELDS, FIELD_LABELS
from core.claims.schemas import ClaimDetail, FieldView
from core.claims.service import get_claim, get_document_page_image, list_claims, update_claim_fields
from core.errors import AppError
from pages.components.feedback import fetch, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import show_table

VERSIONS = "claim_detail.versions"  # claim id -> the version the reviewer's form was drawn from
LONG_FIELDS = ("incident_description", "claimant_address", "incident_location")


def choose_claim(user: CurrentUser) -> int | None:
    """The claim in ?claim=ID, or one picked from the newest claims or those a search finds."""
    param = st.query_params.get("claim", "")
    requested = int(param) if param.isdigit() else None
    search = st.text_input("Find a claim",
                           placeholder="Claim or policy number, claimant, file name",
                           key="claim_detail.search")
    claims = fetch(list_claims, actor=user, search=search, page_size=100).items
    labels = {c.id: f"{c.number} · {c.claimant_name or 'claimant unknown'}" for c in claims}
    if requested is not None and requested not in labels and not search.strip():
        labels = {requested: f"Claim {requested}", **labels}  # older than the newest 100
    if not labels:
        st.info("No claims match; upload documents in the claims inbox.")
        return None
    default = requested if requested in labels else next(iter(labels))
    # Keyed by the default: a new link or search shows its claim, not the last one picked.
    chosen = st.selectbox("Claim", list(labels), index=list(labels).index(default),
                          format_func=labels.get, key=f"claim_detail.claim.{default}")
    if chosen is not None and chosen != requested:
        st.query_params["claim"] = str(chosen)
    return chosen


def field_help(view: FieldView) -> str:
    if view.value is None:
        return "Not stated in the document." if view.source == "extracted" else "Cleared."
    if view.source == "edited":
        return "Edited by a reviewer."
    where = f" on page {view.page}" if view.page else ""
    confidence = f", confidence {view.confidence:.0%}" if view.confidence is not None else ""
    return f"Extracted{where}{confidence}."


def show_header(detail: ClaimDetail) -> None:
    claim = detail.claim
    st.subheader(f"Claim {claim.number}")
    info, money, link = st.columns(3)
    info.markdown(f"**Status:** {claim.status}  \n**Claimant:** {claim.claimant_name or '-'}  \n"
                  f"**Incident:** {claim.incident_type or '-'}")
    amount = f"{claim.claimed_amount:,.2f} {claim.currency}" if claim.claimed_amount else "-"
    money.markdown(f"**Claimed:** {amount}  \n**Date of loss:** {claim.date_of_loss or '-'}  \n"
                   f"**Reported:** {detail.date_reported or '-'}")
    link.markdown(f"**Policy:** {claim.policy_number or 'not linked'}  \n"
                  f"**Customer:** {claim.customer_name or '-'}  \n"
                  f"**Received:** {claim.created_at:%Y-%m-%d %H:%M}")


def show_document(detail: ClaimDetail, user: CurrentUser) -> None:
    if not detail.documents:
        st.info("This claim has no document.")
        return
    by_id = {d.id: d for d in detail.documents}
    document = by_id[st.selectbox("Document", list(by_id), format_func=lambda i: by_id[i].file_name,
                                  key=f"claim_detail.document.{detail.claim.id}")
                     if len(by_id) > 1 else next(iter(by_id))]
    page = 1
    if document.pages > 1:
        page = st.segmented_control("Page", list(range(1, document.pages + 1)), default=1,
                                    required=True, key=f"claim_detail.page.{document.id}") or 1
    try:
        image = get_document_page_image(document.id, page, actor=user)
    except AppError as exc:  # a missing file should not hide the fields
        st.error(str(exc))
        return
    st.image(image, caption=f"{document.file_name}, page {page} of {document.pages}",
             width="stretch")


def show_form(detail: ClaimDetail, user: CurrentUser) -> None:
    claim_id = detail.claim.id
    versions = st.session_state.setdefault(VERSIONS, {})
    seen = versions.setdefault(claim_id, detail.version)
    if seen != detail.version:
        st.warning("This claim was changed by someone else since you opened it; reload it to "
                   "see the changes before you edit.")
        if st.button("Reload", key=f"claim_detail.reload.{claim_id}"):
            versions[claim_id] = detail.version
            st.rerun()
    flagged = {w.field for w in detail.warnings if w.field}
    with st.form(f"claim_detail.fields.{claim_id}.{seen}", border=True):
        typed: dict[str, str] = {}
        for name in EDITABLE_FIELDS:
            view = detail.fields[name]
            label = FIELD_LABELS[name] + ("  ⚠" if name in flagged else "")
            widget = st.text_area if name in LONG_FIELDS else st.text_input
            typed[name] = widget(label, value=view.text, help=field_help(view),
                                 key=f"claim_detail.{claim_id}.{seen}.{name}")
        submitted = st.form_submit_button("Save changes", type="primary",
                                          key=f"claim_detail.save.{claim_id}")
    if submitted:
        def saved(result: ClaimDetail) -> str:
            versions[claim_id] = result.version
            return f"Claim {result.claim.number} saved."

        run_action(lambda: update_claim_fields(claim_id, typed, actor=user,
                                               expected_version=seen), saved)
    items = detail.fields["line_items"].value or []
    if items:
        st.caption("Line items (as read from the document)")
        show_table(items, {"description": "Description", "amount": "Amount"}, empty="",
                   to_row=dict)


user = require_page_role("admin", "adjuster")
st.title("Claim review")
show_flash()
claim_id = choose_claim(user)
if claim_id is not None:
    detail = fetch(get_claim, claim_id, actor=user)
    show_header(detail)
    for warning in detail.warnings:
        st.warning(warning.message, icon=":material/warning:")
    left, right = st.columns([3, 2])
    with left:
        show_document(detail, user)
    with right:
        show_form(detail, user)
