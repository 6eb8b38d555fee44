"""Held-out corpus 19, layouts 1-4: boxed two-page form, leader lines, letter, web-form e-mail."""

from __future__ import annotations

from decimal import Decimal

from fpdf import FPDF

from bench.heldout19_case import Case
from bench.heldout19_pdf import new_pdf, pair, text, to_bytes


def boxes(pdf: FPDF, cells: list[tuple[str, str, float]]) -> None:
    """One row of ruled boxes, the label small above the value; widths are fractions."""
    x, y = pdf.l_margin, pdf.get_y()
    for label, value, frac in cells:
        w = pdf.epw * frac
        pdf.rect(x, y, w, 13)
        pdf.set_xy(x + 1.2, y + 0.8)
        pdf.set_font("body", "", 6.8)
        pdf.cell(w - 2.4, 3.6, label)
        pdf.set_xy(x + 1.2, y + 5.6)
        size = 9.0
        pdf.set_font("body", "", size)
        while pdf.get_string_width(value) > w - 2.4 and size > 5:   # shrink to fit the box
            size -= 0.5
            pdf.set_font("body", "", size)
        pdf.cell(w - 2.4, 6, value)
        x += w
    pdf.set_xy(pdf.l_margin, y + 15)


def two_page_boxed(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    agent, agent_phone = c.decoy(1)

    def header(page: int) -> None:
        text(pdf, f"{c.insurer} - Claim Form", 14, True)
        text(pdf, f"Policy number: {t['policy_number']}    Page {page} of 2", 8.5)
        pdf.ln(3)
    header(1)
    text(pdf, "Section A - The insured", 10.5, True)
    boxes(pdf, [("Full name of insured", t["claimant_name"], 0.5),
                ("Claim reference", t["claim_number"] or "(office use)", 0.25),
                ("Date of birth", c.other_date(-12000), 0.25)])
    boxes(pdf, [("Postal / residential address", t["claimant_address"], 1.0)])
    boxes(pdf, [("Mobile / telephone", c.phone_shown, 0.35),
                ("E-mail address", t["claimant_email"], 0.65)])
    boxes(pdf, [("Policy period from", c.other_date(-200), 0.5),
                ("Policy period to", c.other_date(165), 0.5)])
    text(pdf, "Section B - Broker / intermediary", 10.5, True)
    boxes(pdf, [("Broker name", agent, 0.4), ("Broker telephone", agent_phone, 0.3),
                ("Broker e-mail", c.decoy_email(1), 0.3)])
    if t["vehicle_vin"]:
        text(pdf, "Section C - Vehicle", 10.5, True)
        boxes(pdf, [("Make, model and year", t["vehicle_make_model_year"], 0.45),
                    ("VIN / chassis number", t["vehicle_vin"], 0.55)])
    pdf.add_page()
    header(2)
    text(pdf, "Section D - The loss", 10.5, True)
    boxes(pdf, [("Date of loss", c.d(c.loss), 0.3), ("Type of loss",
                t["incident_type"].replace("_", " ").title(), 0.3),
                ("Police reference", t["police_report_number"] or "None", 0.4)])
    boxes(pdf, [("Where did the loss happen?", t["incident_location"], 1.0)])
    pdf.set_font("body", "", 6.8)
    pdf.cell(0, 4, "Describe what happened", new_x="LMARGIN", new_y="NEXT")
    text(pdf, t["incident_description"], 9.5)
    pdf.ln(2)
    boxes(pdf, [("Amount claimed", c.m(c_amount(c)), 0.35),
                ("Excess / deductible", c.m(c.rng.choice((500, 750, 1000)) * c_one()), 0.3),
                ("Sum insured", c.m(c_one() * 150000), 0.35)])
    text(pdf, "Section E - Declaration", 10.5, True)
    text(pdf, "I declare that the information given is true and complete to the best of my "
         "knowledge.", 9.5)
    boxes(pdf, [("Signature", t["claimant_name"], 0.5), ("Date signed", c.d(c.reported), 0.5)])
    return to_bytes(pdf)


def c_one() -> Decimal:
    return Decimal(1)


def c_amount(c: Case) -> Decimal:
    return Decimal(c.truth["claimed_amount"])


def leader(pdf: FPDF, pairs: list[tuple[str, str]]) -> None:
    """One line of `label ....... value` pairs, splitting the width evenly."""
    w = pdf.epw / len(pairs)
    for i, (label, value) in enumerate(pairs):
        pdf.set_font("body", "", 9 if len(pairs) < 3 else 8.2)
        lw = pdf.get_string_width(label + " ")
        vw = pdf.get_string_width(value)
        dots = "." * max(2, int((w - lw - vw - 4) / pdf.get_string_width(".")))
        last = i == len(pairs) - 1
        pdf.cell(w, 6.2, f"{label} {dots} {value}", new_x="LMARGIN" if last else "RIGHT",
                 new_y="NEXT" if last else "TOP")


def leader_dense(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    driver, driver_phone = c.decoy(1)
    third, third_phone = c.decoy(2)
    witness, witness_phone = c.decoy(3)
    officer = c.decoy(4)[0]
    text(pdf, f"{c.insurer.upper()}  MOTOR ACCIDENT REPORT", 13, True)
    pdf.ln(2)
    text(pdf, "INSURED", 10, True)
    leader(pdf, [("Policy No.", t["policy_number"]), ("Claim No.", t["claim_number"] or "-")])
    leader(pdf, [("Insured's name", t["claimant_name"])])
    leader(pdf, [("Address", t["claimant_address"])])
    leader(pdf, [("Cell", c.phone_shown), ("E-mail", t["claimant_email"])])
    leader(pdf, [("Vehicle", t["vehicle_make_model_year"]), ("VIN", t["vehicle_vin"])])
    text(pdf, "DRIVER AT THE TIME (if not the insured)", 10, True)
    leader(pdf, [("Name", driver), ("Tel", driver_phone), ("DOB", c.other_date(-9000))])
    leader(pdf, [("Licence No.", str(c.rng.randint(10**9, 10**10))),
                 ("Issued", c.other_date(-2000))])
    text(pdf, "ACCIDENT", 10, True)
    clock = f"{c.rng.randint(6, 21):02d}:{c.rng.randint(0, 59):02d}"
    leader(pdf, [("Date", c.d(c.loss)), ("Time", clock),
                 ("Reported", c.d(c.reported))])
    leader(pdf, [("Place", t["incident_location"])])
    text(pdf, "Description: " + t["incident_description"], 9)
    text(pdf, "THIRD PARTY", 10, True)
    leader(pdf, [("Name", third), ("Tel", third_phone)])
    leader(pdf, [("Address", c.decoy_address())])
    leader(pdf, [("Reg.", f"{c.rng.choice('BCDFGHJK')}{c.rng.randint(100, 999)}XYZ"),
                 ("Insurer", "Kingsway Underwriting"),
                 ("Pol.", f"KW{c.rng.randint(10**5, 10**6)}")])
    text(pdf, "WITNESS", 10, True)
    leader(pdf, [("Name", witness), ("Tel", witness_phone)])
    text(pdf, "POLICE", 10, True)
    leader(pdf, [("Case / ref. no.", t["police_report_number"] or "not reported"),
                 ("Officer", officer)])
    pdf.ln(2)
    leader(pdf, [("Amount claimed", c.m(c_amount(c))), ("Excess", c.m(c_one() * 2500))])
    return to_bytes(pdf)


def short_letter(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    spouse, spouse_phone = c.decoy(1)
    handler = c.decoy(2)[0]
    for line in t["claimant_address"].split(", "):
        text(pdf, line, 10, h=5, align="R")
    text(pdf, c.d(c.reported), 10, align="R")
    pdf.ln(4)
    text(pdf, f"Claims Department\n{c.insurer}\nAttention: {handler}", 10)
    pdf.ln(4)
    text(pdf, "Dear Sir or Madam,", 10.5)
    pdf.ln(2)
    when = c.d(c.loss)
    body = (f"I am writing to notify you of a claim. My policy number is {t['policy_number']}. "
            f"On the morning of {when}, at {t['incident_location']}, the following happened. "
            f"{t['incident_description']} ")
    if t["vehicle_vin"]:
        body += (f"The vehicle is my {t['vehicle_make_model_year']} (VIN {t['vehicle_vin']}). ")
    if t["police_report_number"]:
        body += ("The matter was reported to the police under reference "
                 f"{t['police_report_number']}. ")
    body += (f"The repair estimate I have received comes to {c.m(c_amount(c))}, which is the "
             f"amount I am claiming.")
    text(pdf, body, 10.5, h=5.6)
    pdf.ln(2)
    text(pdf, f"I can be reached on {c.phone_shown} or by e-mail at {t['claimant_email']}.",
         10.5, h=5.6)
    pdf.ln(4)
    text(pdf, f"Yours faithfully,\n\n{t['claimant_name']}", 10.5)
    pdf.ln(4)
    text(pdf, f"P.S. If I am unavailable, please call my spouse, {spouse}, on {spouse_phone}.",
         10)
    return to_bytes(pdf)


def webform_email(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    stamp = f"{c.d(c.reported)} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}"
    pair(pdf, "From:", f"noreply@{c.insurer.split()[0].lower()}.example")
    pair(pdf, "To:", "claims-intake@" + c.insurer.split()[0].lower() + ".example")
    pair(pdf, "Sent:", stamp)
    pair(pdf, "Subject:", f"New claim submission WEB-{c.rng.randint(10**6, 10**7)}")
    pdf.ln(3)
    text(pdf, "New claim submission", 12, True)
    text(pdf, f"Submission ID: SUB{c.rng.randint(10**7, 10**8)}    Submitted: {stamp}", 9)
    pdf.ln(2)
    rows = [("policy_number", t["policy_number"]), ("full_name", t["claimant_name"]),
            ("email", t["claimant_email"]), ("phone", c.phone_shown),
            ("address", t["claimant_address"]), ("loss_date", c.d(c.loss)),
            ("loss_type", t["incident_type"]), ("loss_location", t["incident_location"])]
    if t["vehicle_vin"]:
        rows += [("vehicle", t["vehicle_make_model_year"]), ("vin", t["vehicle_vin"])]
    if t["police_report_number"]:
        rows.append(("police_ref", t["police_report_number"]))
    rows += [("amount_claimed", c.m(c_amount(c))), ("currency", t["currency"])]
    pdf.set_font("mono", "", 8.6)
    for key, value in rows:
        pdf.multi_cell(0, 4.6, f"{key + ':':<16}{value}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.6, "what_happened:", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.6, t["incident_description"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    staff, staff_phone = c.decoy(2)
    text(pdf, f"This message was generated automatically. Questions: {staff}, Claims "
         f"Support, {staff_phone}, {c.decoy_email(2)}. {c.insurer}, {c.decoy_address()}. "
         f"Printed {c.other_date(25)}.", 7.5, h=3.8)
    return to_bytes(pdf)
