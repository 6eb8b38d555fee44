"""Held-out corpus 17 letters: a loss adjuster's preliminary report, an Apple Mail thread with
inline replies and a subrogation notice between insurers."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout17_case import OTHER_INSURERS, Case
from bench.heldout17_kit import MONO, SANS, SERIF, Page, a_date, format_date, money, new_page
from bench.heldout17_story import tell_motor, tell_property


def costs_table(pdf: Page, case: Case, y: float, items: list[dict], total_label: str) -> float:
    rng = case.rng
    for item in items:
        pdf.put(20, y, item["description"], 9.5)
        pdf.put(190, y, money(Decimal(item["amount"]), case.currency, rng), 9.5, align="R")
        y += 5.5
    pdf.rule(130, y - 3.8, 190, y - 3.8)
    pdf.put(20, y + 1, total_label, 9.5, "B")
    pdf.put(190, y + 1, money(Decimal(case.truth["claimed_amount"]), case.currency, rng), 9.5,
            "B", align="R")
    return y + 8


def loss_adjuster_report(case: Case) -> bytes:
    tell_property(case)
    rng, t, c = case.rng, case.truth, case.claimant
    adjuster, contractor = case.decoys[0], case.decoys[1]
    firm = rng.choice(("Crawshaw Loss Adjusters", "Whitcombe & Lyle Adjusting",
                       "Pacific Claims Consultants"))
    style, pdf = a_date(rng), Page(rng.choice(SERIF + SANS))
    report_day = case.day("date_reported") + timedelta(days=rng.randint(3, 12))
    new_page(pdf)
    pdf.put(15, 20, firm, 16, "B")
    firm_mail = f"{adjuster.name.split()[0].lower()}@{firm.split()[0].lower()}-adjusters.com"
    pdf.put(15, 26, f"{adjuster.address}  |  Tel {adjuster.phone}  |  {firm_mail}", 8)
    pdf.rule(15, 29, 195, 29, 0.5)
    pdf.put(15, 37, f"Claims Department, {case.insurer}", 9.5)
    pdf.put(195, 37, format_date(report_day, style), 9.5, align="R")
    our = f"{firm.split()[0][:3].upper()}/{rng.randint(10000, 99999)}"
    pdf.put(15, 45, f"Your ref: {t['claim_number'] or 'not yet advised'}", 9.5)
    pdf.put(110, 45, f"Our ref: {our}", 9.5)
    pdf.put(15, 53, "PRELIMINARY REPORT", 12, "B")
    rows = [("Insured:", c.name), ("Policy number:", t["policy_number"]),
            ("Risk address:", c.address), ("Insured's contact:", f"{c.phone} / {c.email}"),
            ("Date of loss:", format_date(case.day("date_of_loss"), style)),
            ("Date notified:", format_date(case.day("date_reported"), style)),
            ("Date of our visit:", format_date(report_day - timedelta(days=2), style)),
            ("Police reference:", t["police_report_number"] or "Not applicable"),
            ("Policy excess:", money(case.excess, case.currency, rng))]
    y = 61
    for label, value in rows:
        pdf.put(15, y, label, 9.5, "B")
        pdf.put(55, y, value, 9.5, width=140)
        y += 5.6
    pdf.put(15, y + 4, "Circumstances", 11, "B")
    y = pdf.para(15, y + 6, 180, "The insured reports: " + t["incident_description"]
                 + f" Loss location: {t['incident_location']}.", 9.5)
    label = {"water_damage": "Escape of water", "fire": "Fire", "weather": "Storm",
             "theft": "Theft (forcible entry)"}[t["incident_type"]]
    y = pdf.para(15, y + 2, 180, f"Peril: {label}. We consider the loss falls within the"
                 f" policy's cover subject to the excess. {contractor.name} of"
                 f" {rng.choice(('Apex', 'Keystone', 'Summit'))} Restoration (tel."
                 f" {contractor.phone}) has been instructed for drying.", 9.5)
    pdf.put(15, y + 6, "Claim presented by the insured", 11, "B")
    y += 12
    if t["line_items"]:
        y = costs_table(pdf, case, y, t["line_items"], "Total claimed by the insured")
    else:
        pdf.put(15, y, "The insured has claimed "
                f"{money(Decimal(t['claimed_amount']), case.currency, rng)} in total"
                " (itemised quotations to follow).", 9.5)
        y += 8
    reserve = (Decimal(t["claimed_amount"]) * Decimal("1.15")).quantize(Decimal("1"))
    pdf.put(15, y + 2, "Reserve recommended", 11, "B")
    pdf.put(15, y + 8, f"We recommend a reserve of {money(reserve, case.currency, rng)} pending"
            " receipt of contractor's quotations.", 9.5)
    pdf.put(15, y + 20, "Yours faithfully,", 9.5)
    pdf.put(15, y + 32, adjuster.name, 9.5, "B")
    pdf.put(15, y + 37, f"Senior Loss Adjuster, {firm}  -  direct line {adjuster.phone}", 8.5)
    return pdf.result()


def quote(pdf: Page, y: float, text: str, prefix: str = "> ") -> float:
    """Quoted lines of an earlier message, each with '> '."""
    pdf.font(9.5, mono=True)
    words, line, lines = text.split(), "", []
    for word in words:
        if pdf.get_string_width(prefix + line + " " + word) > 170:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    y += 3.5   # from the top of the block to the first baseline
    for text_line in lines:
        pdf.put(20, y, prefix + text_line, 9.5, mono=True)
        y += 4.6
    return y + 2


def apple_mail_thread(case: Case) -> bytes:
    rng, t, c = case.rng, case.truth, case.claimant
    (tell_motor if rng.random() < 0.4 else tell_property)(case)
    staff = case.decoys[0]
    style, pdf = a_date(rng), Page(rng.choice(SANS), rng.choice(MONO))
    sent = case.day("date_reported")
    reply = sent + timedelta(days=rng.randint(1, 3))
    new_page(pdf, header=False)
    pdf.put(15, 12, format_date(reply, "%d/%m/%Y") + ", 09:41", 7.5)
    pdf.put(195, 12, "Mail - Print", 7.5, align="R")
    pdf.put(15, 24, f"Re: Claim - {t['incident_type'].replace('_', ' ')} - policy"
            f" {t['policy_number']}", 12, "B")
    heads = [("From:", f"{staff.name} <{staff.name.split()[0].lower()}@{case.insurer_domain}>"),
             ("Subject:", f"Re: my claim under policy {t['policy_number']}"),
             ("Date:", format_date(reply, "%d %B %Y") + " at 14:0" + str(rng.randint(0, 9))),
             ("To:", f"{c.name} <{c.email}>")]
    y = 32
    for label, value in heads:
        pdf.put(15, y, label, 9, "B")
        pdf.put(33, y, value, 9)
        y += 5
    pdf.rule(15, y - 2, 195, y - 2)
    y = pdf.para(15, y + 2, 180, f"Dear {c.name.split()[0]}, thank you for your e-mail. My"
                 " answers are below your questions.", 9.5) + 3
    pdf.put(15, y, f"On {format_date(sent, style)}, at 19:2{rng.randint(0, 9)}, {c.name} <"
            f"{c.email}> wrote:", 9, width=180)
    y = quote(pdf, y + 2, f"Hello, I need to make a claim on my policy {t['policy_number']}. On"
              f" {format_date(case.day('date_of_loss'), style)} the following happened: "
              + t["incident_description"] + f" This happened at {t['incident_location']}.")
    if t["vehicle_vin"]:
        y = quote(pdf, y, f"The car is my {t['vehicle_make_model_year']}, VIN {t['vehicle_vin']}.")
    y = pdf.para(20, y, 175, "Thank you. I have logged the claim"
                 + (f" as {t['claim_number']}." if t["claim_number"] else "; a claim number will"
                    " follow once it is registered."), 9.5) + 2
    if t["police_report_number"]:
        y = quote(pdf, y, f"The police gave me the reference {t['police_report_number']}.")
    else:
        y = quote(pdf, y, "I did not report it to the police.")
    y = pdf.para(20, y, 175, f"Noted. Your excess is {money(case.excess, case.currency, rng)}.",
                 9.5) + 2
    items = t["line_items"]
    costs = "; ".join(f"{i['description']} {money(Decimal(i['amount']), case.currency, rng)}"
                      for i in items)
    claimed = money(Decimal(t["claimed_amount"]), case.currency, rng)
    y = quote(pdf, y, (f"The costs are: {costs}. " if items else "")
              + f"In total I am claiming {claimed}.")
    y = quote(pdf, y, f"Kind regards, {c.name}")
    y = quote(pdf, y, f"{c.address} | Mob: {c.phone}")
    y = pdf.para(15, y + 2, 180, "We will be in touch within five working days.", 9.5) + 4
    for line in (staff.name, rng.choice(("Claims Consultant", "Senior Claims Handler",
                                         "Customer Claims Officer")),
                 f"{case.insurer}  |  T {case.helpline}  |  D {staff.phone}"):
        pdf.put(15, y, line, 9)
        y += 4.6
    pdf.put(15, 285, f"{case.insurer} is registered in {case.region} under company no."
            f" {rng.randint(1000000, 9999999)}. Registered office: {case.decoys[1].address}.",
            6.5, width=180)
    return pdf.result()


def subrogation_notice(case: Case) -> bytes:
    rng, t, c = case.rng, case.truth, case.claimant
    tell_motor(case, ("collision",))
    t["line_items"] = case.extra["costs"] if rng.random() < 0.8 else []
    other, handler = case.decoys[0], case.decoys[1]
    their = rng.choice(OTHER_INSURERS)
    style, pdf = a_date(rng), Page(rng.choice(SERIF + SANS))
    notice = case.day("date_reported") + timedelta(days=rng.randint(15, 40))
    new_page(pdf)
    pdf.put(15, 20, case.insurer, 15, "B")
    pdf.put(15, 25.5, f"Recoveries Unit  |  {case.helpline}  |  recoveries@{case.insurer_domain}",
            8)
    pdf.put(15, 38, f"{their}, Third Party Claims", 9.5)
    pdf.put(195, 38, format_date(notice, style), 9.5, align="R")
    pdf.put(15, 48, "NOTICE OF SUBROGATED CLAIM", 13, "B")
    rows = [("Our insured", c.name), ("Our policy", t["policy_number"]),
            ("Our claim ref.", t["claim_number"] or "pending"),
            ("Your insured", other.name), ("Your insured's address", other.address),
            ("Your policy", f"{rng.choice(('PD', 'LK', 'TS'))}-{rng.randint(100000, 999999)}"),
            ("Your claim ref.", f"TPC{rng.randint(1000000, 9999999)}")]
    y = 56
    for label, value in rows:
        pdf.put(15, y, label, 9.5, "B")
        pdf.put(62, y, value, 9.5, width=133)
        y += 5.6
    body = (f"We act for our insured, {c.name} of {c.address} (tel. {c.phone}, e-mail"
            f" {c.email}), whose {t['vehicle_make_model_year']} (VIN {t['vehicle_vin']}) was"
            f" damaged on {format_date(case.day('date_of_loss'), style)} at"
            f" {t['incident_location']}. Our insured notified us of the loss on"
            f" {format_date(case.day('date_reported'), style)} and described it as follows: "
            f"\"{t['incident_description']}\" We hold your insured, driving a vehicle registered"
            f" {rng.choice(('KX19', '221-D', 'ABC', 'NZR'))} {rng.randint(100, 999)}, wholly"
            " responsible.")
    if t["police_report_number"]:
        body += f" The police attended; their reference is {t['police_report_number']}."
    y = pdf.para(15, y + 3, 180, body, 9.5) + 8
    pdf.put(15, y, "Schedule of costs", 11, "B")
    y += 7
    if t["line_items"]:
        y = costs_table(pdf, case, y, t["line_items"], "Total outlay claimed from you")
    else:
        pdf.put(20, y, "Total outlay claimed from you (repairs, hire and recovery)", 9.5, "B")
        pdf.put(190, y, money(Decimal(t["claimed_amount"]), case.currency, rng), 9.5, "B",
                align="R")
        y += 8
    pdf.put(20, y, f"Of which our insured's uninsured excess: "
            f"{money(case.excess, case.currency, rng)}", 9)
    y = pdf.para(15, y + 6, 180, "Please confirm within 21 days whether liability is admitted."
                 f" Direct enquiries to {handler.name} on {handler.phone}.", 9.5)
    pdf.put(15, y + 10, handler.name, 9.5, "B")
    pdf.put(15, y + 15, "Recoveries Handler", 9)
    return pdf.result()
