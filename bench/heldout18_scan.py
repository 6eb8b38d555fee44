"""Held-out corpus 18 scans: render each page and degrade it into an image-only PDF."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter


def scan_pdf(pdf: bytes, rng: random.Random) -> bytes:
    """An image-only copy of `pdf`: tilt, blur, noise, JPEG; sometimes a fax/photocopy look."""
    dpi = rng.choice((150, 170, 200))
    fax = rng.random() < 0.4
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for page in doc:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False,
                             fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 9, image.size[::-1])
        pixels = np.clip(np.asarray(image, dtype=float) + noise, 0, 255)
        if fax:
            pixels = np.where(pixels < 150, 20, 250)
        pages.append(Image.fromarray(pixels.astype(np.uint8)))
    doc.close()
    out = FPDF(unit="pt")
    out.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    for image in pages:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(35, 60))
        width, height = image.width * 72 / dpi, image.height * 72 / dpi
        out.add_page(format=(width, height))
        out.image(io.BytesIO(buffer.getvalue()), 0, 0, width, height)
    return bytes(out.output())
