"""Held-out corpus 19: claim PDFs from ZA, SG, CA, GB and AU in eight unseen layouts, with truth.

`python -m bench.heldout19 OUTDIR COUNT [--seed 19191]` writes <case>.pdf beside
<case>.truth.json; slots 1, 4 and 7 of every ten are scanned (image-only) copies.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout19_case import make_case
from bench.heldout19_forms import leader_dense, short_letter, two_page_boxed, webform_email
from bench.heldout19_papers import (
    builder_quote_packet,
    call_transcript,
    theft_affidavit,
    windscreen_invoice,
)
from bench.heldout19_pdf import scan

SEED = 19191
SCANNED_SLOTS = (1, 4, 7)
DRAW = {f.__name__: f for f in (two_page_boxed, leader_dense, short_letter, webform_email,
                                 windscreen_invoice, theft_affidavit, call_transcript,
                                 builder_quote_packet)}
LAYOUTS = tuple(DRAW)


def make_document(index: int, seed: int = SEED) -> tuple[dict, bytes]:
    """The truth and PDF bytes of case `index`; the layout cycles, the rest is drawn."""
    rng = random.Random(seed * 100003 + index)
    case = make_case(rng, LAYOUTS[index % len(LAYOUTS)])
    pdf = DRAW[case.layout](case)
    if index % 10 in SCANNED_SLOTS:
        case.truth["scanned"] = True
        pdf = scan(pdf, rng)
    return case.truth, pdf


def write_corpus(out: Path, count: int, seed: int = SEED) -> list[Path]:
    return write_cases(out, count, seed, make_document,
                       lambda i, truth: f"h19_{i:03d}_{truth['layout']}")


if __name__ == "__main__":
    corpus_main(__doc__, SEED, write_corpus)
