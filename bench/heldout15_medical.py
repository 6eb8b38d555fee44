"""Held-out corpus 15, the medical packet: the claimant's letter, a hospital tax invoice whose
service rows are the line items, and a pharmacy receipt."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout15_case import Case, capital, make_number
from bench.heldout15_kit import Sheet, format_date, format_money
from bench.heldout15_places import firm_domain, make_address

LEFT, WIDTH = 20, 170
TAX = {"GB": ("VAT", "0.20", "VAT Reg. No. GB ### #### ##"),
       "IE": ("VAT", "0.23", "VAT No. IE #######@"),
       "AU": ("GST", "0.10", "ABN ## ### ### ###"), "NZ": ("GST", "0.15", "GST No. ###-###-###"),
       "IN": ("GST", "0.18", "GSTIN 27@@@@@####@1Z#")}
CLINICS = {"GB": "St Aidan's Private Hospital", "IE": "Mater Misericordiae Private Clinic",
           "AU": "Harbourview Private Hospital", "NZ": "Southern Cross Hospital, Epsom",
           "IN": "Lilavati Multispeciality Hospital"}
PHARMACIES = {"GB": "Boots Pharmacy", "IE": "McCabes Pharmacy", "AU": "Priceline Pharmacy",
              "NZ": "Unichem Pharmacy", "IN": "Apollo Pharmacy"}
SERVICES = ("Emergency department consultation", "X-ray - left wrist (2 views)",
            "Fracture clinic review", "Application of plaster cast", "Orthopaedic consultation",
            "Physiotherapy session", "CT scan", "Dressings and sling")
MEDICINES = ("Paracetamol 500mg x 24", "Ibuprofen 200mg x 30", "Wrist support brace",
             "Codeine 30mg x 10", "Cold pack")


def draw_letter(pdf: Sheet, case: Case, style: str, money: str, sums: tuple[Decimal, Decimal],
                where: tuple[str, str]) -> None:
    c, cur = case.claimant, case.region.currency
    block = f"{c.name}\n{c.address}\nPhone: {c.phone}\nE-mail: {c.email}"
    pdf.para(115, 16, 75, block, 9.5, lh=4.8)
    pdf.put(LEFT, 46, format_date(case.reported, style), 10.5)
    pdf.para(LEFT, 54, 90, f"Claims Department\n{case.insurer}", 10.5, lh=5.2)
    pdf.put(LEFT, 70, f"Re: Personal accident claim - Policy No. {case.policy_number} - "
            f"Claim No. {case.claim_number}", 10.5, "B", w=WIDTH)
    pdf.put(LEFT, 79, "Dear Sir or Madam,", 10.5)
    case.description = f"{capital(case.story)}."
    y = pdf.para(LEFT, 86, WIDTH, f"I am writing to claim for the injury I suffered on "
                 f"{format_date(case.loss, style)} at {case.location}.", 10.5, lh=5.6)
    y = pdf.para(LEFT, y + 3, WIDTH, case.description, 10.5, lh=5.6, align="J")
    y = pdf.para(LEFT, y + 3, WIDTH, f"I was treated at {where[0]} and afterwards bought "
                 f"medication and a support at {where[1]}. I enclose the hospital's tax invoice "
                 f"({format_money(sums[0], cur, money)}) and the pharmacy receipt "
                 f"({format_money(sums[1], cur, money)}), and I claim a total of "
                 f"{format_money(case.claimed, cur, money)}.", 10.5, lh=5.6, align="J")
    pdf.para(LEFT, y + 6, WIDTH, f"Yours faithfully,\n\n\n{c.name}", 10.5, lh=5.6)


def draw_invoice(pdf: Sheet, case: Case, money: str, tax: tuple[str, Decimal],
                 subtotal: Decimal) -> Decimal:
    rng, cur, code = case.rng, case.region.currency, case.region.code
    provider = case.party(firm_domain(CLINICS[code], code))
    name, rate = tax
    pdf.put(LEFT, 16, CLINICS[code], 15, "B")
    pdf.put(LEFT, 23, make_address(rng, case.region, business=True), 9)
    domain = provider.email.split("@")[1]
    pdf.put(LEFT, 27.5, f"Phone {provider.phone}   Accounts: accounts@{domain}", 9)
    pdf.put(LEFT, 32, make_number(rng, TAX[code][2]), 9)
    pdf.put(LEFT + 100, 16, "TAX INVOICE", 16, "B", w=70, align="R")
    issued = case.loss + timedelta(days=rng.randint(0, 3))
    dob = case.loss.replace(year=case.loss.year - rng.randint(20, 75), day=rng.randint(1, 28))
    rows = [("Invoice no.", make_number(rng, "INV-######")),
            ("Invoice date", format_date(issued, "slash")),
            ("Patient", case.claimant.name), ("Date of birth", format_date(dob, "slash")),
            ("Patient ref (MRN)", make_number(rng, "########"))]
    for i, (label, value) in enumerate(rows):
        pdf.put(LEFT, 42 + i * 5.5, label, 9, "B")
        pdf.put(LEFT + 40, 42 + i * 5.5, value, 9.5)
    y = 74
    pdf.shade(LEFT, y, WIDTH, 6, 215)
    for x, head in ((2, "Date"), (28, "Item"), (48, "Service"), (130, "Amount")):
        pdf.put(LEFT + x, y + 1.3, head, 9, "B", w=38 if head == "Amount" else None,
                align="R" if head == "Amount" else "L")
    y += 7
    for desc, amount in case.items:
        pdf.put(LEFT + 2, y, format_date(issued, "slash"), 9)
        pdf.put(LEFT + 28, y, make_number(rng, "####"), 9)
        pdf.put(LEFT + 48, y, desc, 9, w=80)
        pdf.put(LEFT + 130, y, format_money(amount, cur, money), 9, w=38, align="R")
        y += 6
    pdf.rule(LEFT, y, LEFT + WIDTH, y)
    duty = (subtotal * rate).quantize(Decimal("0.01"))
    total = subtotal + duty
    for label, value, bold in (("Subtotal", subtotal, ""), (f"{name} {int(rate * 100)}%", duty, ""),
                               ("Total (incl. tax)", total, "B"), ("Amount paid", total, ""),
                               ("Balance due", Decimal("0"), "")):
        pdf.put(LEFT + 90, y + 2, label, 9.5, bold)
        pdf.put(LEFT + 130, y + 2, format_money(value, cur, money), 9.5, bold, w=38, align="R")
        y += 6
    pdf.put(LEFT, y + 10, f"Treating doctor: Dr {provider.name}", 9)
    pdf.put(LEFT, y + 15, "Thank you for choosing us. Please retain this invoice for your insurer.",
            8, "I")
    return total


def draw_receipt(pdf: Sheet, case: Case) -> Decimal:
    rng, cur = case.rng, case.region.currency
    shop = case.party()
    picks = rng.sample(MEDICINES, rng.randint(2, 3))
    prices = [case.money(4, 40) for _ in picks]
    total = sum(prices, start=Decimal(0))
    x, y, w = 62, 22, 86
    pdf.box(x - 4, y - 6, w + 8, 44 + 6 * len(picks))
    pdf.put(x, y, PHARMACIES[case.region.code], 11, "B", w=w, align="C", family="mono")
    pdf.put(x, y + 5.5, shop.address, 7, w=w, align="C", family="mono")
    pdf.put(x, y + 9.5, f"Ph {shop.phone}", 8, w=w, align="C", family="mono")
    day = case.loss + timedelta(days=rng.randint(0, 2))
    pdf.put(x, y + 15, f"{format_date(day, 'dotted')} {rng.randint(9, 19)}:{rng.randint(10, 59)}"
            f"  Rcpt {make_number(rng, '#####')}", 8, family="mono", w=w)
    y += 22
    for name, price in zip(picks, prices, strict=True):
        pdf.put(x, y, name, 8, family="mono", w=58)
        pdf.put(x + 58, y, f"{price:.2f}", 8, family="mono", w=w - 58, align="R")
        y += 6
    pdf.put(x, y + 2, f"TOTAL {cur}", 9, "B", family="mono")
    pdf.put(x + 50, y + 2, f"{total:.2f}", 9, "B", family="mono", w=w - 50, align="R")
    pdf.put(x, y + 8, "EFTPOS / CARD  -  Thank you", 7.5, family="mono", w=w, align="C")
    return total


def draw_medical_packet(case: Case) -> bytes:
    """Three pages: claim letter, hospital tax invoice, pharmacy receipt."""
    rng, code = case.rng, case.region.code
    pdf = Sheet(rng.choice(("sans", "serif", "dejavu")))
    style = rng.choice(("long", "slash", "ordinal"))
    money = rng.choice(("symbol", "code"))
    case.items = [(d, case.money(60, 900)) for d in rng.sample(SERVICES, rng.randint(2, 4))]
    subtotal = sum((a for _, a in case.items), start=Decimal(0))
    tax = (TAX[code][0], Decimal(TAX[code][1]))
    total = subtotal + (subtotal * tax[1]).quantize(Decimal("0.01"))
    pdf.add_page()
    draw_invoice(pdf, case, money, tax, subtotal)
    pdf.add_page()
    pharmacy = draw_receipt(pdf, case)
    case.claimed = total + pharmacy
    pdf.page = 1
    draw_letter(pdf, case, style, money, (total, pharmacy), (CLINICS[code], PHARMACIES[code]))
    return pdf.output_bytes()
