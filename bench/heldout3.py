"""A third held-out corpus: claim documents in layouts neither the extractor nor the other
held-out corpora use.

    python -m bench.heldout3 OUT_DIR [COUNT]

Each case is <case>.pdf beside <case>.truth.json, which holds the contract's 17 fields in
normal form plus "layout" and "scanned". Layouts: an insurer web-portal submission printout
(boxed fields, labels above values), a typed form of numbered questions with dotted leaders,
an e-mail thread forwarded by an agent, a claimant's formal letter, a multi-page packet
(cover sheet, repair invoice, police summary), a household property-damage form with a table
of damaged items, and a commercial fleet accident report (policyholder, driver and third
party apart). Every layout prints decoys (agents, witnesses, shops, drivers, other references,
dates and amounts). Dates, money and phones are printed the way the claimant's country (US,
UK, DE) writes them. Some records lack optional fields; a field the record lacks is not
printed, and every value it has is printed in a form that normalises back to the truth.
Every fourth case is a scanned copy. Same seed, same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from faker import Faker

from bench.heldout3_forms import layout_dotted, layout_portal, layout_property
from bench.heldout3_kit import Case, Doc, country_code
from bench.heldout3_letters import layout_email, layout_letter, layout_packet
from bench.heldout3_motor import layout_fleet
from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import FIELDS, make_claim_record

DEFAULT_SEED = 7301
# Fields a claimant may leave out, and how often they do so in this corpus.
OPTIONAL_GAPS = {"claimant_email": 0.2, "claimant_phone": 0.1, "claim_number": 0.15,
                 "claimant_address": 0.08}
LOCALES = {"US": "en_US", "UK": "en_GB", "DE": "de_DE"}
LAYOUTS: dict[str, tuple[Callable[[Case], Doc], tuple[str | None, ...]]] = {
    "portal_printout": (layout_portal, (None, "motor")),
    "dotted_form": (layout_dotted, (None,)),
    "email_thread": (layout_email, (None,)),
    "claimant_letter": (layout_letter, (None,)),
    "repair_packet": (layout_packet, ("motor", "home")),
    "property_damage": (layout_property, ("home",)),
    "fleet_motor": (layout_fleet, ("motor",)),
}


def make_case(rng: random.Random, products: tuple[str | None, ...]) -> Case:
    """A truth record (some optional fields dropped) with decoys from the claimant's country."""
    fake = Faker("en_US")
    fake.seed_instance(rng.getrandbits(32))
    record: dict[str, Any] = make_claim_record(rng, fake, product_type=rng.choice(products))
    country = country_code(record)
    for name, share in OPTIONAL_GAPS.items():
        if rng.random() < share:
            record[name] = None
    decoys = Faker(LOCALES[country])
    decoys.seed_instance(rng.getrandbits(32))
    return Case(record, rng, decoys, country)


def generate_heldout3(out_dir: Path, count: int, seed: int = DEFAULT_SEED,
                      scan_every: int = 4) -> list[Path]:
    """Write `count` cases (<case>.pdf and <case>.truth.json) into `out_dir`; return the PDFs.

    Case i is a scanned copy when `scan_every` > 0 and i % scan_every == scan_every - 1.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = list(LAYOUTS)
    paths: list[Path] = []
    for i in range(count):
        layout = names[i % len(names)]
        render, products = LAYOUTS[layout]
        case_rng = random.Random(rng.getrandbits(64))
        case = make_case(case_rng, products)
        pdf_bytes = bytes(render(case).output())
        scanned = scan_every > 0 and i % scan_every == scan_every - 1
        if scanned:
            pdf_bytes = scan_pdf(pdf_bytes, case_rng)
        stem = f"h3_{i:04d}_{layout}"
        pdf_path = out_dir / f"{stem}.pdf"
        pdf_path.write_bytes(pdf_bytes)
        truth: dict[str, Any] = {name: case.record.get(name) for name in FIELDS}
        truth["layout"] = layout
        truth["scanned"] = scanned
        (out_dir / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2,
                                                               ensure_ascii=False))
        paths.append(pdf_path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m bench.heldout3 OUT_DIR [COUNT]")
    written = generate_heldout3(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 28)
    print(f"wrote {len(written)} cases to {sys.argv[1]}")
