"""Claim forms: label and value inline in two columns, in boxes, or joined by dotted leaders."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from fpdf.enums import XPos, YPos

from core.documents.samples.decoys import Decoys
from core.documents.samples.formats import CHECKBOX_WORDS, DocStyle
from core.documents.samples.pdfkit import (
    GRAY,
    ClaimPDF,
    draw_band,
    draw_items_table,
    draw_signature_line,
    draw_title,
    fit_cell,
    line_height,
)

TITLES = ("First Notice of Loss", "Claim Notification Form", "Claim Form",
          "Statement of Loss", "Loss Report")
SUBTITLES = (
    "Please complete in BLOCK CAPITALS and return to the claims department. Incomplete forms "
    "may delay your claim.",
    "Report a loss as soon as possible. Keep a copy of this form and of any receipts.",
    "All sections must be completed. Attach estimates, invoices and photographs where "
    "available.",
)
DECLARATION = (
    "I declare that the information given on this form is true and complete to the best of my "
    "knowledge. I understand that giving false or misleading information may invalidate my "
    "policy and any claim under it."
)
WIDE_KEYS = {"claimant_address", "incident_location", "incident_description", "provider_address"}


@dataclass(frozen=True)
class Entry:
    """A labelled value as a form prints it; `key` is a contract field or a decoy name."""

    key: str
    label: str
    value: str

    @property
    def wide(self) -> bool:
        return self.key in WIDE_KEYS


Section = tuple[str, list[Entry]]


def labelled(label: str) -> str:
    """"Policy No." as "Policy No.:", but a question stays a question."""
    return label if label.endswith(("?", ":")) else f"{label}:"


def vehicle_text(record: dict[str, Any], rng: random.Random) -> str | None:
    """"Toyota Camry 2019", sometimes printed year first as "2019 Toyota Camry"."""
    value = record.get("vehicle_make_model_year")
    if not value or rng.random() < 0.6:
        return value
    *make_model, year = value.split()
    return f"{year} {' '.join(make_model)}"


def claim_sections(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                   rng: random.Random) -> list[Section]:
    """The record's fields and the decoys, grouped as a form groups them, in a varied order."""
    values: dict[str, str | None] = {
        "claim_number": record.get("claim_number"),
        "policy_number": record.get("policy_number"),
        "file_ref": decoys.file_ref,
        "date_reported": record.get("date_reported") and style.date(record["date_reported"]),
        "claimant_name": record.get("claimant_name") and style.name(record["claimant_name"]),
        "birth_date": style.date(decoys.birth_date),
        "claimant_phone": record.get("claimant_phone") and style.phone(record["claimant_phone"]),
        "claimant_email": record.get("claimant_email"),
        "claimant_address": record.get("claimant_address"),
        "date_of_loss": record.get("date_of_loss") and style.date(record["date_of_loss"]),
        "incident_type": record.get("incident_type") and style.type_words,
        "police_report_number": record.get("police_report_number"),
        "incident_location": record.get("incident_location"),
        "incident_description": record.get("incident_description"),
        "vehicle_make_model_year": vehicle_text(record, rng),
        "vehicle_vin": record.get("vehicle_vin"),
        "agent": decoys.agent,
        "agency": decoys.agency,
        "agent_phone": style.phone(decoys.agent_phone),
        "witness": decoys.witness,
        "witness_phone": style.phone(decoys.witness_phone),
        "provider": decoys.provider,
        "provider_phone": style.phone(decoys.provider_phone),
        "provider_address": decoys.provider_address,
        "claimed_amount": record.get("claimed_amount") and style.amount(record["claimed_amount"]),
    }
    groups = (
        ("Policy and claim", ("claim_number", "policy_number", "file_ref", "date_reported")),
        ("Claimant / insured", ("claimant_name", "birth_date", "claimant_phone", "claimant_email",
                                "claimant_address")),
        ("Details of the loss", ("date_of_loss", "incident_type", "police_report_number",
                                 "incident_location", "incident_description")),
        ("Vehicle", ("vehicle_make_model_year", "vehicle_vin")),
        ("Agent, witnesses and repairer", ("agent", "agent_phone", "witness", "witness_phone",
                                           "provider", "provider_phone", "agency",
                                           "provider_address")),
        ("Amount claimed", ("claimed_amount",)),
    )
    sections: list[Section] = []
    for heading, keys in groups:
        entries = [Entry(k, style.label(k), v) for k in keys if (v := values[k])]
        narrow = [e for e in entries if not e.wide]
        rng.shuffle(narrow)
        if entries:
            sections.append((heading, narrow + [e for e in entries if e.wide]))
    if rng.random() < 0.35:
        sections[0], sections[1] = sections[1], sections[0]
    if rng.random() < 0.5 and len(sections) > 4:
        sections[-2], sections[-3] = sections[-3], sections[-2]
    return sections


