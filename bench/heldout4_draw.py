"""Drawing helpers for the fourth held-out corpus: boxed cells, check boxes, headings, tables."""

from __future__ import annotations

from typing import cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bench.heldout4_kit import Case

TYPE_LABELS = (("collision", "Collision / accident"), ("theft", "Theft / burglary"),
               ("fire", "Fire / smoke"), ("water_damage", "Escape of water"),
               ("weather", "Storm / hail / flood"), ("vandalism", "Vandalism / malicious"),
               ("glass", "Glass only"), ("injury", "Bodily injury"),
               ("liability", "Liability to others"), ("other", "Other"))


def box(pdf: FPDF, x: float, y: float, w: float, label: str, value: str | None,
        lines: int = 1) -> float:
    """A bordered cell with a small label above its value; returns the y below it."""
    pdf.set_font("Helvetica", "", 9)
    if value:
        lines = max(lines, count_lines(pdf, w - 3, value))
    h = 4 + 5 * lines
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1, y + 0.6)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.cell(w - 2, 3, label)
    pdf.set_xy(x + 1.5, y + 4)
    pdf.set_font("Helvetica", "", 9)
    if value:
        pdf.multi_cell(w - 3, 4.6, value, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return y + h


def count_lines(pdf: FPDF, w: float, text: str) -> int:
    """How many lines `text` takes in a multi_cell `w` wide, in the current font."""
    return len(cast(list[str], pdf.multi_cell(w, 5, text, dry_run=True, output="LINES")))


def heading(pdf: FPDF, x: float, y: float, w: float, text: str) -> float:
    """A shaded section heading bar; returns the y below it."""
    pdf.set_fill_color(215, 222, 232)
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(w, 5.5, text, border=1, fill=True)
    return y + 5.5


def checkbox(pdf: FPDF, x: float, y: float, label: str, ticked: bool, size: float = 3) -> None:
    """A small square, crossed when `ticked`, with its label to the right."""
    pdf.rect(x, y, size, size)
    if ticked:
        pdf.line(x, y, x + size, y + size)
        pdf.line(x, y + size, x + size, y)
    pdf.set_xy(x + size + 1, y - 0.6)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(40, 4.2, label)


def type_boxes(pdf: FPDF, case: Case, x: float, y: float, w: float, cols: int = 2,
               labels: tuple[tuple[str, str], ...] = TYPE_LABELS) -> float:
    """The incident type as a grid of check boxes (only the claim's ticked)."""
    step = w / cols
    for index, (key, label) in enumerate(labels):
        row, col = divmod(index, cols)
        checkbox(pdf, x + 1 + col * step, y + 1.5 + row * 5, label,
                 key == case.get("incident_type"))
    return y + 2 + 5 * ((len(labels) + cols - 1) // cols)


def table(pdf: FPDF, x: float, widths: tuple[float, ...], header: tuple[str, ...],
          rows: list[tuple[str, ...]], aligns: str = "", size: float = 8.5) -> None:
    """A ruled table starting at (x, current y); `aligns` is one letter (L/R/C) per column."""
    aligns = aligns or "L" * len(widths)
    pdf.set_x(x)
    pdf.set_font("Helvetica", "B", size)
    pdf.set_fill_color(235, 235, 235)
    for width, text, align in zip(widths, header, aligns, strict=True):
        pdf.cell(width, 6, text, border=1, align=align, fill=True)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        pdf.set_x(x)
        for width, text, align in zip(widths, row, aligns, strict=True):
            pdf.cell(width, 5.6, text, border=1, align=align)
        pdf.ln(5.6)


def para(pdf: FPDF, text: str, size: float = 10, style: str = "", h: float = 5,
         family: str = "Times") -> None:
    """A paragraph across the page width, followed by a small gap."""
    pdf.set_font(family, style, size)
    pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def kv(pdf: FPDF, label: str, value: str, label_w: float = 48, size: float = 9.5,
       family: str = "Helvetica") -> None:
    """A label then its value on one line (value wraps under itself)."""
    pdf.set_font(family, "B", size)
    pdf.cell(label_w, 5.2, label)
    pdf.set_font(family, "", size)
    pdf.multi_cell(0, 5.2, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def titled_text(pdf: FPDF, title: str, text: str, sizes: tuple[float, float] = (8.5, 9.5),
                shaded: bool = False) -> None:
    """A bold title line over a bordered block of free text, across the page width."""
    pdf.set_font("Helvetica", "B", sizes[0])
    pdf.cell(0, 5.5, title, border=1 if shaded else 0, fill=shaded,
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", sizes[1])
    pdf.multi_cell(0, 4.8, text, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2.5)
