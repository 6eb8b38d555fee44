"""Held-out corpus 13: European and Canadian claim documents in eight layouts, with decoys.

Every document carries the claimant's data among other parties' names, phones, addresses,
dates, amounts and references (agent, broker, witness, other driver, repairer, hospital,
the insurer's own desk). The truth is the claimant's data and the loss, in the contract's
normal form. About 30% of the documents are scanned (image-only pages).

    python -m bench.heldout13 OUTDIR COUNT [--seed 13131]
"""

from __future__ import annotations

import io
import random
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bench import heldout13_forms as forms
from bench import heldout13_letters as letters
from bench import heldout13_packets as packets
from bench.corpus_files import corpus_main, write_cases
from bench.heldout13_case import build
from bench.heldout13_kit import LOCALES, Case

LAYOUTS = ("boxed_form", "leader_form", "prose_letter", "email_thread", "repair_packet",
           "motor_two_vehicles", "injury_letter_bill", "phone_note")
SCANNED_SLOTS = (2, 5, 9)
# layout -> (drawing function, incident types, cost rows: source, how many)
_PLAN = {
    "boxed_form": (forms.boxed, ["water_damage", "fire", "theft", "weather", "glass",
                                 "vandalism"], None, (0, 0)),
    "leader_form": (forms.leader, ["collision", "water_damage", "theft", "weather", "other"],
                    None, (0, 0)),
    "prose_letter": (letters.letter, ["theft", "vandalism", "water_damage", "other",
                                      "liability"], None, (0, 0)),
    "email_thread": (letters.email, ["glass", "weather", "water_damage"], None, (0, 0)),
    "repair_packet": (packets.packet, ["collision", "water_damage", "fire", "weather"],
                      "repair", (13, 19)),
    "motor_two_vehicles": (forms.motor, ["collision"], None, (0, 0)),
    "injury_letter_bill": (letters.medical, ["injury", "liability"], "hospital", (3, 8)),
    "phone_note": (packets.phone_note, ["theft", "fire", "weather", "water_damage",
                                        "collision", "other"], None, (0, 0)),
}
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    rng = random.Random(f"h13:{seed}:{index}")
    c = Case(rng, LOCALES[rng.choice(sorted(LOCALES))])
    draw, kinds, source, (low, high) = _PLAN[layout]
    kind = rng.choice(kinds)
    stories = None
    if source == "repair":
        source = "garage" if kind == "collision" else "builder"
    if layout == "injury_letter_bill" and kind == "liability":
        stories = "liability_injury"
    cl = build(c, kind, source, rng.randint(low, high) if high else 0, stories)
    if source == "builder" and cl.vehicle:   # a hail-damaged car goes to a garage
        cl = build(c, "collision", "garage", rng.randint(low, high))
    pen = draw(cl)
    pdf = bytes(pen.output())
    truth = dict(cl.t)
    truth["layout"], truth["scanned"] = layout, index % 10 in SCANNED_SLOTS
    if truth["scanned"]:
        pdf = _scan(pdf, rng, cl.agent.phone)
    return truth, pdf


def _scan(pdf: bytes, rng: random.Random, fax_from: str) -> bytes:
    """Rasterise each page at 150-220 dpi, skew, blur, add noise; some pages fax-like (1 bit)."""
    out = FPDF(format="A4")
    out.set_creation_date(datetime(2026, 1, 1))
    doc = pypdfium2.PdfDocument(pdf)
    noise = np.random.default_rng(rng.randrange(2**32))
    dpi = rng.choice([150, 180, 200, 200, 220])
    fax = rng.random() < 0.35
    angle = rng.uniform(-1.6, 1.6)
    for n, page in enumerate(doc):
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        if fax:   # fine horizontal, coarse vertical resolution, then a hard threshold
            w, h = img.size
            img = img.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
            draw = ImageDraw.Draw(img)
            font = ImageFont.truetype(_FONT, max(12, dpi // 12))
            draw.text((dpi // 3, dpi // 12), f"FROM: {fax_from}    "
                      f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/2026 "
                      f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}    "
                      f"P.{n + 1:03d}/{len(doc):03d}", fill=0, font=font)
        img = img.rotate(angle + rng.uniform(-0.3, 0.3), fillcolor=255,
                         resample=Image.BILINEAR, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
        arr = np.asarray(img, dtype=np.int16) + noise.integers(-22, 22, img.size[::-1])
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        buf = io.BytesIO()
        if fax:
            Image.fromarray(np.where(arr > rng.randrange(150, 185), 255, 0).astype(np.uint8)
                            ).convert("1").save(buf, format="PNG")
        else:
            Image.fromarray(arr).save(buf, format="JPEG", quality=rng.randrange(55, 80))
        width, height = page.get_size()
        out.add_page(format=(width / 72 * 25.4, height / 72 * 25.4))
        out.image(buf, x=0, y=0, w=out.w, h=out.h)
    doc.close()
    return bytes(out.output())


def write_corpus(out: Path, count: int, seed: int) -> list[Path]:
    """Write `count` cases into `out`; return the PDF paths in index order."""
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h13_{index:03d}", indent=1)


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__, 13131, write_corpus, argv)


if __name__ == "__main__":
    main()
