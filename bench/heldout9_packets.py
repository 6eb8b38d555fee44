"""Held-out corpus 9, packets: a fax (cover, form, invoice), and an estimate before the form."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout9_draw import Doc, output
from bench.heldout9_kit import CENT, Case, make_phone, shift
from bench.heldout9_letters import domain_of


def fax_strip(doc: Doc, stamp: str, fax: str, page: int, pages: int) -> None:
    doc.put(20, 8, f"{stamp}   FROM: {fax}   TO: CLAIMS INTAKE   P.{page:03d}/{pages:03d}",
            "mono", 7, width=doc.w - 40)


def box(doc: Doc, x: float, y: float, w: float, h: float, label: str, value: str,
        family: str = "mono", size: float = 9.5) -> None:
    """A form cell: small label in the corner, the value below it (wrapped when long)."""
    doc.rect(x, y, w, h)
    doc.put(x + 3, y + 2, label, family, 6.5, "B", width=w - 6)
    doc.set_xy(x + 3, y + 12)
    doc.set_font(family, "", size)
    doc.multi_cell(w - 6, size * 1.15, value, new_x="LMARGIN", new_y="NEXT")


def invoice_rows(case: Case) -> list[tuple[str, str, str, str]]:
    rows = []
    for d, a in case.items:
        qty = case.rng.choice((1, 1, 2, 4))
        if (a / qty).quantize(CENT) * qty != a:
            qty = 1
        rows.append((d, str(qty), case.money(a / qty), case.money(a)))
    return rows


def money_block(doc: Doc, case: Case, family: str, lines: list[tuple[str, Decimal]]) -> None:
    for label, amount in lines:
        doc.set_x(doc.w - doc.r_margin - 230)
        doc.set_font(family, "B" if label.startswith("TOTAL") else "", 9.5)
        doc.cell(130, 15, label, align="R")
        doc.cell(100, 15, f"{case.region.symbol}{case.money(amount)}", border=1, align="R",
                 new_x="LMARGIN", new_y="NEXT")


def fax_packet(case: Case) -> tuple[dict, bytes]:
    """Cover sheet from the agent's office, the client's claim form, the repairer's invoice."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    agent = case.person()
    agency = case.firm("Insurance Agency", domain_of(case.fake.last_name(), "agency.com"))
    fax_from, _ = make_phone(rng, case.region)
    fax_to, _ = make_phone(rng, case.region)
    insurer_phone, _ = make_phone(rng, case.region)
    sent = shift(case.reported, 1, 9, rng)
    stamp = f"{case.date(sent)} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    shop = case.firm(rng.choice(("Auto Body", "Collision Center", "Restoration Inc")),
                     "shop.com")
    known_claim = rng.random() < 0.6
    doc = Doc(("mono",), letter=True, margin=36)
    fax_strip(doc, stamp, fax_from, 1, 3)
    doc.put(36, 40, "F A X", "mono", 40, "B")
    doc.put(36, 92, agency.name.upper(), "mono", 12, "B")
    doc.put(36, 108, f"{agency.address}  Tel {agency.phone}  Fax {fax_from}", "mono", 7.5)
    doc.set_y(140)
    rows = [("TO:", f"Claims Intake, {case.extra['insurer']}"), ("FAX:", fax_to),
            ("PHONE:", insurer_phone), ("FROM:", f"{agent.name}, {agency.name}"),
            ("FAX:", fax_from), ("PHONE:", agent.phone), ("DATE:", case.date(sent)),
            ("PAGES:", "3 (including cover)"),
            ("RE:", f"New claim - our client {c.name.upper()}, policy {case.policy}")]
    for label, value in rows:
        doc.put(36, doc.get_y(), label, "mono", 10, "B", width=70)
        doc.put(110, doc.get_y(), value, "mono", 10)
        doc.ln(20)
    doc.ln(10)
    doc.para("[ ] Urgent  [X] For review  [ ] Please reply\n\nCOMMENTS: Please find attached "
             "our client's completed claim form and the repair invoice. Kindly confirm receipt "
             f"by fax to {fax_from} or e-mail {agent.email}.\n\nCONFIDENTIALITY: this fax is "
             "intended only for the addressee.", "mono", 9)
    doc.add_page()
    fax_strip(doc, stamp, fax_from, 2, 3)
    doc.put(36, 30, "PROPERTY & CASUALTY CLAIM REPORT", "mono", 14, "B")
    w, x0, y = doc.inner, 36, 56
    vehicle = case.vehicle
    grid = [
        [("CLAIM NO. (office use)", case.claim if known_claim else ""),
         ("POLICY NO.", case.policy)],
        [("INSURED / CLAIMANT", c.name), ("PHONE", c.phone)],
        [("MAILING ADDRESS", c.address), ("E-MAIL", c.email)],
        [("DATE OF LOSS", case.date(case.loss)), ("DATE REPORTED", case.date(case.reported))],
        [("LOCATION OF LOSS", case.location), ("POLICE REPORT #", case.police or "N/A")],
    ]
    if vehicle:
        grid.append([("YEAR / MAKE / MODEL", f"{vehicle[2]} {vehicle[0]} {vehicle[1]}"),
                     ("VIN", vehicle[3])])
    grid.append([("AMOUNT CLAIMED", f"{sym}{case.money(case.subtotal + case.tax)}"),
                 ("DEDUCTIBLE", f"{sym}{case.money(case.excess)}")])
    for row in grid:
        for n, (label, value) in enumerate(row):
            box(doc, x0 + n * w * 0.6, y, w * (0.6 if n == 0 else 0.4), 40, label, value,
                size=9 if len(value) < 45 else 7.5)
        y += 40
    box(doc, x0, y, w, 90, "DESCRIBE WHAT HAPPENED", case.story)
    y += 100
    doc.put(x0, y, f"Signature: {c.name}        Date: {case.date(case.reported)}", "mono", 9)
    doc.add_page()
    fax_strip(doc, stamp, fax_from, 3, 3)
    doc.put(36, 34, shop.name.upper(), "mono", 15, "B")
    doc.put(36, 54, f"{shop.address} | {shop.phone} | {shop.email}", "mono", 7.5)
    invoice_date = shift(case.loss, 3, 15, rng)
    doc.put(36, 80, f"INVOICE #{rng.randint(10000, 99999)}   Date: {case.date(invoice_date)}   "
            f"Due: {case.date(shift(invoice_date, 30, 30, rng))}", "mono", 9)
    doc.put(36, 96, f"Bill to: {c.name} / Ins: {case.extra['insurer']}", "mono", 9)
    doc.set_y(120)
    rows = [("DESCRIPTION", "QTY", "UNIT", "AMOUNT"), *invoice_rows(case)]
    doc.table(rows, [w - 230, 40, 90, 100], "mono", 8.5, aligns="LRRR")
    doc.ln(4)
    money_block(doc, case, "mono", [("SUBTOTAL", case.subtotal),
                                    (f"{case.region.tax[0]}", case.tax),
                                    ("TOTAL DUE", case.subtotal + case.tax)])
    truth = case.truth("fax_packet", claim_number=case.claim if known_claim else None)
    return truth, output(doc)


