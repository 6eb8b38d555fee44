"""Policy desk: policies expiring soon or all of them; details, renew, cancel and create."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from core.auth.schemas import CurrentUser
from core.pagination import MAX_PAGE_SIZE
from core.policies.customers import list_customers
from core.policies.models import POLICY_STATUSES
from core.policies.products import list_products
from core.policies.schemas import PolicyDetails, PolicyInput, PolicyUpdate, ProductView
from core.policies.service import (
    create_policy,
    get_policy_details,
    list_expiring_policies,
    list_policies,
    renew_policy,
    update_policy,
)
from pages.components.calls import call_button
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import current_user
from pages.components.tables import (
    date_column,
    filter_box,
    money_column,
    page_request,
    paginator,
    pick_item,
    show_table,
)

PAGER = "policies.pager"
EXPIRING, ALL = "Expiring soon", "All policies"
COLUMNS = {
    "number": "Policy",
    "customer_name": "Customer",
    "product_name": "Product",
    "status": "Status",
    "renewal_status": "Renewal",
    "premium": money_column("Premium"),
    "sum_assured": money_column("Sum assured"),
    "start_date": date_column("Start"),
    "end_date": date_column("End"),
    "days_to_expiry": st.column_config.NumberColumn("Days to expiry", format="%d"),
}


def show_details(details: PolicyDetails) -> None:
    policy, customer, product = details.policy, details.customer, details.product
    st.subheader(f"Policy {policy.number}")
    info, terms, history = st.columns(3)
    info.markdown(f"**Customer:** {customer.name} ({customer.code})  \n"
                  f"**Phone:** {customer.phone or '-'}  \n**Email:** {customer.email or '-'}  \n"
                  f"**City:** {customer.city or '-'}")
    terms.markdown(f"**Product:** {product.name} ({product.code}, {product.product_type})  \n"
                   f"**Premium:** \\${policy.premium:,.2f}  \n"
                   f"**Sum assured:** \\${policy.sum_assured:,.2f}  \n"
                   f"**Term:** {policy.start_date} to {policy.end_date}")
    history.markdown(f"**Status:** {policy.status} (renewal {policy.renewal_status})  \n"
                     f"**Auto-renew:** {'yes' if policy.auto_renew else 'no'}  \n"
                     f"**Previous term:** {details.previous_policy_number or '-'}  \n"
                     f"**Renewed by:** {details.renewed_by_policy_number or '-'}")


def show_actions(details: PolicyDetails, user: CurrentUser) -> None:
    policy = details.policy
    if details.renewed_by_policy_number:
        st.info(f"This term is already renewed as {details.renewed_by_policy_number}.")
        return
    if policy.status == "cancelled":
        st.info("This policy is cancelled; write a new policy instead.")
        return
    # Keys carry the policy id: a click can only act on the policy it was drawn for, even if
    # the list changed under the user (someone renewed it and another row became selected).
    with st.form(f"policies.renew_form.{policy.id}", border=False):
        premium = st.text_input("New premium for the renewal",
                                placeholder=f"leave empty to keep {policy.premium:,.2f}")
        if st.form_submit_button("Renew", type="primary", key=f"policies.renew.{policy.id}"):
            run_action(lambda: renew_policy(policy.id, actor=user, premium=premium.strip() or None),
                       lambda new: f"Policy {policy.number} renewed as {new.number}.")
    with st.popover("Cancel policy…"):
        st.write(f"Cancel {policy.number}? A cancelled policy cannot be reopened.")
        if st.button("Yes, cancel it", key=f"policies.cancel.{policy.id}"):
            run_action(lambda: update_policy(policy.id, PolicyUpdate(status="cancelled"),
                                             actor=user),
                       lambda p: f"Policy {p.number} is cancelled.")


def create_form(active: list[ProductView], user: CurrentUser) -> None:
    left, right = st.columns(2)
    query = left.text_input("Find the customer", placeholder="Name, code or phone",
                            key="policies.new.customer_search")
    customers = fetch(list_customers, actor=user, search=query, page_size=50).items
    names = {c.id: f"{c.name} ({c.code})" for c in customers}
    customer_id = left.selectbox("Customer", list(names), format_func=names.get,
                                 key="policies.new.customer")
    by_id = {p.id: p for p in active}
    product_id = right.selectbox("Product", list(by_id), key="policies.new.product",
                                 format_func=lambda i: f"{by_id[i].code} · {by_id[i].name}")
    if customer_id is None or product_id is None:
        st.info("Pick a customer and an active product to write a policy.")
        return
    product = by_id[product_id]
    with st.form(form_key("policies.new.form")):
        left, right = st.columns(2)
        sum_assured = left.selectbox("Sum assured", product.sum_assured_options,
                                     format_func=lambda v: f"${v:,.2f}")
        premium = right.text_input("Premium", value=f"{product.base_premium:.2f}")
        start = left.date_input("Start", value=date.today())
        end = right.date_input("End", value=date.today() + timedelta(days=364))
        number = left.text_input("Policy number", placeholder="assigned if left empty")
        auto_renew = right.checkbox("Renew automatically")
        if st.form_submit_button("Create policy", key="policies.create"):
            data = PolicyInput(customer_id=customer_id, product_id=product_id, premium=premium,
                               sum_assured=sum_assured, start_date=start, end_date=end,
                               auto_renew=auto_renew, number=number or None)
            run_action(lambda: create_policy(data, actor=user),
                       lambda p: f"Policy {p.number} created for {p.customer_name}.",
                       clears="policies.new.form")


user = current_user()
writer = user.role in ("admin", "agent")
st.title("Policies")
show_flash()

products = fetch(list_products, actor=user, page_size=MAX_PAGE_SIZE).items
product_label = {p.id: f"{p.code} · {p.name}" for p in products}

view = st.segmented_control("View", (EXPIRING, ALL), default=EXPIRING, required=True,
                            key="policies.view")
left, middle, right = st.columns(3)
product_id = filter_box(left, "Product", list(product_label), every="All products",
                        key="policies.product", describe=product_label.get)
if view == EXPIRING:
    within = middle.segmented_control("Ending within", (30, 60, 90), default=30, required=True,
                                      format_func=lambda d: f"{d} days", key="policies.within")
    page, size = page_request(PAGER, view, product_id, within)
    result = fetch(list_expiring_policies, actor=user, within_days=within,
                   product_id=product_id, page=page, page_size=size)
else:
    status = filter_box(middle, "Status", POLICY_STATUSES, every="Any status",
                        key="policies.status")
    search = right.text_input("Search", placeholder="Policy number or customer name",
                              key="policies.search")
    page, size = page_request(PAGER, view, product_id, status, search)
    result = fetch(list_policies, actor=user, product_id=product_id, status=status,
                   search=search, page=page, page_size=size)

show_table(result.items, COLUMNS, empty="No policies match these filters.")
paginator(PAGER, result, "policies")

chosen = pick_item("Policy", result.items, lambda p: f"{p.number} · {p.customer_name}",
                   key="policies.selected")
if chosen is not None:
    details = fetch(get_policy_details, chosen.id, actor=user)
    with st.container(border=True):
        show_details(details)
        call_button("Call the customer about this policy", chosen.customer_id, user=user,
                    purpose="renewal_reminder", policy_id=chosen.id,
                    key=f"policies.call.{chosen.id}")
        if writer:
            show_actions(details, user)
if writer:
    with st.expander("Write a new policy"):
        create_form([p for p in products if p.active], user)
