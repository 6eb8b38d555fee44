"""The layouts a sample claim can be printed in, and the one door to render them."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from core.documents.samples.decoys import Decoys, make_decoys
from core.documents.samples.formats import DocStyle, draw_style
from core.documents.samples.forms import render_dotted, render_form_boxed, render_form_inline
from core.documents.samples.pdfkit import ClaimPDF
from core.documents.samples.prose import render_email, render_letter, render_packet
from core.documents.samples.truth import country_of

Renderer = Callable[[dict[str, Any], DocStyle, Decoys, random.Random], ClaimPDF]
RENDERERS: dict[str, Renderer] = {
    "form_inline": render_form_inline,
    "form_boxed": render_form_boxed,
    "dotted": render_dotted,
    "letter": render_letter,
    "email": render_email,
    "packet": render_packet,
}
LAYOUTS = tuple(RENDERERS)


def expected_pages(record: dict[str, Any], layout: str) -> int:
    """Pages a layout gives: one, or for a packet two plus an invoice page when there are items."""
    if layout == "packet":
        return 3 if record.get("line_items") else 2
    return 1


def build_claim_pdf(record: dict[str, Any], layout: str, rng: random.Random) -> ClaimPDF:
    """The unsaved document behind `render_claim_pdf` (for callers that add, say, encryption)."""
    if layout not in RENDERERS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    country = country_of(record)
    start = rng.getstate()
    scale = 1.0
    for _ in range(8):
        rng.setstate(start)
        style = draw_style(rng, record, country, scale)
        pdf = RENDERERS[layout](record, style, make_decoys(rng, record, country), rng)
        if pdf.pages_count <= expected_pages(record, layout):
            break
        scale *= 0.92  # too long for its pages: print it smaller, as a form designer would
    return pdf


def render_claim_pdf(record: dict[str, Any], layout: str, rng: random.Random) -> bytes:
    """A digital PDF (with a text layer) of `record` in `layout`; decoys and formats from `rng`.

    The same record, layout and random state always give the same bytes.
    """
    return bytes(build_claim_pdf(record, layout, rng).output())