def start_form(record: dict[str, Any], style: DocStyle, decoys: Decoys, rng: random.Random,
               family: str = "Helvetica") -> ClaimPDF:
    """A form's first page: letterhead, title and fine print; the footer carries the form code."""
    title = rng.choice(TITLES)
    if record.get("vehicle_vin") and rng.random() < 0.4:
        title = "Motor Claim Form"
    pdf = ClaimPDF(style, decoys, title=title, family=family)
    pdf.footer_text = f"{decoys.form_code}   {decoys.insurer.name}"
    pdf.add_page()
    draw_title(pdf, title, rng.choice(SUBTITLES))
    return pdf


def finish_form(pdf: ClaimPDF, record: dict[str, Any], rng: random.Random, size: float) -> None:
    """Declaration and the signed, dated signature line."""
    pdf.ln(2)
    pdf.set_text_color(*GRAY)
    pdf.multi_cell(0, pdf.use(size - 1.5, "I"), DECLARATION, new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    signed = pdf.doc_style.date(record["date_reported"]) if record.get("date_reported") else ""
    draw_signature_line(pdf, "Signature of claimant", "Date", signed, rng, size)


def draw_items(pdf: ClaimPDF, record: dict[str, Any], size: float) -> None:
    """The itemised loss; its total row carries the claimed amount and its label."""
    draw_items_table(pdf, record["line_items"], record["claimed_amount"], size - 0.5,
                     heading="Itemised loss", total_label=pdf.doc_style.label("claimed_amount"))


def draw_inline_entries(pdf: ClaimPDF, entries: list[Entry], size: float) -> None:
    """"Label: value" pairs, two to a row; wide values take the whole row."""
    h = line_height(size) + 0.9
    col_w = pdf.epw / 2
    label_w = col_w * 0.42
    narrow = [e for e in entries if not e.wide]
    for start in range(0, len(narrow), 2):
        for column, entry in enumerate(narrow[start:start + 2]):
            pdf.set_x(pdf.l_margin + column * col_w)
            pdf.use(size, "B")
            # a long label borrows room from its value rather than shrinking to fine print
            needed = pdf.get_string_width(labelled(entry.label)) + 2 * pdf.c_margin + 0.5
            width = min(max(label_w, needed), col_w * 0.58)
            fit_cell(pdf, width, h, labelled(entry.label), size, "B")
            fit_cell(pdf, col_w - width - 2, h, entry.value, size)
        pdf.ln(h)
    for entry in (e for e in entries if e.wide):
        if entry.key == "incident_description":
            pdf.cell(0, h, labelled(entry.label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.use(size)
            pdf.multi_cell(0, h - 0.6, entry.value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        fit_cell(pdf, label_w, h, labelled(entry.label), size, "B")
        pdf.use(size)
        pdf.multi_cell(pdf.epw - label_w, h, entry.value, new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)


def render_form_inline(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                       rng: random.Random) -> ClaimPDF:
    """Numbered sections of "Label: value" pairs in two columns, then the items table."""
    pdf = start_form(record, style, decoys, rng)
    size = style.font_size
    for number, (heading, entries) in enumerate(claim_sections(record, style, decoys, rng), 1):
        draw_band(pdf, f"{number}. {heading}", size)
        if heading == "Amount claimed" and record.get("line_items"):
            draw_items(pdf, record, size)
        else:
            draw_inline_entries(pdf, entries, size)
    finish_form(pdf, record, rng, size)
    return pdf


def draw_checkboxes(pdf: ClaimPDF, label: str, chosen: str, size: float) -> None:
    """The incident type as a row of tick boxes with the chosen one crossed."""
    x0, y0 = pdf.l_margin, pdf.get_y()
    per_row = 5
    col_w = pdf.epw / per_row
    rows = (len(CHECKBOX_WORDS) + per_row - 1) // per_row
    box_h = 4.5 + rows * 5
    pdf.rect(x0, y0, pdf.epw, box_h)
    pdf.set_text_color(*GRAY)
    pdf.set_xy(x0 + 0.6, y0 + 0.5)
    fit_cell(pdf, 60, 2.8, label.upper(), 5.8)
    pdf.set_text_color(0, 0, 0)
    for i, (key, words) in enumerate(CHECKBOX_WORDS.items()):
        x = x0 + 2 + (i % per_row) * col_w
        y = y0 + 4.5 + (i // per_row) * 5
        pdf.rect(x, y + 0.5, 3, 3)
        if key == chosen:
            pdf.set_xy(x - 0.3, y + 0.4)
            pdf.use(size, "B")
            pdf.cell(3.6, 3.2, "X", align="C")
        pdf.set_xy(x + 4, y)
        pdf.use(size - 1)
        pdf.cell(col_w - 6, 4, words)
    pdf.set_xy(x0, y0 + box_h)


def draw_boxes(pdf: ClaimPDF, entries: list[Entry], size: float, per_row: int) -> None:
    """Bordered cells with the label small at the top and the value below it."""
    h = line_height(size) + 4.0
    narrow = [e for e in entries if not e.wide]
    rows = [narrow[i:i + per_row] for i in range(0, len(narrow), per_row)]
    rows += [[e] for e in entries if e.wide]
    for row in rows:
        x, y = pdf.l_margin, pdf.get_y()
        # a short last row keeps the grid; its spare cells stay blank, as on a paper form
        columns = 1 if row[0].wide else per_row
        w = pdf.epw / columns
        height = h
        for column, entry in enumerate(row):
            pdf.set_text_color(*GRAY)
            pdf.set_xy(x + column * w + 0.6, y + 0.5)
            fit_cell(pdf, w - 1, 2.8, entry.label.upper(), 5.8)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + column * w + 0.6, y + 3.2)
            if entry.key == "incident_description":
                pdf.use(size)
                pdf.multi_cell(w - 1.2, line_height(size), entry.value, new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                height = pdf.get_y() - y + 1.2
            else:
                fit_cell(pdf, w - 1.2, line_height(size) + 0.5, entry.value, size)
        for column in range(columns):
            pdf.rect(x + column * w, y, w, height)
        pdf.set_xy(x, y + height)


def render_form_boxed(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                      rng: random.Random) -> ClaimPDF:
    """A grid of boxed cells (label small above the value), tick boxes for the loss type."""
    pdf = start_form(record, style, decoys, rng)
    size = style.font_size
    # two cells a row only where the page is long enough (A4)
    per_row = 3 if style.page_format == "Letter" else rng.choice((2, 3))
    ticks = rng.random() < 0.5
    pdf.set_draw_color(120, 120, 120)
    for heading, entries in claim_sections(record, style, decoys, rng):
        draw_band(pdf, heading.upper(), size - 0.5)
        if heading == "Amount claimed" and record.get("line_items"):
            draw_items(pdf, record, size)
            continue
        boxed = [e for e in entries if not (ticks and e.key == "incident_type")]
        draw_boxes(pdf, boxed, size, per_row)
        if ticks and len(boxed) < len(entries):
            draw_checkboxes(pdf, style.label("incident_type"), record["incident_type"], size)
    finish_form(pdf, record, rng, size)
    return pdf


def draw_dotted_row(pdf: ClaimPDF, label: str, value: str, size: float, tab: float,
                    family: str, bold: bool = False) -> None:
    h = line_height(size) + 0.6
    weight = "B" if bold else ""
    pdf.use(size, weight)
    label_w = pdf.get_string_width(label) + 2 * pdf.c_margin
    pdf.cell(label_w, h, label)
    dots_w = max(2.0, tab - label_w)
    pdf.cell(dots_w, h, "." * int((dots_w - 2) / pdf.get_string_width(".")))
    fit_cell(pdf, pdf.epw - label_w - dots_w, h, value, size, weight, family=family)
    pdf.ln(h)


def render_dotted(record: dict[str, Any], style: DocStyle, decoys: Decoys,
                  rng: random.Random) -> ClaimPDF:
    """One column of "Label ........ value" rows, values as if typed in; items as rows too."""
    pdf = start_form(record, style, decoys, rng)
    size = style.font_size
    typed = rng.choice(("Courier", "Helvetica"))
    tab = pdf.epw * rng.uniform(0.36, 0.46)
    for heading, entries in claim_sections(record, style, decoys, rng):
        draw_band(pdf, heading, size)
        for entry in entries:
            if entry.key == "incident_description":
                pdf.use(size)
                pdf.cell(0, line_height(size) + 1, labelled(entry.label), new_x=XPos.LMARGIN,
                         new_y=YPos.NEXT)
                pdf.set_font(typed, "", size)
                pdf.multi_cell(0, line_height(size), entry.value, new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                continue
            if entry.key == "claimed_amount":
                for item in record.get("line_items") or []:
                    draw_dotted_row(pdf, f"  {item['description']}", style.amount(item["amount"]),
                                    size, tab, typed)
            draw_dotted_row(pdf, entry.label, entry.value, size, tab, typed,
                            bold=entry.key == "claimed_amount")
    finish_form(pdf, record, rng, size)
    return pdf
