"""Claim review extras: a withdrawn claim's banner, the document conflicts to settle, attaching
a document, withdrawing the claim and its history. One core call per action."""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.auth.schemas import CurrentUser
from core.claims.attach import attach_document
from core.claims.conflicts import list_conflicts, resolve_conflict
from core.claims.history import claim_history
from core.claims.schemas import ClaimDetail, ConflictView
from core.claims.workflow import WITHDRAWABLE, withdraw_claim
from core.errors import AppError
from pages.components.feedback import fetch, form_key, run_action
from pages.components.tables import count_of

VERSIONS = "claim_detail.versions"  # claim id -> the version the reviewer's forms were drawn from
LONG_FIELDS = ("incident_description", "claimant_address", "incident_location")


def shown(value: Any) -> str:
    return "(empty)" if value is None or value == "" else str(value)


def forget_seen_version(claim_id: int) -> None:
    """This user changed the claim: its forms are drawn afresh from the new version."""
    st.session_state.get(VERSIONS, {}).pop(claim_id, None)


def _resolved(conflict: ConflictView) -> str:
    forget_seen_version(conflict.claim_id)
    side = "the document's" if conflict.chosen == "document" else "the claim's"
    return f"{conflict.label}: {side} value is kept."


def show_conflict(conflict: ConflictView, user: CurrentUser, *, open_to_edits: bool) -> None:
    """Both values side by side, each with a button to keep it."""
    st.markdown(f"**{conflict.label}**: the claim and the document disagree.")
    claim_side, document_side = st.columns(2)
    page = f", page {conflict.page}" if conflict.page else ""
    claim_side.markdown(f"On the claim  \n`{shown(conflict.claim_value)}`")
    document_side.markdown(f"In {conflict.document_name}{page}  \n"
                           f"`{shown(conflict.document_value)}`")
    if not open_to_edits:
        return
    for side, where, label in (("claim", claim_side, "Keep the claim's value"),
                               ("document", document_side, "Take the document's value")):
        if where.button(label, key=f"extras.conflict.{conflict.id}.{side}"):
            run_action(lambda s=side: resolve_conflict(conflict.id, s, actor=user), _resolved)


def show_conflicts(detail: ClaimDetail, user: CurrentUser) -> None:
    conflicts = fetch(list_conflicts, detail.claim.id, actor=user)
    if not conflicts:
        return
    st.subheader("Document conflicts")
    st.caption("An attached document disagrees with these values; pick the right one (each "
               "choice is audited).")
    for conflict in conflicts:
        with st.container(border=True):
            show_conflict(conflict, user, open_to_edits=detail.claim.status != "withdrawn")


def _attached(result: Any) -> str:
    forget_seen_version(result.claim_id)
    filled = count_of(len(result.filled), "empty fields")
    conflicts = count_of(len(result.conflicts), "conflicts")
    return f"Attached {result.file_name}: {filled} filled, {conflicts} to settle."


def show_attach(detail: ClaimDetail, user: CurrentUser) -> None:
    claim_id = detail.claim.id
    what = "Attach a document" if not detail.documents else "Attach another document"
    with st.expander(what, expanded=not detail.documents):
        st.caption("The document fills the fields still empty; where it disagrees with a "
                   "value already on the claim, both are shown here to pick one.")
        name = f"extras.upload.{claim_id}"
        upload = st.file_uploader("Claim document", type=["pdf"], key=form_key(name))
        if st.button("Attach", key=f"extras.attach.{claim_id}", disabled=upload is None,
                     type="primary") and upload is not None:
            run_action(lambda: attach_document(claim_id, upload.getvalue(), upload.name,
                                               actor=user), _attached, clears=name)


def show_withdraw(detail: ClaimDetail, user: CurrentUser) -> None:
    claim_id = detail.claim.id
    with st.expander("Withdraw this claim"), st.form(f"extras.withdraw.{claim_id}",
                                                     border=False):
        reason = st.text_area("Reason for withdrawal", key=f"extras.withdraw.{claim_id}.reason",
                              placeholder="Required: why the claimant withdraws the claim")
        sure = st.checkbox(f"The claimant withdraws claim {detail.claim.number}; it is kept, "
                           "but can no longer be decided, edited or given a document.",
                           key=f"extras.withdraw.{claim_id}.confirm")
        submitted = st.form_submit_button("Withdraw claim", key=f"extras.withdraw.{claim_id}.go")
    if submitted:
        if not sure:
            st.error("Tick the box to confirm the withdrawal.")
            return
        seen = st.session_state.get(VERSIONS, {}).get(claim_id)

        def withdrawn(_result: Any) -> str:
            forget_seen_version(claim_id)
            return f"Claim {detail.claim.number} is withdrawn."

        run_action(lambda: withdraw_claim(claim_id, reason, actor=user, expected_version=seen),
                   withdrawn)


def show_withdrawn(detail: ClaimDetail) -> None:
    if detail.claim.status != "withdrawn":
        return
    when = f" on {detail.withdrawn_at:%Y-%m-%d %H:%M} UTC" if detail.withdrawn_at else ""
    st.error(f"Withdrawn by {detail.withdrawn_by or 'unknown'}{when}: "
             f"{detail.withdrawn_reason or 'no reason recorded'}", icon=":material/block:")


def show_history(detail: ClaimDetail, user: CurrentUser) -> None:
    with st.expander("History"):
        try:
            entries = claim_history(detail.claim.id, actor=user)
        except AppError as exc:
            st.error(str(exc))
            return
        if not entries:
            st.info("Nothing was recorded on this claim yet.")
        # A list, not a grid: a short history reads (and is found) as text.
        st.markdown("\n".join(f"- {e.at:%Y-%m-%d %H:%M} UTC · **{e.action}** by {e.username}"
                              + (f": {e.summary}" if e.summary else "") for e in entries))


def show_claim_top(detail: ClaimDetail, user: CurrentUser) -> None:
    """Above the score: whether the claim was withdrawn, and the conflicts to settle."""
    show_withdrawn(detail)
    show_conflicts(detail, user)


def show_claim_bottom(detail: ClaimDetail, user: CurrentUser) -> None:
    """Below the fields: attach a document, withdraw, the history."""
    if detail.claim.status != "withdrawn":
        show_attach(detail, user)
    if detail.claim.status in WITHDRAWABLE:
        show_withdraw(detail, user)
    show_history(detail, user)
