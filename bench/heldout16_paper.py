"""Held-out corpus 16 paper: the glass invoice packet and the faxed handwritten form."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout16_case import Case, set_items
from bench.heldout16_draw import Page

TAX = {"US": ("Sales tax", Decimal("0.0625")), "CA": ("HST", Decimal("0.13"))}


def draw_field(page: Page, label: str, value: str, x: float, width: float,
               size: float = 9.5) -> None:
    page.text(x, page.y + size, label, size, "B")
    page.font(size, "B")
    offset = page.pdf.get_string_width(label) + 6
    page.text(x + offset, page.y + size, value, page.fit(value, width - offset, size))


def draw_glass_invoice_packet(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    shop, clerk = case.party("vendor"), case.party("insurer_staff")
    shop.company = f"{shop.company.split()[0]} {rng.choice(['Auto Glass', 'Glass & Body'])}"
    set_items(case, [("Windshield, acoustic laminated (OEM)", rng.uniform(380, 690)),
                     ("Moulding and clips", rng.uniform(35, 90)),
                     ("Urethane adhesive kit", rng.uniform(20, 45)),
                     ("Labour, 2.0 hrs", rng.choice([190, 210, 240])),
                     ("Forward camera recalibration", rng.uniform(180, 320))])
    net = case.claimed
    tax_name, rate = TAX[case.country]
    tax = (net * rate).quantize(Decimal("0.01"))
    case.claimed = net + tax
    make, model, year = case.vehicle or ("", "", 0)
    page.text(page.left, page.y + 14, case.insurer, 14, "B")
    page.text(page.left, page.y + 30, "AUTO GLASS CLAIM - INSURED'S STATEMENT", 10.5, "B")
    page.y += 48
    half = page.width / 2
    for left, right in [
            (("Insured:", case.name), ("Policy:", case.policy_number)),
            (("Phone:", case.p(case.phone)), ("Claim #:", case.claim_number or "pending")),
            (("E-mail:", case.email or "-"), ("Date of loss:", case.d(case.loss))),
            (("Vehicle:", f"{year} {make} {model}"), ("VIN:", case.vin or ""))]:
        draw_field(page, left[0], left[1], page.left, half - 10)
        draw_field(page, right[0], right[1], page.left + half, half)
        page.y += 18
    draw_field(page, "Address:", case.address, page.left, page.width)
    page.y += 18
    draw_field(page, "Where did it happen?", case.location, page.left, page.width)
    page.y += 22
    page.heading("What happened?", case.story, 9.5)
    page.y += 8
    page.para(f"Repair facility: {shop.company}. Total claimed per attached invoice: "
              f"{case.m(case.claimed)}. Glass deductible: {case.m(case.deductible)}.", 9.5)
    page.y += 30
    page.text(page.left, page.y, f"Signed: {case.name}", 10, "I")
    page.text(page.left + 300, page.y, f"Date: {case.d(case.reported)}", 10)
    page.new_page()
    invoice_day = case.loss + timedelta(days=rng.randint(1, 6))
    page.text(page.left, page.y + 16, shop.company, 16, "B")
    page.text(page.left, page.y + 30, f"{shop.address}  Tel {case.p(shop.phone, 'dash')}", 8.5)
    page.text(page.left, page.y + 16, "INVOICE", 18, "B", align="R", width=page.width)
    page.y += 44
    invoice_no = f"INV-{rng.randint(100000, 999999)}"
    for line in (f"Invoice no.: {invoice_no}", f"Invoice date: {case.d(invoice_day)}",
                 f"Work order: WO{rng.randint(1000, 9999)}"):
        page.text(page.left + 330, page.y + 10, line, 9)
        page.y += 13
    page.y -= 39
    page.text(page.left, page.y + 10, "Bill to:", 9, "B")
    page.text(page.left, page.y + 23, case.name, 9)
    page.text(page.left, page.y + 36, case.street, 9)
    page.text(page.left, page.y + 49, f"{case.city}, {case.region} {case.postcode}", 9)
    page.y += 62
    page.text(page.left, page.y + 9, f"Vehicle: {year} {make} {model}   VIN {case.vin}", 9)
    page.y += 18
    rows = [[d, "1", case.m(a, "plain"), case.m(a, "plain")] for d, a in case.items]
    page.table([282, 50, 90, 90], rows, header=["Description", "Qty", "Unit", "Amount"],
               aligns="LRRR")
    page.y += 6
    for label, amount in (("Subtotal", net), (f"{tax_name} {rate * 100:.2f}%", tax),
                          ("Invoice total", case.claimed),
                          ("Billed to insurer", case.claimed - case.deductible),
                          ("Amount due from insured (deductible)", case.deductible)):
        page.text(page.left + 200, page.y + 10, label, 9.5, "B" if "total" in label else "")
        page.text(page.left + 420, page.y + 10, case.m(amount), 9.5, align="R", width=92)
        page.y += 15
    page.y += 10
    page.para(f"Insurance billing handled with {case.insurer}; contact {clerk.name} "
              f"{case.p(clerk.phone)}. Warranty: lifetime against leaks and workmanship.", 8.5)
    if rng.random() < 0.6:
        page.new_page()
        page.text(page.left, page.y + 14, shop.company, 13, "B")
        page.text(page.left, page.y + 27, f"{shop.address}  Tel {case.p(shop.phone, 'dash')}", 8.5)
        page.rule(page.left, page.y + 33, page.right, page.y + 33, 0.8)
        page.text(page.left, page.y + 56, "PAYMENT RECEIPT", 14, "B")
        page.y += 72
        for line in (f"Receipt no.: R{rng.randint(10000, 99999)}",
                     f"Date: {case.d(invoice_day)}", f"Received from: {case.name}",
                     f"Amount received: {case.m(case.deductible)} (Visa ending "
                     f"{rng.randint(1000, 9999)})", f"Applied to invoice {invoice_no}",
                     "Balance: 0.00"):
            page.text(page.left, page.y + 11, line, 11)
            page.y += 18
    return page.output()


def draw_crossed(page: Page, x: float, y: float, wrong: str, right: str, size: float) -> None:
    """A handwritten value crossed out with the correction written beside it."""
    page.text(x, y, wrong, size, "I", family="dserif")
    width = page.pdf.get_string_width(wrong)
    page.rule(x - 1, y - size * 0.3, x + width + 1, y - size * 0.3, 1.1)
    page.text(x + width + 8, y, right, size, "I", family="dserif")


def draw_fax_cover_form(case: Case) -> bytes:
    rng = case.rng
    page = Page(rng, body=rng.choice(["lsans", "lserif", "mono"]))
    agent = case.party("agent")
    sent = case.reported
    stamp = (f"{case.d(sent, 'short_mon')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}  "
             f"FROM: {agent.company.upper()}  {case.p(agent.phone, 'dash')}")
    for number in (1, 2):
        page.text(page.left - 20, 22, stamp, 7.5, family="mono")
        page.text(page.left, 22, f"P.{number}/2", 7.5, family="mono", align="R",
                  width=page.width + 20)
        if number == 1:
            page.y = 60
            page.text(page.left, page.y + 30, "FAX", 34, "B")
            page.text(page.left + 110, page.y + 30, agent.company, 13, "B")
            page.text(page.left + 110, page.y + 44, agent.address, 8.5)
            page.y += 70
            fax = f"{case.p(agent.phone, 'paren')[:-4]}{rng.randint(1000, 9999)}"
            for label, value in (("To:", f"{case.insurer} - New Loss Unit"),
                                 ("Fax:", case.p(case.parties[1].phone, "paren")),
                                 ("From:", agent.name), ("Phone:", case.p(agent.phone)),
                                 ("Fax:", fax), ("Date:", case.d(sent)),
                                 ("Pages:", "2 incl. cover"),
                                 ("Re:", f"New claim, policy {case.policy_number}")):
                page.text(page.left, page.y + 12, label, 12, "B")
                page.text(page.left + 70, page.y + 12, value, 12)
                page.rule(page.left + 66, page.y + 15, page.right, page.y + 15, 0.3)
                page.y += 24
            page.y += 12
            page.para("Comments: Please set up a new loss for our client; the signed first "
                      "notice is attached. Call me with the claim number once assigned.", 11)
            page.y += 30
            page.para("CONFIDENTIALITY NOTICE: This facsimile contains information intended only "
                      "for the addressee. If you received it in error, notify the sender and "
                      "destroy all copies.", 7.5, style="I")
            page.new_page()
    page.y = 50
    draw_handwritten_form(case, page)
    return page.output()


def draw_handwritten_form(case: Case, page: Page) -> None:
    rng = case.rng
    page.text(page.left, page.y + 14, "FIRST NOTICE OF LOSS", 14, "B", family="lsans")
    page.text(page.left, page.y + 28, case.insurer, 9, family="lsans")
    page.y += 44
    wrong_phone = case.phone[:-2] + f"{(int(case.phone[-2:]) + 37) % 100:02d}"
    wrong_day = case.loss - timedelta(days=rng.choice([1, 2]))
    make, model, year = case.vehicle or ("", "", 0)
    rows = [("Insured name", case.name, None), ("Address", case.address, None),
            ("Phone", case.p(case.phone), case.p(wrong_phone)),
            ("E-mail", case.email or "", None), ("Policy no.", case.policy_number, None),
            ("Claim no. (office use)", case.claim_number or "", None),
            ("Date of loss", case.d(case.loss), case.d(wrong_day)),
            ("Location", case.location, None)]
    if case.vehicle:
        rows += [("Vehicle (yr/make/model)", f"{year} {make} {model}", None),
                 ("VIN", case.vin or "", None)]
    rows += [("Police report #", case.police or "none", None),
             ("Amount claimed", case.m(case.claimed), None)]
    for label, value, wrong in rows:
        page.text(page.left, page.y + 14, label, 9, "B", family="lsans")
        page.rule(page.left + 130, page.y + 17, page.right, page.y + 17, 0.4)
        if wrong:
            draw_crossed(page, page.left + 134, page.y + 14, wrong, value, 12)
        else:
            size = page.fit(value, page.right - page.left - 136, 12, "I", "dserif")
            page.text(page.left + 134, page.y + 14, value, size, "I", family="dserif")
        page.y += 26
    page.text(page.left, page.y + 12, "What happened?", 9, "B", family="lsans")
    page.y += 18
    top = page.y
    for k in range(5):
        page.rule(page.left, top + 16 + k * 19, page.right, top + 16 + k * 19, 0.3)
    page.para(case.story, 12, style="I", family="dserif", leading=1.58)
    page.y = top + 5 * 19 + 24
    page.text(page.left, page.y, "Signature", 9, "B", family="lsans")
    page.text(page.left + 70, page.y, case.name, 15, "I", family="lserif")
    page.text(page.left + 320, page.y, "Date", 9, "B", family="lsans")
    page.text(page.left + 360, page.y, case.d(case.reported), 12, "I", family="dserif")
