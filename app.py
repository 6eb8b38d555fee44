"""ClaimDesk: the router and the login gate. Every page sits behind login."""

from __future__ import annotations

import streamlit as st

from core.auth.service import ensure_admin_from_settings
from core.config import Settings, get_settings
from core.db import prepare_database
from core.errors import AppError
from pages.components.auth import login_gate

st.set_page_config(page_title="ClaimDesk", page_icon=":material/shield:", layout="wide")


@st.cache_resource(show_spinner="Preparing the database...")
def _start() -> Settings:
    """Read settings, migrate SQLite (or check PostgreSQL is migrated), create the first admin."""
    settings = get_settings()
    prepare_database()
    ensure_admin_from_settings()
    return settings


try:
    settings = _start()
except AppError as exc:
    st.error(f"ClaimDesk cannot start: {exc}")
    st.stop()

if settings.is_demo:
    st.sidebar.info("Demo mode: demo data and simulated calls.", icon=":material/science:")

user = login_gate(settings)
if user is None:
    st.navigation([st.Page(lambda: None, title="Log in", icon=":material/login:")],
                  position="hidden")
    st.stop()

sections = {
    "Policy desk": [
        st.Page("pages/policies.py", title="Policies", icon=":material/description:",
                default=True),
        st.Page("pages/customers.py", title="Customers", icon=":material/group:"),
        st.Page("pages/products.py", title="Products", icon=":material/category:"),
    ],
}
if user.role == "admin":
    sections["Admin"] = [
        st.Page("pages/users.py", title="Users", icon=":material/manage_accounts:"),
    ]
st.navigation(sections).run()
