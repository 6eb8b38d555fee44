"""The login gate: streamlit-authenticator fed from the users table, lockout kept in the DB."""

from __future__ import annotations

import streamlit as st
import streamlit_authenticator as stauth
from streamlit_authenticator.utilities.exceptions import LoginError

from core.auth.schemas import CurrentUser
from core.auth.service import (
    get_session_user,
    load_login_credentials,
    record_failed_login,
    record_login,
)
from core.config import Settings
from core.errors import AppError
from pages.components.session import USER_KEY


def _on_login(event: dict) -> None:
    record_login(event["username"])


def _forget_user() -> None:
    st.session_state.pop(USER_KEY, None)


def login_gate(settings: Settings) -> CurrentUser | None:
    """Show the login form until a valid, active user is logged in; return that user."""
    credentials = load_login_credentials()
    attempts_before = {
        name: data["failed_login_attempts"] for name, data in credentials["usernames"].items()
    }
    authenticator = stauth.Authenticate(
        credentials, settings.cookie_name, settings.cookie_key, settings.cookie_expiry_days,
        auto_hash=False,
    )
    try:
        authenticator.login(
            location="main", max_login_attempts=settings.max_login_attempts,
            fields={"Form name": "Log in to ClaimDesk", "Username": "Username",
                    "Password": "Password", "Login": "Log in"},
            callback=_on_login,
        )
    except LoginError as exc:
        if "attempts" in str(exc):
            st.error(f"Too many failed logins: this account is locked for "
                     f"{settings.lockout_minutes} minutes. An admin can unlock it sooner.")
        else:
            # A cookie of a user who was disabled or removed.
            authenticator.cookie_controller.delete_cookie()
            st.session_state["authentication_status"] = None
            st.error("Your account is disabled or no longer exists.")
        _forget_user()
        return None
    except AppError as exc:
        st.error(str(exc))
        _forget_user()
        return None

    for name, data in credentials["usernames"].items():
        if data.get("failed_login_attempts", 0) > attempts_before[name]:
            if record_failed_login(name):
                st.error(f"Too many failed logins: this account is locked for "
                         f"{settings.lockout_minutes} minutes.")
                _forget_user()
                return None

    status = st.session_state.get("authentication_status")
    if status is False:
        st.error("Wrong username or password.")
    if not status:
        _forget_user()
        return None
    try:
        user = get_session_user(st.session_state["username"])
    except AppError as exc:
        authenticator.logout(location="unrendered")
        _forget_user()
        st.error(str(exc))
        return None
    st.session_state[USER_KEY] = user
    with st.sidebar:
        st.caption(f"Logged in as **{user.name}** ({user.role})")
        authenticator.logout("Log out", location="sidebar", key="logout_button")
    return user
