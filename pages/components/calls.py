"""A "Call" button that rings a customer through core and says how the call ended."""

from __future__ import annotations

import streamlit as st

from core.auth.schemas import CurrentUser
from core.calls.schemas import CallView
from core.calls.service import SIMULATED_LABEL, start_call
from pages.components.feedback import run_action


def call_message(call: CallView) -> str:
    mode = f" ({SIMULATED_LABEL})." if call.simulated else "."
    about = f" about {call.product_name}" if call.product_name else ""
    return (f"Call {call.id} to {call.customer_name}{about}: "
            f"{call.status.replace('_', ' ')}{mode}")


def call_button(label: str, customer_id: int, *, user: CurrentUser, purpose: str, key: str,
                policy_id: int | None = None) -> None:
    """A button that places the call (waiting for it to end) and flashes its result."""
    if st.button(label, key=key, icon=":material/call:"):
        with st.spinner("Calling…"):
            run_action(lambda: start_call(customer_id, actor=user, purpose=purpose,
                                          policy_id=policy_id), call_message)
