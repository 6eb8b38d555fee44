"""Held-out corpus 6: prose layouts (a public adjuster's letter for "our client", an e-mail
forwarded twice with the claimant's message at the bottom)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout6_kit import Doc, print_date, print_money, print_name, print_phone
from bench.heldout6_story import Case, home_story, motor_story, new_case, split_total


def adjuster_letter(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """A public adjuster writes on behalf of the insured; the firm's details are decoys."""
    kind = rng.choice(("fire", "water_damage", "weather"))
    rows = rng.sample(["Dwelling repairs per attached estimate", "Contents (schedule enclosed)",
                       "Additional living expense", "Debris removal", "Mitigation / dry-out"],
                      rng.randint(2, 4))
    with_items = rng.random() < 0.6
    items = split_total(rng, rows, 800, 24000) if with_items else None
    story = home_story(rng, kind)
    case = new_case(rng, fakes, "US", insurer=rng.choice(("Granite Shield Insurance Company",
                                                          "Bayview Property & Casualty")),
                    claim_number=f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
                    policy_number=f"HO {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    incident_type=kind, location="", description=story, line_items=items,
                    amount=None if with_items else Decimal(rng.randint(2000000, 9000000)) / 100,
                    report_gap=rng.randint(10, 45), email=False,
                    phone=rng.random() < 0.4)
    t = case.truth
    t["incident_location"] = t["claimant_address"]
    firm = case.adjuster
    firm_name = f"{firm.name.split()[-1]} Public Adjusting Group, LLC"
    doc = Doc("Letter")
    doc.set_auto_page_break(True, 60)
    doc.add_page()
    doc.set_text_color(90, 30, 30)
    doc.fit(60, 40, 490, firm_name, "cond", 17, "B")
    doc.set_text_color(80)
    doc.fit(60, 62, 490, f"{firm.address}  ·  {print_phone(rng, firm.phone_e164)}  ·  "
            f"{firm.email}", "cond", 8.5)
    doc.set_text_color(0)
    doc.line(60, 78, 552, 78)
    y = 95
    doc.fit(60, y, 300, print_date(rng, t["date_reported"], "US", ("long",)), "serif", 11)
    y += 28
    for line in ("VIA E-MAIL AND CERTIFIED MAIL", f"{case.insurer}", "Property Claims Unit",
                 case.insurer_address):
        doc.fit(60, y, 490, line, "serif", 11)
        y += 14
    y += 12
    client = print_name(rng, t["claimant_name"], ("plain",))
    for label, value in (("Re:", f"Our client: {case.extra['honorific']}. {client}"),
                         ("", f"Policy No.: {t['policy_number']}"),
                         ("", f"Your Claim No.: {t['claim_number']}"),
                         ("", f"Date of Loss: {print_date(rng, t['date_of_loss'], 'US')}"),
                         ("", f"Loss Location: {t['incident_location']}")):
        doc.fit(60, y, 40, label, "serif", 11, "B")
        doc.fit(100, y, 450, value, "serif", 11, "B")
        y += 14
    y += 12
    doc.fit(60, y, 490, "Dear Claims Professional:", "serif", 11)
    contact = (f" Our client may also be reached directly at "
               f"{print_phone(rng, t['claimant_phone'])}." if t["claimant_phone"] else
               " Please direct all communication regarding this loss to this office.")
    text = [f"Please be advised that this firm has been retained by your insured, "
            f"{case.extra['honorific']}. {client} of {t['claimant_address']}, to "
            f"assist in the presentation of the above-referenced claim.{contact} A signed letter "
            "of representation is enclosed.",
            "Our client reports the following circumstances of loss:",
            t["incident_description"]]
    if items:
        text.append("We have prepared the following summary of the amounts due under the "
                    "policy:")
    y += 22
    for block in text:
        y = doc.para(60, y, 490, block, "serif", 11, gap=1.4) + 8
    if items:
        for item in items:
            doc.set_xy(80, y)
            doc.set_font("serif", "", 11)
            doc.cell(330, 15, item["description"])
            doc.cell(100, 15, print_money(rng, item["amount"], "USD"), align="R")
            y += 15
        doc.set_xy(80, y)
        doc.set_font("serif", "B", 11)
        doc.cell(330, 15, "Total amount claimed")
        doc.cell(100, 15, print_money(rng, t["claimed_amount"], "USD"), align="R")
        y += 26
        closing = "A sworn statement in proof of loss in that amount will follow."
    else:
        closing = (f"Our client therefore presents a claim in the amount of "
                   f"{print_money(rng, t['claimed_amount'], 'USD')}, supported by the enclosed "
                   "estimate, and requests payment within the statutory period.")
    y = doc.para(60, y, 490, closing + " Our fee agreement provides for "
                 f"{rng.choice((8, 10, 12))}% of the amounts recovered.", "serif", 11) + 20
    for line in ("Very truly yours,", "", firm.name, f"Licensed Public Adjuster, {firm_name}",
                 f"Direct: {print_phone(rng, firm.phone_e164)}"):
        doc.set_xy(60, y)
        doc.set_font("serif", "", 11)
        doc.cell(490, 14, line)
        y += 14
    doc.set_xy(60, y + 10)
    doc.set_font("serif", "I", 9)
    doc.cell(490, 12, f"cc: {client}; {case.agent.name}, {case.agent.company}")
    return case, doc.bytes()


