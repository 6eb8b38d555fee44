"""Held-out corpus 18: US claim documents in eight unseen layouts, with ground truth.

`python -m bench.heldout18 OUTDIR COUNT [--seed 18181]` writes <case>.pdf beside
<case>.truth.json; slots 1, 4 and 7 of every ten are degraded image-only scans."""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout18_case import make_case
from bench.heldout18_forms import caps_boxed_scan_form, gutter_form, landscape_grid
from bench.heldout18_kit import FIELDS, FONTS
from bench.heldout18_letters import agent_loss_memo, email_printout_reply_top, poa_letter
from bench.heldout18_packets import injury_eob, xactimate_estimate_packet
from bench.heldout18_scan import scan_pdf

LAYOUTS = {
    "landscape_grid": landscape_grid, "gutter_form": gutter_form, "poa_letter": poa_letter,
    "email_printout_reply_top": email_printout_reply_top,
    "xactimate_estimate_packet": xactimate_estimate_packet, "agent_loss_memo": agent_loss_memo,
    "injury_eob": injury_eob, "caps_boxed_scan_form": caps_boxed_scan_form,
}
SCANNED_SLOTS = (1, 4, 7)
TEXT_FONTS = tuple(name for name in FONTS if name != "Mono")


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth and PDF bytes of case `index`."""
    rng = random.Random(seed * 100003 + index)
    layout = list(LAYOUTS)[index % len(LAYOUTS)]
    doc = make_case(rng, layout)
    pdf = LAYOUTS[layout](doc, rng.choice(TEXT_FONTS))
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan_pdf(pdf, rng)
    truth = {name: doc["truth"][name] for name in FIELDS}
    return {**truth, "layout": layout, "scanned": scanned}, pdf


def write_corpus(out: Path, count: int, seed: int = 18181) -> list[Path]:
    """Write `count` cases into `out`."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h18_{index:03d}_{truth['layout']}")


if __name__ == "__main__":
    corpus_main(__doc__, 18181, write_corpus)
