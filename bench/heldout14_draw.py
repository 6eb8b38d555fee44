"""Held-out corpus 14 drawing helpers shared by the layouts: a case's values in its print
styles, ruled boxes with a caption above the value, and dotted-leader pairs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bench.heldout14_kit import Page, format_date, format_money, format_phone


class Ink:
    """A case's values formatted in the print styles drawn for it."""

    def __init__(self, case) -> None:
        self.case = case
        self.styles = case.styles

    def day(self, day: date, style: str | None = None) -> str:
        return format_date(day, style or self.styles["date"])

    def cash(self, amount: Decimal, style: str | None = None) -> str:
        code = self.case.currency
        if code != "USD":   # a bare "$" would read as US dollars
            return format_money(amount, "code", "$", code)
        return format_money(amount, style or self.styles["money"], "$", code)

    def surname_first(self, person) -> str:
        """A form's way with names: WHITAKER, DANIEL J."""
        middle = f" {person.initial}." if person.initial else ""
        return f"{person.last}, {person.first}{middle}".upper()

    def phone(self, e164: str, style: str | None = None) -> str:
        return format_phone(e164, style or self.styles["phone"])


def fit_size(pdf: Page, text: str, width: float, size: float, style: str = "") -> float:
    """The largest font size up to `size` at which `text` fits in `width` mm."""
    while size > 5.5:
        pdf.use(size, style)
        if pdf.get_string_width(text) <= width:
            break
        size -= 0.5
    return size


def box(pdf: Page, x: float, y: float, w: float, h: float, caption: str,
        lines: list[str] | str = (), size: float = 9) -> None:
    """A ruled cell: a small upper-case caption at its top, the value lines below it."""
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, h)
    pdf.text_at(x + 1, y + 0.6, caption.upper(), size=5.5)
    if isinstance(lines, str):
        lines = [lines] if lines else []
    top = y + 3.6
    for line in lines:
        fitted = fit_size(pdf, line, w - 2.5, size)
        pdf.text_at(x + 1.2, top, line, size=fitted)
        top += fitted * 0.42 + 0.4


def leader(pdf: Page, x: float, y: float, width: float, label: str, value: str,
           label_width: float = 36, size: float = 9) -> None:
    """`Label ........ value` across `width` mm from (x, y)."""
    pdf.text_at(x, y, label, size=size)
    start = x + pdf.get_string_width(label) + 1.5
    pdf.use(size)
    dot = pdf.get_string_width(".")
    count = max(3, int((x + label_width - start) / dot))
    pdf.text_at(start, y, "." * count, size=size)
    value_x = max(x + label_width, start + count * dot) + 1.5
    fitted = fit_size(pdf, value, x + width - value_x - 1, size)
    pdf.text_at(value_x, y, value, size=fitted)


def section_bar(pdf: Page, y: float, title: str, x0: float = 14, x1: float = 201.9,
                shade: int = 225) -> float:
    """A shaded bar with a bold title; return the y below it."""
    pdf.set_fill_color(shade, shade, shade)
    pdf.rect(x0, y, x1 - x0, 5.2, style="F")
    pdf.text_at(x0 + 1.5, y + 1.0, title, size=8.5, style="B")
    return y + 7


def wrap_box(pdf: Page, x: float, y: float, w: float, caption: str, text: str,
             size: float = 9) -> float:
    """A ruled box holding a wrapped paragraph; return the y below it."""
    pdf.text_at(x + 1, y + 0.6, caption.upper(), size=5.5)
    pdf.use(size)
    pdf.set_xy(x + 1.2, y + 3.8)
    pdf.multi_cell(w - 2.4, size * 0.45, text)
    bottom = pdf.get_y() + 1.5
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, bottom - y)
    return bottom


def sentence_with_blanks(pdf: Page, parts: list[str], size: float = 10,
                         height: float = 5.4) -> None:
    """A paragraph whose odd parts are filled-in blanks (underlined values)."""
    for number, part in enumerate(parts):
        pdf.use(size, "U" if number % 2 else "")
        pdf.write(height, f" {part} " if number % 2 else part)
    pdf.ln(height + 1.5)


def label_rows(pdf: Page, rows, x_label: float, x_value: float, size: float = 9,
               step: float = 5) -> None:
    """Bold labels with their values beside them, one row each from the cursor down."""
    for label, value in rows:
        pdf.text_at(x_label, pdf.get_y(), label, size=size, style="B")
        pdf.text_at(x_value, pdf.get_y(), value, size=size)
        pdf.ln(step)
