"""Customers: search and filter, create, edit the selected customer, delete one without policies."""

from __future__ import annotations

from datetime import date

import streamlit as st

from core.policies.customers import (
    create_customer,
    delete_customer,
    list_cities,
    list_customers,
    update_customer,
)
from core.policies.schemas import CustomerInput, CustomerView
from pages.components.calls import call_button
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import current_user
from pages.components.tables import (
    count_of,
    date_column,
    filter_box,
    page_request,
    paginator,
    pick_item,
    show_table,
)

PAGER = "customers.pager"
COLUMNS = {
    "code": "Code",
    "name": "Name",
    "city": "City",
    "phone": "Phone",
    "email": "Email",
    "date_of_birth": date_column("Born"),
    "policy_count": st.column_config.NumberColumn("Policies", format="%d"),
    "do_not_call": st.column_config.CheckboxColumn("Do not call"),
}


def customer_fields(current: CustomerView | None) -> CustomerInput:
    """The customer's fields inside a form (empty for a new one); what the user entered."""
    left, right = st.columns(2)
    name = left.text_input("Name", value=current.name if current else "")
    city = right.text_input("City", value=(current.city or "") if current else "")
    phone = left.text_input("Phone", value=(current.phone or "") if current else "",
                            placeholder="+1 617 555 0123")
    email = right.text_input("Email", value=(current.email or "") if current else "")
    born = left.date_input("Date of birth", value=current.date_of_birth if current else None,
                           min_value=date(1900, 1, 1), max_value=date.today())
    timezone = right.text_input("Time zone", value=current.timezone if current else "UTC")
    address = st.text_input("Address", value=(current.address or "") if current else "")
    start, end, dnc = st.columns(3)
    window_start = start.time_input("Call from", value=current.call_window_start
                                    if current else None)
    window_end = end.time_input("Call until", value=current.call_window_end if current else None)
    do_not_call = dnc.checkbox("Do not call", value=current.do_not_call if current else False)
    return CustomerInput(name=name, city=city, phone=phone, email=email, date_of_birth=born,
                         timezone=timezone, address=address, call_window_start=window_start,
                         call_window_end=window_end, do_not_call=do_not_call)


user = current_user()
writer = user.role in ("admin", "agent")
st.title("Customers")
show_flash()

cities = fetch(list_cities, actor=user)
left, right = st.columns(2)
search = left.text_input("Search", placeholder="Name, code or phone", key="customers.search")
city = filter_box(right, "City", cities, every="All cities", key="customers.city")
page, size = page_request(PAGER, search, city)
result = fetch(list_customers, actor=user, city=city, search=search, page=page, page_size=size)
show_table(result.items, COLUMNS, empty="No customers match.")
paginator(PAGER, result, "customers")

chosen = pick_item("Customer", result.items, lambda c: f"{c.name} ({c.code})",
                   key="customers.selected")
if chosen is not None and writer:
    with st.container(border=True):
        st.subheader(f"{chosen.name} ({chosen.code})")
        st.caption(f"{count_of(chosen.policy_count, 'policies')}, "
                   f"{count_of(chosen.call_count, 'calls')}")
        with st.form("customers.edit"):
            data = customer_fields(chosen)
            if st.form_submit_button("Save changes", key="customers.save"):
                run_action(lambda: update_customer(chosen.id, data, actor=user),
                           lambda c: f"Saved {c.name} ({c.code}).")
        call_button("Call", chosen.id, user=user, purpose="customer_service", key="customers.call")
        if user.role == "admin":
            with st.popover("Delete customer…"):
                st.write(f"Delete {chosen.name}? Only a customer without policies can go.")
                if st.button("Yes, delete", key="customers.delete"):
                    run_action(lambda: delete_customer(chosen.id, actor=user),
                               lambda _: f"Deleted {chosen.name} ({chosen.code}).")

if writer:
    with st.expander("Add a customer"), st.form(form_key("customers.new")):
        data = customer_fields(None)
        if st.form_submit_button("Create customer", key="customers.create"):
            run_action(lambda: create_customer(data, actor=user),
                       lambda c: f"Created {c.name} ({c.code}).", clears="customers.new")
