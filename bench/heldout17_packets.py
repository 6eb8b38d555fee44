"""Held-out corpus 17 packets: a claim letter with a supplier's tax invoice and a bank receipt,
and a printed text-message transcript with the claims team's summary box."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout17_case import Case
from bench.heldout17_kit import SANS, SERIF, Page, a_date, cents, format_date, money, new_page
from bench.heldout17_story import cost, tell_motor, tell_property

TAX = {"GB": ("VAT", Decimal("0.20"), "VAT reg. no. GB"), "IE": ("VAT", Decimal("0.23"),
                                                                 "VAT no. IE"),
       "AU": ("GST", Decimal("0.10"), "ABN "), "NZ": ("GST", Decimal("0.15"), "GST no. ")}
VET = ("Consultation", "Radiographs (2 views)", "Surgery - foreign body removal",
       "Hospitalisation (2 nights)", "Medication to take home", "Blood panel")
CONTENTS = ("Replacement sofa", "Replacement television 55in", "Carpet supply and fit",
            "Dining table and chairs", "Replacement laptop")


def _invoice_rows(case: Case, names: tuple[str, ...]) -> tuple[list[dict], Decimal, Decimal]:
    """Gross rows (tax included) and the tax they carry."""
    cost(case, names, 60, 1400, itemise=True)
    rows = case.truth["line_items"]
    total = Decimal(case.truth["claimed_amount"])
    _, rate, _ = TAX[case.region]
    tax = cents(float(total * rate / (1 + rate)))
    return rows, total, tax


def vet_or_contents_invoice_packet(case: Case) -> bytes:
    rng, t, c = case.rng, case.truth, case.claimant
    vet = rng.random() < 0.5
    if vet:
        pet = rng.choice(("Biscuit", "Pepper", "Mango", "Ruby"))
        t.update(incident_type="other", incident_location=c.address,
                 incident_description=f"Our dog {pet} became unwell after swallowing part of a"
                 " toy and needed surgery to remove it.")
        rows, total, tax = _invoice_rows(case, VET)
        supplier = rng.choice(("Harbourside Veterinary Hospital", "Greenlane Vet Clinic"))
    else:
        tell_property(case, ("water_damage", "fire", "theft"))
        rows, total, tax = _invoice_rows(case, CONTENTS)
        supplier = rng.choice(("Hartley Home & Living", "Furnish Direct", "Bennetts Electrical"))
    style, pdf = a_date(rng), Page(rng.choice(SERIF + SANS))
    letter_day = case.day("date_reported")
    new_page(pdf)
    pdf.put(195, 20, c.name, 9.5, align="R")
    parts = c.address.split(", ")
    for i, part in enumerate(parts):
        pdf.put(195, 25 + 5 * i, part, 9.5, align="R")
    pdf.put(195, 27 + 5 * len(parts), c.phone, 9.5, align="R")
    pdf.put(195, 32 + 5 * len(parts), c.email, 9.5, align="R")
    pdf.put(15, 60, f"Claims Department, {case.insurer}", 9.5)
    pdf.put(15, 70, format_date(letter_day, style), 9.5)
    pdf.put(15, 80, f"Policy {t['policy_number']}" + (f" - claim {t['claim_number']}"
                                                      if t["claim_number"] else ""), 10, "B")
    kind = "veterinary fees" if vet else "the replacement of damaged contents"
    body = (f"Dear Sir or Madam, I am writing to claim for {kind}. On"
            f" {format_date(case.day('date_of_loss'), style)}, at {t['incident_location']}: "
            f"{t['incident_description']}")
    if t["police_report_number"]:
        body += f" I reported the theft to the police (reference {t['police_report_number']})."
    body += (f" I enclose the tax invoice from {supplier} and my payment receipt. I am claiming"
             f" the invoice total of {money(total, case.currency, rng)}, less any excess that"
             " applies. Please pay the settlement into my usual account.")
    y = pdf.para(15, 88, 180, body, 10)
    pdf.put(15, y + 8, "Yours faithfully,", 10)
    pdf.put(15, y + 22, c.name, 10)
    # Page 2: tax invoice.
    tax_name, _, reg = TAX[case.region]
    vendor = case.decoys[0]
    inv_day = case.day("date_of_loss") + timedelta(days=rng.randint(0, 4))
    new_page(pdf)
    pdf.put(15, 22, supplier, 15, "B")
    pdf.put(15, 28, f"{vendor.address}  |  {vendor.phone}  |  accounts@"
            f"{supplier.split()[0].lower()}.com", 8)
    pdf.put(15, 33, f"{reg}{rng.randint(100000000, 999999999)}", 8)
    pdf.put(195, 22, "TAX INVOICE", 14, "B", align="R")
    pdf.put(195, 28, f"Invoice no. INV-{rng.randint(10000, 99999)}", 9, align="R")
    pdf.put(195, 33, f"Invoice date {format_date(inv_day, style)}", 9, align="R")
    pdf.put(195, 38, f"Due {format_date(inv_day + timedelta(days=14), style)}", 9, align="R")
    pdf.put(15, 45, "Bill to:", 9, "B")
    pdf.put(15, 50, c.name, 9.5)
    pdf.put(15, 55, c.address, 9.5)
    y = 66
    pdf.box(15, y, 180, 7, fill=230)
    pdf.put(17, y + 5, "Description", 9, "B")
    pdf.put(193, y + 5, f"Amount incl. {tax_name}", 9, "B", align="R")
    y += 13
    for row in rows:
        pdf.put(17, y, row["description"], 9.5)
        pdf.put(193, y, money(Decimal(row["amount"]), case.currency, rng), 9.5, align="R")
        y += 6
    pdf.rule(120, y - 3, 195, y - 3)
    for label, value, bold in ((f"Subtotal excl. {tax_name}", total - tax, ""),
                               (f"{tax_name}", tax, ""), ("Total", total, "B")):
        pdf.put(130, y + 2, label, 9.5, bold)
        pdf.put(193, y + 2, money(value, case.currency, rng), 9.5, bold, align="R")
        y += 6
    pdf.put(15, y + 10, "Thank you for your business. Payment terms 14 days.", 8.5)
    # Page 3: bank receipt.
    new_page(pdf)
    pdf.box(40, 30, 130, 80)
    bank = rng.choice({"GB": ("Lloyds Bank", "Nationwide"), "IE": ("Bank of Ireland", "AIB"),
                       "AU": ("Westpac", "Commonwealth Bank"), "NZ": ("ASB Bank", "Kiwibank")}
                      [case.region])
    pdf.put(45, 40, f"{bank} - Payment confirmation", 12, "B")
    lines = [("Paid from", f"{c.name}  ****{rng.randint(1000, 9999)}"),
             ("Paid to", supplier), ("Amount", money(total, case.currency, rng)),
             ("Date", format_date(inv_day + timedelta(days=1), style)),
             ("Reference", f"TRF{rng.randint(10000000, 99999999)}")]
    for i, (label, value) in enumerate(lines):
        pdf.put(45, 52 + 9 * i, label, 9, "B")
        pdf.put(80, 52 + 9 * i, value, 9.5, width=85)
    return pdf.result()


def bubble(pdf: Page, y: float, who: str, when: str, text: str, mine: bool) -> float:
    """A message as an indented block: the policyholder's left, the team's right."""
    x = 18 if mine else 70
    pdf.put(x, y, f"{who}  {when}", 7.5, "I")
    pdf.set_fill_color(238 if mine else 220)
    pdf.font(9.5)
    pdf.set_xy(x, y + 1.5)
    pdf.multi_cell(118, 4.6, text, border=0, align="L", fill=True)
    return pdf.get_y() + 4


def sms_transcript(case: Case) -> bytes:
    rng, t, c = case.rng, case.truth, case.claimant
    (tell_motor if rng.random() < 0.5 else tell_property)(case)
    t["claimant_email"] = None
    team = f"{case.insurer.split()[0]} Claims"
    agent = case.decoys[0]
    style, pdf = a_date(rng), Page(rng.choice(SANS))
    day = case.day("date_reported")
    stamp = lambda d, hm: f"{format_date(d, '%d/%m/%Y')} {hm}"  # noqa: E731
    new_page(pdf, header=False)
    pdf.put(15, 18, f"Message transcript - {rng.choice(('WhatsApp', 'SMS'))}", 13, "B")
    pdf.put(15, 24, f"Between {c.name} ({c.phone}) and {team} ({case.helpline})", 9)
    pdf.put(15, 29, f"Exported {stamp(day + timedelta(days=rng.randint(2, 9)), '08:15')}", 8)
    y = 38
    msgs = [(True, "07:52", "Hi, I need to report a claim. "
             + f"Policy {t['policy_number']}. On {format_date(case.day('date_of_loss'), style)}: "
             + t["incident_description"]),
            (False, "08:03", f"Hi {c.name.split()[0]}, this is {agent.name} from the claims team."
             " Sorry to hear that. Where exactly did this happen?"),
            (True, "08:10", f"At {t['incident_location']}."),
            (False, "08:12", "Thanks. Has it been reported to the police?"),
            (True, "08:20", f"Yes, reference {t['police_report_number']}."
             if t["police_report_number"] else "No, no police involved.")]
    if t["vehicle_vin"]:
        msgs.append((True, "08:24", f"Car is a {t['vehicle_make_model_year']}, VIN"
                     f" {t['vehicle_vin']}"))
    costs = t["line_items"]
    breakdown = ", ".join(f"{i['description']} {money(Decimal(i['amount']), case.currency, rng)}"
                          for i in costs)
    msgs.append((True, "08:31", (f"Quote breakdown: {breakdown}. " if costs else "")
                 + f"Total I'm claiming is "
                 f"{money(Decimal(t['claimed_amount']), case.currency, rng)}"))
    msgs.append((False, "08:40", f"Got it. Your excess is {money(case.excess, case.currency, rng)}."
                 f" You can also call me direct on {agent.phone}."))
    for mine, hm, text in msgs:
        y = bubble(pdf, y, c.name.split()[0] if mine else team, stamp(day, hm), text, mine)
    y += 4
    pdf.box(15, y, 180, 34, fill=248, width=0.5)
    pdf.put(18, y + 6, "Claims team summary", 10, "B")
    rows = [("Claim number", t["claim_number"] or "Not yet assigned"),
            ("Policy number", t["policy_number"]), ("Policyholder", c.name),
            ("Address on file", c.address),
            ("Notified", format_date(day, style))]
    for i, (label, value) in enumerate(rows):
        pdf.put(18, y + 12 + 5 * i, label, 8.5, "B")
        pdf.put(55, y + 12 + 5 * i, value, 9, width=135)
    return pdf.result()
