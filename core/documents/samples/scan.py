"""A "scanned copy" of a PDF: pages as grey images, a little crooked, noisy and soft, no text."""

from __future__ import annotations

import io
import random
from datetime import datetime

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

MAX_ANGLE = 0.8  # degrees; more and OCR starts to suffer
SCAN_DATE = datetime(2026, 1, 5, 9, 0).timetuple()  # fixed, so a seed gives the same bytes


def _scan_page(page: Image.Image, rng: random.Random, noise: np.random.Generator) -> Image.Image:
    image = page.convert("L").rotate(rng.uniform(-MAX_ANGLE, MAX_ANGLE),
                                     resample=Image.Resampling.BICUBIC, expand=False,
                                     fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.8)))
    pixels = np.asarray(image, dtype=np.float32)
    # paper is never white nor toner black on a scan: squeeze the range, then add sensor noise
    paper, toner = rng.uniform(236, 250), rng.uniform(18, 40)
    pixels = toner + pixels * (paper - toner) / 255.0
    pixels += noise.standard_normal(pixels.shape, dtype=np.float32) * rng.uniform(3.0, 7.0)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def scan_pdf(pdf_bytes: bytes, rng: random.Random, dpi: int = 200) -> bytes:
    """An image-only PDF of the same pages and page size, as if printed and scanned at `dpi`.

    Grayscale, rotated by at most 0.8 degrees with white fill, slightly blurred, with mild
    gaussian noise and JPEG compression artefacts; still readable for OCR.
    """
    noise = np.random.default_rng(rng.getrandbits(64))
    document = pdfium.PdfDocument(pdf_bytes)
    pages: list[Image.Image] = []
    sizes: list[tuple[float, float]] = []
    try:
        for page in document:
            sizes.append((page.get_width(), page.get_height()))
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            pages.append(_scan_page(bitmap.to_pil(), rng, noise))
    finally:
        document.close()
    if not pages:
        raise ValueError("the PDF has no pages to scan")
    # The resolution that maps the pixels back onto the original page size in points.
    width_pt, height_pt = sizes[0]
    resolution = (pages[0].width * 72 / width_pt, pages[0].height * 72 / height_pt)
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], dpi=resolution,
                  quality=rng.randint(50, 75), title="Scanned document", producer="Scanner",
                  creationDate=SCAN_DATE, modDate=SCAN_DATE)
    return out.getvalue()
