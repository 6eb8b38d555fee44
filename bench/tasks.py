"""Background-task bench: time to queue a task, to poll its run, and an intake batch of
generated PDFs through a real worker process.

    python -m bench.tasks [--enqueues 100] [--polls 300] [--files 20] [--broker redis://...]

Runs on a temporary SQLite database and data folder (or `--database-url`), on the default
SqliteHuey queue in that folder unless `--broker` names Redis. Queuing is timed with no worker
running (the runs are then cancelled and the queue emptied); the batch is queued once a
`python -m core worker` process is up, and the page's polling is timed while it works.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from faker import Faker

from core.config import PROJECT_ROOT, reset_settings


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms (n={len(ordered)})"


def _timed(call: object, times: int) -> list[float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        call()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _pdfs(count: int) -> list[tuple[str, bytes]]:
    from core.documents.samples import make_claim_record, render_claim_pdf
    from core.documents.samples.layouts import LAYOUTS

    files = []
    for i in range(count):
        rng, fake = random.Random(1000 + i), Faker("en_US")
        fake.seed_instance(1000 + i)
        layout = LAYOUTS[i % len(LAYOUTS)]
        files.append((f"bench-{i:02d}-{layout}.pdf",
                      render_claim_pdf(make_claim_record(rng, fake), layout, rng)))
    return files


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "core", "worker", "--workers", "1"],
                                cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enqueues", type=int, default=100)
    parser.add_argument("--polls", type=int, default=300)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--broker", default="", help="redis://host:port/db (default SqliteHuey)")
    parser.add_argument("--database-url", default="", help="default: a temporary SQLite file")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-bench-tasks-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CLAIMDESK_") and k != "DATABASE_URL"}
    env.update(CLAIMDESK_MODE="development", CLAIMDESK_DATA_DIR=str(folder / "data"),
               DATABASE_URL=args.database_url or f"sqlite:///{folder / 'claimdesk.db'}",
               CLAIMDESK_TASK_BROKER=args.broker,
               CLAIMDESK_TASK_QUEUE=f"claimdesk-bench-{secrets.token_hex(4)}",
               CLAIMDESK_BCRYPT_ROUNDS="4")
    from core.db import reset_engine
    from core.tasks.queue import reset_huey

    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    reset_settings()
    reset_engine()  # the engine and queue of these settings, not any made before
    reset_huey()
    try:
        return _bench(args, folder, env)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        reset_settings()
        reset_engine()
        reset_huey()


def _bench(args: argparse.Namespace, folder: Path, env: dict[str, str]) -> int:
    from core.auth.schemas import CurrentUser
    from core.auth.service import add_user
    from core.db import prepare_database, session_scope, upgrade_database
    from core.tasks.queue import get_huey
    from core.tasks.service import (
        cancel_task_run,
        enqueue_intake_batch,
        get_task_run,
        list_task_runs,
    )

    if env["DATABASE_URL"].startswith("sqlite"):
        upgrade_database()
    prepare_database()
    with session_scope() as session:
        user = add_user(session=session, username=f"bench{secrets.token_hex(3)}", name="Bench",
                        email="bench@example.com", password="bench-password-1", role="adjuster",
                        actor=None)
        actor = CurrentUser(id=user.id, username=user.username, name=user.name, role=user.role)
    huey = get_huey()
    print(f"queue {type(huey).__name__} '{huey.name}'; database {env['DATABASE_URL']}; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    small = [("one.pdf", b"%PDF-1.7\n% bench\n%%EOF\n")]
    run_ids: list[int] = []
    queued = _timed(lambda: run_ids.append(enqueue_intake_batch(small, actor=actor).id),
                    args.enqueues)
    print(f"queue a task (run row, audit, upload stored, message on the queue): {_ms(queued)}")
    polled = _timed(lambda: get_task_run(run_ids[-1], actor=actor), args.polls)
    print(f"poll one run (get_task_run): {_ms(polled)}")
    listed = _timed(lambda: list_task_runs(actor=actor, kind="intake_batch", page_size=20),
                    args.polls)
    print(f"find the latest runs (list_task_runs, {len(run_ids)} runs): {_ms(listed)}")
    cancelled = _timed(lambda: cancel_task_run(run_ids.pop(), actor=actor), len(run_ids))
    print(f"cancel a queued run: {_ms(cancelled)}")
    huey.flush()

    files = _pdfs(args.files)
    started = time.perf_counter()
    worker = _start_worker(env, folder / "worker.log")
    try:
        run = enqueue_intake_batch(files, actor=actor)
        poll_times: list[float] = []
        first_started = None
        while not run.finished:
            time.sleep(0.25)
            before = time.perf_counter()
            run = get_task_run(run.id, actor=actor)
            poll_times.append((time.perf_counter() - before) * 1000)
            if first_started is None and run.status == "running":
                first_started = time.perf_counter() - started
            if worker.poll() is not None:
                print((folder / "worker.log").read_text(), file=sys.stderr)
                return 1
        total = time.perf_counter() - started
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGINT)
            worker.wait(timeout=60)
    outcomes = [row["outcome"] for row in (run.result or {}).get("files", [])]
    busy = (run.finished_at - run.started_at).total_seconds() if run.started_at and \
        run.finished_at else float("nan")
    print(f"intake batch of {args.files} generated PDFs through a worker process: {run.status}, "
          f"{run.message}")
    print(f"  worker up and the batch started after {first_started or float('nan'):.1f} s; "
          f"batch ran {busy:.1f} s ({busy / max(1, len(outcomes)):.2f} s a file); "
          f"{total:.1f} s from worker start to done")
    print(f"  polls while the worker ran: {_ms(poll_times)}")
    ok = run.status == "done" and len(outcomes) == args.files
    if ok:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"the worker's log: {folder / 'worker.log'}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
