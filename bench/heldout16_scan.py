"""Held-out corpus 16 scans: pages rendered, tilted, blurred, speckled and saved as JPEG images."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter


def degrade(image: Image.Image, rng: random.Random, look: str) -> Image.Image:
    """A grey page as a copier or a fax machine would leave it."""
    grey = image.convert("L")
    grey = grey.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False,
                       fillcolor=255)
    grey = grey.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    noise = np.random.default_rng(rng.randint(0, 2**31))
    pixels = np.asarray(grey, dtype=np.float32)
    pixels = pixels * rng.uniform(0.88, 0.97) + rng.uniform(4, 18)   # grey paper, weak toner
    pixels += noise.normal(0, rng.uniform(4, 10), pixels.shape)
    if look == "fax":
        pixels = np.where(pixels < rng.uniform(150, 175), 20.0, 245.0)
        flips = noise.random(pixels.shape) < 0.002
        pixels[flips] = 255 - pixels[flips]
    elif look == "photocopy":
        shade = np.linspace(0, rng.uniform(10, 35), pixels.shape[1], dtype=np.float32)
        pixels -= shade[None, :]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def scan_pdf(pdf: bytes, rng: random.Random) -> bytes:
    """The same pages as images only: no text layer survives."""
    dpi = rng.choice([150, 170, 200])
    look = rng.choice(["plain", "photocopy", "fax"])
    out = FPDF(unit="pt", format="letter")
    out.set_creation_date(datetime(2026, 11, 1, tzinfo=UTC))
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        image = degrade(page.render(scale=dpi / 72).to_pil(), rng, look)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(35, 65))
        out.add_page(format=(width, height))
        out.image(io.BytesIO(buffer.getvalue()), 0, 0, width, height)
    document.close()
    return bytes(out.output())
