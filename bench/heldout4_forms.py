"""Insurer-side layouts of the fourth held-out corpus: a two-column sectioned claim form with
check boxes, and a landscape bordereau export of one claim as a label/value grid."""

from __future__ import annotations

from decimal import Decimal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bench.heldout4_draw import box, count_lines, heading, table, titled_text, type_boxes
from bench.heldout4_kit import (
    Case,
    decoy_amount,
    decoy_date,
    decoy_person,
    decoy_ref,
    decoy_vin,
    fmt_date,
    fmt_name,
    local_date,
    money,
    new_pdf,
    phone,
)

PRODUCT_TITLE = {True: "MOTOR CLAIM FORM", False: "PROPERTY & LIABILITY CLAIM FORM"}


def _plate(case: Case) -> str:
    rng = case.rng
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    if case.country == "GB":
        return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 75)} " \
               f"{''.join(rng.choice(letters) for _ in range(3))}"
    if case.country == "DE":
        return f"{rng.choice(('B', 'M', 'HH', 'K'))}-{rng.choice(letters)}{rng.choice(letters)} " \
               f"{rng.randint(100, 9999)}"
    middle = "".join(rng.choice(letters) for _ in range(3))
    return f"{rng.randint(1, 9)}{middle}{rng.randint(100, 999)}"


