"""Held-out corpus 13 packets: a summary with a repair estimate, a call-centre telephone note."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from bench.heldout13_case import Claim
from bench.heldout13_draw import Pen
from bench.heldout13_forms import KINDS

VAT = {"GB": ("VAT", 20), "DE": ("MwSt.", 19), "NL": ("BTW", 21), "FR": ("TVA", 20),
       "IE": ("VAT", 23), "CH": ("MWST", Decimal("8.1")), "CA": ("HST", 13)}
SHOPS = {"garage": ["Kingsway Body Repairs Ltd", "Autohaus Brandt GmbH", "Carrosserie Martin",
                    "Precision Collision Centre", "Garage Van Dijk B.V."],
         "builder": ["Dryline Restoration", "Hughes & Sons Building", "Bau-Service Kolb",
                     "Rénov'Habitat SARL", "TrueNorth Contracting Inc."]}


def packet(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, family=r.choice(["sans", "cond", "serif"]))
    tax, rate = VAT[c.loc.code]
    net = sum((a for _, a in cl.items), Decimal("0"))
    vat = (net * Decimal(rate) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    cl.amount = net + vat
    t["claimed_amount"] = f"{cl.amount:.2f}"
    broker = cl.agent
    pen.footer_text = f"Claim file {t['claim_number']}"
    pen.font("B", 14)
    pen.cell(0, 8, r.choice(["Claim summary", "Claim submission - cover sheet",
                             "Summary of claim"]), new_x="LMARGIN", new_y="NEXT")
    pen.para(f"Submitted by {broker.first} {broker.last}, {r.choice(['Meridian', 'Oakbridge'])}"
             f" Insurance Brokers, on behalf of our client. Broker tel. {broker.phone}, "
             f"{broker.email}", 8.5, "I", gap=4)
    kind = dict(KINDS)[cl.kind]
    rows = [["Claimant", cl.name()], ["Policy number", t["policy_number"]],
            ["Claim number", t["claim_number"]], ["Date of loss", cl.date(cl.loss)],
            ["Date notified", cl.date(cl.reported)], ["Type of loss", kind],
            ["Location", t["incident_location"]], ["Circumstances", t["incident_description"]],
            ["Amount claimed", cl.money(cl.amount)], ["Policy excess", cl.money(cl.deductible)],
            ["Claimant address", me.address], ["Claimant phone", me.phone],
            ["Claimant e-mail", me.email]]
    if t["police_report_number"]:
        rows.insert(7, ["Police ref.", t["police_report_number"]])
    if r.random() < 0.3:
        rows = [row for row in rows if row[0] != "Claimant e-mail"]
        cl.drop("claimant_email")
    pen.table(["Item", "Details"], rows, [1, 3.2], "LL", 9.5, zebra=r.random() < 0.5)
    pen.para("Enclosures: repair estimate, photographs (12), proof of ownership.", 8.5, gap=2)
    _estimate(pen, cl, tax, rate, net, vat)
    return pen


def _estimate(pen: Pen, cl: Claim, tax: str, rate, net: Decimal, vat: Decimal) -> None:
    c, r = cl.c, cl.c.rng
    kind = "garage" if cl.vehicle else "builder"
    shop, who = r.choice(SHOPS[kind]), c.person()
    pen.add_page()
    pen.font("B", 16)
    pen.cell(0, 8, shop, new_x="LMARGIN", new_y="NEXT")
    pen.font("", 8)
    pen.multi_cell(0, 4, f"{who.address}\nTel. {who.phone}  -  {who.email}  -  {tax} reg. "
                   f"{c.code('AA 999 9999 99')}", new_x="LMARGIN", new_y="NEXT")
    pen.ln(4)
    pen.font("B", 13)
    number = c.code(r.choice(["E-99999", "KV 2026-9999", "Q99999"]))
    pen.cell(0, 7, f"{r.choice(['ESTIMATE', 'QUOTATION', 'Repair estimate'])} {number}",
             new_x="LMARGIN", new_y="NEXT")
    pen.line_kv("Date", cl.date(cl.reported + timedelta(days=r.randrange(1, 6))), 38, 9)
    pen.line_kv("Customer", f"{cl.name(style=0)}, {cl.me.address}", 38, 9)
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        pen.line_kv("Vehicle", f"{make} {model}, first registered {year}", 38, 9)
        pen.line_kv("VIN", vin, 38, 9)
        pen.line_kv("Reg. / mileage", f"{c.plate()} / {r.randrange(8, 160)} 000 km", 38, 9)
    pen.line_kv("Estimator", f"{who.first} {who.last}", 38, 9)
    pen.ln(3)
    rows = []
    for n, (d, a) in enumerate(cl.items, 1):
        qty = r.choice([1, 1, 1, 2, 4])
        qty = 1 if (a * 100) % qty else qty
        unit = (a / qty).quantize(Decimal("0.01"))
        rows.append([str(n), d, str(qty), cl.money(unit, c.loc.money[0]) if qty > 1 else "",
                     cl.money(a, c.loc.money[0])])
    heads, widths = ["#", "Description", "Qty", "Unit", "Net amount"], [0.3, 2.8, 0.4, 1, 1]
    cut = r.randrange(len(rows) - 6, len(rows) - 1)   # the printed page ends here
    _photos(pen, pen.page_break_trigger - pen.get_y() - (cut + 1) * 6.75 - 10)
    fit = int((pen.page_break_trigger - pen.get_y() - 8) / 6.75) - 1   # rows left on this page
    cut = max(3, min(fit, cut))
    pen.table(heads, rows[:cut], widths, "CLCRR", 9.5)
    carried = cl.money(sum((a for _, a in cl.items[:cut]), Decimal("0")), c.loc.money[0])
    pen.font("I", 9)
    pen.cell(0, 6, f"Carried forward  {carried}", align="R", new_x="LMARGIN", new_y="NEXT")
    pen.add_page()
    pen.font("", 9)
    pen.cell(0, 6, f"{shop} - {number} (continued)", new_x="LMARGIN", new_y="NEXT")
    pen.font("I", 9)
    pen.cell(0, 6, f"Brought forward  {carried}", align="R", new_x="LMARGIN", new_y="NEXT")
    pen.table(heads, rows[cut:], widths, "CLCRR", 9.5)
    pen.ln(2)
    pen.need(30)
    x = pen.l_margin + pen.width * 0.45
    for lab, val in [("Subtotal (net)", net), (f"{tax} {rate}%", vat), ("TOTAL", net + vat)]:
        pen.set_x(x)
        pen.font("B" if lab == "TOTAL" else "", 10)
        pen.cell(pen.width * 0.3, 6, lab)
        pen.cell(pen.width * 0.25, 6, cl.money(val, c.loc.money[0]), align="R",
                 new_x="LMARGIN", new_y="NEXT")
    pen.ln(3)
    pen.para(f"Excess to be collected from the customer: {cl.money(cl.deductible)}. Estimate "
             f"valid 30 days. Payment terms 14 days from invoice.", 8, "I")


def _photos(pen: Pen, height: float) -> None:
    """Damage photographs (grey frames with captions) filling `height` mm, when 30 or more."""
    if height < 30:
        return
    pen.font("B", 9)
    pen.cell(0, 5, "Damage photographs", new_x="LMARGIN", new_y="NEXT")
    rows = -(-(height - 6) // 48)          # frames at most 48 mm tall with their caption
    frame = (height - 6) / rows - 3
    side = (frame - 5) / 0.75
    count = int(pen.width // (side + 4))
    pen.set_fill_color(205)
    pen.font("", 7)
    for row in range(int(rows)):
        y = pen.get_y()
        for k in range(count):
            x = pen.l_margin + k * (side + 4)
            pen.rect(x, y, side, side * 0.75, style="DF")
            pen.set_xy(x, y + side * 0.75 + 0.5)
            pen.cell(side, 3.5, f"Photo {row * count + k + 1}")
        pen.set_xy(pen.l_margin, y + frame + 3)


def phone_note(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, family=r.choice(["mono", "cond", "sans"]))
    agent = cl.agent
    pen.font("B", 12)
    pen.cell(0, 6, f"{cl.insurer} - Telephone claim notification", new_x="LMARGIN",
             new_y="NEXT")
    pen.font("", 8)
    pen.cell(0, 4, f"CRM export  {cl.date(cl.reported + timedelta(days=1), 'iso')}  user "
             f"{agent.last.lower()}{r.randrange(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    pen.ln(3)
    start = f"{r.randrange(8, 19):02d}:{r.randrange(60):02d}"
    head = [("Call ID", c.code("99999999-9999")),
            ("Call date", f"{cl.date(cl.reported)} {start}"),
            ("Handled by", f"{agent.first} {agent.last} (ext. {r.randrange(2000, 7999)})"),
            ("Caller", cl.name()), ("Relationship", "Policyholder (self)"),
            ("Callback no.", me.phone), ("Policy", t["policy_number"]),
            ("Cover", r.choice(["Home Plus", "Motor Comprehensive", "Contents Basic"])),
            ("Policy period", f"{cl.date(cl.policy_start)} to "
                              f"{cl.date(cl.policy_start + timedelta(days=364))}")]
    for lab, val in head:
        pen.line_kv(lab + ":", val, 36, 9)
    pen.ln(3)
    pen.heading("Call notes", 10)
    minute = int(start[3:])
    hour = int(start[:2])

    def stamp(k: int) -> str:
        m = minute + k
        return f"{hour + m // 60:02d}:{m % 60:02d}"
    notes = [f"DPA passed - DOB {cl.date(cl.dob)} and postcode confirmed.",
             f"Address on file: {me.address}.",
             f"Date of loss: {cl.date(cl.loss)}. Location: {t['incident_location']}.",
             f"PH states: {t['incident_description']}"]
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        notes.append(f"Vehicle: {make} {model} {year}, VIN {vin}.")
    if t["police_report_number"]:
        notes.append(f"Police informed, ref {t['police_report_number']}.")
    notes += [f"PH estimates the loss at approx. {cl.money(cl.amount)}. Excess "
              f"{cl.money(cl.deductible)} explained.",
              f"Claim pack sent to {me.email}." if r.random() < 0.7 else
              "PH has no e-mail; claim pack to go by post."]
    if "no e-mail" in notes[-1]:
        cl.drop("claimant_email")
    adjuster = c.person()
    notes.append(f"Loss adjuster {adjuster.first} {adjuster.last}, tel. {adjuster.phone}, to "
                 f"call PH"
                 f" by {cl.date(cl.reported + timedelta(days=3))}.")
    if r.random() < 0.7:
        notes.append(f"Claim registered: {t['claim_number']}.")
    else:
        cl.drop("claim_number")
    for k, note in enumerate(notes):
        pen.line_kv(stamp(k + 1), note, 16, 9)
    pen.ln(2)
    pen.para("Outcome: " + r.choice(["claim registered, awaiting documents",
                                     "referred to adjuster"]), 9, "B")
    return pen
