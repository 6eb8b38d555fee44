"""Held-out corpus 6: form layouts (faxed hand-filled motor form, commercial property
notification, two-party boxed motor form, web-portal printout)."""

from __future__ import annotations

import random
from decimal import Decimal

from faker import Faker

from bench.heldout6_kit import Doc, print_date, print_money, print_name, print_phone
from bench.heldout6_story import (
    CARS,
    PROPERTY_STORIES,
    Case,
    home_story,
    make_person,
    make_phone,
    make_vin,
    motor_story,
    new_case,
    split_total,
)

INK = (20, 40, 150)


def _mmy_parts(case: Case) -> tuple[str, str, str]:
    *make_model, year = case.truth["vehicle_make_model_year"].split()
    make = make_model[0]
    return make, " ".join(make_model[1:]), year


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
    make, model, year = _mmy_parts(case)
    fields = [("Policy number", doc_pol := t["policy_number"]),
              ("Name of insured", print_name(rng, t["claimant_name"], ("plain", "caps"))),
              ("Mailing address", t["claimant_address"]),
              ("Home / cell phone", print_phone(rng, t["claimant_phone"])),
              ("E-mail", t["claimant_email"] or ""),
              ("Date of accident", print_date(rng, t["date_of_loss"], "US", ("num", "short"))),
              ("Time", f"{rng.randint(1, 12)}:{rng.choice(('05', '20', '40', '55'))} "
                       f"{rng.choice(('am', 'pm'))}"),
              ("Where did it happen", t["incident_location"])]
    del doc_pol
    y = 80
    for label, value in fields:
        doc.fit(50, y, 130, label, "lsans", 8)
        doc.set_text_color(*INK)
        doc.fit(185, y - 3, 375, value, "hand", 11)
        doc.set_text_color(0)
        doc.line(185, y + 11, 560, y + 11)
        y += 24
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
             ("Estimated amount of damage", print_money(rng, t["claimed_amount"], "USD")),
             ("Signature of insured / date", f"{t['claimant_name']}    "
                                             f"{print_date(rng, t['date_reported'], 'US')}")]
    y += 14
    for label, value in other:
        doc.fit(50, y, 130, label, "lsans", 8)
        doc.set_text_color(*INK)
        doc.fit(185, y - 3, 375, value, "hand", 11)
        doc.set_text_color(0)
        doc.line(185, y + 11, 560, y + 11)
        y += 24
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
    doc.fit(400, 38, 160, f"Claim lodged: {print_date(rng, t['date_reported'], 'GB')}",
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
    pair("Insured party (full name)", print_name(rng, t["claimant_name"]), 40, 240)
    pair("Telephone", print_phone(rng, t["claimant_phone"]), 300, 255)
    y += 28
    pair("Address of insured premises", t["claimant_address"])
    y += 28
    if t["claimant_email"]:
        pair("E-mail for correspondence", t["claimant_email"])
        y += 28
    section("2  The loss")
    pair("Loss occurred on", print_date(rng, t["date_of_loss"], "GB"), 40, 240)
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
    doc.fit(46, y + 3, 360, "Total amount sought", "serif", 10, "B")
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


def two_party_boxes(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Boxed motor form: labels in shaded cells on the left, the insured then the other party."""
    country = rng.choice(("US", "GB"))
    road, story = motor_story(rng, "collision", country)
    town = fakes[country].city()
    police = f"{rng.choice(('RPT', 'INC', 'TR'))}{rng.randint(10**6, 10**7 - 1)}" \
        if rng.random() < 0.6 else None
    case = new_case(rng, fakes, country, insurer="Meridian Direct",
                    claim_number=f"MD-{rng.randint(10**7, 10**8 - 1)}",
                    policy_number=f"MDM{rng.randint(10**6, 10**7 - 1)}",
                    incident_type="collision", location=f"{road}, {town}", description=story,
                    amount=Decimal(rng.randint(90000, 1400000)) / 100, vehicle=True,
                    police=police, phone=rng.random() < 0.85, address=True)
    t = case.truth
    other = make_person(rng, fakes[country], country)
    wmi, make, models = rng.choice(CARS)
    other_vin = make_vin(rng, wmi, rng.randint(2010, 2024))
    doc = Doc("Letter" if country == "US" else "A4")
    width = doc.w - 80
    doc.add_page()
    doc.fit(40, 36, width, "MERIDIAN DIRECT  |  Motor Incident Report", "narrow", 16, "B")
    doc.fit(40, 56, width, f"Claim reference {t['claim_number']}    Reported "
            f"{print_date(rng, t['date_reported'], country)}", "narrow", 10)
    y = 80
    label_w = 150

    def box(label: str, value: str, height: float = 20) -> None:
        nonlocal y
        doc.set_fill_color(225, 225, 225)
        doc.rect(40, y, label_w, height, "DF")
        doc.rect(40 + label_w, y, width - label_w, height)
        doc.fit(44, y + 4, label_w - 8, label, "narrow", 9)
        doc.fit(44 + label_w, y + 4, width - label_w - 8, value, "lsans", 10)
        y += height

    def heading(text: str) -> None:
        nonlocal y
        y += 8
        doc.set_fill_color(60, 60, 60)
        doc.set_text_color(255)
        doc.rect(40, y, width, 16, "F")
        doc.fit(44, y + 2, width - 8, text, "narrow", 10, "B")
        doc.set_text_color(0)
        y += 16

    heading("SECTION A - YOUR DETAILS (POLICYHOLDER)")
    box("Name of claimant", print_name(rng, t["claimant_name"], ("plain", "last")))
    box("Policy no.", t["policy_number"])
    box("Home address", t["claimant_address"])
    if t["claimant_phone"]:
        box("Daytime telephone", print_phone(rng, t["claimant_phone"]))
    box("E-mail", t["claimant_email"])
    make_, model, year = _mmy_parts(case)
    box("Your vehicle", f"{year} {make_} {model}" if rng.random() < 0.5
        else f"{make_} {model}, {year}")
    box("VIN / chassis no.", t["vehicle_vin"])
    heading("SECTION B - OTHER PARTY")
    box("Driver's name", other.name)
    box("Address", other.address)
    box("Telephone", print_phone(rng, other.phone_e164))
    box("Their insurer / policy", f"{fakes[country].company()} Insurance / "
        f"{rng.choice('ABCDEFG')}{rng.randint(10**7, 10**8 - 1)}")
    box("Their vehicle", f"{make} {rng.choice(models)}, VIN {other_vin}")
    heading("SECTION C - THE INCIDENT")
    box("Date of incident", print_date(rng, t["date_of_loss"], country))
    box("Place", t["incident_location"])
    box("Police reference", t["police_report_number"] or "Not reported")
    doc.set_fill_color(225, 225, 225)
    doc.set_font("lsans", "", 10)
    lines = doc.multi_cell(width - label_w - 8, 13, t["incident_description"], dry_run=True,
                           output="LINES")
    height = 13 * len(lines) + 8
    doc.rect(40, y, label_w, height, "DF")
    doc.rect(40 + label_w, y, width - label_w, height)
    doc.fit(44, y + 4, label_w - 8, "What happened?", "narrow", 9)
    doc.para(44 + label_w, y + 4, width - label_w - 8, t["incident_description"], "lsans", 10,
             gap=1.3)
    y += height
    box("Witness", f"{case.witness.name}, {print_phone(rng, case.witness.phone_e164)}")
    box("Repairer chosen", f"{case.repairer.company}, {case.repairer.address}")
    box("Total claimed", print_money(rng, t["claimed_amount"], t["currency"]))
    y += 16
    doc.fit(40, y, width, "I declare the above is true. Signed: " + t["claimant_name"],
            "lsans", 9, "I")
    return case, doc.bytes()


def portal_printout(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Printout of an online-portal submission: field: value lines, call-centre footer."""
    country = rng.choice(("US", "IE"))
    kind = rng.choice(("water_damage", "weather", "fire", "theft"))
    town = fakes[country].city()
    case = new_case(rng, fakes, country, insurer=rng.choice(("Lumen Home", "BrightNest Insurance")),
                    claim_number=f"WEB{rng.randint(10**8, 10**9 - 1)}",
                    policy_number=f"HH-{rng.randint(10**5, 10**6 - 1)}-{rng.choice('ABC')}",
                    incident_type=kind, location="", description=home_story(rng, kind),
                    amount=Decimal(rng.randint(30000, 2500000)) / 100, email=True,
                    phone=rng.random() < 0.9)
    t = case.truth
    t["incident_location"] = t["claimant_address"] if rng.random() < 0.5 else \
        f"{t['claimant_address'].split(',')[0]}, {town}"
    first, *_, last = t["claimant_name"].split()
    middle = t["claimant_name"].split()[1:-1]
    stamp = f"{t['date_reported']} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:" \
            f"{rng.randint(0, 59):02d} UTC"
    doc = Doc("Letter" if country == "US" else "A4")
    doc.add_page()
    doc.fit(30, 20, 300, stamp, "lsans", 7)
    doc.fit(doc.w - 230, 20, 200, f"https://claims.{case.insurer.split()[0].lower()}.com/"
            "fnol/confirm", "lsans", 7)
    doc.fit(50, 50, 400, f"{case.insurer} - Submitted via online portal", "lsans", 15, "B")
    doc.fit(50, 72, 500, "Thank you. Your claim has been received and will be reviewed "
            "within 2 working days.", "lsans", 9)
    lines = [("Claim reference", t["claim_number"]), ("Policy", t["policy_number"]),
             ("First name", " ".join([first, *middle])), ("Last name", last),
             ("Email address", t["claimant_email"])]
    if t["claimant_phone"]:
        lines.append(("Mobile", print_phone(rng, t["claimant_phone"])))
    lines += [("Property address", t["claimant_address"]),
              ("What type of damage?", {"water_damage": "Escape of water / leak",
                                        "weather": "Storm or flood", "fire": "Fire or smoke",
                                        "theft": "Theft or burglary"}[kind]),
              ("When did it happen?", print_date(rng, t["date_of_loss"], country,
                                                 ("iso", "num" if country == "US" else "slash"))),
              ("Where did it happen?", t["incident_location"]),
              ("Tell us what happened", t["incident_description"]),
              ("Estimated cost", print_money(rng, t["claimed_amount"], t["currency"])),
              ("Preferred contractor", f"{case.repairer.company} "
                                       f"({print_phone(rng, case.repairer.phone_e164)})"),
              ("Submitted", stamp)]
    middle_rows = lines[-8:-4]
    rng.shuffle(middle_rows)
    lines[-8:-4] = middle_rows
    y = 100
    for label, value in lines:
        doc.fit(50, y, 150, f"{label}:", "lsans", 9.5, "B")
        y = max(y + 16, doc.para(205, y, doc.w - 255, value, "lsans", 9.5) + 4)
    doc.set_draw_color(150)
    doc.line(50, doc.h - 70, doc.w - 50, doc.h - 70)
    doc.fit(50, doc.h - 62, doc.w - 100, f"Questions? Call our claims line "
            f"{print_phone(rng, case.insurer_phone)} (24/7) or write to {case.insurer}, "
            f"{case.insurer_address}.", "lsans", 7.5)
    doc.fit(50, doc.h - 50, doc.w - 100, "Page 1 of 1", "lsans", 7)
    return case, doc.bytes()
