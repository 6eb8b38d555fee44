"""Held-out corpus 13 drawing: an FPDF pen with DejaVu faces, boxes, cells, leaders and tables."""

from __future__ import annotations

import random
from datetime import datetime

from fpdf import FPDF

_DIR = "/usr/share/fonts/truetype/dejavu/"
_FACES = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "cond": "DejaVuSansCondensed",
          "mono": "DejaVuSansMono"}
_STYLES = {"": "", "B": "-Bold", "I": "-Oblique"}


class Pen(FPDF):
    """An A4 (or Letter) page writer with the DejaVu families and a few form primitives."""

    def __init__(self, rng: random.Random, paper: str = "A4", family: str | None = None):
        super().__init__(format=paper, unit="mm")
        self.rng = rng
        self.set_creation_date(datetime(2026, 1, 1))
        for fam, stem in _FACES.items():
            for style, suffix in _STYLES.items():
                if fam in ("serif", "mono") and style == "I":
                    suffix = "-Italic" if fam == "serif" else "-Oblique"
                if fam == "serif" and style == "I":
                    suffix = "-Italic"
                self.add_font(fam, style, f"{_DIR}{stem}{suffix}.ttf")
        self.family = family or rng.choice(["sans", "serif", "cond"])
        margin = rng.uniform(14, 22)
        self.set_margins(margin, rng.uniform(12, 18), margin)
        self.set_auto_page_break(True, margin=16)
        self.footer_text = ""
        self.add_page()
        self.font()

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-12)
            self.font("", 7)
            self.set_text_color(90)
            self.cell(0, 4, f"{self.footer_text}   page {self.page_no()}", align="C")
            self.set_text_color(0)

    def font(self, style: str = "", size: float = 10, family: str | None = None) -> None:
        self.set_font(family or self.family, style, size)

    @property
    def width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def para(self, text: str, size: float = 10, style: str = "", h: float | None = None,
             gap: float = 1.5, align: str = "L") -> None:
        self.font(style, size)
        self.multi_cell(0, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text: str, size: float = 11, fill: int | None = None) -> None:
        self.need(size)
        self.font("B", size)
        if fill is not None:
            self.set_fill_color(fill)
        self.cell(0, size * 0.62, text, fill=fill is not None, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def need(self, height: float) -> None:
        """Start a new page unless `height` mm still fit above the bottom margin."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def line_kv(self, label: str, value: str, lw: float, size: float = 9.5) -> None:
        """Label at the left, value right of it (wrapping inside the value column)."""
        self.need(6)
        y = self.get_y()
        self.font("B", size)
        self.multi_cell(lw, size * 0.5, label, new_x="RIGHT", new_y="TOP")
        self.font("", size)
        self.set_xy(self.l_margin + lw, y)
        self.multi_cell(self.width - lw, size * 0.5, value or "", new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(self.get_y(), y + size * 0.5) + 0.8)

    def box(self, x: float, y: float, w: float, h: float, label: str, value: str,
            cells: int = 0, size: float = 9.5) -> None:
        """A labelled box: the label small on top, the value inside; `cells` splits it."""
        self.font("", 6.5)
        self.set_text_color(70)
        self.set_xy(x, y)
        self.cell(w, 3.2, label)
        self.set_text_color(0)
        self.set_draw_color(40)
        if cells:
            cw = w / cells
            for i in range(cells):
                self.rect(x + i * cw, y + 3.4, cw, h - 3.4)
            self.font("", size, "mono")
            for i, ch in enumerate(value[:cells]):
                self.set_xy(x + i * cw, y + 3.4)
                self.cell(cw, h - 3.4, ch, align="C")
        else:
            self.rect(x, y + 3.4, w, h - 3.4)
            self.font("", size)
            self.set_xy(x + 1.2, y + 4.2)
            self.multi_cell(w - 2.4, size * 0.45, value or "")

    def leader(self, label: str, value: str, width: float | None = None, mark: str = "_",
               size: float = 10) -> None:
        """'Label: ____value____' on one line; the value sits on the rule."""
        self.need(7)
        width = width or self.width
        x0, y = self.get_x(), self.get_y()
        self.font("", size)
        lw = self.get_string_width(label + " ") + 0.5
        self.cell(lw, 6, label + " ")
        fill_w = width - lw
        self.font("I" if self.rng.random() < 0.4 else "", size, "sans")
        vw = self.get_string_width(value)
        if mark == "_":
            self.set_draw_color(60)
            self.line(x0 + lw, y + 5.2, x0 + width, y + 5.2)
            self.cell(fill_w, 6, value, align=self.rng.choice("LC"))
        else:
            dot_w = self.get_string_width(".")
            pad = max(0, int((fill_w - vw - 4) / dot_w / 2))
            self.font("", size)
            left = "." * min(pad, 6)
            self.cell(fill_w, 6, f"{left} {value} " + "." * pad)
        self.set_xy(x0, y + 7)

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float],
              aligns: str, size: float = 9, zebra: bool = False) -> None:
        """A ruled table that repeats its header after a page break."""
        scale = self.width / sum(widths)
        widths = [w * scale for w in widths]
        line_h = size * 0.55

        def head() -> None:
            self.font("B", size)
            self.set_fill_color(225)
            for h, w, a in zip(headers, widths, aligns, strict=True):
                self.cell(w, line_h + 1.5, h, border=1, align=a, fill=True)
            self.ln()
        head()
        for n, row in enumerate(rows):
            self.font("", size)
            lines = max(len(self.multi_cell(w - 1, line_h, c, dry_run=True, output="LINES"))
                        for c, w in zip(row, widths, strict=True))
            height = lines * line_h + 1.5
            if self.get_y() + height > self.page_break_trigger:
                self.add_page()
                head()
                self.font("", size)
            y, x = self.get_y(), self.l_margin
            if zebra and n % 2:
                self.set_fill_color(243)
                self.rect(x, y, sum(widths), height, style="F")
            for c, w, a in zip(row, widths, aligns, strict=True):
                self.rect(x, y, w, height)
                self.set_xy(x + 0.5, y + 0.75)
                self.multi_cell(w - 1, line_h, c, align=a)
                x += w
            self.set_xy(self.l_margin, y + height)
