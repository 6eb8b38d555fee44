"""Held-out corpus 13 forms: a boxed form with character cells, a leader form, a motor form."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout13_case import INSURERS, Claim
from bench.heldout13_draw import Pen

LABELS = {
    "name": ["Name of insured", "Policyholder", "Full name", "Insured's name",
             "Surname, first name"],
    "policy": ["Policy number", "Policy no.", "Certificate number", "Contract no.", "Policy ref."],
    "claim": ["Claim number", "Claim ref.", "Our reference", "File no."],
    "address": ["Address", "Postal address", "Home address", "Correspondence address"],
    "phone": ["Telephone", "Phone (day)", "Contact number", "Mobile", "Tel."],
    "email": ["E-mail", "Email address", "E-mail for correspondence"],
    "loss": ["Date of loss", "Date of incident", "Date damage occurred", "When did it happen?"],
    "signed": ["Date", "Date signed", "Signed on"],
    "where": ["Place of loss", "Location", "Where did it happen?", "Address of loss"],
    "what": ["Describe what happened", "Circumstances", "Description of loss",
             "How did the damage occur?"],
    "amount": ["Estimated amount of loss", "Amount claimed", "Total claim", "Estimated cost"],
    "police": ["Police reference", "Police report no.", "Crime reference number"],
}
KINDS = [("collision", "Collision"), ("theft", "Theft / burglary"), ("fire", "Fire / smoke"),
         ("water_damage", "Escape of water"), ("weather", "Storm / hail"),
         ("vandalism", "Malicious damage"), ("glass", "Glass breakage"), ("injury", "Injury"),
         ("liability", "Third-party liability"), ("other", "Other")]


def label(cl: Claim, key: str) -> str:
    return cl.c.pick(LABELS[key])


def header(pen: Pen, cl: Claim, title: str) -> None:
    """The insurer's letterhead: its name, its own address and phone (decoys)."""
    o = cl.office
    pen.font("B", 15)
    pen.cell(0, 7, cl.insurer, new_x="LMARGIN", new_y="NEXT")
    pen.font("", 8)
    pen.cell(0, 4, f"{o.address}  |  Claims line {o.phone}  |  claims@"
             f"{cl.insurer.split()[0].lower()}.example", new_x="LMARGIN", new_y="NEXT")
    pen.ln(2)
    pen.font("B", 12)
    pen.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pen.set_draw_color(0)
    pen.line(pen.l_margin, pen.get_y(), pen.w - pen.r_margin, pen.get_y())
    pen.ln(3)


def _grid(pen: Pen, rows: list[list[tuple]], gap: float = 2.5) -> None:
    """Rows of boxes; each box (label, value, weight, cells); widths share the line."""
    for row in rows:
        height = 11.0
        total = sum(b[2] for b in row)
        usable = pen.width - gap * (len(row) - 1)
        for _, val, weight, cells in row:
            if not cells:
                pen.font("", 9.5)
                w = usable * weight / total - 2.4
                n = len(pen.multi_cell(w, 4.3, val or "", dry_run=True, output="LINES"))
                height = max(height, 5.6 + n * 4.3)
        pen.need(height + 2)
        x, y = pen.l_margin, pen.get_y()
        for lab, val, weight, cells in row:
            w = usable * weight / total
            pen.box(x, y, w, height, lab, val, cells=cells)
            x += w + gap
        pen.set_xy(pen.l_margin, y + height + 2.5)


def _cells(value: str, rng) -> int:
    return len(value) if " " not in value and len(value) <= 18 and rng.random() < 0.6 else 0


