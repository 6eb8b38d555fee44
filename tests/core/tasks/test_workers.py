"""Real queues: SqliteHuey with `python -m core worker` as a separate process, and RedisHuey on
a redis-server the test starts on a free port (make test installs Debian's redis-server)."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config import PROJECT_ROOT
from core.tasks.queue import get_huey
from core.tasks.service import enqueue_intake_batch, get_task_run
from tests.factories import claim_document, make_user
from tests.livekit_fake import free_port


def start_worker(database_url: str, data_dir: Path, log: Path,
                 **settings: str) -> subprocess.Popen[bytes]:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("CLAIMDESK_") and k != "DATABASE_URL"}
    environ.update(DATABASE_URL=database_url, CLAIMDESK_DATA_DIR=str(data_dir),
                   CLAIMDESK_MODE="development", CLAIMDESK_TASK_BROKER="", **settings)
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "core", "worker", "--workers", "1"],
                                cwd=PROJECT_ROOT, env=environ, stdout=out,
                                stderr=subprocess.STDOUT)


def stop_worker(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        worker.send_signal(signal.SIGINT)  # Huey's graceful stop
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_worker_process_runs_a_batch_queued_on_sqlite(backend, committed_engine, tmp_path,
                                                       settings_env):
    data_dir = tmp_path / "data"
    settings_env(CLAIMDESK_TASK_BROKER="", CLAIMDESK_DATA_DIR=str(data_dir))
    adjuster = make_user("adjuster")
    _record, pdf = claim_document("form_boxed", seed=601)
    run = enqueue_intake_batch([("first.pdf", pdf), ("copy.pdf", pdf)], actor=adjuster)
    assert run.status == "queued"  # nobody has taken it: nothing runs in this process
    assert (data_dir / "tasks.db").is_file() and get_huey().pending_count() == 1

    worker = start_worker(f"sqlite:///{tmp_path / 'committed.db'}", data_dir,
                          tmp_path / "worker.log")
    try:
        deadline = time.monotonic() + 180
        while not (run := get_task_run(run.id, actor=adjuster)).finished:
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, "the worker did not finish the batch"
            time.sleep(0.5)
    finally:
        stop_worker(worker)
    log = (tmp_path / "worker.log").read_text()
    assert run.status == "done", (run.error, log)
    outcomes = [(row["file"], row["outcome"]) for row in (run.result or {})["files"]]
    assert outcomes == [("first.pdf", "New claim"), ("copy.pdf", "Duplicate")]
    assert run.started_at is not None and run.heartbeat_at is not None
    assert get_huey().pending_count() == 0
    assert "worker: queue claimdesk on" in log


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_killed_worker_leaves_its_run_failed_not_running(backend, committed_engine, tmp_path,
                                                          settings_env):
    data_dir = tmp_path / "data"
    settings_env(CLAIMDESK_TASK_BROKER="", CLAIMDESK_DATA_DIR=str(data_dir),
                 CLAIMDESK_TASK_STALE_SECONDS="10")
    adjuster = make_user("adjuster")
    files = [(f"file-{i}.pdf", claim_document("form_inline", seed=700 + i)[1]) for i in range(80)]
    run = enqueue_intake_batch(files, actor=adjuster)
    worker = start_worker(f"sqlite:///{tmp_path / 'committed.db'}", data_dir,
                          tmp_path / "worker.log", CLAIMDESK_TASK_STALE_SECONDS="10")
    try:
        deadline = time.monotonic() + 120
        while (run := get_task_run(run.id, actor=adjuster)).done < 2:
            assert not run.finished and time.monotonic() < deadline, run
            time.sleep(0.1)
        # Killed at once, mid-batch (a sleep here let a quiet machine finish all the files).
        assert run.status == "running" and not run.stale, run
    finally:
        worker.kill()  # SIGKILL: no chance to say anything
        worker.wait()
    time.sleep(11)
    run = get_task_run(run.id, actor=adjuster)
    assert run.stale and run.status == "failed" and run.done < 80
    assert (run.error or "").startswith("The worker stopped")


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A redis-server of this test's own on a free port, keeping nothing on disk."""
    import redis

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (make test installs Debian's redis-server)")
    port = free_port()
    server = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
                break
            except redis.RedisError:
                assert server.poll() is None and time.monotonic() < deadline, "no redis-server"
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_task_queued_on_redis_is_run_by_a_worker(db, settings_env, fake_extractor, redis_url):
    queue_name = f"claimdesk-test-{secrets.token_hex(4)}"
    settings_env(CLAIMDESK_TASK_BROKER=redis_url, CLAIMDESK_TASK_QUEUE=queue_name)
    huey = get_huey()
    assert type(huey).__name__ == "RedisHuey" and huey.name == queue_name
    try:
        adjuster = make_user("adjuster")
        data, name = fake_extractor({"claimant_name": "Rhea Redis"})
        run = enqueue_intake_batch([(name, data)], actor=adjuster)
        assert run.status == "queued" and huey.pending_count() == 1
        # What a worker thread does: take the message off Redis and run it.
        message = huey.dequeue()
        assert message is not None and message.args == (run.id,)
        huey.execute(message)
        run = get_task_run(run.id, actor=adjuster)
        assert run.status == "done", run.error
        assert [row["outcome"] for row in (run.result or {})["files"]] == ["New claim"]
        assert huey.pending_count() == 0
    finally:
        huey.storage.flush_all()
