"""File a claim: a claim reported by phone or at a counter, typed in, without a document yet."""

from __future__ import annotations

import streamlit as st

from core.claims.form import FORM_FIELDS, REQUIRED, file_claim
from core.claims.models import INCIDENT_TYPES
from core.claims.record import FIELD_LABELS
from core.claims.schemas import FiledClaim
from core.errors import AppError
from pages.components.claim_extras import LONG_FIELDS
from pages.components.feedback import clear_form, form_key
from pages.components.session import require_page_role

DETAIL_PAGE = "pages/claim_detail.py"
FORM = "claim_new.form"
RESULT = "claim_new.result"
HELP = {
    "date_of_loss": "As said, e.g. 03/14/2026 or 14 March 2026; stored as YYYY-MM-DD.",
    "date_reported": "The day the claim was reported (by phone, at the counter).",
    "claimed_amount": "The total claimed, e.g. 12,480.50",
    "currency": "ISO code, e.g. USD",
    "claimant_phone": "US numbers may omit +1",
}


def label_of(name: str) -> str:
    return FIELD_LABELS[name] + (" *" if name in REQUIRED else "")


def show_filed(result: FiledClaim) -> None:
    st.success(f"Claim {result.claim_number} filed.", icon=":material/check_circle:")
    for warning in result.warnings:
        st.warning(warning, icon=":material/warning:")
    st.page_link(DETAIL_PAGE, label=f"Open claim {result.claim_number}",
                 icon=":material/open_in_new:", query_params={"claim": result.claim_id})


user = require_page_role("admin", "adjuster")
st.title("File a claim")
st.caption("For a claim reported by phone or at a counter. Values are checked as they would be "
           "read from a document: one that fails its check is kept as typed, with a warning. "
           "Attach the claim's document later on its review page.")
if isinstance(st.session_state.get(RESULT), FiledClaim):
    show_filed(st.session_state[RESULT])

with st.form(form := form_key(FORM)):
    typed: dict[str, str] = {}
    columns = st.columns(2)
    for index, name in enumerate(n for n in FORM_FIELDS if n not in LONG_FIELDS):
        where = columns[index % 2]
        if name == "incident_type":
            typed[name] = where.selectbox(label_of(name), ("", *INCIDENT_TYPES),
                                          format_func=lambda t: t.replace("_", " ") or "-",
                                          key=f"{form}.{name}") or ""
        else:
            typed[name] = where.text_input(label_of(name), key=f"{form}.{name}",
                                           help=HELP.get(name))
    for name in LONG_FIELDS:
        typed[name] = st.text_area(label_of(name), key=f"{form}.{name}")
    submitted = st.form_submit_button("File claim", type="primary", key="claim_new.submit")
if submitted:
    try:
        st.session_state[RESULT] = file_claim(typed, actor=user)
    except AppError as exc:
        st.error(str(exc))
    else:
        clear_form(FORM)
        st.rerun()
