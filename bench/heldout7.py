"""Held-out corpus 7: claim PDFs in layouts the extractor has not seen, with their truth.

    python -m bench.heldout7 OUTDIR COUNT [--seed 7373]

Writes <case>.pdf beside <case>.truth.json (the contract's fields in normal form, plus `layout`
and `scanned`), cycling through the layouts; about 30% of the cases are image-only scans.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from faker import Faker

from bench.heldout7_kit import make_claim, scan
from bench.heldout7_layouts import LAYOUTS

SCANNED_SLOTS = (2, 5, 8)
LOCALES = {"CA": "en_CA", "US": "en_US", "AU": "en_AU"}


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """(truth, PDF bytes) of case `index`; the same (index, seed) always gives the same pair."""
    rng = random.Random(seed * 100003 + index)
    name = list(LAYOUTS)[index % len(LAYOUTS)]
    render, country, auto = LAYOUTS[name]
    fake = Faker(LOCALES[country])
    fake.seed_instance(rng.randrange(2**31))
    claim = make_claim(rng, fake, country=country,
                       auto=rng.random() < 0.5 if auto is None else auto)
    pdf = render(claim, rng, fake)
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan(pdf, rng)
    return claim.truth(name, scanned), pdf


def write_corpus(outdir: Path, count: int, seed: int = 7373) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        truth, pdf = make_document(index, seed)
        path = outdir / f"h7_{index:03d}_{truth['layout']}.pdf"
        path.write_bytes(pdf)
        (outdir / f"{path.stem}.truth.json").write_text(json.dumps(truth, indent=2) + "\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7373)
    args = parser.parse_args(argv)
    paths = write_corpus(args.outdir, args.count, args.seed)
    print(f"wrote {len(paths)} documents to {args.outdir}")


if __name__ == "__main__":
    main()
