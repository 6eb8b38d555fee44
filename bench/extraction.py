"""Extraction bench: per-field precision, recall and F1, digital and scanned apart, and timing.

    python -m bench.extraction [--count 60] [--seed 101] [--scanned-share 0.3] [--dir CORPUS]

Without --dir it generates a labelled corpus (core.documents.samples) in a temp folder; with
--dir it reads <case>.pdf beside <case>.truth.json (the contract's fields in normal form).
A field counts as a true positive when the value equals the truth (free text compared with
white space folded); a wrong value is both a false positive and a false negative.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from core.documents.pipeline import extract_document
from core.documents.schemas import FIELD_NAMES

FREE_TEXT = {"incident_description", "incident_location", "claimant_address"}


def same(name: str, got: Any, want: Any) -> bool:
    if name in FREE_TEXT and isinstance(got, str) and isinstance(want, str):
        return " ".join(got.split()).lower() == " ".join(want.split()).lower()
    return got == want


def score(rows: list[tuple[str, Any, Any]]) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for name, got, want in rows:
        c = counts[name]
        empty_got = got in (None, [], "")
        empty_want = want in (None, [], "")
        if empty_got and empty_want:
            continue
        if not empty_got and not empty_want and same(name, got, want):
            c["tp"] += 1
            continue
        if not empty_got:
            c["fp"] += 1
        if not empty_want:
            c["fn"] += 1
    table: dict[str, dict[str, float]] = {}
    total = {"tp": 0, "fp": 0, "fn": 0}
    for name in FIELD_NAMES:
        c = counts[name]
        for k in total:
            total[k] += c[k]
        table[name] = _prf(c)
    table["MICRO"] = _prf(total)
    return table


def _prf(c: dict[str, int]) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "n": c["tp"] + c["fn"]}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(corpus: Path, verbose: bool) -> dict[str, Any]:
    rows: dict[str, list[tuple[str, Any, Any]]] = {"digital": [], "scanned": []}
    times: dict[str, list[float]] = {"digital": [], "scanned": []}
    ocr_pages: list[float] = []
    ocr_cpu: list[float] = []
    for pdf in sorted(corpus.glob("*.pdf")):
        truth = json.loads(pdf.with_suffix("").with_suffix(".truth.json").read_text()) \
            if pdf.with_suffix(".truth.json").exists() else \
            json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text())
        kind = "scanned" if truth.get("scanned") else "digital"
        started, cpu = time.perf_counter(), time.process_time()
        result = extract_document(pdf.read_bytes())
        elapsed = (time.perf_counter() - started) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000  # all threads: onnxruntime's too
        times[kind].append(elapsed)
        n_ocr = sum(1 for p in result.pages if p.source == "ocr")
        if n_ocr:
            ocr_pages.append(elapsed / n_ocr)
            ocr_cpu.append(cpu_ms / n_ocr)
        for name in FIELD_NAMES:
            got, want = result.value(name), truth.get(name)
            rows[kind].append((name, got, want))
            if verbose and not same(name, got, want) and not (got in (None, []) and
                                                              want in (None, [])):
                print(f"  {pdf.name} [{truth.get('layout')}/{kind}] {name}: "
                      f"got {str(got)[:60]!r} want {str(want)[:60]!r}")
    return {"rows": rows, "times": times, "ocr_pages": ocr_pages, "ocr_cpu": ocr_cpu}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--scanned-share", type=float, default=0.3)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.dir
        if corpus is None:
            from core.documents.samples import generate_corpus

            corpus = Path(tmp)
            generate_corpus(corpus, args.count, seed=args.seed, scanned_share=args.scanned_share)
        out = run(corpus, args.verbose)
    for kind in ("digital", "scanned"):
        if not out["times"][kind]:
            continue
        table = score(out["rows"][kind])
        print(f"\n{kind}: {len(out['times'][kind])} documents")
        print(f"{'field':26} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
        for name, m in table.items():
            print(f"{name:26} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {int(m['n']):5d}")
        t = out["times"][kind]
        print(f"time per document: p50 {statistics.median(t):.0f} ms, p95 {pct(t, 0.95):.0f} ms")
    if out["ocr_pages"]:
        o, c = out["ocr_pages"], out["ocr_cpu"]
        # The machine is shared: wall time follows the load, process CPU time much less so.
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"\nOCR: {len(o)} documents, per page wall p50 {statistics.median(o):.0f} ms, "
              f"p95 {pct(o, 0.95):.0f} ms; CPU p50 {statistics.median(c):.0f} ms, "
              f"p95 {pct(c, 0.95):.0f} ms (load average {load})")


if __name__ == "__main__":
    main()
