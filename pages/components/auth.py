"""The login gate: streamlit-authenticator fed from the users table, lockout kept in the DB.

`session_user()` decides, without drawing anything, whether this session belongs to an active
user; app.py calls it before `st.navigation`, so that navigation is fixed before any widget is
drawn (otherwise the first run of a session, which Streamlit makes in its pages-folder mode,
drops the login form's submission). `login_view()` is the page shown to everyone else.
"""

from __future__ import annotations

import streamlit as st
import streamlit_authenticator as stauth
from streamlit_authenticator.utilities.exceptions import LoginError

from core.auth.schemas import CurrentUser
from core.auth.service import (
    get_session_user,
    load_login_credentials,
    record_cookie_login,
    record_failed_login,
    record_login,
    record_logout,
)
from core.config import Settings
from core.errors import AppError
from pages.components.session import USER_KEY

REVOKED_KEY = "auth.revoked"


def _authenticator(settings: Settings, credentials: dict) -> stauth.Authenticate:
    return stauth.Authenticate(
        credentials, settings.cookie_name, settings.cookie_key, settings.cookie_expiry_days,
        auto_hash=False,
    )


def session_user() -> CurrentUser | None:
    """The active user this session is logged in as, or None; draws nothing.

    A user disabled (or removed) since logging in is turned away here, on the next rerun.
    """
    username = st.session_state.get("username")
    if not st.session_state.get("authentication_status") or not username:
        st.session_state.pop(USER_KEY, None)
        return None
    try:
        user = get_session_user(username)
    except AppError as exc:
        st.session_state[REVOKED_KEY] = str(exc)
        st.session_state.pop(USER_KEY, None)
        return None
    st.session_state[USER_KEY] = user
    return user


FORM_LOGIN_KEY = "auth.form_login"


def _on_login(event: dict) -> None:
    """Called by the authenticator for a login through the form (not for a cookie)."""
    record_login(event["username"])
    st.session_state[FORM_LOGIN_KEY] = True


def _lockout_message(settings: Settings) -> str:
    return (f"Too many failed logins: this account is locked for {settings.lockout_minutes} "
            "minutes. An admin can unlock it sooner.")


def login_view(settings: Settings) -> None:
    """The login page: the form, re-login from the cookie, lockout after repeated failures."""
    credentials = load_login_credentials()
    attempts_before = {
        name: data["failed_login_attempts"] for name, data in credentials["usernames"].items()
    }
    authenticator = _authenticator(settings, credentials)
    st.session_state.pop(FORM_LOGIN_KEY, None)
    revoked = st.session_state.pop(REVOKED_KEY, None)
    if revoked:
        if st.session_state.get("authentication_status"):
            authenticator.logout(location="unrendered")  # clears the session and the cookie
        st.error(revoked)
    try:
        authenticator.login(
            location="main", max_login_attempts=settings.max_login_attempts,
            fields={"Form name": "Log in to ClaimDesk", "Username": "Username",
                    "Password": "Password", "Login": "Log in"},
            callback=_on_login,
        )
    except LoginError as exc:
        if "attempts" in str(exc):
            st.error(_lockout_message(settings))
        else:  # a cookie of a user who was disabled or removed
            authenticator.cookie_controller.delete_cookie()
            st.session_state["authentication_status"] = None
            st.error("Your account is disabled or no longer exists.")
        return
    except AppError as exc:
        st.error(str(exc))
        return

    for name, data in credentials["usernames"].items():
        if data.get("failed_login_attempts", 0) > attempts_before[name]:
            if record_failed_login(name):
                st.error(_lockout_message(settings))
                return
    status = st.session_state.get("authentication_status")
    if status is False:
        st.error("Wrong username or password.")
    elif status:
        if not st.session_state.get(FORM_LOGIN_KEY):
            try:
                record_cookie_login(st.session_state["username"])
            except AppError as exc:
                st.error(str(exc))
                return
            st.rerun()  # logged in again from the cookie: open the page that was asked for
        # The authenticator's cookie component now sets the cookie in the browser and its reply
        # reruns the script, which then finds the user and shows the desk.
        st.info("Logged in; opening the desk...")
        st.button("Open the desk", type="primary")  # a fallback should that reply not come


def logout_button(settings: Settings, user: CurrentUser) -> None:
    """Who is logged in, and the logout button, in the sidebar."""
    authenticator = _authenticator(settings, {"usernames": {}})
    with st.sidebar:
        st.caption(f"Logged in as **{user.name}** ({user.role})")
        authenticator.logout("Log out", location="sidebar", key="logout_button",
                             callback=lambda _event: record_logout(user))
