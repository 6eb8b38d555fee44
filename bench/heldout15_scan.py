"""Held-out corpus 15, scanned copies: each page rendered at 150-200 dpi, tilted, blurred,
speckled and unevenly lit like a photocopy, and put back as an image-only PDF."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter


def degrade(page: Image.Image, rng) -> Image.Image:
    """Tilt, blur, uneven brightness, toner speckles and noise, from `rng` only."""
    grey = page.convert("L").rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC,
                                    expand=False, fillcolor=255)
    grey = grey.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    pixels = np.asarray(grey, dtype=np.float32)
    h, w = pixels.shape
    noise = np.random.default_rng(rng.randint(0, 2**31))
    across = np.linspace(rng.uniform(-25, 0), rng.uniform(-25, 0), w)[None, :]
    down = np.linspace(rng.uniform(-15, 5), rng.uniform(-20, 0), h)[:, None]
    pixels = pixels * rng.uniform(0.85, 1.0) + across + down + rng.uniform(5, 20)
    pixels += noise.normal(0, rng.uniform(4, 10), pixels.shape)
    toner = noise.random(pixels.shape) < rng.uniform(0.0004, 0.0015)
    pixels[toner] = noise.uniform(40, 120, int(toner.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def scan_pdf(pdf: bytes, rng) -> bytes:
    """The same pages as images only: no text layer survives."""
    dpi = rng.choice((150, 160, 175, 200))
    out = FPDF(unit="mm", format="A4")
    out.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    out.set_auto_page_break(False)
    doc = pdfium.PdfDocument(pdf)
    try:
        for page in doc:
            image = degrade(page.render(scale=dpi / 72).to_pil(), rng)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=rng.randint(60, 80))
            buffer.seek(0)
            out.add_page()
            out.image(buffer, x=0, y=0, w=210, h=297)
    finally:
        doc.close()
    return bytes(out.output())
