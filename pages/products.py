"""Products: filter by type and status; admins create, edit, deactivate and reactivate them."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import streamlit as st

from core.policies.models import PRODUCT_TYPES
from core.policies.products import create_product, list_products, set_product_active, update_product
from core.policies.schemas import ProductInput, ProductView
from pages.components.feedback import fetch, form_key, run_action, show_flash
from pages.components.session import current_user
from pages.components.tables import (
    filter_box,
    money_column,
    page_request,
    paginator,
    pick_item,
    show_table,
)

PAGER = "products.pager"
STATUS = {"Active": True, "Inactive": False, "All": None}
COLUMNS = {
    "code": "Code",
    "name": "Name",
    "product_type": "Type",
    "base_premium": money_column("Base premium"),
    "sum_assured": "Sum assured options",
    "features": st.column_config.ListColumn("Features"),
    "eligibility": "Eligibility",
    "active": st.column_config.CheckboxColumn("Active"),
}


def to_row(product: ProductView) -> dict[str, Any]:
    return {**asdict(product),
            "sum_assured": ", ".join(f"{v:,.2f}" for v in product.sum_assured_options),
            "eligibility": json.dumps(product.eligibility, sort_keys=True)}


def product_fields(current: ProductView | None) -> ProductInput | None:
    """The product's fields inside a form (empty for a new one); None if the JSON is unreadable."""
    left, right = st.columns(2)
    code = left.text_input("Code", value=current.code if current else "")
    name = right.text_input("Name", value=current.name if current else "")
    kind = left.selectbox("Type", PRODUCT_TYPES,
                          index=PRODUCT_TYPES.index(current.product_type) if current else 0)
    premium = right.text_input("Base premium", value=f"{current.base_premium:.2f}"
                               if current else "")
    options = st.text_input("Sum assured options (comma separated)",
                            value=", ".join(f"{v:.2f}" for v in current.sum_assured_options)
                            if current else "")
    left, right = st.columns(2)
    features = left.text_area("Features (one a line)",
                              value="\n".join(current.features) if current else "")
    eligibility = right.text_area("Eligibility (JSON object)", value=json.dumps(
        current.eligibility, indent=1, sort_keys=True) if current else "{}")
    try:
        rules = json.loads(eligibility or "{}")
    except json.JSONDecodeError as exc:
        st.error(f"Eligibility is not valid JSON: {exc.msg} (line {exc.lineno}).")
        return None
    return ProductInput(code=code, name=name, product_type=kind, base_premium=premium,
                        sum_assured_options=[o.strip() for o in options.split(",") if o.strip()],
                        features=features.splitlines(), eligibility=rules)


user = current_user()
st.title("Products")
show_flash()

left, right = st.columns(2)
product_type = filter_box(left, "Type", PRODUCT_TYPES, every="All types", key="products.type")
status = right.segmented_control("Status", list(STATUS), default="Active", required=True,
                                 key="products.status")
page, size = page_request(PAGER, product_type, status)
result = fetch(list_products, actor=user, product_type=product_type, active=STATUS[status],
               page=page, page_size=size)
show_table(result.items, COLUMNS, empty="No products match.", to_row=to_row)
paginator(PAGER, result, "products")

if user.role == "admin":
    chosen = pick_item("Product", result.items, lambda p: f"{p.code} · {p.name}",
                       key="products.selected")
    if chosen is not None:
        with st.container(border=True):
            st.subheader(f"{chosen.code} · {chosen.name}")
            with st.form("products.edit"):
                edited = product_fields(chosen)
                if st.form_submit_button("Save changes", key="products.save") and edited:
                    run_action(lambda: update_product(chosen.id, edited, actor=user),
                               lambda p: f"Saved product {p.code}.")
            label = "Deactivate" if chosen.active else "Reactivate"
            if st.button(f"{label} {chosen.code}", key="products.toggle"):
                run_action(lambda: set_product_active(chosen.id, not chosen.active, actor=user),
                           lambda p: f"{p.code} is {'active' if p.active else 'no longer sold'}.")
    with st.expander("Add a product"), st.form(form_key("products.new")):
        new = product_fields(None)
        if st.form_submit_button("Create product", key="products.create") and new:
            run_action(lambda: create_product(new, actor=user),
                       lambda p: f"Created product {p.code}.", clears="products.new")
