"""Held-out corpus 15: UK, Irish, Australian, New Zealand and Indian claim documents in eight
layouts none of which is a plain `label: value` form, each beside its truth record.

    python -m bench.heldout15 OUTDIR COUNT [--seed 15151]

Layouts: boxed_above (labels printed small above ruled boxes), underscore_form (values on
underlined blanks), broker_letter (a broker notifies the claim for its client), gmail_print
(a printed e-mail thread), medical_packet (letter, hospital tax invoice, pharmacy receipt),
stat_dec (a statutory declaration in numbered paragraphs), storm_schedule (a property schedule
table) and motor_sketch (both vehicles side by side with a sketch). Documents in slots 2, 5
and 8 of every ten are image-only scans.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout15_blanks import draw_underscore_form
from bench.heldout15_case import make_case
from bench.heldout15_forms import draw_boxed_above
from bench.heldout15_letters import draw_broker_letter, draw_stat_dec
from bench.heldout15_mail import draw_gmail_print
from bench.heldout15_medical import draw_medical_packet
from bench.heldout15_motor import draw_motor_sketch
from bench.heldout15_scan import scan_pdf
from bench.heldout15_schedule import draw_storm_schedule

# layout -> (drawing function, the incident types its narratives and tick boxes tell)
LAYOUTS = {
    "boxed_above": (draw_boxed_above, ("fire", "theft", "water_damage", "weather", "vandalism",
                                       "other")),
    "underscore_form": (draw_underscore_form, ("collision", "liability")),
    "broker_letter": (draw_broker_letter, ("fire", "theft", "water_damage", "weather",
                                           "vandalism")),
    "gmail_print": (draw_gmail_print, ("glass", "theft", "water_damage", "collision")),
    "medical_packet": (draw_medical_packet, ("injury",)),
    "stat_dec": (draw_stat_dec, ("theft", "vandalism", "fire", "other")),
    "storm_schedule": (draw_storm_schedule, ("weather", "water_damage")),
    "motor_sketch": (draw_motor_sketch, ("collision",)),
}
SCANNED_SLOTS = (2, 5, 8)
DEFAULT_SEED = 15151


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth record and PDF bytes of case `index`; the same (index, seed), the same bytes."""
    rng = random.Random(f"heldout15-{seed}-{index}")
    layout = list(LAYOUTS)[index % len(LAYOUTS)]
    draw, kinds = LAYOUTS[layout]
    case = make_case(rng, layout, kinds)
    pdf = draw(case)
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan_pdf(pdf, rng)
    return case.truth(scanned), pdf


def write_corpus(out: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h15_{index:03d}_{truth['layout']}")


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, DEFAULT_SEED, write_corpus, argv)


if __name__ == "__main__":
    main()
