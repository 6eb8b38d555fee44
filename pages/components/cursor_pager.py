"""First / Previous / Next / Last under a list paged by cursor (keyset), state under one key.

For lists too long for page numbers and OFFSET (the review queue): core hands back the
cursors around each page; the pager keeps the one to load next, the direction and the page
number it stands at (unknown after jumping to the last page of a list counted only in part).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import streamlit as st

from pages.components.tables import PAGE_SIZES


def pager_state(key: str, filters: Hashable) -> dict[str, Any]:
    """What to ask core for (cursor, direction, size); back to the first page on new filters."""
    state: dict[str, Any] = st.session_state.setdefault(
        key, {"filters": None, "cursor": None, "direction": "after", "page": 1, "size": 25})
    if state["filters"] != filters:
        state.update(filters=filters, cursor=None, direction="after", page=1)
    return state


def _go(key: str, cursor: str | None, direction: str, page: int | None) -> None:
    st.session_state[key].update(cursor=cursor, direction=direction, page=page)


def _resize(key: str) -> None:
    st.session_state[key].update(size=int(st.session_state[f"{key}.size"]), cursor=None,
                                 direction="after", page=1)


def _where(result: Any, page: int | None, noun: str) -> str:
    total = result.total
    pages = max(1, -(-total.value // result.page_size))
    amount = f"{total} {noun[:-1] if total.exact and total.value == 1 else noun}"
    if page is None:
        return f"Last page, {amount}"
    return f"Page {page} of {pages}, {amount}" if total.exact else f"Page {page}, {amount}"


def cursor_pager(key: str, result: Any, noun: str) -> None:
    """The position caption, the four moves and a page size choice for `result` (a page with
    next_cursor, previous_cursor, total (value, exact) and page_size)."""
    state = st.session_state[key]
    page = state["page"]
    total = result.total
    last_page = max(1, -(-total.value // result.page_size)) if total.exact else None
    st.session_state[f"{key}.size"] = result.page_size
    info, first, back, forward, last, size = st.columns([4, 1, 1, 1, 1, 1.4],
                                                        vertical_alignment="bottom")
    info.caption(_where(result, page, noun))
    at_start, at_end = result.previous_cursor is None, result.next_cursor is None
    first.button("First", key=f"{key}.first", disabled=at_start, on_click=_go,
                 args=(key, None, "after", 1))
    back.button("Previous", key=f"{key}.previous", disabled=at_start, on_click=_go,
                args=(key, result.previous_cursor, "before", page - 1 if page else None))
    forward.button("Next", key=f"{key}.next", disabled=at_end, on_click=_go,
                   args=(key, result.next_cursor, "after", page + 1 if page else None))
    last.button("Last", key=f"{key}.last", disabled=at_end, on_click=_go,
                args=(key, None, "last", last_page))
    size.selectbox("Rows per page", PAGE_SIZES, key=f"{key}.size", on_change=_resize,
                   args=(key,))