def _mail_header(doc: Doc, rows: list[tuple[str, str]], y: float, family: str) -> float:
    for label, value in rows:
        doc.fit(50, y, 60, label, family, 9.5, "B")
        doc.fit(112, y, doc.w - 162, value, family, 9.5)
        y += 13
    return y + 8


def _stamp(rng: random.Random, iso: str, shift: int = 0) -> str:
    d = date.fromisoformat(iso) + timedelta(days=shift)
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at " \
           f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"


def forwarded_email(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Printout of Fwd: Fwd: - agent to intake, broker to agent, claimant's message at the end."""
    country = rng.choice(("US", "GB"))
    kind = rng.choice(("collision", "theft", "glass", "vandalism", "weather"))
    road, story = motor_story(rng, kind, country)
    town = fakes[country].city()
    police = f"{rng.choice(('CR', 'IR'))}/{rng.randint(10**5, 10**6 - 1)}/{rng.randint(24, 26)}" \
        if kind == "theft" or rng.random() < 0.3 else None
    vehicle = rng.random() < 0.7
    case = new_case(rng, fakes, country, insurer=rng.choice(("Tandem Motor", "Orbit Insurance")),
                    claim_number=f"TM{rng.randint(10**6, 10**7 - 1)}",
                    policy_number=f"{rng.choice(('AUT', 'MTR'))}/{rng.randint(10**5, 10**6 - 1)}",
                    incident_type=kind, location=f"{road}, {town}", description=story,
                    amount=Decimal(rng.randint(25000, 1800000)) / 100, vehicle=vehicle,
                    police=police, address=rng.random() < 0.7)
    t = case.truth
    agent, broker = case.agent, case.adjuster
    intake = f"claims@{case.insurer.split()[0].lower()}.co{'m' if country == 'US' else '.uk'}"
    doc = Doc("Letter" if country == "US" else "A4")
    doc.set_auto_page_break(True, 50)
    doc.add_page()
    family = rng.choice(("lsans", "sans"))
    doc.fit(50, 30, 300, f"Gmail - Fwd: Fwd: {rng.choice(('car claim', 'Claim', 'my car'))}",
            family, 8)
    subject = f"Fwd: Fwd: {rng.choice(('Accident - need to claim', 'Claim for my car', 'Damage'))}"
    y = _mail_header(doc, [("From:", f"{agent.name} <{agent.email}>"),
                           ("Sent:", _stamp(rng, t["date_reported"], rng.randint(1, 3))),
                           ("To:", intake), ("Subject:", subject)], 55, family)
    first = t["claimant_name"].split()[0]
    y = doc.para(50, y, doc.w - 100, f"Hi team, forwarding from {broker.company}. Client's "
                 f"claim reference is {t['claim_number']}. Please acknowledge. - {agent.name}, "
                 f"{print_phone(rng, agent.phone_e164)}", family, 10) + 10
    y = doc.para(50, y, doc.w - 100, "---------- Forwarded message ---------", family, 9.5)
    y = _mail_header(doc, [("From:", f"{broker.name} <{broker.email}>"),
                           ("Date:", _stamp(rng, t["date_reported"], rng.randint(0, 1))),
                           ("Subject:", subject[5:]), ("To:", f"{agent.name} <{agent.email}>")],
                     y + 4, family)
    y = doc.para(50, y, doc.w - 100, f"See below from {first}. I have told them to get the "
                 f"repair quote from {case.repairer.company} "
                 f"({print_phone(rng, case.repairer.phone_e164)}).", family, 10) + 10
    y = doc.para(50, y, doc.w - 100, "---------- Forwarded message ---------", family, 9.5)
    sender = t["claimant_email"]
    y = _mail_header(doc, [("From:", f"{print_name(rng, t['claimant_name'], ('plain',))} "
                                     f"<{sender}>"),
                           ("Date:", _stamp(rng, t["date_reported"])),
                           ("Subject:", subject[10:]),
                           ("To:", f"{broker.name} <{broker.email}>")], y + 4, family)
    when = print_date(rng, t["date_of_loss"], country, ("long", "short") if country == "US"
                      else ("long", "weekday"))
    vehicle_line = ""
    if vehicle:
        *mm, year = t["vehicle_make_model_year"].split()
        vehicle_line = f" It's the {year} {' '.join(mm)} (VIN {t['vehicle_vin']})."
    police_line = f" The police gave me reference {t['police_report_number']}." if police else ""
    body = [f"Hello {broker.name.split()[0]},",
            f"I need to make a claim on my policy {t['policy_number']}. It happened on {when} at "
            f"{t['incident_location']}.{vehicle_line}{police_line}",
            t["incident_description"],
            f"The garage has quoted {print_money(rng, t['claimed_amount'], t['currency'])} "
            "in total, so that is what I am claiming.",
            "Thanks,", t["claimant_name"]]
    if t["claimant_phone"]:
        body.append(print_phone(rng, t["claimant_phone"]))
    if t["claimant_address"]:
        body.append(t["claimant_address"])
    for block in body:
        y = doc.para(50, y, doc.w - 100, block, family, 10) + 6
    return case, doc.bytes()
