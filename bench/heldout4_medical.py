"""A travel/medical expenses claim of the fourth held-out corpus: the insurer's form, then the
hospital's itemised bill with subtotal, discount and tax. The claimed amount is the bill's
total due (after discount and tax); the line items are the bill's service rows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bench.heldout4_draw import box, heading
from bench.heldout4_kit import (
    Case,
    decoy_amount,
    decoy_date,
    decoy_person,
    decoy_ref,
    fmt_date,
    fmt_name,
    local_date,
    money,
    new_pdf,
    phone,
)

CENT = Decimal("0.01")
TAXES = {"US": ("Facility tax", Decimal("0.04")), "GB": ("VAT", Decimal("0.20")),
         "DE": ("MwSt.", Decimal("0.19"))}


def settle_bill(case: Case) -> dict[str, Decimal]:
    """Subtotal, discount, tax and total of the bill; the total becomes the claimed amount."""
    items = case.get("line_items") or []
    subtotal = sum((Decimal(i["amount"]) for i in items), Decimal("0"))
    if not items:
        subtotal = Decimal(case.get("claimed_amount"))
        return {"subtotal": subtotal, "discount": Decimal("0"), "tax": Decimal("0"),
                "total": subtotal, "rate": Decimal("0"), "share": Decimal("0")}
    share = Decimal(case.rng.choice((0, 5, 10, 15))) / 100
    rate = TAXES.get(case.country, TAXES["US"])[1]
    discount = (subtotal * share).quantize(CENT, ROUND_HALF_UP)
    tax = ((subtotal - discount) * rate).quantize(CENT, ROUND_HALF_UP)
    total = subtotal - discount + tax
    case.record["claimed_amount"] = f"{total:.2f}"
    return {"subtotal": subtotal, "discount": discount, "tax": tax, "total": total,
            "rate": rate, "share": share}


def layout_medical(case: Case) -> FPDF:
    """Page 1 the claim form (trip, illness, doctor); page 2 the hospital's itemised bill."""
    bill = settle_bill(case)
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    doctor = decoy_person(case)
    hospital = decoy_person(case, company=True)
    loss = date.fromisoformat(get("date_of_loss"))
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, f"{case.fake.company()} Travel Insurance - Medical Expenses Claim",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(0, 4, f"Emergency assistance 24/7: {decoy_person(case)['phone']}  -  "
             f"assistance case no. {decoy_ref(rng, 'AS')}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    x, w = 15.0, 180.0
    y = heading(pdf, x, pdf.get_y() + 3, w, "PART 1  Insured person")
    y = box(pdf, x, y, 90, "Name of insured person", fmt_name(get("claimant_name"), "first"))
    box(pdf, x + 90, y - 9, 45, "Policy / certificate no.", get("policy_number"))
    box(pdf, x + 135, y - 9, 45, "Claim no. (if known)", get("claim_number"))
    y = box(pdf, x, y, w, "Home address", get("claimant_address"))
    y = box(pdf, x, y, 90, "Telephone",
            phone(case, get("claimant_phone")) if get("claimant_phone") else None)
    box(pdf, x + 90, y - 9, 90, "E-mail", get("claimant_email"))
    y = heading(pdf, x, y + 3, w, "PART 2  Your trip")
    depart = loss - timedelta(days=rng.randint(2, 9))
    back = loss + timedelta(days=rng.randint(3, 12))
    y = box(pdf, x, y, 60, "Departure date", local_date(case, depart.isoformat()))
    box(pdf, x + 60, y - 9, 60, "Planned return date", local_date(case, back.isoformat()))
    box(pdf, x + 120, y - 9, 60, "Booking reference", decoy_ref(rng, "BK"))
    y = heading(pdf, x, y + 3, w, "PART 3  Illness or injury")
    y = box(pdf, x, y, 70, "Date the illness began / the accident happened",
            local_date(case, get("date_of_loss")))
    box(pdf, x + 70, y - 9, 110, "Where were you?", get("incident_location"))
    y = box(pdf, x, y, w, "Tell us what happened and the treatment you received",
            get("incident_description"), lines=3)
    if get("police_report_number"):
        y = box(pdf, x, y, w, "Police report number (accidents and assaults)",
                get("police_report_number"))
    y = box(pdf, x, y, w, "Treating doctor (name, telephone, e-mail)",
            f"Dr {doctor['name']}, {doctor['phone']}, {doctor['email']}")
    y = heading(pdf, x, y + 3, w, "PART 4  Amount and payment")
    y = box(pdf, x, y, 60, "Total amount claimed", money(case, bill["total"]))
    box(pdf, x + 60, y - 9, 60, "Paid by you in advance", money(case, decoy_amount(case, 5, 60)))
    box(pdf, x + 120, y - 9, 60, "Bank sort code / IBAN (last 4)",
        f"**** {rng.randint(1000, 9999)}")
    y = heading(pdf, x, y + 3, w, "PART 5  Declaration")
    y = box(pdf, x, y, 120, "Signature", fmt_name(get("claimant_name"), "first"))
    box(pdf, x + 120, y - 9, 60, "Date", local_date(case, get("date_reported")))
    _bill_page(pdf, case, bill, hospital, doctor)
    return pdf


def _bill_page(pdf: FPDF, case: Case, bill: dict[str, Decimal], hospital: dict[str, str],
               doctor: dict[str, str]) -> None:
    rng, get = case.rng, case.get
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, f"{hospital['firm']} Hospital", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, f"{hospital['address']}\nTel {hospital['phone']} - Billing "
                   f"{hospital['email']} - Tax ID {rng.randint(10, 99)}-"
                   f"{rng.randint(1000000, 9999999)}",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "ITEMISED PATIENT INVOICE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    invoice_day = decoy_date(case, get("date_of_loss"), 1, 6)
    admitted = get("date_of_loss")
    discharged = decoy_date(case, admitted, 1, 4)
    style = "abbr" if rng.random() < 0.5 else "iso"
    pdf.set_font("Helvetica", "", 9)
    for left, right in (
        (f"Invoice no.: {decoy_ref(rng, 'INV')}", f"Invoice date: {fmt_date(invoice_day, style)}"),
        (f"Patient: {fmt_name(get('claimant_name'), 'upper_last')}",
         f"MRN: {rng.randint(1000000, 9999999)}"),
        (f"Admitted: {fmt_date(admitted, style)}", f"Discharged: {fmt_date(discharged, style)}"),
        (f"Attending physician: Dr {doctor['name']}",
         f"Ward: {rng.choice('ABCDEFG')}{rng.randint(1, 9)}"),
    ):
        pdf.cell(100, 5, left)
        pdf.cell(0, 5, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    items = get("line_items") or []
    widths = (25, 22, 95, 12, 26)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_fill_color(230, 236, 245)
    for width, text in zip(widths, ("Date", "Code", "Service", "Qty", "Amount"), strict=True):
        pdf.cell(width, 6, text, border="B", fill=True, align="R" if text == "Amount" else "L")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8.5)
    for item in items:
        day = (date.fromisoformat(admitted) + timedelta(days=rng.randint(0, 1))).isoformat()
        for width, text in zip(widths, (fmt_date(day, style), f"{rng.randint(10000, 99999)}",
                                        item["description"], "1",
                                        money_plain(item["amount"], case)), strict=True):
            pdf.cell(width, 5.4, text, align="R" if width == 26 else "L")
        pdf.ln(5.4)
    if not items:
        pdf.cell(0, 6, "Charges as per summary statement enclosed.",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(15, pdf.get_y() + 1, 195, pdf.get_y() + 1)
    pdf.ln(3)
    tax_name = TAXES.get(case.country, TAXES["US"])[0]
    summary = [("Subtotal", bill["subtotal"])]
    if bill["discount"]:
        summary.append((f"Less self-pay discount ({bill['share'] * 100:.0f}%)", -bill["discount"]))
    if items:
        summary.append((f"{tax_name} {bill['rate'] * 100:.0f}%", bill["tax"]))
    summary.append(("TOTAL DUE", bill["total"]))
    deposit = Decimal(decoy_amount(case, 5, 40))
    summary += [("Deposit received", -deposit), ("Balance outstanding", bill["total"] - deposit)]
    for label, amount in summary:
        pdf.set_font("Helvetica", "B" if label == "TOTAL DUE" else "", 9)
        pdf.cell(154, 5.4, label, align="R")
        pdf.cell(26, 5.4, money_plain(f"{amount:.2f}", case), align="R",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(0, 3.8, f"All amounts in {get('currency')}. Payment due within 30 days. "
                   f"Queries: {hospital['phone']}.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def money_plain(amount: str, case: Case) -> str:
    """A bill column amount: no symbol, the country's separators."""
    value = Decimal(amount)
    text = f"{abs(value):,.2f}"
    if case.get("currency") == "EUR":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if value < 0 else "") + text
