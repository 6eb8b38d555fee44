"""Held-out corpus 5: labelled claim PDFs in layouts written apart from the extractor.

    python -m bench.heldout5 OUTDIR COUNT [--seed 5151]

Writes <case>.pdf beside <case>.truth.json (the contract's fields in normal form, plus `layout`
and `scanned`). Layouts cycle; three documents in ten are scanned copies (image-only PDFs).
Score it with `python -m bench.extraction --dir OUTDIR`.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker
from fpdf import FPDF

from bench.heldout5_case import fakers
from bench.heldout5_data import Case
from bench.heldout5_forms import boxed_fnol, dotted, summary_table
from bench.heldout5_intl import home_eu, uk_motor
from bench.heldout5_kit import scan_pdf
from bench.heldout5_letters import email, letter
from bench.heldout5_packets import packet, witness_first

Layout = Callable[[random.Random, dict[str, Faker]], tuple[FPDF, Case]]
LAYOUTS: dict[str, Layout] = {
    "boxed_fnol": boxed_fnol, "dotted": dotted, "letter": letter, "email": email,
    "summary_table": summary_table, "packet": packet, "home_eu": home_eu, "uk_motor": uk_motor,
    "witness_first": witness_first,
}
SCANNED_SLOTS = (2, 5, 8)  # of every ten documents


def make_document(index: int, seed: int) -> tuple[bytes, dict]:
    """The index-th document of the corpus for `seed`: PDF bytes and its truth record."""
    rng = random.Random(seed * 100_003 + index)
    names = list(LAYOUTS)
    name = names[index % len(names)]
    pdf, case = LAYOUTS[name](rng, fakers(seed + index))
    data = bytes(pdf.output())
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        data = scan_pdf(data, rng)
    truth = dict(case.truth)
    truth.update(layout=name, scanned=scanned)
    return data, truth


def generate(out: Path, count: int, seed: int = 5151) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        data, truth = make_document(index, seed)
        stem = f"h5_{index:03d}_{truth['layout']}{'_scan' if truth['scanned'] else ''}"
        (out / f"{stem}.pdf").write_bytes(data)
        (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
        written.append(out / f"{stem}.pdf")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=5151)
    args = parser.parse_args(argv)
    written = generate(args.out, args.count, args.seed)
    print(f"wrote {len(written)} documents to {args.out}")


if __name__ == "__main__":
    main()
