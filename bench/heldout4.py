"""A fourth held-out corpus: claim documents as insurers, brokers, TPAs, hospitals, adjusters
and claimants produce them, in layouts the extractor and the other corpora do not use.

    python -m bench.heldout4 OUT_DIR [COUNT]

Each case is <case>.pdf beside <case>.truth.json: the contract's 17 fields in normal form
(claim-fields.md) plus "layout" and "scanned". Layouts: a two-column insurer form with
Section A-F numbering and check boxes; a travel/medical claim with a hospital's itemised bill
(subtotal, discount, tax; the claimed amount is the bill's total due and the line items are its
service rows); a loss adjuster's narrative report (third person, several dates); a broker's
covering e-mail with the customer's statement attached; a TPA's landscape bordereau export
(label/value grid); a paper form filled in by hand (oblique Courier on rules); and a bilingual
English/Spanish (US) or English/French form. Decoys everywhere: agents, brokers, witnesses,
doctors, hospitals, repair shops, handlers with their own names, phones, e-mails and
addresses; other references (agent codes, TPA, broker and invoice numbers, prior claims);
other dates (birth, inception, instruction, inspection, invoice, renewal) and amounts
(excess, reserve, deposit, prior settlements). Dates, money and phones are printed in the
claimant's country's styles and in office styles (ISO, 14-Mar-2026, RFC e-mail dates,
French/Spanish month names, 1 234,50 EUR). Some records lack optional fields; a field the
record lacks is not printed. Every fourth case is a scanned copy. Same seed, same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from faker import Faker
from fpdf import FPDF

from bench.heldout4_forms import layout_bordereau, layout_sections
from bench.heldout4_kit import Case
from bench.heldout4_letters import layout_adjuster, layout_broker
from bench.heldout4_medical import layout_medical
from bench.heldout4_paper import layout_bilingual, layout_handwritten
from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import FIELDS, country_of, make_claim_record

DEFAULT_SEED = 8807
# Fields a claimant may leave out, and how often they do so in this corpus.
OPTIONAL_GAPS = {"claimant_email": 0.2, "claimant_phone": 0.12, "claim_number": 0.2,
                 "claimant_address": 0.08}
LOCALES = {"US": "en_US", "GB": "en_GB", "DE": "de_DE"}
LAYOUTS: dict[str, tuple[Callable[[Case], FPDF], tuple[str | None, ...]]] = {
    "insurer_sections": (layout_sections, (None, "motor", "home")),
    "medical_bill": (layout_medical, ("health",)),
    "adjuster_report": (layout_adjuster, ("motor", "home", None)),
    "broker_email": (layout_broker, (None,)),
    "bordereau_row": (layout_bordereau, (None, "motor")),
    "handwritten_form": (layout_handwritten, (None,)),
    "bilingual_form": (layout_bilingual, (None, "motor")),
}


def make_case(rng: random.Random, products: tuple[str | None, ...]) -> Case:
    """A truth record (some optional fields dropped) with decoys from the claimant's country."""
    fake = Faker("en_US")
    fake.seed_instance(rng.getrandbits(32))
    record: dict[str, Any] = make_claim_record(rng, fake, product_type=rng.choice(products))
    country = country_of(record).code
    for name, share in OPTIONAL_GAPS.items():
        if rng.random() < share:
            record[name] = None
    decoys = Faker(LOCALES.get(country, "en_US"))
    decoys.seed_instance(rng.getrandbits(32))
    return Case(record, rng, decoys, country)


def generate_heldout4(out_dir: Path, count: int, seed: int = DEFAULT_SEED,
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
        pdf_bytes = bytes(render(case).output())  # a layout may settle the total (bill)
        scanned = scan_every > 0 and i % scan_every == scan_every - 1
        if scanned:
            pdf_bytes = scan_pdf(pdf_bytes, case_rng)
        stem = f"h4_{i:04d}_{layout}"
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
        sys.exit("usage: python -m bench.heldout4 OUT_DIR [COUNT]")
    written = generate_heldout4(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 28)
    print(f"wrote {len(written)} cases to {sys.argv[1]}")
