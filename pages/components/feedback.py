"""Running a core action from a page: errors shown in place, success shown after a rerun."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st

from core.errors import AppError

T = TypeVar("T")
FLASH_KEY = "flash"
FORMS_KEY = "form_generations"


def show_flash() -> None:
    """Show (once) the success message an action left before the rerun."""
    message = st.session_state.pop(FLASH_KEY, None)
    if message:
        st.success(message, icon=":material/check_circle:")


def fetch(load: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a core read; on AppError show its message and stop the page."""
    try:
        return load(*args, **kwargs)
    except AppError as exc:
        st.error(str(exc))
        st.stop()


def form_key(name: str) -> str:
    """A key for the form `name` that changes once run_action(..., clears=name) succeeds."""
    return f"{name}.{st.session_state.get(FORMS_KEY, {}).get(name, 0)}"


def clear_form(name: str) -> None:
    """Make the form (or widget) keyed by form_key(name) come back empty on the next run."""
    generations = st.session_state.setdefault(FORMS_KEY, {})
    generations[name] = generations.get(name, 0) + 1


def run_action(action: Callable[[], T], success: Callable[[T], str], *,
               clears: str | None = None) -> None:
    """Call a core write; show its AppError here, or rerun so every table shows the change.

    A form named in `clears` comes back empty; after an error it keeps what the user typed.
    """
    try:
        result = action()
    except AppError as exc:
        st.error(str(exc))
        return
    if clears is not None:
        clear_form(clears)
    st.session_state[FLASH_KEY] = success(result)
    st.rerun()
