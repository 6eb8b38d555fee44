"""ClaimDesk: the router and the login gate. Every page sits behind login."""

from __future__ import annotations

from functools import partial

import streamlit as st

from core.auth.service import ensure_admin_from_settings
from core.config import Settings, get_settings
from core.db import prepare_database
from core.errors import AppError
from pages.components.auth import login_view, logout_button, session_user

st.set_page_config(page_title="ClaimDesk", page_icon=":material/shield:", layout="wide")


@st.cache_resource(show_spinner="Preparing the database...")
def _start() -> Settings:
    """Read settings, migrate SQLite (or check PostgreSQL is migrated), create the first admin."""
    settings = get_settings()
    settings.require_cookie_key()
    prepare_database()
    ensure_admin_from_settings()
    return settings


try:
    settings = _start()
except AppError as exc:
    st.error(f"ClaimDesk cannot start: {exc}")
    st.stop()

# Navigation is fixed before anything is drawn: see pages/components/auth.py.
user = session_user()
if user is None:
    login = st.Page(partial(login_view, settings), title="Log in", icon=":material/login:",
                    url_path="login")
    navigation = st.navigation([login], position="hidden")
else:
    sections = {
        "Policy desk": [
            st.Page("pages/policies.py", title="Policies", icon=":material/description:",
                    default=True),
            st.Page("pages/customers.py", title="Customers", icon=":material/group:"),
            st.Page("pages/products.py", title="Products", icon=":material/category:"),
        ],
    }
    if user.role in ("admin", "adjuster"):
        sections["Claims"] = [
            st.Page("pages/claims_inbox.py", title="Claims inbox", icon=":material/inbox:"),
            st.Page("pages/claim_detail.py", title="Claim review",
                    icon=":material/fact_check:"),
        ]
    if user.role == "admin":
        sections["Admin"] = [
            st.Page("pages/users.py", title="Users", icon=":material/manage_accounts:"),
        ]
    navigation = st.navigation(sections)

if settings.is_demo:
    st.sidebar.info("Demo mode: demo data and simulated calls.", icon=":material/science:")
if user is not None:
    logout_button(settings, user)
navigation.run()
