"""Held-out corpus 5: a three-page packet (cover letter, claim form, repair invoice) and a
police/witness-heavy incident report where the decoys come before the claimant."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from faker import Faker
from fpdf import FPDF

from bench.heldout5_case import build_case, drop
from bench.heldout5_data import Case, make_phone, print_date, print_money, print_phone
from bench.heldout5_kit import US_PAPER, at, heading_bar, new_pdf, para

WITNESS_SAW = [
    "I was standing at the bus stop and saw the {other} come round the corner far too fast. It "
    "did not slow down and went into the side of the other car.",
    "I was walking my dog when I heard a bang. When I looked round the two cars were stopped "
    "and the driver of the {other} was already on the phone.",
    "From my front window I saw two people near the parked car late in the evening. They ran "
    "off towards the park when a light came on.",
]


def packet(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """US motor claim sent as a packet: cover letter, claim form, the repair shop's invoice."""
    rate = rng.choice([Decimal("0.0625"), Decimal("0.0725"), Decimal("0.08")])
    case = build_case(rng, fakes["US"], region="US", kind="motor", claim_fmt="HM-{Y}-#####",
                      policy_fmt="AU-####-###", incident=rng.choice(["collision", "collision",
                                                                       "vandalism", "weather"]),
                      n_items=rng.randint(3, 6), tax_rate=rate, police=0.7)
    t, c, s = case.truth, case.claimant, case.shop
    pdf = new_pdf(rng.choice(["helvetica", "dejavu"]), fmt=rng.choice(US_PAPER))
    style = rng.randint(0, 9)
    make, model, year = case.car  # type: ignore[misc]
    # Page 1: the cover letter.
    y = 18.0
    for line in (c.name, c.street, c.city_line):
        at(pdf, 18, y, line, 10)
        y += 4.6
    y += 8
    at(pdf, 18, y, print_date(case.reported, "US", style), 10)
    y += 10
    for line in (case.insurer.company, "Claims Intake", case.insurer.street,
                 case.insurer.city_line):
        at(pdf, 18, y, line, 10)
        y += 4.6
    y += 8
    at(pdf, 18, y, f"Subject: claim under auto policy {t['policy_number']}", 10, "B")
    y = para(pdf, 18, y + 10, 174, "Dear Claims Team,\n\nPlease find enclosed my completed claim "
             f"form and the final invoice from {s.company} for the repairs to my {make}. I paid "
             "the invoice myself to get the car back on the road and ask to be reimbursed in "
             "full.\n\nYou can reach me at the number on the form.", 10.5)
    at(pdf, 18, y + 8, "Respectfully,", 10)
    at(pdf, 18, y + 22, c.name, 10)
    at(pdf, 18, pdf.h - 15, "Enclosures: claim form (1 page), invoice (1 page)", 8)
    # Page 2: the claim form, labels with colons and values right of them.
    pdf.add_page()
    at(pdf, 18, 14, f"{case.insurer.company} - Automobile Claim Form", 13, "B")
    y = 26.0
    with_claim = rng.random() < 0.5
    rows = [("Policy No.", t["policy_number"]),
            ("Claim No.", t["claim_number"] if with_claim else "(to be assigned)"),
            (rng.choice(["Policyholder", "Insured", "Claimant"]), c.name),
            ("Home address", c.address),
            ("Phone", print_phone(c.phone, style)), ("E-mail", c.email),
            (rng.choice(["Date of accident", "Loss date"]), print_date(case.dol, "US", style + 1)),
            ("Place of accident", t["incident_location"]),
            ("Vehicle (year, make, model)", f"{year} {make} {model}"),
            ("VIN", t["vehicle_vin"])]
    if t["police_report_number"]:
        rows.append(("Police report #", t["police_report_number"]))
    if not with_claim:
        drop(case, "claim_number")
    for label, value in rows:
        at(pdf, 18, y, f"{label}:", 10, "B")
        at(pdf, 75, y, value, 10)
        y += 6.5
    at(pdf, 18, y, "Describe how the loss occurred:", 10, "B")
    y = para(pdf, 18, y + 5.5, 174, t["incident_description"], 10) + 4
    o = case.other_driver
    heading_bar(pdf, 18, y, 174, "Other party")
    y += 8
    for label, value in [("Name", o.name), ("Phone", print_phone(o.phone, style + 2)),
                         ("Address", o.address),
                         ("Insurer / policy", f"{rng.choice(['Geico', 'Allstate', 'Progressive'])}"
                                              f" {rng.randint(1000000, 9999999)}")]:
        at(pdf, 18, y, f"{label}:", 10, "B")
        at(pdf, 75, y, value, 10)
        y += 6.5
    y += 4
    at(pdf, 18, y, rng.choice(["Amount claimed:", "Total claim:", "Amount of loss:"]), 10, "B")
    at(pdf, 75, y, f"{print_money(case.amount, 'USD', style)} (see attached invoice)", 10)
    y += 14
    at(pdf, 18, y, f"Signature: {c.name}", 10, "I")
    dated = rng.choice(["Date signed", "Date"])
    at(pdf, 120, y, f"{dated}: {print_date(case.reported, 'US', style)}", 10)
    # Page 3: the repair shop's invoice.
    pdf.add_page()
    at(pdf, 18, 14, s.company, 15, "B")
    at(pdf, 18, 21, f"{s.street}, {s.city_line}", 9)
    at(pdf, 18, 25.5, f"Tel {print_phone(s.phone, 0)}   {s.email}", 9)
    at(pdf, 150, 14, "INVOICE", 15, "B")
    invoice_day = case.dol + timedelta(days=rng.randint(0, (case.reported - case.dol).days))
    at(pdf, 150, 22, f"No. {rng.randint(10000, 99999)}", 9)
    at(pdf, 150, 26.5, f"Date {invoice_day.strftime('%m/%d/%Y')}", 9)
    at(pdf, 18, 36, "Bill to:", 9, "B")
    at(pdf, 18, 40.5, c.name, 9)
    at(pdf, 18, 45, c.address, 9)
    at(pdf, 120, 36, "Vehicle:", 9, "B")
    at(pdf, 120, 40.5, f"{year} {make} {model}", 9)
    at(pdf, 120, 45, f"VIN {t['vehicle_vin']}", 9)
    y = 56.0
    cols = [(18, 100, "Description"), (118, 20, "Qty"), (138, 27, "Unit price"),
            (165, 27, "Amount")]
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(18, y, 174, 6.5, style="F")
    pdf.set_text_color(255, 255, 255)
    for x, _, head in cols:
        at(pdf, x + 1.5, y + 1.2, head, 9, "B")
    pdf.set_text_color(0, 0, 0)
    y += 6.5
    for desc, amount in case.items:
        for x, width, value in zip([c_[0] for c_ in cols], [c_[1] for c_ in cols],
                                   [desc, "1", f"{amount:,.2f}", f"{amount:,.2f}"], strict=True):
            pdf.set_font(size=9)
            left = x + 1.5 if x == 18 else x + width - 1.5 - pdf.get_string_width(value)
            at(pdf, left, y + 1.2, value, 9)
        pdf.line(18, y + 6.5, 192, y + 6.5)
        y += 6.5
    subtotal = case.amount - case.tax
    for label, value in [("Subtotal", f"{subtotal:,.2f}"),
                         (f"Sales tax {rate * 100:.2f}%", f"{case.tax:,.2f}"),
                         ("TOTAL DUE", print_money(case.amount, "USD", 0))]:
        y += 6
        bold = "B" if label == "TOTAL DUE" else ""
        at(pdf, 130, y, label, 9.5, bold)
        pdf.set_font(size=9.5, style=bold)
        at(pdf, 190.5 - pdf.get_string_width(value), y, value, 9.5, bold)
    at(pdf, 18, y + 16, "Paid in full by customer. Thank you for your business.", 9)
    return pdf, case


