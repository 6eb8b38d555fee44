"""Narrative layouts of the fourth held-out corpus: a loss adjuster's report and a broker's
covering e-mail with the customer's statement attached."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bench.heldout4_draw import kv, para, table
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

PERIL_WORDS = {"collision": "an accident", "theft": "a theft", "fire": "a fire",
               "water_damage": "an escape of water", "weather": "storm damage",
               "vandalism": "malicious damage", "glass": "glass breakage",
               "injury": "an injury", "liability": "a liability incident", "other": "a loss"}


def layout_adjuster(case: Case) -> FPDF:
    """A loss adjuster's preliminary report to the insurer: third person, several dates."""
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    firm = decoy_person(case, company=True)
    handler = decoy_person(case)
    contractor = decoy_person(case, company=True)
    name = get("claimant_name")
    title = rng.choice(("Mr", "Ms", "Mx"))
    surname = name.split()[-1]
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 7, f"{firm['firm']} Loss Adjusters", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 4, f"{firm['address']}  -  Tel {firm['phone']}  -  {firm['email']}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "PRELIMINARY LOSS REPORT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    report_day = decoy_date(case, get("date_reported"), 4, 20)
    instructed = decoy_date(case, get("date_reported"), 1, 3)
    visited = decoy_date(case, instructed, 1, 3)
    kv(pdf, "Our reference:", decoy_ref(rng, "LA"), 42, family="Times")
    if get("claim_number"):
        kv(pdf, "Your claim number:", get("claim_number"), 42, family="Times")
    kv(pdf, "Policy number:", get("policy_number"), 42, family="Times")
    kv(pdf, "Insured:", fmt_name(name, rng.choice(("first", "upper_last"))), 42, family="Times")
    kv(pdf, "Report date:", local_date(case, report_day, 0.3), 42, family="Times")
    pdf.ln(3)
    para(pdf, "1. INSTRUCTIONS", style="B", size=11)
    para(pdf, f"We were instructed by {handler['name']} of the insurer's claims team on "
         f"{local_date(case, instructed, 0.2)} to investigate {PERIL_WORDS[get('incident_type')]} "
         f"reported under the above policy. We attended on {local_date(case, visited, 0.2)} and "
         f"met {title} {surname} in person.")
    para(pdf, "2. THE INSURED", style="B", size=11)
    contact = []
    if get("claimant_address"):
        contact.append(f"The insured resides at {get('claimant_address')}.")
    if get("claimant_phone"):
        contact.append(f"{title} {surname} may be reached on {phone(case, get('claimant_phone'))}")
        contact[-1] += f" or by e-mail at {get('claimant_email')}." if get("claimant_email") \
            else "."
    elif get("claimant_email"):
        contact.append(f"{title} {surname} prefers contact by e-mail at {get('claimant_email')}.")
    contact.append(f"The policy has been in force since "
                   f"{local_date(case, decoy_date(case, get('date_of_loss'), -700, -60), 0.2)}.")
    para(pdf, " ".join(contact))
    para(pdf, "3. CIRCUMSTANCES", style="B", size=11)
    para(pdf, f"The loss occurred on {local_date(case, get('date_of_loss'), 0.3)} at "
         f"{get('incident_location')}. It was notified to insurers on "
         f"{local_date(case, get('date_reported'), 0.3)}. The insured's account, as given to "
         "us at interview, reads:")
    pdf.set_x(25)
    pdf.set_font("Times", "I", 10)
    pdf.multi_cell(160, 5, get("incident_description"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    police = get("police_report_number")
    witness = decoy_person(case)
    para(pdf, (f"The matter was reported to the police under reference {police}. " if police
               else "The police were not involved. ")
         + f"An independent witness, {witness['name']} (tel. {witness['phone']}), has "
         "confirmed the sequence of events in a signed statement dated "
         f"{local_date(case, decoy_date(case, get('date_of_loss'), 2, 12), 0.2)}.")
    if get("vehicle_vin"):
        para(pdf, "4. VEHICLE", style="B", size=11)
        extra = (f" The third party vehicle (VIN {decoy_vin(rng)}) was not inspected."
                 if get("incident_type") == "collision" else "")
        para(pdf, f"The insured vehicle is a {get('vehicle_make_model_year')}, VIN "
             f"{get('vehicle_vin')}, inspected at {contractor['firm']}, {contractor['address']}."
             + extra)
    para(pdf, "5. QUANTUM", style="B", size=11)
    items = get("line_items")
    para(pdf, f"The insured presents a claim totalling {money(case, get('claimed_amount'))}"
         + (", made up as follows:" if items else " as a single figure, without breakdown."))
    if items:
        table(pdf, 25, (110, 40), ("Head of claim", "Amount claimed"),
              [(i["description"], money(case, i["amount"])) for i in items], "LR")
        pdf.ln(2)
    reserve = decoy_amount(case, 40, 800)
    para(pdf, f"The policy excess is {money(case, decoy_amount(case, 10, 60))}. Subject to "
         f"policy liability we recommend a reserve of {money(case, reserve)} and will report "
         f"further once {contractor['name']} of {contractor['firm']} ({contractor['phone']}) "
         "has provided a final invoice.")
    pdf.ln(4)
    para(pdf, f"{handler['name'] if rng.random() < 0.2 else decoy_person(case)['name']}\n"
         f"Senior Loss Adjuster, {firm['firm']}", size=10)
    return pdf


def _rfc_time(case: Case, iso: str) -> str:
    offset = {"US": "-0500", "GB": "+0000", "DE": "+0100"}.get(case.country, "+0000")
    return f"{fmt_date(iso, 'rfc')} {case.rng.randint(8, 17):02d}:{case.rng.randint(0, 59):02d}" \
           f":{case.rng.randint(0, 59):02d} {offset}"


def layout_broker(case: Case) -> FPDF:
    """A broker's covering e-mail to the insurer, then the customer's own statement."""
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    broker = decoy_person(case, company=True)
    colleague = decoy_person(case, company=True)
    name = get("claimant_name")
    client_ref = decoy_ref(rng, "BRK")
    pdf.set_font("Courier", "", 9)
    subject = f"New claim - {name} - policy {get('policy_number')}"
    if get("claim_number"):
        subject = f"RE: Claim {get('claim_number')} / {name}"
    for label, value in (("From:", f"{broker['name']} <{broker['email']}>"),
                         ("Sent:", _rfc_time(case, get("date_reported"))),
                         ("To:", "claims.notification@insurer-claims.example"),
                         ("Cc:", f"{colleague['name']} <{colleague['email']}>"),
                         ("Subject:", subject),
                         ("Attachments:", "customer_statement.pdf; photos.zip")):
        pdf.set_font("Courier", "B", 9)
        pdf.cell(28, 4.6, label)
        pdf.set_font("Courier", "", 9)
        pdf.multi_cell(0, 4.6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(15, pdf.get_y() + 1, 195, pdf.get_y() + 1)
    pdf.ln(4)
    body = (f"Dear Claims Team,\n\nPlease find attached a statement from our client {name} "
            f"(our ref {client_ref}) regarding {PERIL_WORDS[get('incident_type')]} on "
            f"{local_date(case, get('date_of_loss'), 0.4)}. The client's policy number is "
            f"{get('policy_number')}; renewal is due on "
            f"{local_date(case, decoy_date(case, get('date_reported'), 30, 200), 0.4)}. "
            f"The client previously claimed {money(case, decoy_amount(case, 30, 400))} under "
            f"claim {decoy_ref(rng, 'CL')}, which is closed.\n\n"
            f"Kindly direct all correspondence through this office rather than to the client. "
            f"My direct line is {broker['phone']}; in my absence please contact "
            f"{colleague['name']} on {colleague['phone']}.\n\nKind regards,\n\n{broker['name']}\n"
            f"Account Executive, {broker['firm']}\n{broker['address']}")
    para(pdf, body, size=9, h=4.4, family="Courier")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "CUSTOMER STATEMENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, f"Attachment to e-mail from {broker['firm']} - broker ref {client_ref}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    head = [fmt_name(name, "first")]
    if get("claimant_address"):
        head += [part.strip() for part in get("claimant_address").split(",", 1)]
    if get("claimant_phone"):
        head.append(f"Tel: {phone(case, get('claimant_phone'))}")
    if get("claimant_email"):
        head.append(f"Email: {get('claimant_email')}")
    pdf.multi_cell(0, 5, "\n".join(head), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    para(pdf, f"Statement of {name}, policy {get('policy_number')}.", style="B", size=10,
         family="Helvetica")
    para(pdf, f"On {local_date(case, get('date_of_loss'))} at {get('incident_location')} the "
         "following happened.", size=10, family="Helvetica")
    para(pdf, get("incident_description"), size=10, family="Helvetica")
    if get("police_report_number"):
        para(pdf, f"I reported it to the police; the report number is "
             f"{get('police_report_number')}.", size=10, family="Helvetica")
    if get("vehicle_vin"):
        para(pdf, f"My car is a {get('vehicle_make_model_year')} (VIN {get('vehicle_vin')}).",
             size=10, family="Helvetica")
    items = get("line_items")
    if items:
        para(pdf, "My losses are:", size=10, family="Helvetica")
        table(pdf, 15, (120, 40), ("Description", "Amount"),
              [(i["description"], money(case, i["amount"])) for i in items], "LR", size=9.5)
        pdf.ln(2)
    para(pdf, f"In total I am claiming {money(case, get('claimed_amount'))}.", size=10,
         family="Helvetica")
    shop = decoy_person(case, company=True)
    para(pdf, f"The garage/contractor I used is {shop['firm']}, telephone {shop['phone']}.",
         size=10, family="Helvetica")
    pdf.ln(4)
    para(pdf, f"Signed: {name}        Date: {local_date(case, get('date_reported'))}", size=10,
         family="Helvetica")
    return pdf

