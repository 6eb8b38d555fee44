"""Users (admins only): who may log in, with which role; create, disable, enable and unlock."""

from __future__ import annotations

import streamlit as st

from core.auth.models import ROLES
from core.auth.service import create_user, list_users, set_user_active, set_user_role
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tables import filter_box, page_request, paginator, pick_item, show_table

PAGER = "users.pager"
WHEN = "YYYY-MM-DD HH:mm"
COLUMNS = {
    "username": "Username",
    "name": "Name",
    "email": "Email",
    "role": "Role",
    "active": st.column_config.CheckboxColumn("Active"),
    "failed_login_attempts": st.column_config.NumberColumn("Failed logins", format="%d"),
    "locked_until": st.column_config.DatetimeColumn("Locked until (UTC)", format=WHEN),
    "last_login_at": st.column_config.DatetimeColumn("Last login (UTC)", format=WHEN),
}

admin = require_page_role("admin")
st.title("Users")
show_flash()

role = filter_box(st, "Role", ROLES, every="All roles", key="users.role")
page, size = page_request(PAGER, role)
result = fetch(list_users, actor=admin, role=role, page=page, page_size=size)
show_table(result.items, COLUMNS, empty="No users match.")
paginator(PAGER, result, "users")

chosen = pick_item("User", result.items, lambda u: f"{u.username} ({u.name})",
                   key="users.selected")
if chosen is not None:
    with st.container(border=True):
        st.subheader(f"{chosen.name} ({chosen.username})")
        new_role, change, disable, enable = st.columns([3, 1, 1, 1.4], vertical_alignment="bottom")
        picked = new_role.selectbox("New role", ROLES, index=ROLES.index(chosen.role))
        if change.button("Change role", key="users.change_role", disabled=picked == chosen.role):
            run_action(lambda: set_user_role(chosen.id, picked, actor=admin),
                       lambda u: f"{u.username} is now {u.role}.")
        if disable.button("Disable", key="users.disable", disabled=not chosen.active):
            run_action(lambda: set_user_active(chosen.id, False, actor=admin),
                       lambda u: f"{u.username} is disabled and can no longer log in.")
        locked = chosen.locked_until is not None or chosen.failed_login_attempts > 0
        if enable.button("Enable and unlock", key="users.enable",
                         disabled=chosen.active and not locked):
            run_action(lambda: set_user_active(chosen.id, True, actor=admin),
                       lambda u: f"{u.username} is enabled and unlocked.")

with st.expander("Add a user"), st.form(form_key("users.new")):
    left, right = st.columns(2)
    username = left.text_input("Username")
    name = right.text_input("Full name")
    email = left.text_input("Email")
    password = right.text_input("Password", type="password")
    new_user_role = left.selectbox("Role", ROLES)
    if st.form_submit_button("Create user", key="users.create"):
        run_action(lambda: create_user(username, name, email, password, new_user_role,
                                       actor=admin),
                   lambda u: f"Created {u.role} {u.username}.", clears="users.new")
