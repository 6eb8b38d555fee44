"""Following a background task: a panel that polls its run until it ends, then shows the result.

The run is found again from core (the user's latest run of that kind), so a user who leaves
the page, or reloads it, comes back to the same progress. Session state holds only the id of
a finished run the user dismissed, behind one key per panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import streamlit as st

from core.auth.schemas import CurrentUser
from core.db import utcnow
from core.errors import AppError
from core.tasks.schemas import TaskRunView
from core.tasks.service import cancel_task_run, get_task_run, list_task_runs
from pages.components.feedback import fetch

POLL_SECONDS = 2.0
WORKER_HINT_AFTER = timedelta(seconds=20)
STATE = "tasks.dismissed"
STATUS_LABEL = {"queued": "waiting for a worker", "running": "running", "done": "done",
                "failed": "failed", "cancelled": "cancelled"}


def latest_run(kind: str, user: CurrentUser,
               matches: Callable[[TaskRunView], bool] | None = None) -> TaskRunView | None:
    """The user's newest run of `kind` (that `matches`), unless they dismissed it."""
    runs = fetch(list_task_runs, actor=user, kind=kind, page_size=20).items
    run = next((r for r in runs if matches is None or matches(r)), None)
    if run is None or run.id in st.session_state.get(STATE, ()):
        return None
    return run


def show_run(run: TaskRunView, user: CurrentUser, title: str,
             render_result: Callable[[TaskRunView], None], key: str) -> None:
    """One run: progress while it works, then its message and result (or error)."""
    st.write(f"**{title}** · task {run.id} · {STATUS_LABEL.get(run.status, run.status)}")
    if not run.finished:
        counted = f"{run.done} of {run.total}" if run.total else ""
        st.progress(run.fraction, text=" · ".join(t for t in (counted, run.message) if t))
        st.caption("This runs in the background: you may leave the page and come back.")
        if run.status == "queued" and utcnow() - run.created_at > WORKER_HINT_AFTER:
            st.warning("No worker has taken this task yet. Is `python -m core worker` "
                       "running (make run starts one)?", icon=":material/hourglass_empty:")
        if st.button("Cancel", key=f"{key}.cancel"):
            try:
                cancel_task_run(run.id, actor=user)
            except AppError as exc:
                st.error(str(exc))
            else:
                st.rerun()
        return
    if run.partly_failed:
        st.warning(run.message or "Done.", icon=":material/warning:")
        render_result(run)
    elif run.status == "done":
        st.success(run.message or "Done.", icon=":material/check_circle:")
        render_result(run)
    elif run.status == "cancelled":
        st.warning(run.message or "Cancelled.", icon=":material/cancel:")
    else:
        st.error(run.error or "The task failed.")
    if st.button("Dismiss", key=f"{key}.dismiss"):
        st.session_state.setdefault(STATE, []).append(run.id)
        st.rerun()


def task_panel(kind: str, user: CurrentUser, *, title: str,
               render_result: Callable[[TaskRunView], None], key: str,
               matches: Callable[[TaskRunView], bool] | None = None) -> TaskRunView | None:
    """Show the user's latest run of `kind`, polling every few seconds while it is active."""
    run = latest_run(kind, user, matches)
    if run is None:
        return None
    active = not run.finished

    @st.fragment(run_every=POLL_SECONDS if active else None)
    def panel() -> None:
        current = fetch(get_task_run, run.id, actor=user)
        with st.container(border=True):
            show_run(current, user, title, render_result, key)
        if active and current.finished:
            st.rerun()  # the whole page: its tables show the outcome, and polling stops

    panel()
    return run
