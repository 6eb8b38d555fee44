"""Held-out corpus 10, drawing helpers: labelled rows, paragraphs, tables, common header."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from fpdf import FPDF

from bench.heldout10_kit import amounts, fmt_date, money, total


def m(c: dict, amount) -> str:
    return money(Decimal(amount), c["locale"])


def dt(c: dict, iso: str) -> str:
    return fmt_date(date.fromisoformat(iso), c["order"])


def kv(pdf: FPDF, label: str, value: str, grey: bool = False) -> None:
    pdf.set_text_color(*((140, 140, 140) if grey else (0, 0, 0)))
    pdf.set_font("Helvetica", "" if grey else "B", 9)
    pdf.cell(60, 6, label)
    pdf.set_text_color(*((70, 70, 70) if grey else (0, 0, 0)))
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(pdf: FPDF, head: list[str], rows: list[list[str]], widths: list[int]) -> None:
    pdf.set_font("Helvetica", "B", 8)
    for h, w in zip(head, widths, strict=True):
        pdf.cell(w, 6, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8)
    for row in rows:
        for v, w in zip(row, widths, strict=True):
            pdf.cell(w, 6, v, border=1)
        pdf.ln()


def title(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")


EN = (
    "Claim number",
    "Policy number",
    "Claimant",
    "Telephone",
    "E-mail",
    "Address",
    "Date of loss",
    "Date reported",
    "Policy period from",
    "Deductible",
)
ES = (
    "Número de siniestro",
    "Número de póliza",
    "Asegurado reclamante",
    "Teléfono",
    "Correo electrónico",
    "Domicilio",
    "Fecha del siniestro",
    "Fecha de declaración",
    "Vigencia desde",
    "Franquicia",
)


def header_values(c: dict) -> tuple[str, ...]:
    """The printed values beside the EN/ES labels, in their order."""
    t, d = c["truth"], c["decoys"]
    return (
        t["claim_number"],
        t["policy_number"],
        t["claimant_name"],
        c["printed_phone"],
        t["claimant_email"],
        t["claimant_address"],
        dt(c, t["date_of_loss"]),
        dt(c, t["date_reported"]),
        d["policy_from"],
        m(c, d["deductible"]),
    )


def common(pdf: FPDF, c: dict, labels=EN, grey: bool = False) -> None:
    values = header_values(c)
    for label, value in zip(labels, values, strict=True):
        kv(pdf, label, value, grey)


def claim_items(c: dict, rng: random.Random, labels: list[str]) -> None:
    c["truth"]["line_items"] = amounts(rng, labels)
    c["truth"]["claimed_amount"] = total(c["truth"]["line_items"])


def items_table(pdf: FPDF, c: dict, head=("Description", "Amount")) -> None:
    rows = [[i["description"], m(c, i["amount"])] for i in c["truth"]["line_items"]]
    table(pdf, list(head), rows, [110, 40])
    kv(pdf, "Total claimed", f"{c['truth']['currency']} {m(c, c['truth']['claimed_amount'])}")
