"""Held-out corpus 16 drawing: a thin page wrapper over fpdf2 with boxes, bands and tables."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
              "liberation/LiberationSans-Italic.ttf"),
    "lserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
               "liberation/LiberationSerif-Italic.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf",
               "liberation/LiberationSansNarrow-Bold.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf"),
    "dsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
              "dejavu/DejaVuSans-Oblique.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
               "dejavu/DejaVuSerif-Italic.ttf"),
    "dcond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
              "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
             "liberation/LiberationMono-Italic.ttf"),
}
BODY_FONTS = ("lsans", "lserif", "narrow", "dsans", "dserif", "dcond")


class Page:
    """An A4/letter document in points; `y` is the writing position on the current page."""

    def __init__(self, rng: random.Random, body: str | None = None) -> None:
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_creation_date(datetime(2026, 11, 1, tzinfo=UTC))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.loaded: set[tuple[str, str]] = set()
        self.body = body or rng.choice(BODY_FONTS)
        self.left, self.right = 50.0, 562.0
        self.y = 50.0
        self.new_page()

    @property
    def width(self) -> float:
        return self.right - self.left

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = 50.0

    def font(self, size: float, style: str = "", family: str | None = None) -> None:
        family = family or self.body
        if (family, style) not in self.loaded:   # parsing a TTF is slow: only those used
            self.loaded.add((family, style))
            path = FONTS[family][" BI".index(style or " ")]
            self.pdf.add_font(family, style, f"{FONT_DIR}/{path}")
        self.pdf.set_font(family, style, size)

    def text(self, x: float, y: float, value: str, size: float = 10, style: str = "",
             family: str | None = None, align: str = "L", width: float = 0) -> None:
        """One line of text whose baseline is at `y` (right or centre aligned in `width`)."""
        self.font(size, style, family)
        w = self.pdf.get_string_width(value)
        if align == "R":
            x = x + width - w
        elif align == "C":
            x = x + (width - w) / 2
        self.pdf.text(x, y, value)

    def fit(self, value: str, width: float, size: float, style: str = "",
            family: str | None = None) -> float:
        """The largest size up to `size` at which `value` fits in `width`."""
        self.font(size, style, family)
        while size > 5 and self.pdf.get_string_width(value) > width:
            size -= 0.5
            self.font(size, style, family)
        return size

    def para(self, value: str, size: float = 10, x: float | None = None,
             width: float | None = None, style: str = "", family: str | None = None,
             leading: float = 1.35) -> None:
        """A wrapped paragraph from the writing position; moves `y` below it."""
        self.font(size, style, family)
        x = self.left if x is None else x
        width = self.width if width is None else width
        for line in self.wrap(value, width):
            self.pdf.text(x, self.y + size, line)
            self.y += size * leading

    def wrap(self, value: str, width: float) -> list[str]:
        lines, line = [], ""
        for word in value.split():
            trial = f"{line} {word}".strip()
            if line and self.pdf.get_string_width(trial) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        return lines + [line] if line else lines

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6,
             grey: int = 0) -> None:
        self.pdf.set_draw_color(grey)
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: int | None = None,
             width: float = 0.6) -> None:
        self.pdf.set_line_width(width)
        self.pdf.set_draw_color(0)
        if fill is not None:
            self.pdf.set_fill_color(fill)
        self.pdf.rect(x, y, w, h, style="FD" if fill is not None else "D")

    def table(self, widths: list[float], rows: list[list[str]], header: list[str] | None = None,
              size: float = 9, aligns: str = "", shade: int = 225, x: float | None = None,
              pad: float = 4) -> None:
        """Ruled rows (cells wrap); the first row shaded when `header` is given."""
        x = self.left if x is None else x
        for index, row in enumerate(([header] if header else []) + rows):
            bold = "B" if header and index == 0 else ""
            self.font(size, bold)
            cells = [self.wrap(str(v), w - 2 * pad) or [""] for v, w in zip(row, widths,
                                                                          strict=True)]
            height = max(len(c) for c in cells) * size * 1.25 + pad * 1.4
            cx = x
            for col, (lines, w) in enumerate(zip(cells, widths, strict=True)):
                self.rect(cx, self.y, w, height, fill=shade if bold else None, width=0.5)
                self.font(size, bold)
                align = aligns[col] if col < len(aligns) else "L"
                for n, line in enumerate(lines):
                    self.text(cx + pad, self.y + pad + size * (0.95 + 1.25 * n), line, size,
                              bold, align=align, width=w - 2 * pad)
                cx += w
            self.y += height

    def heading(self, title: str, body: str, size: float = 10) -> None:
        """A bold heading with its paragraph below it."""
        self.text(self.left, self.y + size, title, size, "B")
        self.y += size * 1.45
        self.para(body, size)

    def signature(self, name: str, day: str, caption: str, day_caption: str,
                  family: str = "dserif") -> None:
        """The signer's name written over a rule, the date beside it, captions below."""
        self.text(self.left, self.y, name, 14, "I", family=family)
        self.rule(self.left, self.y + 4, self.left + 260, self.y + 4)
        self.text(self.left, self.y + 14, caption, 8)
        self.text(self.left + 320, self.y, day, 10)
        self.text(self.left + 320, self.y + 14, day_caption, 8)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
