"""Held-out corpus 8: turn a drawn PDF into an image-only scan (skew, blur, noise, no text)."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

from bench.heldout8_draw import FIXED_DATE

DPI = 150


def scan_pdf(pdf: bytes, rng: random.Random) -> bytes:
    """Rasterise each page of `pdf`, age it as a desk scanner would, rebuild it from images."""
    doc = pdfium.PdfDocument(pdf)
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED_DATE)
    out.set_auto_page_break(False)
    noise = np.random.default_rng(rng.randrange(2**32))
    for page in doc:
        width, height = page.get_size()
        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        pixels = np.asarray(image, dtype=np.int16) + noise.normal(0, 9, (image.height, image.width))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=rng.randrange(60, 85))
        out.add_page(format=(width, height))
        out.image(io.BytesIO(buf.getvalue()), 0, 0, width, height)
    doc.close()
    return bytes(out.output())
