"""The task bench on a small run: queuing, polling and a batch through a real worker."""

from __future__ import annotations

import os

from bench.tasks import main


def test_a_small_bench_run_takes_a_batch_through_a_worker(capsys):
    before = dict(os.environ)
    assert main(["--enqueues", "3", "--polls", "3", "--files", "2"]) == 0
    out = capsys.readouterr().out
    assert "queue SqliteHuey" in out and "queue a task" in out and "poll one run" in out
    assert "intake batch of 2 generated PDFs through a worker process: done, 2 files: " \
           "2 new claims" in out
    assert dict(os.environ) == before  # the test run's settings are back
