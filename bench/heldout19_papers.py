"""Held-out corpus 19, layouts 5-8: glass invoice, affidavit, call transcript, quote packet."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout19_case import Case
from bench.heldout19_pdf import new_pdf, pair, table, text, to_bytes


def rows(c: Case) -> list[tuple[str, str]]:
    return [(i["description"], c.m(Decimal(i["amount"]))) for i in c.truth["line_items"]]


def windscreen_invoice(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    fitter, fitter_phone = c.decoy(1)
    text(pdf, "ClearView Auto Glass", 15, True)
    text(pdf, f"{c.decoy_address()}  |  Tel {fitter_phone}  |  {t['currency']} tax invoice", 8.5)
    text(pdf, f"{c.region.tax} reg. no. {c.rng.randint(4 * 10**9, 5 * 10**9)}", 8.5)
    pdf.ln(3)
    text(pdf, "TAX INVOICE", 13, True)
    pair(pdf, "Invoice no.:", f"INV-{c.rng.randint(10**4, 10**5)}")
    pair(pdf, "Invoice date:", c.d(c.reported))
    pair(pdf, "Bill to:", f"{c.insurer}, Claims Department")
    pair(pdf, "Insurer claim no.:", t["claim_number"] or "to be advised")
    pair(pdf, "Policy no.:", t["policy_number"])
    pair(pdf, "Insured:", t["claimant_name"])
    pair(pdf, "Insured address:", t["claimant_address"])
    pair(pdf, "Insured contact:", f"{c.phone_shown} / {t['claimant_email']}")
    pair(pdf, "Vehicle:", f"{t['vehicle_make_model_year']}, reg. "
         f"{c.rng.choice('BCDFG')}{c.rng.choice('HJK')}{c.rng.randint(10, 99)} "
         f"{c.rng.choice('LMNP')}{c.rng.choice('RST')}{c.rng.choice('VWX')}")
    pair(pdf, "VIN:", t["vehicle_vin"])
    pair(pdf, "Date of damage:", c.d(c.loss))
    pair(pdf, "Where:", t["incident_location"])
    pair(pdf, "Cause:", t["incident_description"])
    pdf.ln(3)
    table(pdf, rows(c), ("Description", "Amount"))
    gross = c.net + c.tax
    for label, amount in ((f"Subtotal (excl. {c.region.tax})", c.net),
                          (f"{c.region.tax} {c.region.rate * 100:.0f}%", c.tax),
                          ("Total incl. " + c.region.tax, gross),
                          ("Less excess payable by the insured", c.excess),
                          ("Amount claimed from insurer", gross - c.excess)):
        pdf.set_font("body", "B" if label.startswith("Amount") else "", 9.5)
        pdf.cell(pdf.epw - 40, 6, label, align="R")
        pdf.cell(40, 6, c.m(amount), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    text(pdf, f"Fitted by {fitter}. Payment terms 30 days. Banking details on request.", 8)
    return to_bytes(pdf)


def theft_affidavit(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    commissioner, comm_phone = c.decoy(1)
    officer = c.decoy(2)[0]
    text(pdf, "AFFIDAVIT / SWORN STATEMENT", 14, True, align="C")
    text(pdf, f"Police case number: {t['police_report_number']}", 10, True, align="C")
    pdf.ln(4)
    id_no = str(c.rng.randint(10**12, 10**13))
    text(pdf, f"I, {t['claimant_name'].upper()}, ID number {id_no}, residing at "
         f"{t['claimant_address']}, contactable on {c.phone_shown} and at "
         f"{t['claimant_email']}, do hereby make oath and state:", 10.5, h=5.8)
    pdf.ln(2)
    text(pdf, f"1. On {c.d(c.loss)} at {t['incident_location']}: {t['incident_description']}",
         10.5, h=5.8)
    text(pdf, f"2. The property is insured with {c.insurer} under policy {t['policy_number']}"
         + (f", claim {t['claim_number']}." if t["claim_number"] else "."), 10.5, h=5.8)
    text(pdf, "3. The following items were stolen:", 10.5, h=5.8)
    pdf.ln(1)
    table(pdf, rows(c) + [("Total value of stolen property", c.m(c.net))],
          ("Item", f"Value ({t['currency']})"))
    pdf.ln(3)
    text(pdf, "4. I know and understand the contents of this declaration and consider the "
         "oath binding on my conscience.", 10.5, h=5.8)
    pdf.ln(3)
    text(pdf, f"Signed: {t['claimant_name']}    Date: {c.d(c.reported)}", 10)
    pdf.ln(3)
    text(pdf, f"Sworn before me: {commissioner}, Commissioner of Oaths, ex officio, "
         f"{c.decoy_address()}, tel. {comm_phone}. Investigating officer: {officer}.", 9)
    return to_bytes(pdf)


def spoken_email(email: str) -> str:
    user, host = email.split("@")
    return " ".join(user.upper().replace(".", " dot ").split()) + " at " + host


def call_transcript(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    agent, agent_phone = c.decoy(1)
    digits = c.phone_shown.replace(" ", "  ")
    text(pdf, f"{c.insurer} - recorded call transcript", 13, True)
    text(pdf, f"Call ID {c.rng.randint(10**8, 10**9)}  |  {c.d(c.reported)}  |  Agent "
         f"{agent} (ext. {c.rng.randint(2000, 2999)}, direct {agent_phone})", 8.5)
    pdf.ln(3)
    turns = [("Agent", f"Good morning, {c.insurer}, my name is {agent.split()[0]}. How can I "
              "help?"),
             ("Caller", "Hi, I need to report a claim."),
             ("Agent", "Can I have your full name and policy number?"),
             ("Caller", f"It's {t['claimant_name']}, policy {t['policy_number']}."),
             ("Agent", "And the best number to reach you?"),
             ("Caller", f"{digits}."),
             ("Agent", "Your e-mail address?"),
             ("Caller", f"{t['claimant_email']} - that's {spoken_email(t['claimant_email'])}."),
             ("Agent", "And your address?"), ("Caller", t["claimant_address"] + "."),
             ("Agent", "When and where did it happen?"),
             ("Caller", f"On {c.d(c.loss)}, at {t['incident_location']}."),
             ("Agent", "Tell me what happened."), ("Caller", t["incident_description"])]
    if t["vehicle_vin"]:
        turns += [("Agent", "Which vehicle, and the VIN from the licence disc?"),
                  ("Caller", f"A {t['vehicle_make_model_year']}, VIN {t['vehicle_vin']}.")]
    if t["police_report_number"]:
        turns += [("Agent", "Was it reported to the police?"),
                  ("Caller", f"Yes, the reference is {t['police_report_number']}.")]
    turns += [("Agent", "How much are you claiming?"),
              ("Caller", f"The quote came to {c.m(Decimal(t['claimed_amount']))}."),
              ("Agent", "Thank you. Your claim number is " + (t["claim_number"] or
               "not yet assigned; we will send it by e-mail") + ".")]
    seconds = 0
    for who, said in turns:
        seconds += c.rng.randint(4, 25)
        pdf.set_font("body", "B", 9.5)
        pdf.cell(34, 5.4, f"[{seconds // 60:02d}:{seconds % 60:02d}] {who}:")
        pdf.set_font("body", "", 9.5)
        pdf.multi_cell(0, 5.4, said, new_x="LMARGIN", new_y="NEXT")
    return to_bytes(pdf)


def builder_quote_packet(c: Case) -> bytes:
    t, pdf = c.truth, new_pdf(c.rng)
    builder, builder_phone = c.decoy(1)
    text(pdf, f"{c.insurer} - Home claim notification", 14, True)
    pdf.ln(2)
    for label, value in (("Policy number", t["policy_number"]),
                         ("Claim number", t["claim_number"] or "pending"),
                         ("Policyholder", t["claimant_name"]), ("Address", t["claimant_address"]),
                         ("Phone", c.phone_shown), ("E-mail", t["claimant_email"]),
                         ("Date of loss", c.d(c.loss)), ("Risk address", t["incident_location"]),
                         ("Cause", t["incident_type"].replace("_", " ")),
                         ("Amount claimed", c.m(Decimal(t["claimed_amount"])) + " (see quote)"),
                         ("Date notified", c.d(c.reported))):
        pair(pdf, label + ":", value, 40)
    pdf.ln(2)
    text(pdf, "What happened:", 10, True)
    text(pdf, t["incident_description"], 10)
    pdf.add_page()
    text(pdf, f"{builder.split()[1]} & Sons Building Contractors", 14, True)
    text(pdf, f"Reg. no. {c.rng.randint(2000, 2025)}/{c.rng.randint(10**5, 10**6)}/07  |  "
         f"{c.region.tax} no. {c.rng.randint(10**8, 10**9)}", 8.5)
    text(pdf, f"{c.decoy_address()}  |  {builder_phone}  |  {c.decoy_email(1)}", 8.5)
    pdf.ln(3)
    text(pdf, f"QUOTATION Q{c.rng.randint(1000, 9999)}    Date: {c.other_date(3)}    "
         f"Valid until: {c.other_date(33)}", 10, True)
    text(pdf, f"Client: {t['claimant_name']}, {t['claimant_address']}", 9.5)
    pdf.ln(2)
    table(pdf, rows(c), ("Scope of work", "Amount"))
    for label, amount in (("Subtotal", c.net), (f"{c.region.tax} @ {c.region.rate * 100:.0f}%",
                          c.tax), ("Total", c.net + c.tax)):
        pdf.set_font("body", "B" if label == "Total" else "", 9.5)
        pdf.cell(pdf.epw - 40, 6, label, align="R")
        pdf.cell(40, 6, c.m(amount), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    text(pdf, f"Quoted by {builder}. Deposit of 40% on acceptance.", 9)
    return to_bytes(pdf)
