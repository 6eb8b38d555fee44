"""Held-out corpus 8, drawing: pages, fitted cells, paragraphs, letterheads, printed truth."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from fpdf import FPDF

from bench.heldout8_case import Case
from bench.heldout8_kit import Locale, money, print_date

FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "narrow": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
}
FIXED_DATE = datetime(2026, 1, 1, 12, 0, 0)


def new_pdf(loc: Locale, family: str, landscape: bool = False) -> FPDF:
    """An FPDF page set for `loc`, with the regular and bold faces of `family` as "body"."""
    pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format=loc.page)
    pdf.set_creation_date(FIXED_DATE)
    regular, bold = FONTS[family]
    pdf.add_font("body", "", f"{FONT_DIR}/{regular}")
    pdf.add_font("body", "B", f"{FONT_DIR}/{bold}")
    pdf.add_font("sym", "", f"{FONT_DIR}/dejavu/DejaVuSans.ttf")
    pdf.set_margins(42, 40, 42)
    pdf.set_auto_page_break(True, 46)
    pdf.set_font("body", "", 10)
    return pdf


def fit(pdf: FPDF, width: float, text: str, size: float) -> None:
    """Set the body font no larger than `size` so that `text` fits in `width` points."""
    while size > 5 and pdf.get_string_width(text) > width - 2:
        size -= 0.5
        pdf.set_font_size(size)
    pdf.set_font_size(size)


def cell_fit(
    pdf: FPDF, w: float, h: float, text: str, size: float = 10, style: str = "", **kw
) -> None:
    """One cell whose text shrinks to fit rather than run past the cell."""
    pdf.set_font("body", style, size)
    fit(pdf, w, text, size)
    pdf.cell(w, h, text, **kw)
    pdf.set_font("body", "", size)


def para(
    pdf: FPDF,
    text: str,
    size: float = 10,
    style: str = "",
    h: float | None = None,
    w: float = 0,
    align: str = "L",
) -> None:
    """A wrapped paragraph across the text width (or `w`), then a new line."""
    pdf.set_font("body", style, size)
    pdf.multi_cell(w, h or size * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT")


def banner(pdf: FPDF, title: str, party_line: str, fill: tuple[int, int, int]) -> None:
    """A coloured band with a firm's name in white, its contact line in small print below."""
    pdf.set_fill_color(*fill)
    pdf.set_text_color(255, 255, 255)
    cell_fit(pdf, pdf.epw, 27, f"  {title}", 14, "B", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    para(pdf, party_line, 7.5)


def when(case: Case, field: str, style: int | None = None) -> str:
    """A truth date of `case` as the document prints it."""
    day = date.fromisoformat(case.truth[field])
    return print_date(day, case.loc, case.rng.randrange(4) if style is None else style)


def day_text(case: Case, day: date) -> str:
    return print_date(day, case.loc, case.rng.randrange(4))


def claimed(case: Case, style: int | None = None) -> str:
    value = Decimal(case.truth["claimed_amount"])
    return money(value, case.loc, case.rng.randrange(2) if style is None else style)


def name_as(case: Case) -> str:
    """The claimant's name, sometimes printed "LAST, First"."""
    first, *rest = case.claimant.name.split()
    if rest and case.rng.random() < 0.35:
        return f"{' '.join(rest).upper()}, {first}"
    return case.claimant.name


def vehicle_phrase(case: Case) -> str:
    make, *model, year = case.truth["vehicle_make_model_year"].split()
    return case.rng.choice(
        [f"{year} {make} {' '.join(model)}", f"{make} {' '.join(model)} ({year})"]
    )


def treatment(case: Case) -> str:
    """Who treated the injured, for injury and liability claims (a doctor as a decoy party)."""
    if case.truth["incident_type"] not in ("injury", "liability"):
        return "Nobody was hurt."
    doc = case.doctor
    return f"Seen by Dr {doc.name} at {doc.org} ({doc.phone}) on {day_text(case, case.inspection)}."


def letterhead(pdf, case: Case, title: str) -> None:
    ins = case.insurer
    pdf.set_text_color(20, 50, 110)
    para(pdf, ins.org, 15, "B")
    pdf.set_text_color(90, 90, 90)
    para(
        pdf, f"{ins.address}  |  Claims line {ins.phone}  |  claims@{ins.email.split('@')[1]}", 7.5
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    para(pdf, title, 13, "B")
    pdf.ln(4)
