"""Claim review: the fraud score and its reasons, the reserve, the decision, the document page
with the extracted fields boxed, the fields to correct, the warnings."""

from __future__ import annotations

import streamlit as st

from core.auth.schemas import CurrentUser
from core.claims.queue import get_review_score
from core.claims.record import EDITABLE_FIELDS, FIELD_LABELS
from core.claims.schemas import ClaimDetail, FieldView
from core.claims.service import get_claim, get_document_page_image, list_claims, update_claim_fields
from core.claims.workflow import (
    REJECT_REASON_LABELS,
    REJECT_REASONS,
    DecisionView,
    approve_claim,
    get_decision,
    reject_claim,
    reopen_claim,
    request_information,
    start_review,
)
from core.errors import AppError
from core.scoring.charts import reserve_bar, score_gauge, shap_waterfall
from pages.components.claim_extras import (
    LONG_FIELDS,
    VERSIONS,
    show_claim_bottom,
    show_claim_top,
)
from pages.components.feedback import fetch, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import show_table

DECISION_ACTIONS = "claim_detail.decision_actions"  # claim id -> (version, actions drawn)


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
        return {"extracted": "Not stated in the document.", "edited": "Cleared."}.get(
            view.source or "", "Not given yet.")
    if view.source == "edited":
        return "Edited by a reviewer."
    if view.source == "typed":
        return "Typed on the claim form."
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
        st.info("This claim has no document yet; attach one below.")
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


def show_score(detail: ClaimDetail, user: CurrentUser, decision: DecisionView) -> None:
    score = fetch(get_review_score, detail.claim.id, actor=user)
    if score is None:
        st.info("This claim has no fraud score yet.", icon=":material/query_stats:")
        return
    gauge, why = st.columns([2, 3])
    with gauge:
        st.plotly_chart(score_gauge(score.fraud_probability, score.bands),
                        key=f"claim_detail.gauge.{detail.claim.id}")
        reserve = (f"{score.reserve_estimate:,.2f} {detail.claim.currency}"
                   if score.reserve_estimate is not None else "-")
        st.metric("Reserve estimate", reserve)
        st.plotly_chart(reserve_bar(detail.claim.claimed_amount, score.reserve_estimate,
                                    decision.approved_amount, currency=detail.claim.currency),
                        key=f"claim_detail.amounts.{detail.claim.id}")
        st.caption(f"Fraud model {score.fraud_model_version or 'unknown'} · reserve model "
                   f"{score.reserve_model_version or 'unknown'}"
                   + (f" · scored {score.created_at:%Y-%m-%d %H:%M}" if score.created_at else ""))
    with why:
        st.plotly_chart(shap_waterfall(score.reasons, score.fraud_base_value,
                                       score.fraud_probability),
                        key=f"claim_detail.waterfall.{detail.claim.id}")
        st.markdown("\n".join(f"- {r['sentence']}" for r in score.reasons[:5]
                               if r.get("sentence")) or "No reasons were recorded.")


ACTION_TITLES = {"start_review": "Start review", "approve": "Approve", "reject": "Reject",
                 "request_information": "Request information", "reopen": "Reopen"}
DONE = {"in_review": "is in review", "approved": "is approved", "rejected": "is rejected",
        "info_requested": "is waiting for information"}


def decision_call(action: str, claim_id: int, typed: dict[str, str], user: CurrentUser,
                  seen: int) -> DecisionView:
    """The one core call for the chosen action."""
    note = typed["note"]
    if action == "approve":
        return approve_claim(claim_id, typed["amount"], note, actor=user, expected_version=seen)
    if action == "reject":
        return reject_claim(claim_id, typed["reason"], note, actor=user, expected_version=seen)
    if action == "start_review":
        return start_review(claim_id, note=note, actor=user, expected_version=seen)
    if action == "reopen":
        return reopen_claim(claim_id, note, actor=user, expected_version=seen)
    return request_information(claim_id, note, actor=user, expected_version=seen)


def show_decision(decision: DecisionView, user: CurrentUser) -> None:
    claim_id = decision.claim_id
    seen = st.session_state.setdefault(VERSIONS, {}).setdefault(claim_id, decision.version)
    # The forms stay those of the version the user saw, so that deciding on it after someone
    # else's change is refused by core as stale rather than silently not drawn.
    drawn = st.session_state.setdefault(DECISION_ACTIONS, {})
    if drawn.get(claim_id, (None,))[0] != seen:
        drawn[claim_id] = (seen, decision.allowed_actions)
    actions = drawn[claim_id][1]
    if seen != decision.version:
        st.warning("This claim was changed by someone else since you opened it; reload it "
                   "before you decide.")
    if decision.decided_at is not None:
        outcome = (f"Approved for {decision.approved_amount:,.2f} {decision.currency}"
                   if decision.status == "approved" else
                   f"Rejected: {REJECT_REASON_LABELS.get(decision.decision_reason or '', '-')}")
        st.markdown(f"**{outcome}** by {decision.decided_by or 'unknown'} on "
                    f"{decision.decided_at:%Y-%m-%d %H:%M}  \n{decision.decision_note or ''}")
    if not actions:
        st.info(f"This claim is {decision.status}: no more decisions are taken here.")
        return
    tabs = st.tabs([ACTION_TITLES[a] for a in actions])
    for action, tab in zip(actions, tabs, strict=True):
        key = f"decision.{claim_id}.{seen}.{action}"
        with tab, st.form(key, border=False):
            typed: dict[str, str] = {}
            if action == "approve":
                claimed = decision.claimed_amount
                typed["amount"] = st.text_input(
                    "Approved amount", value=f"{claimed:.2f}" if claimed else "",
                    key=f"{key}.amount", help=f"In {decision.currency}; at most the amount "
                    "claimed and the policy's sum assured.")
            if action == "reject":
                typed["reason"] = st.selectbox("Reason", REJECT_REASONS, key=f"{key}.reason",
                                               format_func=REJECT_REASON_LABELS.get)
            typed["note"] = st.text_area("Note", key=f"{key}.note",
                                         placeholder="Required: why, or what is asked for")
            submitted = st.form_submit_button(ACTION_TITLES[action], type="primary",
                                              key=f"decision.submit.{claim_id}.{action}")
        if submitted:
            def decided(result: DecisionView) -> str:
                st.session_state[VERSIONS][claim_id] = result.version
                return f"Claim {result.number} {DONE.get(result.status, result.status)}."

            run_action(lambda a=action, t=typed: decision_call(a, claim_id, t, user, seen),
                       decided)


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
                                          key=f"claim_detail.save.{claim_id}",
                                          disabled=detail.claim.status == "withdrawn")
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
    show_claim_top(detail, user)
    decision = fetch(get_decision, claim_id, actor=user)
    with st.expander("Fraud risk and reserve", expanded=True):
        show_score(detail, user, decision)
    with st.expander("Decision", expanded=True):
        show_decision(decision, user)
    left, right = st.columns([3, 2])
    with left:
        show_document(detail, user)
    with right:
        show_form(detail, user)
    show_claim_bottom(detail, user)
