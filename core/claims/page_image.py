"""Page images for review: a PDF page rendered with pypdfium2, the fields' boxes drawn on it.

Boxes come in PDF points from the page's top-left (the pipeline's convention) and are scaled
by image width / page width. Drawing is kept apart from extraction and from the database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

TARGET_WIDTH = 1400  # pixels: sharp enough to read a form's small print on a review screen
MAX_SCALE = 4.0
PALETTE = (
    (220, 38, 38), (37, 99, 235), (22, 163, 74), (147, 51, 234), (234, 88, 12),
    (8, 145, 178), (219, 39, 119), (101, 163, 13), (79, 70, 229), (202, 138, 4),
)
EDITED = (100, 116, 139)


@dataclass(frozen=True)
class FieldBox:
    label: str
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points
    edited: bool = False


def render_page(data: bytes, page_number: int,
                target_width: int = TARGET_WIDTH) -> tuple[Image.Image, float]:
    """(RGB image of page `page_number` (from 1), the page's width in points)."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_number - 1]
        width = page.get_width()
        scale = min(MAX_SCALE, target_width / width)
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    return image, width


def draw_field_boxes(image: Image.Image, boxes: list[FieldBox], *, scale: float) -> bytes:
    """The image as PNG with each box outlined and its label on a tab above it."""
    draw = ImageDraw.Draw(image, "RGBA")
    size = max(12, round(image.width / 70))  # readable when the page is shown half-screen
    font = ImageFont.load_default(size=size)
    line = max(2, round(scale))
    for index, box in enumerate(boxes):
        colour = EDITED if box.edited else PALETTE[index % len(PALETTE)]
        x0, top, x1, bottom = (v * scale for v in box.bbox)
        pad = line + 1
        draw.rectangle((x0 - pad, top - pad, x1 + pad, bottom + pad), outline=colour,
                       width=line, fill=(*colour, 28))
        label = f"{box.label} (edited)" if box.edited else box.label
        left, upper, right, lower = draw.textbbox((0, 0), label, font=font)
        tab_w, tab_h = right - left + 8, lower - upper + 6
        tab_top = top - pad - tab_h if top - pad - tab_h >= 0 else bottom + pad
        draw.rectangle((x0 - pad, tab_top, x0 - pad + tab_w, tab_top + tab_h), fill=colour)
        draw.text((x0 - pad + 4 - left, tab_top + 3 - upper), label, font=font,
                  fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
