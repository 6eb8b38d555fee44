"""ClaimDesk: the router and the login gate. Every page sits behind login."""

from __future__ import annotations

from functools import partial

import streamlit as st

from core.auth.service import ensure_admin_from_settings
from core.config import Settings, get_settings
from core.db import prepare_database
from core.errors import AppError
from core.scoring.registry import ensure_default_models
from pages.components.auth import login_view, logout_button, session_user
from pages.components.scoring import scoring_models

ALL_ROLES = ("admin", "adjuster", "agent")

st.set_page_config(page_title="ClaimDesk", page_icon=":material/shield:", layout="wide")


@st.cache_resource(show_spinner="Preparing the database...")
def _start() -> Settings:
    """Read settings, migrate SQLite (or check PostgreSQL is migrated), create the first admin."""
    settings = get_settings()
    settings.require_cookie_key()
    prepare_database()
    ensure_default_models()
    ensure_admin_from_settings()
    return settings


try:
    settings = _start()
except AppError as exc:
    st.error(f"ClaimDesk cannot start: {exc}")
    st.stop()

# Every page: (file, title, icon, roles that may open it).
PAGES = {
    "Policy desk": [
        ("pages/policies.py", "Policies", ":material/description:", ALL_ROLES),
        ("pages/customers.py", "Customers", ":material/group:", ALL_ROLES),
        ("pages/products.py", "Products", ":material/category:", ALL_ROLES),
    ],
    "Claims": [
        ("pages/claims_inbox.py", "Claims inbox", ":material/inbox:", ("admin", "adjuster")),
        ("pages/claim_new.py", "File a claim", ":material/edit_note:", ("admin", "adjuster")),
        ("pages/claim_detail.py", "Claim review", ":material/fact_check:", ("admin", "adjuster")),
        ("pages/review_queue.py", "Review queue", ":material/priority_high:",
         ("admin", "adjuster")),
    ],
    "Calls": [
        ("pages/calls.py", "Calls", ":material/call:", ("admin", "agent", "adjuster")),
        ("pages/campaigns.py", "Campaigns", ":material/campaign:", ("admin", "agent", "adjuster")),
    ],
    "Reports": [
        ("pages/reports.py", "Reports", ":material/monitoring:", ALL_ROLES),
    ],
    "Admin": [
        ("pages/users.py", "Users", ":material/manage_accounts:", ("admin",)),
        ("pages/models.py", "Models", ":material/model_training:", ("admin",)),
        ("pages/audit.py", "Audit trail", ":material/history:", ("admin",)),
    ],
}


def url_path(file: str) -> str:
    return file.removeprefix("pages/").removesuffix(".py")


# Navigation is fixed before anything is drawn: see pages/components/auth.py.
user = session_user()
if user is None:
    # Every page's address shows the login form, so a link such as /claim_detail?claim=7
    # opened in a new tab logs in first and then opens that page.
    show_login = partial(login_view, settings)
    login = st.Page(show_login, title="Log in", icon=":material/login:", url_path="login",
                    default=True)
    hidden = [st.Page(show_login, title=title, url_path=url_path(file))
              for pages in PAGES.values() for file, title, _icon, _roles in pages]
    navigation = st.navigation([login, *hidden], position="hidden")
else:
    sections = {
        section: [st.Page(file, title=title, icon=icon, url_path=url_path(file),
                          default=file == "pages/policies.py")
                  for file, title, icon, roles in pages if user.role in roles]
        for section, pages in PAGES.items()
    }
    navigation = st.navigation({name: pages for name, pages in sections.items() if pages})

# The active scoring models, loaded and sha256-verified once per process.
try:
    scoring_models()
except AppError as exc:
    st.sidebar.warning(f"Scoring is off: {exc}", icon=":material/warning:")

if settings.is_demo:
    st.sidebar.info("Demo mode: demo data and simulated calls.", icon=":material/science:")
if user is not None:
    logout_button(settings, user)
navigation.run()
