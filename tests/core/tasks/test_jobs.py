"""Each job's result: an intake batch per file, a campaign run batch by batch, a retrain."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.calls.campaign import campaign_progress, create_campaign, start_campaign
from core.calls.simulated import SimulatedCallClient
from core.claims.service import list_claims
from core.errors import Conflict, NotFound
from core.scoring.registry import list_versions
from core.tasks.service import (
    enqueue_campaign_run,
    enqueue_intake_batch,
    enqueue_retrain,
    get_task_run,
)
from tests.core.helpers import audit_entries
from tests.core.scoring.fixtures import models_dir, shipped  # noqa: F401
from tests.factories import make_customer, make_user


@pytest.fixture
def fast_calls(monkeypatch: pytest.MonkeyPatch, settings_env) -> None:  # type: ignore[no-untyped-def]
    """Simulated calls without their pauses, and no calls-per-second wait."""
    monkeypatch.setattr(SimulatedCallClient, "step_seconds", 0.0)
    settings_env(CLAIMDESK_CALLS_PER_SECOND="1000")


def test_an_intake_batch_keeps_each_files_outcome(db, data_dir: Path, fake_extractor):
    adjuster = make_user("adjuster")
    first, first_name = fake_extractor({"claimant_name": "Ada Batch", "claimed_amount": 1200},
                                       warnings=["The date of loss is missing."])
    second, _ = fake_extractor({"claimant_name": "Bo Batch"})
    before = list_claims(actor=adjuster).total
    run = enqueue_intake_batch([(first_name, first), ("second.pdf", second),
                                ("again.pdf", first), ("notes.txt", b"plain text")],
                               actor=adjuster)

    assert (run.status, run.done, run.total) == ("done", 4, 4)
    assert run.message == "4 files: 2 new claims, 1 duplicate, 1 failed"
    rows = {row["file"]: row for row in (run.result or {})["files"]}
    assert list(rows) == [first_name, "second.pdf", "again.pdf", "notes.txt"]
    assert rows[first_name]["outcome"] == "New claim"
    # Its own warning and the policy's (none is named): counted for the adjuster.
    assert rows[first_name]["details"] == "2 warnings to review"
    assert rows["second.pdf"]["details"] == "1 warning to review"
    assert rows["again.pdf"]["outcome"] == "Duplicate"
    assert rows["again.pdf"]["claim_id"] == rows[first_name]["claim_id"]
    assert rows["again.pdf"]["details"] == (f"Duplicate of claim {rows[first_name]['claim']}; "
                                            "nothing new was created.")
    assert rows["notes.txt"]["outcome"] == "Failed"
    assert rows["notes.txt"]["details"].startswith("Refused (wrong_type): ")
    assert list_claims(actor=adjuster).total == before + 2
    # The uploads went through the data folder, and are gone once the batch is done.
    assert not (data_dir / run.params["folder"]).exists()
    [queued] = audit_entries("task_queued", entity_id=run.id)
    assert queued.details["files"] == [first_name, "second.pdf", "again.pdf", "notes.txt"]
    assert len(audit_entries("claim_created")) >= 2  # intake audits as it always does


def customers_campaign(actor, phones: list[str]) -> int:  # type: ignore[no-untyped-def]
    ids = [make_customer(name=f"Run Target {i}", phone=p) for i, p in enumerate(phones)]
    campaign = create_campaign("Background run", "renewal_reminder",
                               {"kind": "customers", "customer_ids": ids}, actor=actor)
    start_campaign(campaign.id, actor=actor)
    return campaign.id


def test_a_campaign_run_dials_batch_by_batch_until_done(db, fast_calls):
    agent = make_user("agent")
    campaign_id = customers_campaign(agent, [f"+1617555017{d}" for d in (4, 5, 6, 7, 8)])
    run = enqueue_campaign_run(campaign_id, actor=agent, batch_size=2)

    assert run.status == "done", run.error
    assert run.message == "Dialled 5 in 3 batches"
    assert (run.done, run.total) == (5, 5)
    assert run.result == {"batches": 3, "dialled": 5, "by_status": {"completed": 5},
                          "stopped": "the campaign is completed", "remaining": 0, "targets": 5,
                          "campaign_status": "completed"}
    assert campaign_progress(campaign_id).dialled == 5
    assert len(audit_entries("call_started")) >= 5
    [queued] = audit_entries("task_queued", entity_id=campaign_id, entity_type="campaign")
    assert queued.details == {"task_run": run.id, "kind": "campaign_run", "campaign_id":
                              campaign_id, "batch_size": 2}


def test_a_campaign_run_leaves_busy_customers_for_later(db, fast_calls):
    agent = make_user("agent")
    campaign_id = customers_campaign(agent, ["+16175550174", "+16175550170"])  # 0: busy
    run = enqueue_campaign_run(campaign_id, actor=agent)
    assert run.message.startswith("Dialled 2 in 1 batch; 1 left to call later")
    assert run.result is not None and run.result["by_status"] == {"completed": 1, "busy": 1}


def test_a_campaign_run_needs_a_running_campaign_and_only_one_at_once(db, fast_calls):
    agent = make_user("agent")
    campaign = create_campaign("Draft", "renewal_reminder",
                               {"kind": "customers", "customer_ids": [make_customer()]},
                               actor=agent)
    with pytest.raises(Conflict, match="draft; start it first"):
        enqueue_campaign_run(campaign.id, actor=agent)
    with pytest.raises(NotFound):
        enqueue_campaign_run(999_999, actor=agent)
    from tests.core.tasks.conftest import queued_run

    start_campaign(campaign.id, actor=agent)
    queued_run(agent, kind="campaign_run", params={"campaign_id": campaign.id})
    with pytest.raises(Conflict, match="already running in the background"):
        enqueue_campaign_run(campaign.id, actor=agent)


def test_retraining_registers_new_versions(db, shipped):  # noqa: F811
    admin = make_user("admin")
    run = enqueue_retrain(actor=admin, synthetic_rows=2_000, rounds=5)
    assert run.status == "done", run.error
    assert (run.done, run.total) == (100, 100)
    assert run.message == "Registered fraud v2, reserve v2"
    assert run.result == {"versions": [
        {"model_name": "fraud", "version": "v2", "active": False},
        {"model_name": "reserve", "version": "v2", "active": False}]}
    assert [v.version for v in list_versions("fraud", actor=admin)][:2] == ["v2", "v1"]
    assert len(audit_entries("model_registered")) >= 2
    assert get_task_run(run.id, actor=admin).finished_at is not None
