"""Held-out corpus 6: labelled claim PDFs in layouts the extractor has never seen.

    python -m bench.heldout6 OUTDIR COUNT [--seed 6262]

Writes <case>.pdf beside <case>.truth.json (the contract's fields in normal form, plus
`layout` and `scanned`). Layouts are taken in turn; about 30% of documents are scanned copies
(image-only PDFs with scan noise). Nobody tunes the extractor to this corpus: its figures say
how the extractor does on a new insurer's documents.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from bench.heldout6_boxes import portal_printout, two_party_boxes
from bench.heldout6_forms import commercial_property, fax_form
from bench.heldout6_kit import scan_pdf
from bench.heldout6_letters import adjuster_letter, forwarded_email
from bench.heldout6_packets import motor_packet, travel_baggage, vet_claim
from bench.heldout6_story import FIELDS, Case

Layout = Callable[[random.Random, dict[str, Faker]], tuple[Case, bytes]]
LAYOUTS: dict[str, Layout] = {
    "fax_handwritten_auto": fax_form,
    "commercial_property_uk": commercial_property,
    "two_party_boxes": two_party_boxes,
    "portal_printout": portal_printout,
    "public_adjuster_letter": adjuster_letter,
    "email_forwarded_twice": forwarded_email,
    "motor_packet_police_estimate": motor_packet,
    "travel_baggage_receipts": travel_baggage,
    "vet_invoice_claim": vet_claim,
}
SCANNED_SLOTS = (2, 5, 9)  # of every ten documents: 30% scanned, spread over the layouts


def fakers(seed: int) -> dict[str, Faker]:
    out = {}
    for i, (country, locale) in enumerate((("US", "en_US"), ("GB", "en_GB"), ("IE", "en_IE"))):
        fake = Faker(locale)
        fake.seed_instance(seed * 10 + i)
        out[country] = fake
    return out


def make_document(index: int, seed: int) -> tuple[dict, bytes, bytes | None]:
    """(truth, digital PDF, scanned PDF or None) of document `index`; the same for the same seed."""
    rng = random.Random(f"{seed}:{index}")
    name = list(LAYOUTS)[index % len(LAYOUTS)]
    case, pdf = LAYOUTS[name](rng, fakers(seed * 1000 + index))
    truth = {key: case.truth[key] for key in FIELDS}
    scanned = index % 10 in SCANNED_SLOTS
    truth.update(layout=name, scanned=scanned)
    return truth, pdf, scan_pdf(pdf, rng) if scanned else None


def write_corpus(out: Path, count: int, seed: int = 6262) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        truth, pdf, scanned = make_document(index, seed)
        stem = f"h6_{index:03d}_{truth['layout']}"
        (out / f"{stem}.pdf").write_bytes(scanned or pdf)
        (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))
        written.append(out / f"{stem}.pdf")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=6262)
    args = parser.parse_args(argv)
    paths = write_corpus(args.outdir, args.count, args.seed)
    print(f"wrote {len(paths)} documents to {args.outdir}")


if __name__ == "__main__":
    main()
