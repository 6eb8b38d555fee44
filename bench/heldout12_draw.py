"""A pen on fpdf2 for held-out corpus 12: DejaVu faces, fitted cells, wrapped prose, boxes."""

from __future__ import annotations

from datetime import datetime

from fpdf import FPDF

_FONTS = "/usr/share/fonts/truetype/dejavu/"
_FACES = {
    "sans": "DejaVuSans",
    "cond": "DejaVuSansCondensed",
    "serif": "DejaVuSerif",
    "mono": "DejaVuSansMono",
}


class Pen(FPDF):
    """An fpdf2 page in points with the DejaVu families and helpers that keep text on the page."""

    def __init__(self, size: str, family: str = "sans"):
        super().__init__(unit="pt", format=size)
        self.set_creation_date(datetime(2026, 1, 1))
        self.family_name, self.loaded = family, set()
        self.set_margins(48, 44, 48)
        self.set_auto_page_break(True, 48)
        self.add_page()

    @property
    def inner(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def use(self, size: float, style: str = "", family: str | None = None) -> None:
        family = family or self.family_name
        if (family, style) not in self.loaded:  # loading a face costs time: only those drawn
            base = _FACES[family]
            tail = {"": "", "B": "-Bold", "I": "-Italic" if family == "serif" else "-Oblique"}
            self.add_font(family, style, f"{_FONTS}{base}{tail[style]}.ttf")
            self.loaded.add((family, style))
        self.set_font(family, style, size)

    def fit(
        self, text: str, width: float, size: float, style: str = "", family: str | None = None
    ) -> None:
        """Choose the largest size up to `size` at which `text` fits in `width`."""
        while True:
            self.use(size, style, family)
            if self.get_string_width(text) <= width - 2 or size <= 5:
                return
            size -= 0.5

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        style: str = "",
        w: float = 0,
        align: str = "L",
        family: str | None = None,
    ) -> None:
        """One line of text at (x, y), shrunk to fit `w` (or the right margin)."""
        w = w or self.w - self.r_margin - x
        self.fit(text, w, size, style, family)
        self.set_xy(x, y)
        self.cell(w, size * 1.25, text, align=align)

    def para(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        size: float = 10,
        style: str = "",
        lead: float = 1.35,
        family: str | None = None,
    ) -> float:
        """Wrapped text from (x, y) in width `w`; returns the y below it."""
        self.use(size, style, family)
        self.set_xy(x, y)
        self.multi_cell(w, size * lead, text, align="L", new_x="LMARGIN", new_y="NEXT")
        return self.get_y()

    def frame(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float = 0.6,
        fill: tuple[int, int, int] | None = None,
    ) -> None:
        self.set_line_width(width)
        if fill:
            self.set_fill_color(*fill)
        self.rect(x, y, w, h, style="DF" if fill else "D")

    def tick(self, x: float, y: float, on: bool, size: float = 8) -> None:
        """A check box at (x, y), crossed when `on`."""
        self.set_line_width(0.6)
        self.rect(x, y, size, size)
        if on:
            self.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
            self.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)

    def rule(
        self, y: float, x0: float | None = None, x1: float | None = None, width: float = 0.5
    ) -> None:
        self.set_line_width(width)
        self.line(
            x0 if x0 is not None else self.l_margin,
            y,
            x1 if x1 is not None else self.w - self.r_margin,
            y,
        )

    def room(self, y: float, need: float) -> float:
        """`y`, or the top of a new page when less than `need` points are left below `y`."""
        self.set_y(y)
        if y + need > self.h - self.b_margin:
            self.add_page()
        return self.get_y()
