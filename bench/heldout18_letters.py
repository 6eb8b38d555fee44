"""Held-out corpus 18 prose: a letter by an attorney-in-fact, an e-mail thread, an agency memo."""

from __future__ import annotations

from bench.heldout18_case import shown
from bench.heldout18_forms import items_table
from bench.heldout18_kit import FEMALE, Page


def story_sentences(doc: dict, s: dict) -> str:
    truth = doc["truth"]
    text = (f"On {s['loss']}, at {truth['incident_location']}, the following happened. "
            f"{truth['incident_description']}")
    if truth["vehicle_vin"]:
        text += (f" The vehicle is a {truth['vehicle_make_model_year']}, "
                 f"VIN {truth['vehicle_vin']}.")
    if truth["police_report_number"]:
        text += f" Police report number {truth['police_report_number']}."
    return text


def poa_letter(doc: dict, font: str) -> bytes:
    """A letter by the policyholder's adult child holding power of attorney."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    writer = case["others"][0]
    she = case["insured"]["first"] in FEMALE
    parent, pronoun, his = ("mother", "She", "Her") if she else ("father", "He", "His")
    pdf = Page()
    pdf.add_page()
    pdf.text_at(72, 60, writer["name"], 12, font, "B")
    pdf.text_at(72, 74, writer["address"], 9, font)
    pdf.text_at(72, 86, f"Tel. {s['other_phones'][0]}  |  {writer['email']}", 9, font)
    pdf.text_at(72, 118, s["reported"], 10, font)
    pdf.text_at(72, 140, "Claims Department, Keystone Home & Auto Insurance", 10, font)
    pdf.text_at(72, 152, "PO Box 4410, Harrisburg, PA 17111", 10, font)
    ref = f"Re: Policy {truth['policy_number']}"
    if truth["claim_number"]:
        ref += f", Claim {truth['claim_number']}"
    pdf.text_at(72, 180, ref, 10, font, "B")
    body = [
        "Dear Claims Representative,",
        f"I hold durable power of attorney and write on behalf of my {parent}, "
        f"{truth['claimant_name']} (the policyholder), to report a loss. {pronoun} lives at "
        f"{truth['claimant_address']} and can be reached at {s['phone']} or "
        f"{truth['claimant_email']}; please copy me on all correspondence.",
        story_sentences(doc, s),
        f"We are claiming {s['total']} in total. {his} policy runs from {s['policy_from']} to "
        f"{s['policy_to']} with a {s['deductible']} deductible. Our neighbor "
        f"{case['others'][1]['name']} ({s['other_phones'][1]}) saw what happened.",
    ]
    y = 206
    for paragraph in body:
        y = pdf.wrap(72, y, 468, paragraph, 10, font) + 8
    y = items_table(pdf, 72, y, 468, doc, s["cash"], font)
    pdf.text_at(72, y + 16, "Sincerely,", 10, font)
    pdf.text_at(72, y + 46, f"{writer['name']}, attorney-in-fact for {truth['claimant_name']}",
                10, font)
    pdf.text_at(72, y + 58, f"Direct: {s['other_phones'][0]}", 9, font)
    return pdf.bytes()


def email_printout_reply_top(doc: dict, font: str) -> bytes:
    """A printed e-mail: the claims rep's reply on top, the policyholder's message below."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    rep = case["others"][0]
    rep_mail = f"{rep['first']}.{rep['last']}@harborline-ins.com".lower()
    pdf = Page()
    pdf.add_page()
    pdf.text_at(40, 30, f"Printed: {s['date'](case['reported'])} 4:12 PM", 7, font)
    pdf.text_at(40, 50, f"Re: Loss report - policy {truth['policy_number']}", 13, font, "B")
    head = [f"From: {rep['name']} <{rep_mail}>", f"To: {truth['claimant_email']}",
            f"Sent: {s['reported']}"]
    y = 72
    for line in head:
        pdf.text_at(40, y, line, 9, font)
        y += 12
    reply = (f"Hi {case['insured']['first']}, thanks, we've opened claim # "
             f"{truth['claim_number']} for this loss. A field adjuster, "
             f"{case['others'][1]['name']}, will call you within two business days. Please keep "
             f"receipts for any emergency repairs.")
    y = pdf.wrap(40, y + 10, 530, reply, 10, font) + 6
    for line in (rep["name"], "Claims Representative, Harborline Insurance",
                 f"Direct line: {s['other_phones'][0]}  |  Fax {s['other_phones'][3]}"):
        pdf.text_at(40, y, line, 9, font)
        y += 12
    pdf.line(40, y + 4, 572, y + 4)
    y += 20
    for line in ("-----Original Message-----",
                 f"From: {truth['claimant_name']} <{truth['claimant_email']}>",
                 "To: claims@harborline-ins.com", f"Sent: {s['reported']}",
                 "Subject: Loss report"):
        pdf.text_at(40, y, line, 9, font)
        y += 12
    original = [
        f"Hello, I need to report a claim on policy {truth['policy_number']}.",
        story_sentences(doc, s),
        f"The total I am claiming is {s['total']}.",
        f"My address is {truth['claimant_address']}. Best number: {s['phone']}.",
        f"Thank you, {truth['claimant_name']}",
    ]
    y += 6
    for paragraph in original:
        y = pdf.wrap(40, y, 530, paragraph, 10, font) + 5
    items_table(pdf, 40, y + 4, 530, doc, s["cash"], font)
    return pdf.bytes()


def agent_loss_memo(doc: dict, font: str) -> bytes:
    """An agency's internal loss notice memo to its claims desk."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    csr = case["others"][0]
    pdf = Page()
    pdf.add_page()
    pdf.text_at(50, 50, f"{case['others'][2]['last']} & Associates Insurance Agency", 14, font,
                "B")
    pdf.text_at(50, 64, f"License #{case['decoy_ref'][4:]}0{case['others'][2]['phone'][-3:]}  "
                f"|  Main {s['other_phones'][2]}", 8, font)
    pdf.text_at(50, 96, "INTERNAL MEMO - LOSS NOTICE", 12, font, "B")
    y = 116
    for line in ("To: Claims", f"From: {csr['name']}, CSR (direct {s['other_phones'][0]})",
                 f"Date: {s['reported']}"):
        pdf.text_at(50, y, line, 10, font)
        y += 14
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(50, y + 6, 512, 128, "DF")
    block = [("Insured", truth["claimant_name"]), ("Address", truth["claimant_address"]),
             ("Phone", s["phone"]), ("E-mail", truth["claimant_email"]),
             ("Policy", f"{truth['policy_number']}  (eff. {s['policy_from']})"),
             ("Claim #", truth["claim_number"] or "not yet assigned"),
             ("Date of loss", s["loss"]), ("Est. amount", s["total"])]
    y += 22
    for label, value in block:
        pdf.text_at(58, y, f"{label}:", 9, font, "B")
        pdf.text_at(150, y, value, 9, font)
        y += 15
    y += 18
    pdf.text_at(50, y, "Loss description", 10, font, "B")
    csr_words = (f"Insured called in today. Per insured: {story_sentences(doc, s)} "
                 f"Deductible on file is {s['deductible']}. Insured asked that the adjuster "
                 f"call the other driver/contractor {case['others'][1]['name']} at "
                 f"{s['other_phones'][1]} if needed.")
    y = pdf.wrap(50, y + 16, 512, csr_words, 10, font) + 8
    items_table(pdf, 50, y, 512, doc, s["cash"], font)
    return pdf.bytes()