def boxed(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, paper="Letter" if c.loc.code == "CA" else "A4")
    header(pen, cl, r.choice(["Property Loss Notification", "Claim Form - Household and Motor",
                              "First Notice of Loss", "Schadenmeldung / Claim report"]))
    if r.random() < 0.35:
        cl.drop("claim_number")
        claim_box = ("Claim no. (office use)", "", 1, 0)
    else:
        claim_box = (label(cl, "claim"), t["claim_number"], 1, 0)
    pen.heading("1. " + r.choice(["Policyholder", "Insured person", "Your details"]), 10, 230)
    dob = cl.date(cl.dob, "dmy_dot")
    people = [(label(cl, "name"), cl.name(), 2, 0),
              ("Date of birth", dob, 1, len(dob) if r.random() < 0.5 else 0),
              (label(cl, "policy"), t["policy_number"], 1.4, _cells(t["policy_number"], r)),
              claim_box, (label(cl, "address"), me.address, 3, 0),
              (label(cl, "phone"), me.phone, 1.2, 0), (label(cl, "email"), me.email, 1.6, 0)]
    if r.random() < 0.25:
        cl.drop("claimant_email")
        people.pop()
    head, rest = people[:4], people[4:]
    r.shuffle(head)
    _grid(pen, [head[:2], head[2:], rest[:1], rest[1:]])
    pen.heading("2. " + r.choice(["The loss", "Details of the incident", "What happened"]), 10, 230)
    loss = cl.date(cl.loss)
    loss_box = (label(cl, "loss"), loss, 1, _cells(loss, r))
    time_box = ("Time (approx.)", f"{r.randrange(0, 24):02d}:{r.choice(['00', '15', '30', '45'])}",
                0.6, 0)
    rows = [[loss_box, time_box, (label(cl, "where"), t["incident_location"], 2.4, 0)]]
    if t["police_report_number"]:
        rows.append([(label(cl, "police"), t["police_report_number"], 1, 0),
                     ("Reported to police on", cl.date(cl.loss + timedelta(days=1)), 1, 0)])
    rows.append([(label(cl, "what"), t["incident_description"], 1, 0)])
    _grid(pen, rows)
    pen.font("", 8.5)
    pen.need(12)
    pen.cell(0, 4, "Type of loss (tick one):", new_x="LMARGIN", new_y="NEXT")
    for n, (k, text) in enumerate(KINDS):
        if n % 5 == 0:
            pen.set_x(pen.l_margin)
        pen.cell(pen.width / 5, 5, ("[X] " if k == cl.kind else "[  ] ") + text,
                 new_y="NEXT" if n % 5 == 4 else "TOP")
    pen.ln(2)
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        pen.heading("3. Vehicle", 10, 230)
        _grid(pen, [[("Make", make, 1, 0), ("Model", model, 1, 0), ("Year", year, 0.5, 0),
                     ("Registration", c.plate(), 1, 0)], [("VIN / chassis no.", vin, 1, 17)]])
    pen.heading(r.choice(["4. Amount", "4. Your claim", "4. Cost of the damage"]), 10, 230)
    _grid(pen, [[(label(cl, "amount"), cl.money(cl.amount), 1, 0),
                 ("Excess / deductible", cl.money(cl.deductible), 1, 0),
                 ("Sum insured", cl.money(cl.deductible * 150), 1, 0)]])
    _declaration(pen, cl, f"Agent: {cl.name(cl.agent, 0)}, tel. {cl.agent.phone}, "
                 f"{cl.agent.email}")
    return pen


def _declaration(pen: Pen, cl: Claim, intermediary: str) -> None:
    pen.need(34)
    pen.para("I declare that the information given is true and complete to the best of my "
             "knowledge. Form HQ-7, edition " + cl.date(cl.policy_start - timedelta(days=200),
                                                         "iso"), 7.5)
    pen.font("", 9.5)
    pen.cell(pen.width * 0.55, 6, "Signature: " + cl.me.first[0] + ". " + cl.me.last)
    pen.cell(0, 6, f"{label(cl, 'signed')}: {cl.date(cl.reported)}", new_x="LMARGIN",
             new_y="NEXT")
    pen.ln(2)
    pen.font("I", 8)
    pen.multi_cell(0, 4, intermediary, new_x="LMARGIN", new_y="NEXT")


def _upper(text: str) -> str:
    """Block capitals as a hand writes them: 'ß' stays (str.upper would make it 'SS')."""
    return "".join(ch if ch == "ß" else ch.upper() for ch in text)


