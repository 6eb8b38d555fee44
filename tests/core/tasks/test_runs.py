"""Task runs: who may queue, see and cancel them; progress; cancelling; a stopped worker."""

from __future__ import annotations

import pytest

from core.db import utcnow
from core.errors import Conflict, PermissionDenied, ValidationError
from core.tasks.jobs import execute, intake_batch_job
from core.tasks.runs import RunCancelled, report_progress, start_run
from core.tasks.schemas import TaskRunView
from core.tasks.service import (
    cancel_task_run,
    enqueue_intake_batch,
    enqueue_retrain,
    get_task_run,
    list_task_runs,
)
from tests.core.helpers import audit_entries
from tests.core.tasks.conftest import age_heartbeat, queued_run
from tests.factories import make_user


def test_roles_are_those_of_the_wrapped_actions(db):
    agent, adjuster = make_user("agent"), make_user("adjuster")
    with pytest.raises(PermissionDenied):
        enqueue_intake_batch([("a.pdf", b"%PDF-1.7")], actor=agent)
    with pytest.raises(PermissionDenied):
        enqueue_retrain(actor=adjuster)
    with pytest.raises(ValidationError):
        enqueue_intake_batch([], actor=adjuster)
    assert list_task_runs(actor=adjuster).total == 0


def test_only_the_requester_or_an_admin_sees_and_cancels_a_run(db):
    owner, other, admin = make_user("adjuster"), make_user("adjuster"), make_user("admin")
    run_id = queued_run(owner)
    assert get_task_run(run_id, actor=owner).status == "queued"
    assert get_task_run(run_id, actor=admin).requested_by == owner.username
    with pytest.raises(PermissionDenied):
        get_task_run(run_id, actor=other)
    with pytest.raises(PermissionDenied):
        cancel_task_run(run_id, actor=other)
    assert list_task_runs(actor=other).total == 0
    assert [r.id for r in list_task_runs(actor=admin, mine=False).items] == [run_id]
    assert list_task_runs(actor=admin).total == 0  # an admin's own list holds only theirs


def test_runs_are_listed_newest_first_in_pages_and_by_kind(db):
    user = make_user("admin")
    ids = [queued_run(user), queued_run(user, kind="retrain"), queued_run(user)]
    page = list_task_runs(actor=user, page=1, page_size=2)
    assert (page.total, [r.id for r in page.items]) == (3, [ids[2], ids[1]])
    assert [r.id for r in list_task_runs(actor=user, page=2, page_size=2).items] == [ids[0]]
    assert [r.id for r in list_task_runs(actor=user, kind="intake_batch").items] == \
        [ids[2], ids[0]]
    with pytest.raises(ValidationError):
        list_task_runs(actor=user, kind="nonsense")


def test_progress_is_recorded_and_shown(db):
    user = make_user("admin")
    run_id = queued_run(user, total=10)
    assert start_run(run_id) is not None
    assert start_run(run_id) is None  # a second worker cannot take it as well
    report_progress(run_id, 4, 10, "Reading file 5")
    run = get_task_run(run_id, actor=user)
    assert (run.status, run.done, run.total, run.message) == ("running", 4, 10, "Reading file 5")
    assert run.fraction == pytest.approx(0.4)
    assert run.started_at is not None and run.heartbeat_at >= run.started_at


def test_a_queued_run_cancelled_never_starts(db):
    user = make_user("adjuster")
    run_id = queued_run(user, params={"files": [], "folder": "uploads/none"})
    cancelled = cancel_task_run(run_id, actor=user)
    assert (cancelled.status, cancelled.message) == ("cancelled", f"Cancelled by {user.username}")
    intake_batch_job(run_id)  # the worker takes it after all
    run = get_task_run(run_id, actor=user)
    assert (run.status, run.started_at) == ("cancelled", None)
    [entry] = audit_entries("task_cancelled", entity_id=run_id)
    assert entry.details["was"] == "queued" and entry.username == user.username
    with pytest.raises(Conflict, match="already cancelled"):
        cancel_task_run(run_id, actor=user)


def test_a_running_job_stops_at_its_next_report_once_cancelled(db):
    user = make_user("admin")
    run_id = queued_run(user, total=3)
    steps: list[int] = []

    def work(run, actor):  # type: ignore[no-untyped-def]
        for step in range(3):
            report_progress(run.id, step, 3, f"step {step}")
            steps.append(step)
            if step == 1:
                cancel_task_run(run.id, actor=user)  # someone presses Cancel meanwhile
        return {"steps": steps}, "finished"

    execute(run_id, work)
    run = get_task_run(run_id, actor=user)
    assert steps == [0, 1]
    assert (run.status, run.done, run.result) == ("cancelled", 1, None)
    with pytest.raises(RunCancelled):
        report_progress(run_id, 2, 3, "too late")


def test_a_job_that_raises_ends_its_run_failed_with_the_reason(db):
    user = make_user("admin")
    run_id = queued_run(user)

    def work(run, actor):  # type: ignore[no-untyped-def]
        raise ValueError("the table has no fraud column")

    execute(run_id, work)
    run = get_task_run(run_id, actor=user)
    assert run.status == "failed" and run.finished_at is not None
    assert run.error == "ValueError: the table has no fraud column"


def test_a_job_of_a_user_disabled_meanwhile_fails(db):
    from tests.core.helpers import set_user_columns

    user = make_user("adjuster")
    run_id = queued_run(user, params={"files": [], "folder": "uploads/none"})
    set_user_columns(user.id, active=False)
    intake_batch_job(run_id)
    run = get_task_run(run_id, actor=make_user("admin"))
    assert run.status == "failed" and user.username in (run.error or "")


def test_a_run_whose_worker_stopped_is_shown_failed(db, settings_env):
    settings_env(CLAIMDESK_TASK_STALE_SECONDS="60")
    user = make_user("admin")
    run_id = queued_run(user)
    start_run(run_id)
    age_heartbeat(run_id, 30)
    assert get_task_run(run_id, actor=user).status == "running"
    age_heartbeat(run_id, 61)
    run = get_task_run(run_id, actor=user)
    assert run.stale and run.status == "failed" and run.finished
    assert (run.error or "").startswith("The worker stopped: no sign of life since")
    assert list_task_runs(actor=user).items[0].status == "failed"
    report_progress(run_id, 1, 2, "alive after all")  # a beat brings it back
    assert get_task_run(run_id, actor=user).status == "running"


@pytest.mark.parametrize(("status", "outcomes", "partly"), [
    ("done", ["New claim", "Failed"], True),
    ("done", ["New claim", "Duplicate"], False),
    ("running", ["Failed"], False),
])
def test_a_done_batch_with_a_failed_file_is_partly_failed(status, outcomes, partly):
    run = TaskRunView(id=1, kind="intake_batch", status=status, done=1, total=2, message="",
                      params={}, result={"files": [{"outcome": o} for o in outcomes]},
                      error=None, requested_by="x", created_at=utcnow(), started_at=None,
                      finished_at=None, heartbeat_at=None)
    assert run.partly_failed is partly
