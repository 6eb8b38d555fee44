"""The logged-in user, kept in session_state under one key."""

from __future__ import annotations

import streamlit as st

from core.auth.schemas import CurrentUser

USER_KEY = "current_user"


def current_user() -> CurrentUser:
    """The user app.py put in session_state; stops the page if there is none."""
    user = st.session_state.get(USER_KEY)
    if not isinstance(user, CurrentUser):
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
