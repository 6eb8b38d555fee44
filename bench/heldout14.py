"""Held-out corpus 14: US and Canadian claim documents in eight unseen layouts, with truth.

`python -m bench.heldout14 OUTDIR COUNT [--seed 14141]` writes <case>.pdf beside
<case>.truth.json (the contract's fields in normal form plus "layout" and "scanned").
Three slots in every ten are image-only scanned copies."""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout14_auto import draw_auto_tow_rental
from bench.heldout14_case import make_case
from bench.heldout14_forms import draw_acord_notice, draw_leader_two_col
from bench.heldout14_kit import scan_pdf
from bench.heldout14_letters import draw_claimant_letter, draw_email_forward, items_for
from bench.heldout14_packets import draw_contractor_packet
from bench.heldout14_sheets import draw_sworn_proof, draw_web_portal
from bench.heldout14_story import tell_story

DRAW = {"acord_notice": draw_acord_notice, "leader_two_col": draw_leader_two_col,
        "claimant_letter": draw_claimant_letter, "email_forward": draw_email_forward,
        "contractor_packet": draw_contractor_packet, "auto_tow_rental": draw_auto_tow_rental,
        "sworn_proof": draw_sworn_proof, "web_portal": draw_web_portal}
LAYOUTS = tuple(DRAW)
SCANNED_SLOTS = (2, 5, 8)
DEFAULT_SEED = 14141


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth record and PDF bytes of case `index` under `seed`."""
    rng = random.Random(seed * 100003 + index)
    layout = LAYOUTS[index % len(LAYOUTS)]
    case = make_case(rng, layout, index, tell_story)
    if layout == "claimant_letter" and rng.random() < 0.5:
        case.items = items_for(rng, case)
    pdf = DRAW[layout](case, rng)   # a packet sets its own items and total while drawing
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan_pdf(pdf, rng)
    return case.truth(scanned), pdf


def case_stem(index: int, truth: dict) -> str:
    return f"h14_{index:03d}_{truth['layout']}"


def write_corpus(out: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    return write_cases(out, count, seed, make_document, case_stem)


if __name__ == "__main__":
    corpus_main(__doc__, DEFAULT_SEED, write_corpus)
