"""Held-out corpus 17 scans: render each page, degrade it like a photocopy, fax or phone scan,
and rebuild the PDF from JPEG images only (no text layer)."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter


def degrade(image: Image.Image, rng: random.Random) -> Image.Image:
    """Greyscale, slight rotation, blur, noise; a fax look thresholds it to black and white."""
    gray = image.convert("L")
    look = rng.choice(("copy", "copy", "fax", "phone"))
    gray = gray.rotate(rng.uniform(-1.4, 1.4), resample=Image.Resampling.BICUBIC,
                       expand=False, fillcolor=255)
    gray = gray.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    noise_rng = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(gray, dtype=np.float32)
    pixels = pixels + noise_rng.normal(0, rng.uniform(4, 10), pixels.shape)
    if look == "fax":
        pixels = np.where(pixels > rng.uniform(150, 185), 255, 0)
    elif look == "phone":   # uneven lighting from one side
        ramp = np.linspace(0, rng.uniform(20, 45), pixels.shape[1], dtype=np.float32)
        pixels = pixels - ramp[None, :]
    else:   # photocopy: greyed background, a few specks
        pixels = pixels * 0.93
        specks = noise_rng.random(pixels.shape) < 0.0004
        pixels[specks] = 40
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def scan_pdf(pdf: bytes, rng: random.Random) -> bytes:
    """The PDF as image-only pages at 150-200 dpi with JPEG artefacts."""
    dpi = rng.choice((150, 170, 200))
    out = FPDF(format="A4", unit="mm")
    out.creation_date = datetime(2026, 1, 1, tzinfo=UTC)
    doc = pdfium.PdfDocument(pdf)
    for index in range(len(doc)):
        page = doc[index]
        image = page.render(scale=dpi / 72).to_pil()
        page.close()
        buffer = io.BytesIO()
        degrade(image, rng).save(buffer, format="JPEG", quality=rng.randint(35, 60))
        out.add_page()
        out.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    doc.close()
    return bytes(out.output())
