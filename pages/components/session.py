"""The logged-in user, kept in session_state under one key."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from core.auth.schemas import CurrentUser

USER_KEY = "current_user"


def current_user() -> CurrentUser:
    """The user app.py put in session_state; without one, go through app.py's login gate.

    On a freshly started server Streamlit runs a page's file straight from its address (its
    pages-folder mode) until app.py has run once; switching to app.py puts the gate in front.
    """
    user = st.session_state.get(USER_KEY)
    if not isinstance(user, CurrentUser):
        try:
            st.switch_page("app.py")
        except StreamlitAPIException:
            pass  # already routed by app.py: nothing to switch to
        st.error("Please log in.")
        st.stop()
    return user


def require_page_role(*roles: str) -> CurrentUser:
    """Stop the page with an error unless the user holds one of `roles` (services check too)."""
    user = current_user()
    if user.role not in roles:
        st.error(f"This page is for {' or '.join(roles)} users; you are logged in as {user.role}.")
        st.stop()
    return user
