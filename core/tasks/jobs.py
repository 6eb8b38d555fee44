"""The background jobs. Each takes only a run id: what to work on is in the run's params (and,
for an intake batch, in the files stored under the data folder before it was queued).

Every job reports progress into its run, stops at its next report once the run is cancelled,
and ends the run done (with its result) or failed (with the reason); nothing it raises is
lost in the worker's log alone.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from core.auth.schemas import CurrentUser
from core.auth.service import get_intake_user
from core.config import get_settings
from core.errors import AppError, DocumentRejected
from core.tasks.models import TaskRun
from core.tasks.runs import RunCancelled, finish_run, heartbeat, report_progress, start_run

log = logging.getLogger(__name__)
Work = Callable[[TaskRun, CurrentUser], tuple[dict[str, Any], str]]
CAMPAIGN_BATCH = 50  # calls per batch of a campaign run; cancelling waits at most one batch


def execute(run_id: int, work: Work) -> None:
    """Run `work` for a queued run: started, heartbeating, then done, failed or cancelled."""
    row = start_run(run_id)
    if row is None:
        return  # cancelled before a worker took it (or already taken)
    settings = get_settings()
    every = 0.0 if settings.task_broker == "immediate" else settings.task_stale_seconds / 4
    try:
        actor = get_intake_user(row.requested_by)  # still active, with today's role
        with heartbeat(run_id, every):
            result, message = work(row, actor)
    except RunCancelled:
        return
    except AppError as exc:
        finish_run(run_id, "failed", error=str(exc), message="Failed")
    except Exception as exc:  # a bug must still end the run, not leave it running
        log.exception("task run %s (%s) failed", run_id, row.kind)
        finish_run(run_id, "failed", error=f"{type(exc).__name__}: {exc}", message="Failed")
    else:
        finish_run(run_id, "done", result=result, message=message)


def _retrain(run: TaskRun, actor: CurrentUser) -> tuple[dict[str, Any], str]:
    from core.scoring.train import retrain_models

    params = run.params
    views = retrain_models(
        actor=actor, synthetic_rows=int(params.get("synthetic_rows", 50_000)),
        activate=bool(params.get("activate")), rounds=int(params.get("rounds", 200)),
        progress=lambda message, fraction: report_progress(run.id, round(fraction * 100), 100,
                                                           message))
    versions = [{"model_name": v.model_name, "version": v.version, "active": v.active}
                for v in views]
    return ({"versions": versions},
            "Registered " + ", ".join(f"{v['model_name']} {v['version']}" for v in versions))


def intake_outcome(name: str, data: bytes, actor: CurrentUser) -> dict[str, Any]:
    """What became of one file: new claim N, duplicate of claim N, or why it failed."""
    from core.claims.service import ingest_document

    row: dict[str, Any] = {"file": name, "outcome": "Failed", "claim": "", "claim_id": None}
    try:
        result = ingest_document(data, name, actor=actor)
    except DocumentRejected as exc:
        return {**row, "details": f"Refused ({exc.reason}): {exc}"}
    except AppError as exc:
        return {**row, "details": str(exc)}
    row.update(claim=result.claim_number, claim_id=result.claim_id)
    if result.status == "duplicate":
        return {**row, "outcome": "Duplicate",
                "details": f"Duplicate of claim {result.claim_number}; nothing new was created."}
    warned = len(result.warnings)
    return {**row, "outcome": "New claim",
            "details": (f"{warned} warning{'' if warned == 1 else 's'} to review" if warned
                        else "No warnings")}


def _intake_batch(run: TaskRun, actor: CurrentUser) -> tuple[dict[str, Any], str]:
    data_dir = get_settings().data_dir
    files = run.params.get("files") or []
    rows: list[dict[str, Any]] = []
    try:
        for index, stored in enumerate(files):
            report_progress(run.id, index, len(files), f"Reading {stored['name']}")
            try:
                data = (data_dir / stored["path"]).read_bytes()
            except OSError as exc:
                rows.append({"file": stored["name"], "outcome": "Failed", "claim": "",
                             "claim_id": None, "details": f"The upload was lost ({exc})."})
                continue
            rows.append(intake_outcome(stored["name"], data, actor))
    finally:
        shutil.rmtree(data_dir / run.params.get("folder", f"uploads/run-{run.id}"),
                      ignore_errors=True)
    counts = Counter(r["outcome"] for r in rows)
    words = (("New claim", "new claim", "new claims"), ("Duplicate", "duplicate", "duplicates"),
             ("Failed", "failed", "failed"))
    summary = ", ".join(f"{counts[o]} {one if counts[o] == 1 else many}"
                        for o, one, many in words if counts[o])
    return {"files": rows}, f"{len(rows)} file{'' if len(rows) == 1 else 's'}: {summary}"


def _campaign_run(run: TaskRun, actor: CurrentUser) -> tuple[dict[str, Any], str]:
    from core.calls.campaign import campaign_progress, run_campaign_batch

    campaign_id = int(run.params["campaign_id"])
    batch_size = int(run.params.get("batch_size", CAMPAIGN_BATCH))
    batches = dialled = 0
    statuses: Counter[str] = Counter()
    stopped: str | None = None
    last_report = [0.0]

    def report(message: str) -> None:
        progress = campaign_progress(campaign_id)
        report_progress(run.id, progress.dialled, progress.targets, message)

    def during_batch(done: int, total: int) -> None:
        # At most one write a second; cancelling is noticed between batches, not mid-call.
        if time.monotonic() - last_report[0] >= 1.0:
            last_report[0] = time.monotonic()
            try:
                report(f"Batch {batches + 1}: {done} of {total} calls done")
            except RunCancelled:
                pass

    while True:
        report(f"Dialled {dialled} in {batches} batches; choosing who to call next")
        result = run_campaign_batch(campaign_id, actor=actor, limit=batch_size,
                                    on_progress=during_batch)
        if result.stopped:
            stopped = result.stopped
            break
        if not result.dialled:
            break  # nobody eligible now (call windows, back-off), or others claimed them
        batches, dialled = batches + 1, dialled + result.dialled
        statuses.update(result.by_status)
    report(f"Dialled {dialled} in {batches} batches")
    progress = campaign_progress(campaign_id)
    message = f"Dialled {dialled} in {batches} batch{'' if batches == 1 else 'es'}"
    if stopped and not dialled:
        message = f"Nobody dialled: {stopped}"
    elif progress.remaining:
        message += (f"; {progress.remaining} left to call later (outside their call window "
                    "or waiting between attempts)")
    return ({"batches": batches, "dialled": dialled, "by_status": dict(statuses),
             "stopped": stopped, "remaining": progress.remaining, "targets": progress.targets,
             "campaign_status": progress.status}, message)


def retrain_job(run_id: int) -> None:
    """Retrain both models (core.scoring.train.retrain_models) for a run."""
    execute(run_id, _retrain)


def intake_batch_job(run_id: int) -> None:
    """Take each stored upload of a run through intake; each file's outcome in the result."""
    execute(run_id, _intake_batch)


def campaign_run_job(run_id: int) -> None:
    """Run a campaign batch by batch until nobody is left to call now."""
    execute(run_id, _campaign_run)


JOBS: dict[str, Callable[[int], None]] = {
    "retrain": retrain_job, "intake_batch": intake_batch_job, "campaign_run": campaign_run_job,
}