def leader(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r)
    header(pen, cl, r.choice(["Claim notification", "Report of loss or damage", "Claim form"]))
    mark = r.choice("_.")
    caps = r.random() < 0.4
    pen.para("Please complete in BLOCK CAPITALS and return within 30 days." if caps else
             "Please answer every question; write 'n/a' where it does not apply.", 8.5, "I")

    if caps:   # the contract keeps these as printed: in block capitals
        for key in ("claimant_address", "incident_location", "incident_description"):
            t[key] = _upper(t[key])

    def put(lab: str, value: str, width: float | None = None) -> None:
        pen.leader(lab if lab.endswith("?") else lab + ":", _upper(value) if caps else value,
                   width, mark)
    pen.heading(r.choice(["Section A - About you", "PART 1  POLICYHOLDER"]), 10)
    lines = [(label(cl, "name"), cl.name()), (label(cl, "policy"), t["policy_number"]),
             (label(cl, "address"), me.address), (label(cl, "phone"), me.phone),
             (label(cl, "email"), me.email), ("Date of birth", cl.date(cl.dob))]
    r.shuffle(lines)
    for lab, val in lines:
        put(lab, val)
    pen.ln(2)
    pen.heading(r.choice(["Section B - The incident", "PART 2  LOSS DETAILS"]), 10)
    half = pen.width / 2 - 2
    x0 = pen.l_margin
    y = pen.get_y()
    put(label(cl, "loss"), cl.date(cl.loss), half)
    pen.set_xy(x0 + half + 4, y)
    put("Time", f"{r.randrange(6, 23)}:{r.choice(['05', '20', '40'])}", half)
    pen.set_x(x0)
    put(label(cl, "where"), t["incident_location"])
    if t["police_report_number"]:
        put(label(cl, "police"), t["police_report_number"])
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        put("Vehicle (make, model, year)", f"{make} {model} {year}")
        put("VIN", vin)
        put("Registration", c.plate())
    pen.font("", 10)
    pen.cell(0, 6, label(cl, "what") + ":", new_x="LMARGIN", new_y="NEXT")
    pen.para(t["incident_description"], 9.5, "I", 5)
    put(label(cl, "amount"), cl.money(cl.amount))
    put("Excess", cl.money(cl.deductible))
    put(label(cl, "signed"), cl.date(cl.reported), pen.width / 2)
    pen.ln(3)
    pen.need(56)
    pen.set_fill_color(238)
    y = pen.get_y()
    pen.rect(pen.l_margin - 2, y - 1, pen.width + 4, 54, style="F")
    pen.heading("FOR AGENT / INTERMEDIARY USE ONLY", 9.5)
    a = cl.agent
    put("Agent name", cl.name(a, 0))
    put("Agency phone", a.phone)
    put("Agent e-mail", a.email)
    put("Date received", cl.date(cl.reported + timedelta(days=r.randrange(1, 5))), pen.width / 2)
    put("Agency ref.", c.code("AG-99999"), pen.width / 2)
    if r.random() < 0.6:
        put(r.choice(["Claim no. allocated", "Claim reference"]), t["claim_number"])
    else:
        cl.drop("claim_number")
    return pen


