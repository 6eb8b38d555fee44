"""Held-out corpus 8: claim PDFs in eight layouts no other corpus uses, each beside its truth.

    python -m bench.heldout8 OUTDIR COUNT [--seed 8383]

Writes <case>.pdf and <case>.truth.json (every contract field in normal form, plus `layout`
and `scanned`). The layouts cycle; cases whose index % 10 is in SCANNED_SLOTS are image-only
scans. Decoys (agents, witnesses, repairers, other parties, policy periods, quotes, past
claims) stand around the truth on purpose: the corpus trains and tests a field chooser.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout8_case import make_case
from bench.heldout8_chat import draw_chat
from bench.heldout8_forms import draw_broker_sheet, draw_numbered_form
from bench.heldout8_packets import draw_eu_home, draw_rental_packet
from bench.heldout8_scan import scan_pdf
from bench.heldout8_sheet import draw_sheet
from bench.heldout8_talk import draw_call_notes, draw_questionnaire

# layout -> (drawer, countries, kinds of claim)
LAYOUTS = {
    "questionnaire": (draw_questionnaire, ("US", "UK", "CA", "AU"), ("motor", "home")),
    "call_notes": (draw_call_notes, ("US", "CA", "UK", "IE"), ("motor", "motor", "home")),
    "web_chat": (draw_chat, ("UK", "AU", "US", "IE"), ("motor", "home")),
    "numbered_form": (draw_numbered_form, ("US", "CA"), ("motor", "motor", "home")),
    "broker_sheet": (draw_broker_sheet, ("UK", "AU", "IE", "US"), ("home", "motor")),
    "sheet_export": (draw_sheet, ("US", "CA", "AU", "UK"), ("motor", "home")),
    "eu_home": (draw_eu_home, ("NL", "FR"), ("home",)),
    "rental_packet": (draw_rental_packet, ("UK", "US", "AU"), ("water",)),
}
SCANNED_SLOTS = frozenset({2, 5, 8})


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """Case `index` of the corpus drawn with `seed`: (truth, PDF bytes)."""
    rng = random.Random(seed * 100_003 + index)
    name = list(LAYOUTS)[index % len(LAYOUTS)]
    draw, countries, kinds = LAYOUTS[name]
    kind = rng.choice(kinds)
    if kind == "water":
        case = make_case(rng, rng.choice(countries), "home", "water_damage")
    else:
        case = make_case(rng, rng.choice(countries), kind)
    if name == "eu_home" and case.truth["incident_type"] == "injury":
        case.truth["incident_type"] = "other"
    pdf = draw(case)
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan_pdf(pdf, rng)
    return {**case.truth, "layout": name, "scanned": scanned}, pdf


def write_corpus(out: Path, count: int, seed: int) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h8_{index:04d}", indent=2)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 8383, write_corpus, argv)


if __name__ == "__main__":
    main()
