"""The campaign bench on a small run: every customer dialled once, failures injected."""

from __future__ import annotations

from bench.campaign import main


def test_a_small_bench_run_dials_everyone_exactly_once(capsys):
    assert main(["--customers", "60", "--concurrency", "8", "--failures"]) == 0
    out = capsys.readouterr().out
    assert "dialled exactly once: 60 of 60" in out and "busy" in out
