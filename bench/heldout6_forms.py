"""Held-out corpus 6: form layouts (a faxed hand-filled motor loss notice, a UK commercial
property notification)."""

from __future__ import annotations

import random
from decimal import Decimal

from faker import Faker

from bench.heldout6_kit import Doc, print_date, print_money, print_name, print_phone
from bench.heldout6_story import (
    PROPERTY_STORIES,
    Case,
    make_phone,
    motor_story,
    new_case,
    split_total,
)

INK = (20, 40, 150)


def mmy_parts(case: Case) -> tuple[str, str, str]:
    *make_model, year = case.truth["vehicle_make_model_year"].split()
    make = make_model[0]
    return make, " ".join(make_model[1:]), year


def _hand_rows(doc: Doc, y: float, rows: list[tuple[str, str]]) -> float:
    """Printed labels, values written by hand in blue ink on the line beside them."""
    for label, value in rows:
        doc.fit(50, y, 130, label, "lsans", 8)
        doc.set_text_color(*INK)
        doc.fit(185, y - 3, 375, value, "hand", 11)
        doc.set_text_color(0)
        doc.line(185, y + 11, 560, y + 11)
        y += 24
    return y


def fax_form(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Fax cover from the agent, then an auto loss notice filled in by hand."""
    kind = rng.choice(("collision", "collision", "vandalism", "glass", "weather"))
    road, story = motor_story(rng, kind, "US")
    city = fakes["US"].city()
    police = f"{rng.choice(('PPD', 'CHP', 'SPD', 'MPD'))}-{rng.randint(24, 26)}-" \
             f"{rng.randint(1000, 99999):05d}" if kind in ("collision", "vandalism") else None
    case = new_case(rng, fakes, "US", insurer=rng.choice(("Keystone Mutual", "Harbor Auto "
                                                          "Insurance Co.", "Prairie State Mutual")),
                    claim_number=f"KM{rng.randint(100000, 999999)}",
                    policy_number=f"PA-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                    incident_type=kind, location=f"{road}, {city}", description=story,
                    amount=Decimal(rng.randint(400, 9000)) + Decimal(rng.choice((0, 50))),
                    vehicle=True, police=police, email=rng.random() < 0.6)
    t, agent = case.truth, case.agent
    doc = Doc("Letter")
    doc.add_page()
    doc.set_font("lsans", "B", 30)
    doc.set_xy(50, 50)
    doc.cell(0, 36, "FAX")
    doc.fit(50, 95, 300, agent.company, "lsans", 12, "B")
    doc.fit(50, 110, 300, agent.address, "lsans", 9)
    doc.fit(50, 122, 300, f"Tel {print_phone(rng, agent.phone_e164)}   Fax "
            f"{print_phone(rng, make_phone(rng, 'US'))}", "lsans", 9)
    rows = (("To:", f"Claims Department, {case.insurer}"),
            ("Fax:", print_phone(rng, case.insurer_phone)),
            ("From:", f"{agent.name}, licensed agent"),
            ("Date:", print_date(rng, t["date_reported"], "US")),
            ("Re:", f"New auto loss - claim ref {t['claim_number']}"),
            ("Pages:", "2 (including cover)"))
    y = 170
    for label, value in rows:
        doc.fit(50, y, 70, label, "lsans", 11, "B")
        doc.fit(125, y, 420, value, "lsans", 11)
        doc.line(125, y + 15, 560, y + 15)
        y += 26
    doc.para(50, y + 20, 510, "Please find attached the loss notice completed by our insured. "
             f"Call me at {print_phone(rng, agent.phone_e164)} with any questions. "
             "CONFIDENTIALITY: this facsimile is intended only for the addressee.", "lsans", 10)
    doc.add_page()
    doc.fit(50, 40, 510, f"{case.insurer.upper()} - AUTOMOBILE LOSS NOTICE", "lsans", 14, "B")
    doc.fit(50, 58, 510, "Please print clearly in ink. Complete all sections.", "lsans", 8, "I")
    make, model, year = mmy_parts(case)
    fields = [("Policy number", t["policy_number"]),
              (rng.choice(("Name of insured", "Insured's name", "Name of claimant")),
               print_name(rng, t["claimant_name"], ("plain", "caps"))),
              ("Mailing address", t["claimant_address"]),
              ("Home / cell phone", print_phone(rng, t["claimant_phone"])),
              ("E-mail", t["claimant_email"] or ""),
              (rng.choice(("Date of accident", "Date of incident", "Date of loss")),
               print_date(rng, t["date_of_loss"], "US", ("num", "short"))),
              ("Time", f"{rng.randint(1, 12)}:{rng.choice(('05', '20', '40', '55'))} "
                       f"{rng.choice(('am', 'pm'))}"),
              ("Where did it happen", t["incident_location"])]
    y = _hand_rows(doc, 80, fields)
    doc.fit(50, y, 60, "Year", "lsans", 8)
    doc.fit(160, y, 60, "Make", "lsans", 8)
    doc.fit(300, y, 60, "Model", "lsans", 8)
    doc.set_text_color(*INK)
    for x, value in ((85, year), (195, make), (340, model)):
        doc.fit(x, y - 3, 100, value, "hand", 11)
    doc.set_text_color(0)
    y += 24
    doc.fit(50, y, 130, "Vehicle ID no. (VIN)", "lsans", 8)
    doc.set_text_color(*INK)
    doc.fit(185, y - 3, 300, "".join(c + " " for c in t["vehicle_vin"]).strip()
            if rng.random() < 0.3 else t["vehicle_vin"], "hand", 11)
    doc.set_text_color(0)
    y += 30
    doc.fit(50, y, 510, "Describe what happened:", "lsans", 8)
    doc.set_text_color(*INK)
    y = doc.para(50, y + 12, 510, t["incident_description"], "hand", 10.5, gap=1.6)
    doc.set_text_color(0)
    other = [("Police dept. / report #", f"{city} PD  {t['police_report_number']}"
              if police else "none called"),
             ("Witness name & phone", f"{case.witness.name}  "
                                      f"{print_phone(rng, case.witness.phone_e164)}"),
             ("Where can vehicle be seen", f"{case.repairer.company}, {case.repairer.address}"),
             (rng.choice(("Estimated amount of damage", "Amount sought", "Total claimed")),
               print_money(rng, t["claimed_amount"], "USD")),
             ("Signature of insured / date", f"{t['claimant_name']}    "
                                             f"{print_date(rng, t['date_reported'], 'US')}")]
    _hand_rows(doc, y + 14, other)
    doc.fit(50, 760, 510, f"Agent: {agent.name}  #{rng.randint(10000, 99999)}  "
            f"{print_phone(rng, agent.phone_e164)}", "lsans", 7)
    return case, doc.bytes()


def commercial_property(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """UK commercial property notification: header band, sole trader, schedule, adjuster block."""
    fake = fakes["GB"]
    kind = rng.choice(("fire", "water_damage", "weather", "theft", "vandalism"))
    trade = rng.choice(("Florist", "Bakery", "Hair Salon", "Cycle Shop", "Bookshop", "Deli"))
    business = f"{fake.last_name()}'s {trade}"
    rows = rng.sample(["Stock", "Shop fittings and shelving", "Buildings - decoration",
                       "Electronic equipment", "Business interruption (4 weeks)",
                       "Emergency contractor call-out"], rng.randint(2, 4))
    items = split_total(rng, rows, 150, 6000)
    police = f"CAD {rng.randint(1000, 9999)} {rng.randint(1, 28):02d}/" \
             f"{rng.randint(1, 12):02d}" if kind in ("theft", "vandalism") else None
    case = new_case(rng, fakes, "GB", insurer=rng.choice(("Northgate Commercial",
                                                          "Albion Business Insurance plc")),
                    claim_number=f"NC/{rng.randint(24, 26)}/{rng.randint(100000, 999999)}",
                    policy_number=f"CP {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                    incident_type=kind, location="", description=rng.choice(PROPERTY_STORIES[
                        kind]), line_items=items, police=police, email=rng.random() < 0.8)
    t = case.truth
    t["incident_location"] = t["claimant_address"]
    doc = Doc("A4")
    doc.add_page()
    doc.set_fill_color(0, 84, 119)
    doc.rect(0, 0, 595, 70, "F")
    doc.set_text_color(255)
    doc.fit(40, 18, 380, case.insurer, "sans", 18, "B")
    doc.fit(40, 44, 380, "Commercial Property - Notification of Loss", "sans", 10)
    doc.fit(400, 22, 160, f"Our ref: {t['claim_number']}", "sans", 9, "B")
    doc.fit(400, 38, 160, f"{rng.choice(('Claim lodged', 'Notified', 'Received'))}: "
            f"{print_date(rng, t['date_reported'], 'GB')}",
            "sans", 9)
    doc.set_text_color(0)
    y = 90

    def section(title: str) -> None:
        nonlocal y
        doc.set_fill_color(222, 232, 238)
        doc.rect(40, y, 515, 16, "F")
        doc.fit(46, y + 2, 500, title, "sans", 9, "B")
        y += 22

    def pair(label: str, value: str, x: float = 40, w: float = 515) -> None:
        doc.fit(x, y, w, label, "sans", 7)
        doc.fit(x, y + 9, w, value, "serif", 11)

    section("1  The insured")
    pair("Policy number", t["policy_number"], 40, 240)
    pair("Trading name", business, 300, 255)
    y += 28
    pair(rng.choice(("Insured party (full name)", "Policyholder", "Name of insured")),
         print_name(rng, t["claimant_name"]), 40, 240)
    pair("Telephone", print_phone(rng, t["claimant_phone"]), 300, 255)
    y += 28
    pair("Address of insured premises", t["claimant_address"])
    y += 28
    if t["claimant_email"]:
        pair("E-mail for correspondence", t["claimant_email"])
        y += 28
    section("2  The loss")
    pair(rng.choice(("Loss occurred on", "Date of loss", "Date of incident")),
         print_date(rng, t["date_of_loss"], "GB"), 40, 240)
    pair("Discovered by", rng.choice(("Insured", "Employee", "Neighbour")), 300, 255)
    y += 28
    doc.fit(40, y, 515, "Cause of loss (tick one)", "sans", 7)
    y += 11
    x = 40
    for label, key in (("Fire / smoke", "fire"), ("Escape of water", "water_damage"),
                       ("Storm / flood", "weather"), ("Theft / attempted theft", "theft"),
                       ("Malicious damage", "vandalism"), ("Other", "other")):
        doc.rect(x, y + 1, 8, 8)
        if key == kind:
            doc.fit(x + 1, y - 1, 8, "X", "sans", 8, "B")
        doc.fit(x + 11, y, 75, label, "sans", 7.5)
        x += 86
    y += 18
    doc.fit(40, y, 515, "Circumstances of the loss", "sans", 7)
    y = doc.para(40, y + 10, 515, t["incident_description"], "serif", 10.5) + 6
    if police:
        pair("Police crime / incident reference", t["police_report_number"])
        y += 28
    section("3  Schedule of loss")
    doc.fit(46, y, 300, "Heading", "sans", 8, "B")
    doc.fit(420, y, 130, "Amount (GBP)", "sans", 8, "B")
    y += 14
    for item in items:
        doc.fit(46, y, 360, item["description"], "serif", 10)
        doc.fit(420, y, 130, print_money(rng, item["amount"], "GBP", bare=True), "serif", 10)
        y += 14
    doc.line(420, y, 550, y)
    doc.fit(46, y + 3, 360, rng.choice(("Total amount sought", "Total claimed",
                                                   "Total of claim")), "serif", 10, "B")
    doc.fit(420, y + 3, 130, print_money(rng, t["claimed_amount"], "GBP"), "serif", 10, "B")
    y += 26
    section("4  Loss adjuster appointed")
    adj = case.adjuster
    for line in (f"{adj.name}, {adj.company}", adj.address,
                 f"T {print_phone(rng, adj.phone_e164)}   E {adj.email}"):
        doc.fit(46, y, 500, line, "sans", 9)
        y += 12
    y += 8
    doc.fit(40, y, 515, f"Broker: {case.agent.company}, {case.agent.address}, "
            f"{print_phone(rng, case.agent.phone_e164)}", "sans", 7.5)
    doc.fit(40, 800, 515, f"{case.insurer} | {case.insurer_address} | "
            f"{print_phone(rng, case.insurer_phone)}", "sans", 6.5)
    return case, doc.bytes()
