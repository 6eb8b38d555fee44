"""Held-out corpus 6: a boxed two-party motor form (labels in shaded cells on the left) and a
printout of an online-portal submission."""

from __future__ import annotations

import random
from decimal import Decimal

from faker import Faker

from bench.heldout6_forms import mmy_parts
from bench.heldout6_kit import Doc, print_date, print_money, print_name, print_phone
from bench.heldout6_story import (
    CARS,
    Case,
    home_story,
    make_person,
    make_vin,
    motor_story,
    new_case,
)


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
    doc.fit(40, 56, width, f"Claim reference {t['claim_number']}    "
            f"{rng.choice(('Reported', 'Claim lodged', 'Notified on'))} "
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
    box(rng.choice(("Name of claimant", "Policyholder name", "Insured driver")),
        print_name(rng, t["claimant_name"], ("plain", "last")))
    box(rng.choice(("Policy no.", "Policy / certificate no.")), t["policy_number"])
    box(rng.choice(("Home address", "Address (incl. postcode)")), t["claimant_address"])
    if t["claimant_phone"]:
        box("Daytime telephone", print_phone(rng, t["claimant_phone"]))
    box("E-mail", t["claimant_email"])
    make_, model, year = mmy_parts(case)
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
    box(rng.choice(("Date of incident", "Accident date", "Loss occurred on")),
        print_date(rng, t["date_of_loss"], country))
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
    box(rng.choice(("Total claimed", "Amount sought", "Total of your claim")),
        print_money(rng, t["claimed_amount"], t["currency"]))
    y += 16
    doc.fit(40, y, width, "I declare the above is true. Signed: " + t["claimant_name"],
            "lsans", 9, "I")
    return case, doc.bytes()


def portal_printout(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Printout of an online-portal submission: field: value lines, call-centre footer."""
    country = rng.choice(("US", "IE"))
    kind = rng.choice(("water_damage", "weather", "fire", "theft"))
    case = new_case(rng, fakes, country, insurer=rng.choice(("Lumen Home", "BrightNest Insurance")),
                    claim_number=f"WEB{rng.randint(10**8, 10**9 - 1)}",
                    policy_number=f"HH-{rng.randint(10**5, 10**6 - 1)}-{rng.choice('ABC')}",
                    incident_type=kind, location="", description=home_story(rng, kind),
                    amount=Decimal(rng.randint(30000, 2500000)) / 100, email=True,
                    phone=rng.random() < 0.9)
    t = case.truth
    t["incident_location"] = t["claimant_address"]  # the insured home
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
              (rng.choice(("When did it happen?", "Date of loss", "Date of incident")),
                print_date(rng, t["date_of_loss"], country,
                                                 ("iso", "num" if country == "US" else "slash"))),
              ("Where did it happen?", t["incident_location"]),
              ("Tell us what happened", t["incident_description"]),
              (rng.choice(("Estimated cost", "Amount you are claiming", "Total claimed")),
                print_money(rng, t["claimed_amount"], t["currency"])),
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
