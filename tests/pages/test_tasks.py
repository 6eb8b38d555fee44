"""The background-task panel: progress while a run works, found again after leaving the page,
cancelled from the page, a stopped worker shown as such, and the result once done."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from streamlit.testing.v1 import AppTest

from core.db import session_scope, utcnow
from core.tasks.models import TaskRun
from core.tasks.runs import create_run, finish_run, report_progress, start_run
from core.tasks.service import get_task_run
from tests.pages.conftest import APP, demo_user, log_in, texts

INBOX = "pages/claims_inbox.py"


def running_batch(username: str, done: int, total: int, message: str) -> int:
    """An intake batch a worker is working on (as far as the database says)."""
    with session_scope() as session:
        run_id = create_run(session=session, kind="intake_batch", actor=demo_user(username),
                            params={"files": [], "folder": "uploads/none"}, total=total).id
    start_run(run_id)
    report_progress(run_id, done, total, message)
    return run_id


def bars(at: AppTest) -> list[tuple[int, str]]:
    return [(bar.value, bar.text) for bar in at.get("progress")]


def test_progress_is_shown_and_found_again_after_leaving_the_page(app, demo_db):
    run_id = running_batch("adjuster", 3, 12, "Reading claim-4.pdf")
    at = log_in(app, "adjuster", INBOX)
    assert not at.exception and not at.error
    assert f"**Intake batch** · task {run_id} · running" in texts(at.markdown)
    assert bars(at) == [(25, "3 of 12 · Reading claim-4.pdf")]
    assert at.button(key="inbox.batch.cancel")

    report_progress(run_id, 9, 12, "Reading claim-10.pdf")
    # A new browser session (the user left and came back): the run is found again from core.
    again = log_in(AppTest.from_file(str(APP), default_timeout=30), "adjuster", INBOX)
    assert bars(again) == [(75, "9 of 12 · Reading claim-10.pdf")]
    # Another user, even an admin, is not shown it among their own tasks.
    other = log_in(AppTest.from_file(str(APP), default_timeout=30), "admin", INBOX)
    assert not bars(other)


def test_a_run_is_cancelled_from_the_page(app, demo_db):
    run_id = running_batch("adjuster", 1, 5, "Reading a.pdf")
    at = log_in(app, "adjuster", INBOX)
    at.button(key="inbox.batch.cancel").click().run()
    assert not at.exception and not at.error
    assert get_task_run(run_id, actor=demo_user("adjuster")).status == "cancelled"
    assert texts(at.warning) == ["Cancelled by adjuster"]
    assert not bars(at)


def test_a_stopped_worker_is_said_and_the_result_can_be_dismissed(app, demo_db):
    run_id = running_batch("adjuster", 2, 5, "Reading b.pdf")
    with session_scope() as session:
        session.execute(update(TaskRun).where(TaskRun.id == run_id)
                        .values(heartbeat_at=utcnow() - timedelta(hours=1)))
    at = log_in(app, "adjuster", INBOX)
    [error] = texts(at.error)
    assert error.startswith("The worker stopped: no sign of life since")
    at.button(key="inbox.batch.dismiss").click().run()
    assert not at.exception and not at.error  # dismissed: the panel is gone
    assert not [b for b in at.button if b.key == "inbox.batch.dismiss"]


def test_a_finished_batch_shows_each_file(app, demo_db):
    run_id = running_batch("adjuster", 0, 1, "Reading x.pdf")
    finish_run(run_id, "done", message="1 file: 1 failed", result={"files": [
        {"file": "x.pdf", "outcome": "Failed", "claim": "", "claim_id": None,
         "details": "Refused (empty): The file is empty."}]})
    at = log_in(app, "adjuster", INBOX)
    assert "1 file: 1 failed" in texts(at.warning)  # not a success: a file failed
    assert not at.success
    assert list(at.dataframe[0].value["details"]) == ["Refused (empty): The file is empty."]
    assert not bars(at)


def test_a_task_no_worker_took_says_so(app, demo_db):
    with session_scope() as session:
        run = create_run(session=session, kind="intake_batch", actor=demo_user("adjuster"),
                         params={}, total=2)
        run.created_at = utcnow() - timedelta(seconds=30)
    at = log_in(app, "adjuster", INBOX)
    assert bars(at) == [(0, "0 of 2 · Waiting for a worker")]
    [hint] = texts(at.warning)
    assert hint.startswith("No worker has taken this task yet.")
