"""Held-out corpus 15, the storm claim with a property schedule: a header table of the
claimant's details, the event, and a table of items whose replacement costs are claimed."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout15_case import Case, capital, make_number
from bench.heldout15_forms import CONTENTS
from bench.heldout15_kit import Sheet, format_date, format_money

LEFT, WIDTH = 15, 180
COLUMNS = (("Item", 70, "L"), ("Qty", 14, "C"), ("Age (yrs)", 20, "C"),
           ("Purchase price", 38, "R"), ("Replacement cost", 38, "R"))
BUILDERS = {"GB": "Yorkstone Building Ltd", "IE": "Brennan Building Contractors",
            "AU": "Coastline Roofing & Building Pty Ltd", "NZ": "Kauri Build Ltd",
            "IN": "Shree Ganesh Constructions"}


def header_table(pdf: Sheet, y: float, rows: list[list[tuple[str, str]]]) -> float:
    """A grid of shaded label cells beside value cells, one or two pairs per row."""
    for row in rows:
        share = WIDTH / len(row)
        x = LEFT
        for label, value in row:
            pdf.shade(x, y, 32, 7, 228)
            pdf.box(x, y, 32, 7)
            pdf.box(x + 32, y, share - 32, 7)
            pdf.put(x + 1, y + 1.6, label, 8, "B", w=31)
            pdf.put(x + 33, y + 1.4, value, 9.5, w=share - 34)
            x += share
        y += 7
    return y


def schedule_table(pdf: Sheet, case: Case, y: float, money: str) -> float:
    rng, cur = case.rng, case.region.currency
    pdf.shade(LEFT, y, WIDTH, 7, 200)
    x = LEFT
    for head, w, align in COLUMNS:
        pdf.box(x, y, w, 7)
        pdf.put(x + 1, y + 1.6, head, 8.5, "B", w=w - 2, align=align)
        x += w
    y += 7
    bought_total = Decimal(0)
    rows = []
    for name in rng.sample(CONTENTS, rng.randint(4, 8)):
        qty = rng.choice((1, 1, 1, 2, 3))
        replace = case.money(80, 2500)
        bought = (replace * Decimal(rng.randint(70, 115)) / 100).quantize(Decimal("0.01"))
        bought_total += bought
        rows.append((name, qty, rng.randint(1, 12), bought, replace))
    case.items = [(name, replace) for name, _, _, _, replace in rows]
    case.claimed = sum((r[4] for r in rows), start=Decimal(0))
    for name, qty, age, bought, replace in rows:
        cells = (name, str(qty), str(age), format_money(bought, cur, money),
                 format_money(replace, cur, money))
        x = LEFT
        for (_, w, align), text in zip(COLUMNS, cells, strict=True):
            pdf.box(x, y, w, 6.5)
            pdf.put(x + 1, y + 1.4, text, 9, w=w - 2, align=align)
            x += w
        y += 6.5
    pdf.shade(LEFT, y, WIDTH, 7, 235)
    pdf.box(LEFT, y, WIDTH, 7)
    pdf.put(LEFT + 1, y + 1.6, "TOTAL", 9, "B")
    pdf.put(LEFT + 105, y + 1.6, format_money(bought_total, cur, money), 9, "B", w=37, align="R")
    pdf.put(LEFT + 143, y + 1.6, format_money(case.claimed, cur, money), 9, "B", w=36, align="R")
    return y + 7


def draw_storm_schedule(case: Case) -> bytes:
    """Storm or escape-of-water contents claim with its property schedule."""
    rng, cur, code = case.rng, case.region.currency, case.region.code
    pdf = Sheet(rng.choice(("sans", "dejavu", "serif")))
    style = rng.choice(("slash", "dotted", "short"))
    money = rng.choice(("symbol", "code"))
    c = case.claimant
    pdf.put(LEFT, 14, case.insurer, 14, "B")
    pdf.put(LEFT, 21, "Storm, Flood and Escape of Water Claim  -  Contents Schedule", 11)
    event = {"weather": "Storm (wind / hail / rain)",
             "water_damage": "Escape of water (burst pipe)"}
    y = header_table(pdf, 29, [
        [("Insured", c.name), ("Policy number", case.policy_number)],
        [("Postal address", c.address)],
        [("Phone", c.phone), ("Claim number", case.claim_number)],
        [("E-mail", c.email), ("Event", event[case.incident_type])],
        [("Date of event", format_date(case.loss, style)),
         ("Date lodged", format_date(case.reported, style))],
        [("Risk address", case.location)],
    ])
    case.description = f"{capital(case.story)}."
    pdf.put(LEFT, y + 4, "What happened", 10, "B")
    y = pdf.para(LEFT, y + 9.5, WIDTH, case.description, 10, lh=5.2)
    builder = case.party()
    assessor = case.party()
    sum_insured = format_money(case.money(40000, 150000).quantize(1000), cur, money)
    y = pdf.para(LEFT, y + 3, WIDTH, f"Building damage is assessed separately: builder's quote "
                 f"ref. {make_number(rng, 'BQ-####-@')} from {BUILDERS[code]} (contact "
                 f"{builder.name}, {builder.phone}). Loss assessor: {assessor.name}, "
                 f"{assessor.phone}. Contents sum insured: {sum_insured}.", 9, lh=4.6)
    pdf.put(LEFT, y + 4, "Property schedule - items damaged beyond repair", 10, "B")
    y = schedule_table(pdf, case, y + 10, money)
    excess = format_money(case.money(200, 1000).quantize(1), cur, money)
    pdf.put(LEFT, y + 3, f"Less excess to be applied by the insurer: {excess}. Receipts and "
            "photographs attached where available.", 8.5, "I", w=WIDTH)
    y = max(y + 16, 250)
    pdf.rule(LEFT, y + 8, LEFT + 70, y + 8)
    pdf.put(LEFT + 2, y + 2, c.name, 12, "I", family="serif")
    pdf.put(LEFT, y + 9, "Signature of insured", 8)
    pdf.put(LEFT + 110, y + 2, f"Date: {format_date(case.reported, style)}", 10)
    return pdf.output_bytes()
