"""Drawing pieces shared by the layouts: the page with letterhead and footer, a signature,
boxes, tables. Everything here draws; nothing decides what a claim says.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Literal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from core.documents.samples.decoys import Decoys, insurer_lines
from core.documents.samples.formats import DocStyle

# A fixed creation date (and so a fixed file id) makes a seed give the same bytes every run.
CREATION_DATE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PT = 0.3528  # millimetres per point
INK = (25, 45, 120)
GRAY = (95, 95, 95)
BLACK = (0, 0, 0)


def line_height(size: float) -> float:
    return size * PT * 1.38


class ClaimPDF(FPDF):
    """A claim document page: optional insurer letterhead, a footer with the form code."""

    def __init__(self, style: DocStyle, decoys: Decoys, *, title: str, family: str = "Helvetica",
                 letterhead: bool = True) -> None:
        super().__init__(format=style.page_format, unit="mm")
        self.core_fonts_encoding = "windows-1252"  # has the euro and pound signs
        self.doc_style = style
        self.decoys = decoys
        self.family = family
        self.letterhead = letterhead
        self.footer_text = ""
        self.page_numbers = True
        self.set_margins(style.margin, style.margin)
        self.set_auto_page_break(True, margin=style.margin + 6)
        self.set_creation_date(CREATION_DATE)
        self.set_title(title)
        self.set_author(decoys.insurer.name)
        self.set_creator("ClaimDesk sample generator")
        self.set_line_width(0.25)

    # fpdf2 calls these on every page
    def header(self) -> None:
        if self.letterhead:
            draw_letterhead(self)

    def footer(self) -> None:
        if not (self.footer_text or self.page_numbers):
            return
        self.set_y(-(self.doc_style.margin + 3))
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font(self.family, "", 7)
        self.set_text_color(*GRAY)
        self.cell(self.epw * 0.7, 4, self.footer_text)
        if self.page_numbers:
            self.cell(self.epw * 0.3, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(*BLACK)

    def use(self, size: float, style: str = "", family: str | None = None) -> float:
        """Set the font; return the line height for it."""
        self.set_font(family or self.family, style, size)
        return line_height(size)


def draw_logo(pdf: ClaimPDF, x: float, y: float, size: float) -> None:
    insurer = pdf.decoys.insurer
    pdf.set_fill_color(*insurer.color)
    if insurer.short[0] in "NBRC":
        pdf.rect(x, y, size, size, style="F", round_corners=True, corner_radius=size / 5)
    else:
        pdf.circle(x + size / 2, y + size / 2, size / 2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", size * 1.05)
    pdf.set_xy(x, y + size / 2 - 2.4)
    pdf.cell(size, 4.8, insurer.short, align="C")
    pdf.set_text_color(*BLACK)


def draw_letterhead(pdf: ClaimPDF) -> None:
    """Logo, insurer name and tagline on the left; its address and claims line on the right."""
    insurer = pdf.decoys.insurer
    top = pdf.t_margin - 4
    draw_logo(pdf, pdf.l_margin, top, 12)
    pdf.set_xy(pdf.l_margin + 15, top + 0.5)
    pdf.set_text_color(*insurer.color)
    pdf.set_font(pdf.family, "B", 14)
    pdf.cell(pdf.epw * 0.55, 6.5, insurer.name)
    pdf.set_xy(pdf.l_margin + 15, top + 7.5)
    pdf.set_font(pdf.family, "I", 7.5)
    pdf.set_text_color(*GRAY)
    pdf.cell(pdf.epw * 0.55, 4, insurer.tagline)
    address, contact = insurer_lines(pdf.decoys, pdf.doc_style)
    pdf.set_font(pdf.family, "", 7)
    for i, text in enumerate((address, *contact.split("  |  ")[:2])):
        pdf.set_xy(pdf.l_margin + pdf.epw * 0.5, top + 0.5 + i * 3.6)
        pdf.cell(pdf.epw * 0.5, 3.6, text, align="R")
    pdf.set_draw_color(*insurer.color)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, top + 14, pdf.w - pdf.r_margin, top + 14)
    pdf.set_line_width(0.25)
    pdf.set_text_color(*BLACK)
    pdf.set_xy(pdf.l_margin, top + 17)


def draw_title(pdf: ClaimPDF, title: str, subtitle: str = "") -> None:
    pdf.set_text_color(*pdf.decoys.insurer.color)
    pdf.cell(0, pdf.use(15, "B") + 1, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*GRAY)
    if subtitle:
        pdf.multi_cell(0, pdf.use(7.5, "I"), subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*BLACK)
    pdf.ln(1.5)


def draw_band(pdf: ClaimPDF, text: str, size: float) -> None:
    """A section heading: a tinted band across the page."""
    r, g, b = pdf.decoys.insurer.color
    pdf.set_fill_color(int(r + (255 - r) * 0.82), int(g + (255 - g) * 0.82),
                       int(b + (255 - b) * 0.82))
    pdf.ln(1.2)
    pdf.cell(0, pdf.use(size, "B") + 1, f" {text}", fill=True, new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(0.8)


def fit_cell(pdf: ClaimPDF, w: float, h: float, text: str, size: float, style: str = "",
             align: str = "L", border: Literal[0, 1] | str = 0,
             family: str | None = None) -> None:
    """A one-line cell whose font shrinks until the text fits its width."""
    pdf.use(size, style, family)
    while size > 6 and pdf.get_string_width(text) > w - 2 * pdf.c_margin:
        size -= 0.4
        pdf.use(size, style, family)
    pdf.cell(w, h, text, align=align, border=border)


def draw_signature(pdf: ClaimPDF, x: float, y: float, w: float, rng: random.Random) -> None:
    """A handwritten-looking scrawl in blue ink with its baseline at `y`: loops that run on."""
    loops = rng.randint(5, 8)
    radius = rng.uniform(1.6, 2.4)
    heights = [rng.uniform(2.0, 5.5) for _ in range(loops + 1)]
    phase = rng.uniform(0, math.pi)
    steps = 40 * loops
    points = []
    for i in range(steps + 1):
        t = i / steps
        turn = 2 * math.pi * loops * t + phase
        height = heights[int(t * loops)] * (1 - 0.35 * t)
        points.append((x + w * t + radius * math.cos(turn) * 0.9,
                       y - 1 - height * (0.5 + 0.5 * math.sin(turn))))
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.32)
    pdf.polyline(points)
    pdf.line(x + w * 0.05, y - 0.4, x + w * rng.uniform(0.6, 0.95), y - rng.uniform(1.0, 2.5))
    pdf.set_line_width(0.25)
    pdf.set_draw_color(*BLACK)


def draw_signature_line(pdf: ClaimPDF, label: str, date_label: str, date_text: str,
                        rng: random.Random, size: float) -> None:
    """"Signature ______  Date ____" with a scrawl on the line and the date filled in."""
    pdf.ln(8)
    y = pdf.get_y() + 4
    x = pdf.l_margin
    draw_signature(pdf, x + 6, y, 42, rng)
    pdf.set_draw_color(*GRAY)
    pdf.line(x, y + 0.5, x + 70, y + 0.5)
    pdf.line(x + pdf.epw * 0.6, y + 0.5, x + pdf.epw * 0.6 + 45, y + 0.5)
    pdf.set_draw_color(*BLACK)
    pdf.set_xy(x + pdf.epw * 0.6, y - 4.5)
    pdf.use(size)
    pdf.cell(45, 4.5, date_text)
    pdf.set_text_color(*GRAY)
    pdf.use(size - 1.5)
    pdf.set_xy(x, y + 1)
    pdf.cell(70, 4, label)
    pdf.set_xy(x + pdf.epw * 0.6, y + 1)
    pdf.cell(45, 4, date_label)
    pdf.use(size)
    pdf.set_text_color(*BLACK)
    pdf.set_xy(x, y + 6)


def draw_items_table(pdf: ClaimPDF, items: Sequence[dict[str, str]], total: str, size: float,
                     *, heading: str = "Description", total_label: str = "Total",
                     width: float | None = None) -> None:
    """Line items with an amount column and a total row, bordered and lightly tinted."""
    style = pdf.doc_style
    width = width or pdf.epw
    h = line_height(size) + 1.2
    x = pdf.get_x()
    amount_w = max(38.0, width * 0.28)
    pdf.set_fill_color(232, 232, 232)
    pdf.use(size, "B")
    pdf.cell(width - amount_w, h, heading, border=1, fill=True)
    pdf.cell(amount_w, h, f"Amount ({style.currency})", border=1, fill=True, align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for item in items:
        pdf.set_x(x)
        fit_cell(pdf, width - amount_w, h, item["description"], size, border=1)
        pdf.use(size)
        pdf.cell(amount_w, h, style.number(item["amount"]), border=1, align="R",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x)
    pdf.use(size, "B")
    pdf.cell(width - amount_w, h, total_label, border=1, align="R")
    pdf.cell(amount_w, h, style.amount(total), border=1, align="R", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.use(size)
