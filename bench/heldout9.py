"""Held-out corpus 9: claim PDFs in eight new layouts, each beside its labelled truth.

Solicitor's letters, insurer acknowledgments, fax packets, fleet loss reports, estimates
ahead of the claim form, dense run-in statements, Asia-Pacific forms and handwritten forms,
every one with decoys (other parties' names, phones, dates, amounts, vehicles). About 30% of
cases are image-only scans. Written as training data for a learnt field chooser.

    python -m bench.heldout9 OUTDIR COUNT [--seed 9393]
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout9_draw import rasterise
from bench.heldout9_fleet import dense_statement, fleet_report
from bench.heldout9_forms import apac_claim, handwritten_form
from bench.heldout9_kit import Case
from bench.heldout9_letters import insurer_acknowledgment, solicitor_letter
from bench.heldout9_packets import estimate_then_form, fax_packet
from bench.heldout9_story import new_case

Layout = tuple[Callable[[Case], tuple[dict, bytes]], tuple[str, ...], bool | None]
LAYOUTS: dict[str, Layout] = {
    "solicitor_letter": (solicitor_letter, ("GB", "GB", "IE"), None),
    "insurer_acknowledgment": (insurer_acknowledgment, ("GB", "US", "AU", "CA", "IE"), None),
    "fax_packet": (fax_packet, ("US", "CA", "US"), True),
    "fleet_report": (fleet_report, ("GB", "AU", "DE"), True),
    "estimate_then_form": (estimate_then_form, ("AU", "US", "IE", "GB"), None),
    "dense_statement": (dense_statement, ("GB", "US", "CA", "AU"), None),
    "apac_claim": (apac_claim, ("SG", "NZ", "IN"), None),
    "handwritten_form": (handwritten_form, ("US", "AU", "GB", "IE"), None),
}
SCANNED_SLOTS = frozenset({2, 5, 8})  # index % 10: three cases in ten are image-only scans


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """Case `index` of the corpus for `seed`: (truth record, PDF bytes)."""
    name = list(LAYOUTS)[index % len(LAYOUTS)]
    draw, regions, motor = LAYOUTS[name]
    rng = random.Random(seed * 100_003 + index)
    case = new_case(rng, rng.choice(regions), motor=motor)
    truth, pdf = draw(case)
    if index % 10 in SCANNED_SLOTS:
        truth["scanned"] = True
        pdf = rasterise(pdf, rng)
    return truth, pdf


def write_corpus(out: Path, count: int, seed: int) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h9_{index:04d}_{truth['layout']}", indent=2)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 9393, write_corpus, argv)


if __name__ == "__main__":
    main()
