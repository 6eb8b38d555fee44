"""Held-out corpus 16: US and Canadian claim documents in eight layouts never seen before.

`python -m bench.heldout16 OUTDIR COUNT [--seed 16161]` writes `<case>.pdf` beside
`<case>.truth.json` (the contract's fields in normal form, plus "layout" and "scanned").
Banded forms with captions above ruled boxes, numbered questionnaires with dot leaders, a field
adjuster's report, an Outlook printout with a details table, a glass invoice packet, a faxed
handwritten form, a renter's contents schedule and a commercial auto report; each carries
other parties' names, phones, dates, amounts and references as decoys. Slots 1, 4 and 7 of
every ten are scanned copies (image-only pages).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout16_case import Case, make_case
from bench.heldout16_contents import draw_commercial_auto, draw_renter_contents
from bench.heldout16_forms import draw_banded_form, draw_numbered_leader
from bench.heldout16_paper import draw_fax_cover_form, draw_glass_invoice_packet
from bench.heldout16_reports import (
    THIRD_PERSON,
    draw_adjuster_field_report,
    draw_outlook_table_email,
)
from bench.heldout16_scan import scan_pdf

SEED = 16161
SCANNED_SLOTS = (1, 4, 7)
AUTO_KINDS = ["collision", "theft_auto", "vandalism_auto", "weather_auto"]
HOME_KINDS = ["fire", "water_damage", "weather", "vandalism", "theft"]
# layout: (drawing, kinds of loss it reports, decoy parties it prints)
LAYOUTS: dict[str, tuple[Callable[[Case], bytes], list[str], list[str]]] = {
    "banded_form": (draw_banded_form, AUTO_KINDS + HOME_KINDS, ["agent"]),
    "numbered_leader": (draw_numbered_leader, AUTO_KINDS, ["agent", "lienholder"]),
    "adjuster_field_report": (draw_adjuster_field_report, list(THIRD_PERSON), ["adjuster"]),
    "outlook_table_email": (draw_outlook_table_email, ["collision", "water_damage", "weather",
                                                       "theft"], ["insurer_staff"]),
    "glass_invoice_packet": (draw_glass_invoice_packet, ["glass"], ["vendor", "insurer_staff"]),
    "fax_cover_form": (draw_fax_cover_form, AUTO_KINDS + ["water_damage", "fire"],
                       ["agent", "insurer_staff"]),
    "renter_contents": (draw_renter_contents, ["theft", "water_damage", "fire"], ["landlord"]),
    "commercial_auto": (draw_commercial_auto, ["collision"],
                        ["driver", "other_driver", "vendor"]),
}


def make_document(index: int, seed: int = SEED) -> tuple[dict, bytes]:
    """Case `index` of the corpus drawn with `seed`: (truth, PDF bytes)."""
    rng = random.Random(seed * 100003 + index)
    layout = list(LAYOUTS)[index % len(LAYOUTS)]
    draw, kinds, roles = LAYOUTS[layout]
    case = make_case(rng, layout, kinds, roles)
    if layout == "adjuster_field_report":
        case.story = THIRD_PERSON[case.incident_type]
    pdf = draw(case)
    scanned = index % 10 in SCANNED_SLOTS
    if scanned:
        pdf = scan_pdf(pdf, rng)
    return {**case.truth(), "layout": layout, "scanned": scanned}, pdf


def write_corpus(out: Path, count: int, seed: int = SEED) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h16_{index:03d}_{truth['layout']}")


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__ or "", SEED, write_corpus, argv)


if __name__ == "__main__":
    main()
