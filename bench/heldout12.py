"""Held-out corpus 12: eight claim layouts full of other parties' details, about 30% scans.

Usage: python -m bench.heldout12 OUTDIR COUNT [--seed 12121]
"""

from __future__ import annotations

import io
import random
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

from bench.corpus_files import corpus_main, write_cases
from bench.heldout12_case import new_claim
from bench.heldout12_forms import boxed, dotted, fnol, property_form
from bench.heldout12_packet import packet
from bench.heldout12_prose import email, lawyer, letter

LAYOUTS = (
    "boxed_grid",
    "dotted_leaders",
    "claimant_letter",
    "email_printout",
    "repair_packet",
    "fnol_two_column",
    "property_items",
    "solicitor_notice",
)
SCANNED_SLOTS = (1, 4, 7)
_DRAW = {
    "boxed_grid": boxed,
    "dotted_leaders": dotted,
    "claimant_letter": letter,
    "email_printout": email,
    "repair_packet": packet,
    "fnol_two_column": fnol,
    "property_items": property_form,
    "solicitor_notice": lawyer,
}
# layout: (incident types, whether a vehicle is involved: True, False or None for either)
_KINDS = {
    "boxed_grid": (("collision", "theft", "glass", "water_damage", "fire", "weather"), None),
    "dotted_leaders": (
        ("collision", "vandalism", "theft", "water_damage", "other", "weather"),
        None,
    ),
    "claimant_letter": (("collision", "glass", "weather", "water_damage", "fire", "theft"), None),
    "email_printout": (("collision", "vandalism", "glass", "water_damage", "other"), None),
    "repair_packet": (("collision", "vandalism", "weather", "glass"), True),
    "fnol_two_column": (("collision", "theft", "vandalism", "glass", "weather", "fire"), True),
    "property_items": (("water_damage", "fire", "weather", "theft", "vandalism"), False),
    "solicitor_notice": (("injury", "liability"), False),
}
_LOCALES = ("US", "UK", "EU", "AU", "CA")


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth and the PDF of case `index`; the layout cycles through LAYOUTS."""
    layout = LAYOUTS[index % len(LAYOUTS)]
    rng = random.Random(f"h12:{seed}:{index}")
    kinds, motor = _KINDS[layout]
    kind = rng.choice(kinds)
    claim = new_claim(
        rng, rng.choice(_LOCALES), kind, rng.random() < 0.5 if motor is None else motor
    )
    pdf = bytes(_DRAW[layout](claim).output())
    truth = dict(claim.t)
    truth["layout"], truth["scanned"] = layout, index % 10 in SCANNED_SLOTS
    if truth["scanned"]:
        pdf = _scan(pdf, rng)
    return truth, pdf


def _scan(pdf: bytes, rng: random.Random) -> bytes:
    """Each page as a skewed, blurred, noisy grey image on a page of the same size, no text."""
    doc = pypdfium2.PdfDocument(pdf)
    out = FPDF(unit="pt")
    out.set_creation_date(datetime(2026, 1, 1))
    noise = np.random.default_rng(rng.randrange(2**32))
    for page in doc:
        width, height = page.get_size()
        img = page.render(scale=rng.uniform(1.3, 1.6)).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.5, 1.5), fillcolor=250, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
        arr = np.asarray(img, dtype=np.int16) + noise.integers(-20, 20, img.size[::-1])
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        out.add_page(format=(width, height))
        out.image(buf, x=0, y=0, w=width, h=height)
    doc.close()
    return bytes(out.output())


def write_corpus(out: Path, count: int, seed: int) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h12_{index:03d}", indent=1)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 12121, write_corpus, argv)


if __name__ == "__main__":
    main()
