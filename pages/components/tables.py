"""Paginated tables: a pager (its state under one session_state key), a renderer, a picker.

A page asks `page_request` which page to load, calls core, shows the rows with `show_table`
and then draws the pager controls with `paginator`, which sit under the table.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from core.pagination import Page

T = TypeVar("T")
PAGE_SIZES = (10, 25, 50, 100)


def _pager(key: str) -> dict[str, Any]:
    return st.session_state.setdefault(key, {"page": 1, "page_size": 25, "filters": None})


def page_request(key: str, *filters: Hashable) -> tuple[int, int]:
    """The page number and size to ask core for; back to page 1 whenever `filters` change."""
    state = _pager(key)
    if state["filters"] != filters:
        state["filters"], state["page"] = filters, 1
    return state["page"], state["page_size"]


def _keep_page(key: str) -> None:
    _pager(key)["page"] = int(st.session_state[f"{key}.page"])


def _keep_size(key: str) -> None:
    state = _pager(key)
    state["page_size"], state["page"] = int(st.session_state[f"{key}.size"]), 1


def count_of(total: int, plural: str) -> str:
    """`3 policies`, `1 policy`."""
    if total == 1:
        plural = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{total} {plural}"


def paginator(key: str, result: Page[Any], noun: str) -> None:
    """'Page X of Y, N <noun>' with a page number input and a page size choice."""
    state = _pager(key)
    if result.page > result.pages:  # rows went away since this page was chosen
        state["page"] = result.pages
        st.rerun()
    # The widgets mirror the pager's state; their callbacks write back into it.
    st.session_state[f"{key}.page"] = result.page
    st.session_state[f"{key}.size"] = result.page_size
    info, page_col, size_col = st.columns([4, 1, 1], vertical_alignment="bottom")
    info.caption(f"Page {result.page} of {result.pages}, {count_of(result.total, noun)}")
    page_col.number_input("Page", min_value=1, max_value=result.pages, step=1,
                          key=f"{key}.page", on_change=_keep_page, args=(key,))
    size_col.selectbox("Rows per page", PAGE_SIZES, key=f"{key}.size",
                       on_change=_keep_size, args=(key,))


def money_column(label: str) -> Any:
    """A column of amounts shown as currency."""
    return st.column_config.NumberColumn(label, format="dollar")


def date_column(label: str) -> Any:
    """A column of calendar dates."""
    return st.column_config.DateColumn(label, format="YYYY-MM-DD")


def _cell(value: Any) -> Any:
    # Arrow has no exact match for Decimal; the table only displays money, so float is fine.
    return float(value) if isinstance(value, Decimal) else value


def show_table(items: Sequence[Any], columns: Mapping[str, Any], *, empty: str,
               to_row: Callable[[Any], dict[str, Any]] | None = None) -> None:
    """Render dataclass items as a table of `columns` (field name -> label or column config)."""
    if not items:
        st.info(empty)
        return
    rows = [{k: _cell(v) for k, v in (to_row or asdict)(item).items()} for item in items]
    st.dataframe(pd.DataFrame(rows, columns=list(columns)), hide_index=True,
                 column_order=list(columns), column_config=dict(columns))


def filter_box(where: Any, label: str, options: Sequence[T], *, every: str, key: str,
               describe: Callable[[T], str] = str) -> T | None:
    """A select box in `where` whose first choice, `every`, means no filter; None for that."""
    # An empty string stands for "every": Streamlit shows a None value as an empty box.
    chosen = where.selectbox(label, ("", *options), key=key,
                             format_func=lambda o: every if o in ("", None) else describe(o))
    return None if chosen in ("", None) else chosen


def pick_item(label: str, items: Sequence[T], describe: Callable[[T], str], *,
              key: str) -> T | None:
    """A select box over the items on the current page; the chosen item, or None if none."""
    by_id = {item.id: item for item in items}  # type: ignore[attr-defined]
    if not by_id:
        return None
    chosen = st.selectbox(label, list(by_id), format_func=lambda i: describe(by_id[i]), key=key)
    return by_id.get(chosen)
