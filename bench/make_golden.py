"""Write the golden-file cases: tests/fixtures/docs/<case>.pdf beside <case>.expected.json.

    python -m bench.make_golden [--out tests/fixtures/docs]

One generated claim per layout, plus a scanned copy of a one-page form. The expected JSON holds
the contract's fields in normal form (null: the document does not state it) and how the case
was made. Fixed seeds: running it again writes the same bytes, so the committed files only
change when the generator does.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from faker import Faker

from core.config import PROJECT_ROOT
from core.documents.samples import LAYOUTS, make_claim_record, render_claim_pdf, scan_pdf
from core.documents.schemas import FIELD_NAMES

GOLDEN_DIR = PROJECT_ROOT / "tests" / "fixtures" / "docs"
SEED = 20261201
SCANNED_LAYOUT = "form_boxed"


def golden_cases() -> list[tuple[str, str, bool, int]]:
    """(case name, layout, scanned, seed) for every golden case."""
    cases = [(layout, layout, False, SEED + i) for i, layout in enumerate(LAYOUTS)]
    cases.append((f"{SCANNED_LAYOUT}_scanned", SCANNED_LAYOUT, True, SEED + len(LAYOUTS)))
    return cases


def make_case(layout: str, scanned: bool, seed: int) -> tuple[bytes, dict[str, Any]]:
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    record = make_claim_record(rng, fake)
    pdf = render_claim_pdf(record, layout, rng)
    if scanned:
        pdf = scan_pdf(pdf, rng)
    expected = {"layout": layout, "scanned": scanned, "seed": seed,
                "fields": {name: record[name] for name in FIELD_NAMES}}
    return pdf, expected


def write_golden(out_dir: Path = GOLDEN_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for case, layout, scanned, seed in golden_cases():
        pdf, expected = make_case(layout, scanned, seed)
        (out_dir / f"{case}.pdf").write_bytes(pdf)
        (out_dir / f"{case}.expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(out_dir / f"{case}.pdf")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GOLDEN_DIR)
    args = parser.parse_args()
    for path in write_golden(args.out):
        print(f"{path} ({path.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