def layout_sections(case: Case) -> FPDF:
    """A two-column insurer claim form: Section A-F, boxed cells, check boxes, declaration."""
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    insurer = case.fake.company().upper()
    agent = decoy_person(case, company=True)
    third = decoy_person(case)
    motor = get("vehicle_vin") is not None
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(120, 7, f"{insurer} INSURANCE")
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(0, 7, f"Form CF-{rng.randint(100, 499)} rev. {rng.randint(1, 12):02d}/2025",
             align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(120, 6, PRODUCT_TITLE[motor])
    box(pdf, 140, 20, 55, "Claim number (office will complete if blank)",
        get("claim_number"))
    pdf.set_font("Helvetica", "", 7)
    pdf.set_xy(15, 28)
    pdf.multi_cell(120, 3.4, "Please complete every section in BLOCK CAPITALS and return with "
                   "estimates, invoices and photographs. Answer the questions truthfully; "
                   "see Section F.")
    left, right, w = 15.0, 107.0, 88.0
    y = heading(pdf, left, 40, w, "SECTION A - THE POLICYHOLDER")
    y = box(pdf, left, y, w, "A1 Policy / certificate number", get("policy_number"))
    name_style = rng.choice(("first", "upper_last", "caps"))
    y = box(pdf, left, y, w, "A2 Full name of policyholder",
            fmt_name(get("claimant_name"), name_style))
    y = box(pdf, left, y, w, "A3 Correspondence address", get("claimant_address"), lines=2)
    y = box(pdf, left, y, w / 2, "A4 Telephone (day)",
            phone(case, get("claimant_phone")) if get("claimant_phone") else None)
    box(pdf, left + w / 2, y - 9, w / 2, "A5 Date of birth",
        fmt_date(decoy_date(case, "1960-01-01", 0, 14000),
                 {"US": "us", "DE": "de"}.get(case.country, "uk")))
    y = box(pdf, left, y, w, "A6 E-mail", get("claimant_email"))
    y = heading(pdf, left, y + 3, w, "SECTION B - YOUR AGENT OR BROKER")
    y = box(pdf, left, y, w, "B1 Agency name and contact", f"{agent['firm']} ({agent['name']})")
    y = box(pdf, left, y, w / 2, "B2 Agency telephone", agent["phone"])
    box(pdf, left + w / 2, y - 9, w / 2, "B3 Agency code", decoy_ref(rng, "AG"))
    y = box(pdf, left, y, w, "B4 Agency e-mail", agent["email"])
    y = heading(pdf, left, y + 3, w, "SECTION D - VEHICLE / OTHER PARTY")
    if motor:
        make_model, year = get("vehicle_make_model_year").rsplit(" ", 1)
        y = box(pdf, left, y, w * 0.7, "D1 Make and model", make_model)
        box(pdf, left + w * 0.7, y - 9, w * 0.3, "D2 Year", year)
        y = box(pdf, left, y, w * 0.6, "D3 Vehicle identification number (VIN)",
                get("vehicle_vin"))
        box(pdf, left + w * 0.6, y - 9, w * 0.4, "D4 Registration", _plate(case))
    y = box(pdf, left, y, w, "D5 Other party / witness name and address",
            f"{third['name']}, {third['address']}", lines=2)
    y = box(pdf, left, y, w / 2, "D6 Other party telephone", third["phone"])
    box(pdf, left + w / 2, y - 9, w / 2, "D7 Their insurer's policy no.", decoy_ref(rng, "TP"))
    if motor and rng.random() < 0.6:
        y = box(pdf, left, y, w, "D8 Other party's VIN", decoy_vin(rng))
    left_end = y

    y = heading(pdf, right, 40, w, "SECTION C - THE INCIDENT")
    y = box(pdf, right, y, w / 2, "C1 Date of incident", local_date(case, get("date_of_loss")))
    box(pdf, right + w / 2, y - 9, w / 2, "C2 Time",
        f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}")
    y = box(pdf, right, y, w, "C3 Where did it happen?", get("incident_location"), lines=2)
    pdf.set_xy(right + 1, y + 0.5)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.cell(w, 3, "C4 Type of loss (tick one)")
    y = type_boxes(pdf, case, right, y + 3, w)
    y = box(pdf, right, y, w, "C5 Describe what happened in your own words",
            get("incident_description"), lines=3)
    police = get("police_report_number")
    y = box(pdf, right, y, w, "C6 Police / authority reference (if reported)",
            police or "Not reported")
    y = heading(pdf, right, y + 3, w, "SECTION E - WHAT YOU ARE CLAIMING")
    pdf.set_xy(right, y)
    items = get("line_items")
    if items:
        table(pdf, right, (60, 28), ("Item / repair", "Cost"),
              [(i["description"], money(case, i["amount"])) for i in items], "LR", size=8)
        y = pdf.get_y()
    y = box(pdf, right, y, w * 0.55, "E1 Total amount claimed", money(case, get("claimed_amount")))
    box(pdf, right + w * 0.55, y - 9, w * 0.45, "E2 Policy excess",
        money(case, decoy_amount(case, 10, 100)))
    y = box(pdf, right, y, w, "E3 Any previous claim in the last 5 years?",
            f"Yes - {decoy_ref(rng, 'CLM')}, settled {money(case, decoy_amount(case, 20, 300))}")

    y = max(pdf.get_y(), y, left_end) + 4
    if y > 250:
        pdf.add_page()
        y = 20
    y = heading(pdf, left, y, 180, "SECTION F - DECLARATION")
    pdf.set_xy(left, y + 1)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(180, 3.6, "I declare that the information given is true and complete. I "
                   "understand that the insurer may share it with fraud prevention agencies.")
    y = pdf.get_y() + 1
    box(pdf, left, y, 90, "Signature of policyholder", fmt_name(get("claimant_name"), "first"))
    box(pdf, left + 90, y, 45, "Date signed", local_date(case, get("date_reported")))
    box(pdf, left + 135, y, 45, "Office use: received",
        fmt_date(decoy_date(case, get("date_reported"), 1, 6), "iso"))
    return pdf


def layout_bordereau(case: Case) -> FPDF:
    """A TPA's landscape bordereau export for one claim: a grid of column headers over values."""
    pdf = new_pdf("L")
    pdf.add_page()
    rng, get = case.rng, case.get
    tpa = decoy_person(case, company=True)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, f"{tpa['firm']} - Claims Bordereau (single claim extract)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 7.5)
    period = decoy_date(case, get("date_reported"), -40, -20)
    pdf.cell(0, 4.5, f"Binder UMR {decoy_ref(rng, 'B0')}  |  Reporting period from "
             f"{fmt_date(period, 'abbr')}  |  Extract run "
             f"{fmt_date(decoy_date(case, get('date_reported'), 8, 20), 'abbr')} by "
             f"{tpa['name']} ({tpa['email']}, {tpa['phone']})",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    date_style = rng.choice(("abbr", "iso", "uk" if case.country != "US" else "us"))
    vehicle = get("vehicle_make_model_year")
    cells: list[tuple[str, str]] = [
        ("TPA Claim Ref", decoy_ref(rng, "TPA")),
        ("Insurer Claim No", get("claim_number") or ""),
        ("Policy / Cert No", get("policy_number")),
        ("Policy Inception",
         fmt_date(decoy_date(case, get("date_of_loss"), -330, -40), date_style)),
        ("Insured Name", fmt_name(get("claimant_name"), rng.choice(("upper_last", "last_first")))),
        ("Insured Address", get("claimant_address") or ""),
        ("Insured Phone", phone(case, get("claimant_phone")) if get("claimant_phone") else ""),
        ("Insured Email", get("claimant_email") or ""),
        ("Date of Loss", fmt_date(get("date_of_loss"), date_style)),
        ("Date Notified", fmt_date(get("date_reported"), date_style)),
        ("Date Opened", fmt_date(decoy_date(case, get("date_reported"), 1, 5), date_style)),
        ("Cause of Loss", dict(_CAUSES)[get("incident_type")]),
        ("Loss Location", get("incident_location")),
        ("Police Ref", get("police_report_number") or ""),
        ("Vehicle", vehicle or ""),
        ("VIN", get("vehicle_vin") or ""),
        ("Claim Currency", get("currency")),
        ("Amount Claimed", f"{Decimal(get('claimed_amount')):.2f}"),
        ("Reserve", decoy_amount(case, 50, 900)),
        ("Paid to Date", "0.00"),
        ("Deductible", decoy_amount(case, 10, 100)),
        ("Handler", f"{tpa['name']} / {decoy_person(case)['phone']}"),
    ]
    cols = 6
    width = 267 / cols
    for start in range(0, len(cells), cols):
        chunk = cells[start:start + cols]
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.set_fill_color(200, 215, 200)
        for label, _ in chunk:
            pdf.cell(width, 5.5, label, border=1, fill=True)
        pdf.ln(5.5)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 8)
        bottom = y
        for index, (_, value) in enumerate(chunk):
            pdf.set_xy(15 + index * width, y)
            size = 8.0
            while " " not in value and pdf.get_string_width(value) > width - 2.5 and size > 5:
                size -= 0.5  # an export shrinks a long e-mail rather than break it
                pdf.set_font("Helvetica", "", size)
            lines = count_lines(pdf, width, value or " ")
            pdf.multi_cell(width, 4.4, value or " ", align="L", new_x=XPos.RIGHT,
                           new_y=YPos.TOP)
            bottom = max(bottom, y + 4.4 * lines + 0.6)
            pdf.set_font("Helvetica", "", 8)
        for index in range(len(chunk)):
            pdf.rect(15 + index * width, y, width, bottom - y)
        pdf.set_xy(15, bottom + 1.5)
    titled_text(pdf, "Loss Description", get("incident_description"), (7.5, 8.5), shaded=True)
    items = get("line_items")
    if items:
        table(pdf, 15, (20, 140, 45, 35), ("Line", "Heads of claim", "Supplier ref", "Claimed"),
              [(str(n), i["description"], decoy_ref(rng, "SUP"), f"{Decimal(i['amount']):.2f}")
               for n, i in enumerate(items, 1)], "LLLR", size=8)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, f"Amounts in {get('currency')}. Reserve and paid figures are the TPA's "
             "and are not part of the claim as presented.")
    return pdf


_CAUSES = (("collision", "Accidental damage - collision"), ("theft", "Theft"),
           ("fire", "Fire"), ("water_damage", "Escape of water"), ("weather", "Storm/hail"),
           ("vandalism", "Malicious damage"), ("glass", "Glass breakage"),
           ("injury", "Bodily injury"), ("liability", "Third party liability"),
           ("other", "Other"))
