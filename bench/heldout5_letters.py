"""Held-out corpus 5: prose layouts, a claimant's letter and an e-mail printout.

The facts sit inside sentences; decoys (a witness, the repair shop, the agent) come with their own
names, phones and addresses in the same prose.
"""

from __future__ import annotations

import random
from datetime import timedelta

from faker import Faker
from fpdf import FPDF

from bench.heldout5_case import build_case, drop
from bench.heldout5_data import Case, print_date, print_money, print_phone
from bench.heldout5_kit import US_PAPER, at, new_pdf, para


def vehicle_phrase(case: Case, with_vin: bool) -> str:
    make, model, year = case.car  # type: ignore[misc]
    plate = f"registration {case.plate}" if case.region == "UK" else f"plate {case.plate}"
    vin = f", VIN {case.truth['vehicle_vin']}" if with_vin else ""
    return f"my {year} {make} {model} ({plate}{vin})"


def letter(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """A claimant's letter: own address top right, insurer left, Re: line, facts in sentences."""
    region = rng.choice(["US", "UK"])
    kind = rng.choice(["motor", "home"])
    case = build_case(rng, fakes[region], region=region, kind=kind,
                      claim_fmt="CL/{Y}/######" if region == "UK" else "77-#####",
                      policy_fmt="AW ### ### @" if region == "UK" else "NW-####-####", police=0.5)
    t, c, ins = case.truth, case.claimant, case.insurer
    pdf = new_pdf(rng.choice(["times", "dejavuserif", "helvetica"]),
                  fmt="A4" if region == "UK" else rng.choice(["Letter", "A4"]))
    style = rng.randint(0, 9)
    size = rng.choice([10, 10.5, 11])
    y = 16.0
    for line in (c.name, c.street, c.city_line, f"Tel: {print_phone(c.phone, style)}", c.email):
        pdf.set_font(size=size)
        at(pdf, 192 - pdf.get_string_width(line), y, line, size)
        y += size * 0.42
    y = 52.0
    for line in ("Claims Department", ins.company, ins.street, ins.city_line):
        at(pdf, 18, y, line, size)
        y += size * 0.42
    y += 6
    at(pdf, 18, y, print_date(case.reported, region, style), size)
    y += 10
    with_claim = rng.random() < 0.55
    re_line = f"Re: Policy No. {t['policy_number']}"
    if with_claim:
        re_line += f" - your reference {t['claim_number']}"
    else:
        drop(case, "claim_number")
    at(pdf, 18, y, re_line, size, "B")
    y += 10
    w = 174
    greet = "Dear Sir or Madam," if region == "UK" else "To whom it may concern:"
    y = para(pdf, 18, y, w, greet, size) + 3
    opener = ("I am writing to make a claim under the above policy" if with_claim else
              "I wish to notify you of a claim under my policy")
    if kind == "motor":
        with_vin = rng.random() < 0.6
        if not with_vin:
            drop(case, "vehicle_vin")
        opener += f" for damage to {vehicle_phrase(case, with_vin)}."
    else:
        opener += " for damage at my home."
    y = para(pdf, 18, y, w, opener + f" The incident took place on "
             f"{print_date(case.dol, region, style + 1)} at about {case.time_of_loss}, at "
             f"{t['incident_location']}.", size) + 3
    y = para(pdf, 18, y, w, t["incident_description"], size) + 3
    wit = case.witness
    who = "A neighbour" if t["incident_location"] == c.address else "A passer-by"
    extra = (f"{who}, {wit.name} of {wit.address}, saw what happened and is happy to be "
             f"contacted on {print_phone(wit.phone, style + 1)}.")
    if t["police_report_number"]:
        extra += (f" The matter was reported to {case.station}, who gave me the reference "
                  f"{t['police_report_number']}.")
    y = para(pdf, 18, y, w, extra, size) + 3
    shop = case.shop
    y = para(pdf, 18, y, w, f"I have obtained a quotation from {shop.company}, {shop.address} "
             f"(telephone {print_phone(shop.phone, 0)}). I am therefore claiming "
             f"{print_money(case.amount, t['currency'], style)} in total and enclose the "
             "quotation.", size) + 3
    y = para(pdf, 18, y, w, "Please contact me by telephone or e-mail if you need anything "
             "further.", size) + 6
    at(pdf, 18, y, "Yours faithfully," if region == "UK" else "Sincerely,", size)
    at(pdf, 18, y + 14, c.name, size, "I")
    at(pdf, 18, y + 19, print_phone(c.phone, style + 2), size - 1)
    drop(case, "line_items")
    return pdf, case


def email(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """An Outlook-style printout: the agent's reply on top, the claimant's message quoted below."""
    kind = rng.choice(["motor", "home"])
    case = build_case(rng, fakes["US"], region="US", kind=kind, claim_fmt="CLM#########",
                      policy_fmt="GS-@@-######", police=0.4)
    t, c, a = case.truth, case.claimant, case.agent
    pdf = new_pdf(rng.choice(["helvetica", "dejavu", "courier"]), fmt=rng.choice(US_PAPER))
    style = rng.randint(0, 9)
    insurer_mail = "claims@" + a.company.split()[0].lower().replace("&", "") + "-ins.com"
    agent_mail = a.email.split("@")[0] + "@" + insurer_mail.split("@")[1]
    reply_day = case.reported + timedelta(days=rng.choice([0, 1, 1, 2]))
    at(pdf, 18, 12, f"{a.name}", 9, "B")
    pdf.line(18, 17, 192, 17)
    y = 20.0
    heads = [("From:", f"{a.name} <{agent_mail}>"), ("Sent:", reply_day.strftime("%A, %B ")
             + f"{reply_day.day}, {reply_day.year} 10:{rng.randint(10, 59)} AM"),
             ("To:", f"{c.name} <{c.email}>"), ("Subject:", f"RE: New claim - policy "
                                                           f"{t['policy_number']}")]
    for key, value in heads:
        at(pdf, 18, y, key, 9.5, "B")
        at(pdf, 38, y, value, 9.5)
        y += 5
    y += 4
    first = c.name.split()[0]
    y = para(pdf, 18, y, 174, f"Hi {first},\n\nThank you for your message. Your claim has been "
             f"registered under claim number {t['claim_number']}; please quote it on any "
             "documents you send us. An adjuster will call you within two working days.", 9.5) + 4
    y = para(pdf, 18, y, 174, f"Kind regards,\n{a.name}\n{a.company}\n{a.street}, {a.city_line}\n"
             f"Direct: {print_phone(a.phone, style)} | {agent_mail}", 9.5) + 6
    pdf.line(18, y, 192, y)
    y += 3
    sent = case.reported.strftime("%A, %B ") + f"{case.reported.day}, {case.reported.year}"
    for key, value in [("From:", f"{c.name} <{c.email}>"),
                       ("Sent:", f"{sent} {rng.randint(6, 11)}:{rng.randint(10, 59)} PM"),
                       ("To:", f"{a.name} <{agent_mail}>"), ("Subject:", "New claim - policy "
                                                                         f"{t['policy_number']}")]:
        at(pdf, 18, y, key, 9.5, "B")
        at(pdf, 38, y, value, 9.5)
        y += 5
    y += 4
    lines = [f"Hello {a.name.split()[0]},", "",
             f"I need to make a claim on my policy {t['policy_number']}. "
             f"It happened on {print_date(case.dol, 'US', style)} at {t['incident_location']}."]
    body = "\n".join(lines)
    y = para(pdf, 18, y, 174, body, 9.5) + 2
    y = para(pdf, 18, y, 174, t["incident_description"], 9.5) + 2
    more = []
    if kind == "motor":
        make, model, year = case.car  # type: ignore[misc]
        more.append(f"The car is a {year} {make} {model}, VIN {t['vehicle_vin']}.")
    if t["police_report_number"]:
        more.append(f"The police report number is {t['police_report_number']}.")
    more.append(f"{case.shop.company} estimated the damage at "
                f"{print_money(case.amount, 'USD', style)}, which is the amount I am claiming.")
    y = para(pdf, 18, y, 174, " ".join(more), 9.5) + 2
    y = para(pdf, 18, y, 174, "Thanks,\n" + f"{c.name}\n{c.street}\n{c.city_line}\n"
             f"Cell: {print_phone(c.phone, style + 1)}", 9.5)
    printed = reply_day.strftime("%m/%d/%Y")
    at(pdf, 18, pdf.h - 10, f"about:blank  Page 1 of 1  printed {printed}", 7)
    drop(case, "line_items")
    return pdf, case
