"""Held-out corpus 18 packets: a contractor's estimate packet and an injury claim with its EOB."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout18_case import shown
from bench.heldout18_kit import Page
from bench.heldout18_letters import story_sentences

ROOMS = ("Kitchen", "Living Room", "Exterior / Roof", "Hallway")
CENT = Decimal("0.01")


def columns(pdf: Page, y: float, cells, xs, font: str, style: str = "", size: float = 8):
    for cell, x in zip(cells, xs, strict=True):
        pdf.text_at(x, y, cell, size, font, style)


def xactimate_estimate_packet(doc: dict, font: str) -> bytes:
    """Notice of loss, an estimate by room (RCV per row), and a summary with the net claim."""
    truth, case = doc["truth"], doc["case"]
    s, rng = shown(doc), case["rng"]
    vendor = case["others"][0]
    pdf = Page()
    pdf.add_page()
    pdf.text_at(50, 50, "NOTICE OF LOSS", 14, font, "B")
    lines = [f"Insured: {truth['claimant_name']}", f"Property: {truth['claimant_address']}",
             f"Phone: {s['phone']}    E-mail: {truth['claimant_email']}",
             f"Policy: {truth['policy_number']}    Claim: {truth['claim_number'] or 'pending'}",
             f"Date of loss: {s['loss']}    Reported: {s['reported']}",
             f"Loss location: {truth['incident_location']}"]
    y = 80
    for line in lines:
        pdf.text_at(50, y, line, 10, font)
        y += 15
    y = pdf.wrap(50, y + 6, 510, f"Cause of loss: {truth['incident_description']}", 10, font)
    pdf.text_at(50, y + 16, f"Amount of claim (RCV): {s['total']}", 10, font, "B")
    pdf.text_at(50, y + 40, f"Estimator: {vendor['name']}, {vendor['last']} Restoration LLC, "
                f"{s['other_phones'][0]}", 9, font)
    pdf.add_page()
    pdf.text_at(50, 44, f"{vendor['last']} Restoration LLC  -  Estimate {case['decoy_ref']}",
                12, font, "B")
    pdf.text_at(50, 58, f"{vendor['address']}  |  {s['other_phones'][0]}", 8, font)
    xs = (50, 270, 310, 375, 430, 490, 540)
    heads = ("DESCRIPTION", "QTY", "UNIT PRICE", "TAX", "RCV", "DEPREC.", "ACV")
    y = 84
    columns(pdf, y, heads, xs, font, "B", 7.5)
    depreciation = Decimal(0)
    for index, item in enumerate(truth["line_items"]):
        rcv = Decimal(item["amount"])
        if index % 2 == 0:
            y += 20
            pdf.text_at(50, y, ROOMS[index // 2 % 4], 9, font, "B")
        qty = rng.randint(1, 12)
        unit = (rcv * Decimal("0.94") / qty).quantize(CENT)
        tax = rcv - unit * qty
        dep = (rcv * Decimal(rng.choice(("0.10", "0.15", "0.25")))).quantize(CENT)
        depreciation += dep
        y += 14
        columns(pdf, y, (item["description"], str(qty), f"{unit:,.2f}", f"{tax:,.2f}",
                         f"{rcv:,.2f}", f"({dep:,.2f})", f"{rcv - dep:,.2f}"), xs, font)
    acv = case["total"] - depreciation
    y += 20
    pdf.line(50, y - 10, 580, y - 10)
    columns(pdf, y, ("Totals", "", "", "", f"{case['total']:,.2f}", f"({depreciation:,.2f})",
                     f"{acv:,.2f}"), xs, font, "B")
    pdf.add_page()
    pdf.text_at(50, 50, "SUMMARY FOR DWELLING", 13, font, "B")
    net = acv - case["deductible"]
    summary = [("Replacement Cost Value (RCV) - total claimed", case["total"]),
               ("Less recoverable depreciation", -depreciation), ("Actual Cash Value", acv),
               ("Less deductible", -case["deductible"]), ("Net claim", net)]
    y = 84
    for label, value in summary:
        pdf.text_at(50, y, label, 10, font)
        pdf.text_at(420, y, s["cash"](value) if value >= 0 else f"({s['cash'](-value)})", 10,
                    font)
        y += 16
    pdf.text_at(50, y + 20, f"Adjuster: {case['others'][1]['name']}  {s['other_phones'][1]}", 9,
                font)
    return pdf.bytes()


def injury_eob(doc: dict, font: str) -> bytes:
    """An injury claim letter, the provider's bill (the line items) and the health plan's EOB."""
    truth, case = doc["truth"], doc["case"]
    s, rng = shown(doc), case["rng"]
    lawyer, doctor = case["others"][0], case["others"][1]
    pdf = Page()
    pdf.add_page()
    pdf.text_at(72, 60, truth["claimant_name"], 12, font, "B")
    pdf.text_at(72, 74, truth["claimant_address"], 9, font)
    pdf.text_at(72, 86, f"{s['phone']}  -  {truth['claimant_email']}", 9, font)
    pdf.text_at(72, 116, s["reported"], 10, font)
    pdf.text_at(72, 140, "Claims Department, Summit General Insurance", 10, font)
    subject = f"Re: Medical payments / injury claim under my policy {truth['policy_number']}"
    if truth["claim_number"]:
        subject += f", claim {truth['claim_number']}"
    pdf.text_at(72, 166, subject, 10, font, "B")
    body = [f"To whom it may concern: {story_sentences(doc, s)}",
            f"I was treated by Dr. {doctor['name']}. My medical bills, attached, total "
            f"{s['total']}, which is the amount I am claiming. My own health plan's statement "
            f"is attached as well.", f"Please contact me directly or my attorney "
            f"{lawyer['name']} at {s['other_phones'][0]}.", "Sincerely,",
            truth["claimant_name"]]
    y = 192
    for paragraph in body:
        y = pdf.wrap(72, y, 468, paragraph, 10, font) + 8
    pdf.add_page()
    pdf.text_at(50, 50, f"{doctor['last']} Orthopedic & Urgent Care", 13, font, "B")
    pdf.text_at(50, 64, f"Statement date {s['date'](case['reported'])}  |  Billing "
                f"{s['other_phones'][1]}  |  Patient DOB {s['dob']}", 8, font)
    y = 96
    columns(pdf, y, ("SERVICE", "DATE", "CHARGE"), (50, 330, 470), font, "B")
    for item in truth["line_items"]:
        y += 15
        columns(pdf, y, (item["description"], s["date"](case["loss"]),
                         s["cash"](item["amount"])), (50, 330, 470), font)
    y += 22
    columns(pdf, y, ("Total charges", "", s["total"]), (50, 330, 470), font, "B")
    pdf.add_page()
    pdf.text_at(50, 50, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, font, "B")
    pdf.text_at(50, 64, f"BlueRiver Health Plan  |  Member services {s['other_phones'][2]}",
                8, font)
    xs = (50, 250, 320, 390, 460)
    y = 96
    columns(pdf, y, ("SERVICE", "BILLED", "ALLOWED", "PAID", "PATIENT RESP."), xs, font, "B")
    sums = [Decimal(0)] * 4
    for item in truth["line_items"]:
        billed = Decimal(item["amount"])
        allowed = (billed * Decimal(rng.choice(("0.55", "0.62", "0.70")))).quantize(CENT)
        paid = (allowed * Decimal("0.8")).quantize(CENT)
        y += 15
        columns(pdf, y, (item["description"], f"{billed:,.2f}", f"{allowed:,.2f}",
                         f"{paid:,.2f}", f"{allowed - paid:,.2f}"), xs, font)
        sums = [a + b for a, b in zip(sums, (billed, allowed, paid, allowed - paid),
                                      strict=True)]
    y += 20
    pdf.line(50, y - 10, 560, y - 10)
    columns(pdf, y, ("Claim totals", *(f"{v:,.2f}" for v in sums)), xs, font, "B")
    pdf.text_at(50, y + 24, f"Member: {truth['claimant_name']}  |  Group {case['decoy_ref'][4:]}"
                f"  |  Processed {s['date'](case['reported'])}", 8, font)
    return pdf.bytes()
