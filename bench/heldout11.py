"""Held-out corpus 11: eight unusual claim layouts with decoys, about 30% image-only scans.

Usage: python -m bench.heldout11 OUTDIR COUNT [--seed 11111]
"""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

from bench import heldout11_layouts as lay
from bench.corpus_files import corpus_main, write_cases
from bench.heldout11_kit import FIELDS, Case

LAYOUTS = ("motor_de", "police_first", "glass_invoice", "memo", "complaint", "storm_photos",
           "statement", "household")
SCANNED_SLOTS = (2, 5, 8)
_LOCALES = {"motor_de": ("DE", "CH", "AT"), "police_first": ("US", "UK", "AU"),
            "glass_invoice": ("AU", "UK", "US"), "memo": ("US", "UK", "DE"),
            "complaint": ("UK", "US", "AU"), "storm_photos": ("AU", "US", "CH"),
            "statement": ("UK", "AT", "US"), "household": ("US", "DE", "UK")}
_STORY = {
    "motor_de": ("collision", "Beim Abbiegen fuhr ein Lieferwagen auf unser Fahrzeug auf."),
    "police_first": ("collision", "Vehicle 2 failed to stop at the signal and struck the "
                                  "insured vehicle on the driver side."),
    "glass_invoice": ("glass", "A stone thrown up by a truck cracked the windscreen."),
    "memo": ("theft", "The employee's company laptop and bag were stolen from a locked car."),
    "complaint": ("water_damage", "A burst pipe in the upstairs bathroom soaked the ceiling "
                                  "and the kitchen below."),
    "storm_photos": ("weather", "Hail the size of golf balls broke roof tiles and the skylight."),
    "statement": ("water_damage", "The washing machine hose split and flooded the ground "
                                  "floor."),
    "household": ("fire", "A pan fire in the kitchen damaged cabinets and the extractor hood."),
}


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    rng = random.Random(f"{seed}:{index}")
    c = Case(rng, rng.choice(_LOCALES[layout]))
    name, mail = c.person()
    phone, e164 = c.phone()
    loss = c.day(date(2025, 6, 1), 300)
    kind, story = _STORY[layout]
    t = {f: None for f in FIELDS} | {
        "claim_number": c.code(rng.choice(["CLM-2026-999999", "SN-99-99999", "AA999999"])),
        "policy_number": c.code(rng.choice(["POL-9999-999999", "AA 9999 9999", "99-999999-A"])),
        "claimant_name": name, "claimant_email": mail, "claimant_phone": e164,
        "claimant_address": c.address(), "date_of_loss": loss.isoformat(),
        "incident_type": kind, "incident_location": " ".join(c.address().split(",")[-2:]).strip(),
        "incident_description": story, "currency": c.currency, "line_items": [],
        "claimed_amount": f"{c.cash(300, 9000):.2f}", "_phone": phone, "_loss": loss,
        "_reported": loss + timedelta(days=rng.randrange(1, 30))}
    t["incident_location"] = " ".join(t["incident_location"].split())
    t["date_reported"] = t["_reported"].isoformat()
    pen = getattr(lay, layout)(c, t)
    pdf = bytes(pen.output())
    truth = {k: v for k, v in t.items() if not k.startswith("_")}
    truth["layout"], truth["scanned"] = layout, index % 10 in SCANNED_SLOTS
    if truth["scanned"]:
        pdf = _scan(pdf, rng)
    return truth, pdf


def _scan(pdf: bytes, rng: random.Random) -> bytes:
    """Rasterise each page, add skew, blur and noise, and wrap the images in a new PDF."""
    out = FPDF(format="A4")
    out.set_creation_date(datetime(2026, 1, 1))
    doc = pypdfium2.PdfDocument(pdf)
    noise = np.random.default_rng(rng.randrange(2**32))
    for page in doc:
        img = page.render(scale=1.4).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        arr = np.asarray(img, dtype=np.int16) + noise.integers(-18, 18, img.size[::-1])
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        out.add_page()
        out.image(buf, x=0, y=0, w=out.w, h=out.h)
    doc.close()
    return bytes(out.output())


def write_corpus(out: Path, count: int, seed: int) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h11_{index:03d}", indent=1)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 11111, write_corpus, argv)


if __name__ == "__main__":
    main()