def estimate_then_form(case: Case) -> tuple[dict, bytes]:
    """Page 1 a contractor's estimate with its own dates and phone; page 2 the claim form."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    trade = "Panel & Paint" if case.motor else rng.choice(("Building Services", "Restorations"))
    firm = case.firm(trade, domain_of(case.fake.last_name(), "trades.com"))
    quoted = shift(case.loss, 2, 10, rng)
    doc = Doc(("dsans", "dserif"))
    doc.set_fill_color(240, 200, 60)
    doc.rect(42, 40, doc.inner, 54, "F")
    doc.put(52, 46, firm.name, "dserif", 18, "B", width=doc.inner - 150)
    doc.put(52, 72, f"{firm.address}", "dsans", 7.5, width=doc.inner - 150)
    doc.put(doc.w - 180, 48, "ESTIMATE", "dsans", 16, "B", width=130)
    doc.put(doc.w - 180, 70, f"No. E-{rng.randint(1000, 9999)}", "dsans", 9, width=130)
    doc.set_y(108)
    reg = rng.choice(("Licence no.", "ABN", "Reg. no."))
    doc.para(f"Phone {firm.phone}   E-mail {firm.email}   {reg} {rng.randint(10**8, 10**9)}\n"
             f"Estimate date: {case.date(quoted)}    Valid until: "
             f"{case.date(shift(quoted, 30, 30, rng))}\n"
             f"Prepared for: {c.name}\nSite / vehicle: {case.location}", "dsans", 9)
    doc.ln(8)
    rows = [("Description of work", "Qty", "Rate", "Amount"), *invoice_rows(case)]
    doc.table(rows, [doc.inner - 250, 50, 100, 100], "dsans", 9, aligns="LRRR", fill=245)
    doc.ln(4)
    total = case.subtotal + case.tax
    deposit = (total * 3 / 10).quantize(CENT)
    money_block(doc, case, "dsans", [("Subtotal", case.subtotal), (case.region.tax[0], case.tax),
                                     ("TOTAL (incl. tax)", total),
                                     ("Deposit on acceptance 30%", deposit)])
    doc.ln(10)
    doc.para("This estimate is based on a visual inspection and may change once work starts. "
             "Payment within 14 days of invoice.", "dsans", 7.5)
    doc.add_page()
    doc.put(42, 42, f"{case.extra['insurer']} - Claim Form", "dserif", 15, "B")
    doc.put(42, 64, "Please complete in full and return with your estimate.", "dsans", 8.5)
    vehicle = case.vehicle
    lines = [("Policy number", case.policy), ("Full name of policyholder", c.name),
             ("Postal address", c.address), ("Daytime telephone", c.phone),
             ("E-mail address", c.email), ("Date of incident", case.date(case.loss, "long")),
             ("Date of notification", case.date(case.reported, "long")),
             ("Place of incident", case.location)]
    if vehicle:
        lines += [("Vehicle make, model and year", f"{vehicle[0]} {vehicle[1]} {vehicle[2]}"),
                  ("VIN / chassis no.", vehicle[3])]
    if case.police:
        lines.append(("Police event number", case.police))
    lines.append(("Amount claimed", f"{sym}{case.money(total)} (see attached estimate)"))
    doc.set_y(90)
    for label, value in lines:
        y = doc.get_y()
        doc.set_font("dsans", "", 8.5)
        dots = int((168 - doc.get_string_width(label + " ")) / doc.get_string_width("."))
        doc.put(42, y, label + " " + "." * max(dots, 3), "dsans", 8.5, width=170)
        doc.para(value, "dserif", 10, x=220, width=doc.w - 262)
        doc.ln(5)
    doc.ln(6)
    doc.para("How did the loss or damage happen?", "dsans", 9, "B")
    doc.para(case.story, "dserif", 10)
    doc.ln(12)
    doc.para(f"I declare the above is true.  Signed: {c.name}   Date: "
             f"{case.date(case.reported, 'long')}", "dsans", 9)
    return case.truth("estimate_then_form", claim_number=None), output(doc)
