"""Held-out corpus 13 letters: a prose letter, an e-mail thread, an injury letter with a bill."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout13_case import Claim
from bench.heldout13_draw import Pen
from bench.heldout13_kit import city_of

_KIND_WORDS = {"collision": "road accident", "theft": "theft", "fire": "fire",
               "water_damage": "water damage", "weather": "storm damage",
               "vandalism": "malicious damage", "glass": "broken glass", "injury": "injury",
               "liability": "damage caused by a third party", "other": "loss"}


HOSPITALS = {"IE": ["St. Brendan General Hospital", "Mercy University Hospital"],
             "DE": ["Klinikum am Stadtpark"], "GB": ["Royal Infirmary", "St. Mary's Hospital"],
             "FR": ["Hôpital Saint-Louis"], "CH": ["Spital Limmattal", "Hôpital de la Tour"],
             "CA": ["Sunnybrook Health Sciences Centre", "Hôpital Notre-Dame"],
             "NL": ["Ziekenhuis Rijnstate"]}


def _sender(pen: Pen, cl: Claim, with_mail: bool) -> None:
    me, r = cl.me, cl.c.rng
    lines = [cl.name(style=0), me.street, me.town] + ([me.email] if with_mail else [])
    right = r.random() < 0.5
    pen.font("", 10)
    for line in lines:
        pen.cell(0, 5, line, align="R" if right else "L", new_x="LMARGIN", new_y="NEXT")
    pen.ln(6)


def _recipient(pen: Pen, cl: Claim, dept: str) -> None:
    o = cl.office
    for line in (cl.insurer, dept, o.street, o.town):
        pen.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pen.ln(5)


def letter(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, family=r.choice(["serif", "sans"]))
    with_mail = r.random() < 0.5
    if not with_mail:
        cl.drop("claimant_email")
    _sender(pen, cl, with_mail)
    _recipient(pen, cl, r.choice(["Claims Department", "Household Claims", "Customer Service"]))
    town = city_of(me.town)
    pen.para(f"{town}, {cl.date(cl.reported)}" if r.random() < 0.5 else cl.date(cl.reported),
             10, gap=5)
    pen.para(r.choice(["Dear Sir or Madam,", "Dear Claims Team,", "To whom it may concern,"]), 10)
    what = _KIND_WORDS[cl.kind]
    intro = (f"I am writing to report {what} under my policy {t['policy_number']}, which I have "
             f"held with you since {cl.date(cl.policy_start)}.")
    if r.random() < 0.45:
        intro += (f" When I telephoned your helpline, your colleague gave me the claim number "
                  f"{t['claim_number']}.")
    else:
        cl.drop("claim_number")
    pen.para(intro, 10.5, h=5.2, gap=3)
    vehicle = ""
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        vehicle = (f" The vehicle concerned is my {make} {model} ({year}), registration "
                   f"{c.plate()}, chassis number {vin}.")
    pen.para(f"The incident took place on {cl.date(cl.loss)} at {t['incident_location']}. "
             f"{t['incident_description']}{vehicle}", 10.5, h=5.2, gap=3)
    if t["police_report_number"]:
        officer = c.person()
        pen.para(f"I reported it to the police straight away and was given the reference "
                 f"{t['police_report_number']}. An officer, {officer.first} {officer.last}, "
                 f"called round on {cl.date(cl.loss + timedelta(days=r.randrange(1, 4)))}.",
                 10.5, h=5.2, gap=3)
    w = cl.other
    pen.para(f"My neighbour {w.first} {w.last}, who lives at {w.address}, saw what happened and "
             f"is happy to confirm it; you can reach {w.first} on {w.phone}.", 10.5, h=5.2, gap=3)
    pen.para(f"Altogether I estimate my loss at {cl.money(cl.amount)}. I understand that the "
             f"excess of {cl.money(cl.deductible)} will be deducted. I can send receipts and "
             f"photographs if you need them.", 10.5, h=5.2, gap=3)
    pen.para(r.choice(["Yours faithfully,", "Kind regards,", "Yours sincerely,"]), 10.5, gap=9)
    pen.para(cl.name(style=0), 10.5, gap=6)
    partner = c.person()
    pen.para(f"P.S. {r.choice(['I work shifts, so', 'During the day'])} the best number to "
             f"reach me is {me.phone}. If I do not answer, please try my partner "
             f"{partner.first} on {partner.phone}.", 10, "I")
    return pen


def _mail_header(pen: Pen, rows: list[tuple[str, str]], size: float = 9) -> None:
    for lab, val in rows:
        pen.font("B", size)
        pen.cell(18, 4.8, lab)
        pen.font("", size)
        pen.multi_cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")


def email(cl: Claim) -> Pen:
    t, me, r = cl.t, cl.me, cl.c.rng
    pen = Pen(r, family=r.choice(["sans", "cond"]))
    adj = cl.office
    domain = cl.insurer.split()[0].lower() + ".example"
    adj_mail = f"{adj.first.lower()}.{adj.last.lower()}@{domain}"
    sent_back = cl.reported + timedelta(days=r.randrange(1, 4))
    reply_day = sent_back + timedelta(days=r.randrange(1, 6))
    pen.font("", 7.5)
    pen.cell(0, 4, f"{me.email} - Mail   printed {cl.date(reply_day + timedelta(days=2), 'iso')}"
             f" 09:1{r.randrange(10)}", new_x="LMARGIN", new_y="NEXT")
    pen.line(pen.l_margin, pen.get_y(), pen.w - pen.r_margin, pen.get_y())
    pen.ln(2)
    subject = r.choice([f"RE: Your claim {t['claim_number']}", f"Re: Claim ref {t['claim_number']}"
                        f" - {_KIND_WORDS[cl.kind]}", f"AW: Schadennummer {t['claim_number']}"
                        if cl.c.loc.code in ("DE", "CH") else f"RE: {t['claim_number']}"])
    pen.font("B", 12)
    pen.multi_cell(0, 6, subject, new_x="LMARGIN", new_y="NEXT")
    pen.ln(1)
    heads = [("From:", f"{cl.name(style=0)} <{me.email}>"),
             ("To:", f"{adj.first} {adj.last} <{adj_mail}>"),
             ("Sent:", f"{cl.date(reply_day, 'dmy_long')} 21:{r.randrange(10, 59)}")]
    if r.random() < 0.5:
        heads.insert(2, ("Cc:", f"{cl.agent.first} {cl.agent.last} <{cl.agent.email}>"))
    if r.random() < 0.4:
        heads.insert(0, heads.pop(2))
    _mail_header(pen, heads)
    pen.ln(3)
    greet = r.choice([f"Hello {adj.first},", f"Dear {adj.first} {adj.last},", "Hi,"])
    vehicle = ""
    if cl.vehicle:
        make, model, year, vin = cl.vehicle
        vehicle = f" The car is a {year} {make} {model}, VIN {vin}."
    body = [greet,
            f"Thanks for your message. As requested, here is what happened. On "
            f"{cl.date(cl.loss)} at {t['incident_location']}: {t['incident_description']}"
            f"{vehicle}",
            f"The repairer's quote came to {cl.money(cl.amount)} in total, which is what I am "
            f"claiming. I have attached the quote and six photos.",
            "Our address is unchanged: " + me.address + "."]
    if t["police_report_number"]:
        body.insert(2, f"The police gave me reference {t['police_report_number']}.")
    for b in body:
        pen.para(b, 10, h=5)
    sig = [cl.name(style=0)]
    roll = r.random()
    if roll < 0.45:
        sig.append(f"Mobile: {me.phone}" if r.random() < 0.5 else me.phone)
    elif roll < 0.75:
        pen.para(f"If it is easier, call me on {me.phone}; my broker {cl.agent.first} "
                 f"{cl.agent.last}, tel. {cl.agent.phone}, is in copy.", 10, h=5)
    else:
        cl.drop("claimant_phone")
    pen.para("\n".join(["Best regards,"] + sig), 10, h=5, gap=5)
    quoted = [f"On {cl.date(sent_back, 'dmy_short')}, at 15:{r.randrange(10, 59)}, {adj.first} "
              f"{adj.last} <{adj_mail}> wrote:" if r.random() < 0.5 else
              "-----Original Message-----\nFrom: " + f"{adj.first} {adj.last} <{adj_mail}>\n"
              f"Sent: {cl.date(sent_back)}\nSubject: Your claim {t['claim_number']}", "",
              f"Dear {r.choice(['Mr', 'Ms', 'Mx'])} {me.last},", "",
              f"Thank you for notifying us on {cl.date(cl.reported)} of the "
              f"{_KIND_WORDS[cl.kind]} under policy {t['policy_number']}. Your claim number is "
              f"{t['claim_number']}; please quote it in all correspondence.",
              f"Please reply with a short description of what happened, the address, and an "
              f"estimate or invoice. Your policy carries an excess of "
              f"{cl.money(cl.deductible)}.", "", "Kind regards", f"{adj.first} {adj.last}",
              r.choice(["Claims Handler", "Senior Adjuster", "Household Claims Team"]),
              cl.insurer, f"{adj.address}", f"Direct line {adj.phone}", adj_mail,
              "This e-mail is confidential. If you received it in error please delete it."]
    pen.set_text_color(60)
    mark = r.random() < 0.6
    pen.font("", 9)
    for line in "\n".join(quoted).split("\n"):
        pen.multi_cell(0, 4.4, ("> " + line) if mark else line, new_x="LMARGIN", new_y="NEXT")
    pen.set_text_color(0)
    return pen


def medical(cl: Claim) -> Pen:
    c, t, me, r = cl.c, cl.t, cl.me, cl.c.rng
    pen = Pen(r, family="serif" if r.random() < 0.5 else "sans")
    _sender(pen, cl, True)
    pen.para(cl.date(cl.reported), 10, gap=4)
    _recipient(pen, cl, r.choice(["Personal Accident Claims", "Liability Claims Unit"]))
    pen.para(f"Policy {t['policy_number']} - claim for {_KIND_WORDS[cl.kind]}", 10.5, "B")
    pen.para("Dear Sir or Madam,", 10.5)
    doctor = c.person(foreign=True)
    pen.para(f"I wish to make a claim following an accident on {cl.date(cl.loss)} at "
             f"{t['incident_location']}. {t['incident_description']}", 10.5, h=5.2, gap=3)
    hospital = cl.extra.setdefault("hospital", r.choice(HOSPITALS[c.loc.code]))
    pen.para(f"I was treated at {hospital}"
             f" by Dr {doctor.first} {doctor.last}. Their invoice is attached; the total of "
             f"{cl.money(cl.amount)} is the amount I am claiming. I was unable to work for "
             f"{r.randrange(3, 20)} days.", 10.5, h=5.2, gap=3)
    if r.random() < 0.5:
        pen.para(f"You can reach me on {me.phone} or at {me.email}.", 10.5, h=5.2, gap=3)
    else:
        pen.para(f"Please write to me by e-mail ({me.email}).", 10.5, h=5.2, gap=3)
        cl.drop("claimant_phone")
    cl.drop("claim_number")
    pen.para("Yours faithfully,", 10.5, gap=8)
    pen.para(cl.name(style=0), 10.5)
    _bill(pen, cl, doctor)
    return pen


def _bill(pen: Pen, cl: Claim, doctor) -> None:
    c, r = cl.c, cl.c.rng
    pen.add_page()
    pen.family = "sans"
    desk = c.person()
    pen.font("B", 14)
    pen.cell(0, 7, cl.extra["hospital"], new_x="LMARGIN", new_y="NEXT")
    pen.font("", 8)
    site = cl.extra["hospital"].split()[-1].lower()
    pen.cell(0, 4, f"{desk.address} - Billing office {desk.phone} - billing@{site}.example",
             new_x="LMARGIN", new_y="NEXT")
    pen.ln(4)
    pen.font("B", 12)
    pen.cell(0, 7, r.choice(["INVOICE", "Patient account statement"]), new_x="LMARGIN",
             new_y="NEXT")
    inv_day = cl.loss + timedelta(days=r.randrange(2, 12))
    for lab, val in [("Patient", cl.name(style=1)), ("Date of birth", cl.date(cl.dob)),
                     ("Patient no.", c.code("PT-9999999")), ("Invoice no.", c.code("INV 999999")),
                     ("Invoice date", cl.date(inv_day)), ("Admitted", cl.date(cl.loss)),
                     ("Attending physician", f"Dr {doctor.first} {doctor.last}")]:
        pen.line_kv(lab, val, 40, 9)
    pen.ln(3)
    rows = [[cl.date(cl.loss, "dmy_slash"), d, str(r.randrange(1, 3)), cl.money(a)]
            for d, a in cl.items]
    pen.table(["Date", "Service", "Qty", "Amount"], rows, [0.8, 2.6, 0.4, 1.0], "LLCR", 9)
    pen.ln(2)
    pen.line_kv("Total amount due", cl.money(cl.amount), 60, 10)
    pen.line_kv("Payment due by", cl.date(inv_day + timedelta(days=30)), 60, 9)
    pen.para("Services exempt from VAT. Please quote the invoice number with your payment.", 8,
             "I")