def witness_first(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """A typed incident report: witness and police sections first, then the claimant's."""
    case = build_case(rng, fakes["US"], region="US", kind="motor", claim_fmt="IR-######",
                      policy_fmt="CP ##### ##", police=1.0,
                      incident=rng.choice(["collision", "collision", "theft", "vandalism"]))
    t, c, w = case.truth, case.claimant, case.witness
    pdf = new_pdf(rng.choice(["courier", "dejavumono"]), fmt=rng.choice(US_PAPER))
    style = rng.randint(0, 9)
    at(pdf, 18, 14, "VEHICLE INCIDENT REPORT AND STATEMENTS", 12, "B")
    at(pdf, 18, 20, f"File {t['claim_number']}   Insurer: {case.insurer.company}", 9)
    y = 30.0

    def row(label: str, value: str, y: float) -> float:
        at(pdf, 20, y, f"{label}:", 9)
        return para(pdf, 72, y, 120, value, 9) + 1.2

    heading_bar(pdf, 18, y, 174, "PART A - WITNESS", size=9)
    y += 8
    for label, value in [("Full name", w.name), ("Address", w.address),
                         ("Telephone", print_phone(w.phone, style + 1)), ("E-mail", w.email)]:
        y = row(label, value, y)
    seen = rng.randint(0, 1) if t["incident_type"] == "collision" else 2
    saw = WITNESS_SAW[seen].format(other=rng.choice(["pickup", "van", "sedan"]))
    y = row("Statement", saw, y) + 3
    heading_bar(pdf, 18, y, 174, "PART B - POLICE", size=9)
    y += 8
    station_phone = print_phone(make_phone(rng, "US"), 0)
    for label, value in [("Officer", case.officer), ("Department", case.station),
                         ("Desk phone", station_phone), ("Case number", t["police_report_number"])]:
        y = row(label, value, y)
    y += 3
    heading_bar(pdf, 18, y, 174, "PART C - PERSON MAKING THE CLAIM", size=9)
    y += 8
    for label, value in [("Name", print_name_upper(c.name)), ("Residence", c.address),
                         ("Phone", print_phone(c.phone, style)), ("E-mail", c.email),
                         ("Policy", t["policy_number"])]:
        y = row(label, value, y)
    y += 3
    heading_bar(pdf, 18, y, 174, "PART D - THE LOSS", size=9)
    y += 8
    make, model, year = case.car  # type: ignore[misc]
    loss_date = rng.choice(["Loss date", "Date of occurrence"])
    for label, value in [(loss_date, print_date(case.dol, "US", style)),
                         ("Time", case.time_of_loss), ("Location", t["incident_location"]),
                         ("Claimant's account", t["incident_description"]),
                         ("Vehicle", f"{year} {make} {model}"), ("VIN", t["vehicle_vin"]),
                         ("Amount of claim", print_money(case.amount, "USD", style))]:
        y = row(label, value, y)
    y += 6
    notified = rng.choice(["Notified to insurer on", "Date claim made"])
    y = row(notified, print_date(case.reported, "US", style + 2), y)
    drop(case, "line_items")
    return pdf, case


def print_name_upper(name: str) -> str:
    first, last = name.rsplit(" ", 1)
    return f"{last.upper()}, {first}"