def motor(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, family=r.choice(["sans", "cond"]))
    pen.set_auto_page_break(True, margin=14)
    header(pen, cl, r.choice(["Motor Accident Report", "Vehicle Collision Claim Form",
                              "Joint accident statement - motor"]))
    pen.font("", 9)
    top = [f"Date of accident: {cl.date(cl.loss)}",
           f"Time: {r.randrange(7, 22)}:{r.choice(['10', '35', '50'])}",
           f"Claim ref.: {t['claim_number']}"]
    pen.multi_cell(0, 5, "     ".join(top), new_x="LMARGIN", new_y="NEXT")
    pen.multi_cell(0, 5, f"Place: {t['incident_location']}", new_x="LMARGIN", new_y="NEXT")
    if t["police_report_number"]:
        pen.cell(0, 5, f"Police attended - report no. {t['police_report_number']}",
                 new_x="LMARGIN", new_y="NEXT")
    pen.ln(2)
    other = cl.other
    b_make, b_model, b_year, b_vin = c.vehicle()
    make, model, year, vin = cl.vehicle
    b_policy = c.code(r.choice(["TP-99999999", "AA 999 999 99"]))
    rows = [(r.choice(["Driver", "Driver's name", "Name of driver"]), cl.name(), cl.name(other)),
            (r.choice(["Address", "Driver's address"]), me.address, other.address),
            (r.choice(["Phone", "Tel.", "Mobile"]), me.phone, other.phone),
            ("E-mail", me.email, other.email),
            ("Insurer", cl.insurer, r.choice([i for i in INSURERS if i != cl.insurer])),
            ("Policy no.", t["policy_number"], b_policy),
            ("Make / model", f"{make} {model}", f"{b_make} {b_model}"),
            ("Year", year, b_year), ("Registration", c.plate(), c.plate()), ("VIN", vin, b_vin)]
    if r.random() < 0.3:
        rows.pop(3)
        cl.drop("claimant_email")
    if r.random() < 0.5:   # vehicle first, then the people
        rows = rows[-4:] + rows[:-4]
    a_title, b_title = r.choice([("VEHICLE A (insured)", "VEHICLE B (other party)"),
                                 ("Your vehicle", "Third party vehicle")])
    if r.random() < 0.5:
        rows = [(lab, b, a) for lab, a, b in rows]
        a_title, b_title = b_title, a_title
    pen.table(["", a_title, b_title], [list(x) for x in rows], [0.7, 1.6, 1.6], "LLL", 8.5)
    pen.ln(3)
    pen.need(62)
    pen.font("B", 9)
    pen.cell(0, 5, "Sketch of the accident (roads, direction of travel, position of vehicles)",
             new_x="LMARGIN", new_y="NEXT")
    _sketch(pen, 52)
    pen.font("B", 9)
    pen.cell(0, 5, label(cl, "what") + ":", new_x="LMARGIN", new_y="NEXT")
    pen.para(t["incident_description"], 9, gap=2)
    w = cl.extra.setdefault("witness", c.person())
    pen.heading("Witness", 9.5)
    pen.para(f"{cl.name(w, 0)}, {w.address}. Tel. {w.phone}", 9)
    pen.line_kv("Estimated repair cost:", cl.money(cl.amount), 45)
    pen.line_kv("Your excess:", cl.money(cl.deductible), 45)
    pen.line_kv("Signed (driver A):", f"{me.first[0]}. {me.last}   on {cl.date(cl.reported)}", 45)
    return pen


def _sketch(pen: Pen, h: float) -> None:
    x, y, w, r = pen.l_margin, pen.get_y(), pen.width, pen.rng
    pen.set_draw_color(0)
    pen.rect(x, y, w, h)
    pen.set_draw_color(150)
    mid = y + h * r.uniform(0.5, 0.65)
    pen.line(x, mid - 8, x + w, mid - 8)
    pen.line(x, mid + 8, x + w, mid + 8)
    cx = x + w * r.uniform(0.3, 0.7)
    pen.line(cx - 8, y, cx - 8, mid - 8)
    pen.line(cx + 8, y, cx + 8, mid - 8)
    pen.set_draw_color(0)
    pen.font("B", 8)
    for tag, bx, by in (("A", cx - 30, mid + 1), ("B", cx - 3, max(y + 2, mid - 20))):
        pen.rect(bx, by, 10 if tag == "A" else 6, 5 if tag == "A" else 10)
        pen.set_xy(bx, by)
        pen.cell(6, 5, tag)
    pen.line(cx - 40, mid + 3.5, cx - 31, mid + 3.5)
    pen.font("I", 7)
    pen.set_xy(x + 2, y + h - 5)
    pen.cell(60, 4, "A = insured vehicle   B = other vehicle")
    pen.set_xy(x, y + h + 2)
