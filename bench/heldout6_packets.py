"""Held-out corpus 6: itemised layouts (a three-page motor packet with a police extract and a
body-shop estimate, a travel baggage claim with foreign receipts, a pet claim with a vet
invoice)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout6_kit import Doc, print_date, print_money, print_name, print_phone
from bench.heldout6_story import (
    Case,
    make_name,
    make_person,
    money,
    motor_story,
    new_case,
)


def _rows(doc: Doc, y: float, x: float, widths: tuple[float, ...], cells: list[str],
          family: str, size: float, style: str = "", fill: bool = False) -> float:
    doc.set_font(family, style, size)
    for i, (w, text) in enumerate(zip(widths, cells, strict=True)):
        doc.set_xy(x, y)
        doc.cell(w, size + 6, text, border=1, fill=fill, align="R" if i and i == len(
            cells) - 1 else "L")
        x += w
    return y + size + 6


def motor_packet(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Page 1 claim summary, page 2 police report extract, page 3 body-shop estimate."""
    road, story = motor_story(rng, "collision", "US")
    city = fakes["US"].city()
    parts = rng.sample([("Front bumper cover", 180, 690), ("Headlamp assy LH", 220, 980),
                        ("Hood panel", 300, 900), ("Fender RH", 150, 520),
                        ("Radiator support", 200, 640), ("Grille", 90, 330)], rng.randint(2, 4))
    rows = [{"description": f"PART {name}", "amount": money(Decimal(rng.randint(lo, hi)))}
            for name, lo, hi in parts]
    hours, rate = Decimal(rng.randint(40, 160)) / 10, Decimal(rng.choice((58, 64, 72, 85)))
    rows.append({"description": f"LABOR Body {hours} hrs @ ${rate}/hr",
                 "amount": money(hours * rate)})
    paint_h = Decimal(rng.randint(20, 60)) / 10
    rows.append({"description": f"PAINT Refinish {paint_h} hrs @ ${rate}/hr",
                 "amount": money(paint_h * rate)})
    rows.append({"description": "Paint materials", "amount": money(Decimal(rng.randint(90, 380)))})
    parts_total = sum(Decimal(r["amount"]) for r in rows[:len(parts)])
    tax_rate = Decimal(rng.choice(("6.25", "7.00", "8.25", "5.50")))
    tax = (parts_total * tax_rate / 100).quantize(Decimal("0.01"))
    subtotal = sum(Decimal(r["amount"]) for r in rows)
    report = f"{rng.choice(('MPD', 'CPD', 'HPD'))}{rng.randint(24, 26)}-" \
             f"{rng.randint(10**5, 10**6 - 1)}"
    case = new_case(rng, fakes, "US", insurer="Redwood Auto Assurance",
                    claim_number=f"RAA-{rng.randint(2025, 2026)}-{rng.randint(10**5, 10**6 - 1)}",
                    policy_number=f"RA{rng.randint(10**7, 10**8 - 1)}",
                    incident_type="collision", location=f"{road}, {city}", description=story,
                    line_items=rows, amount=subtotal + tax, vehicle=True, police=report)
    t = case.truth
    *mm, year = t["vehicle_make_model_year"].split()
    vehicle_text = f"{year} {' '.join(mm)}"
    doc = Doc("Letter")
    doc.add_page()
    doc.fit(50, 40, 500, "Redwood Auto Assurance", "serif", 20, "B")
    doc.fit(50, 66, 500, "Claim file summary - page 1 of 3", "serif", 10, "I")
    y = 100
    summary = [("Claim #", t["claim_number"]), ("Policy #", t["policy_number"]),
               (rng.choice(("Named insured", "Insured", "Claimant")),
                print_name(rng, t["claimant_name"])),
               ("Phone", print_phone(rng, t["claimant_phone"])),
               ("Email", t["claimant_email"]), ("Mailing address", t["claimant_address"]),
               (rng.choice(("Loss date", "Date of loss", "DOL")),
                print_date(rng, t["date_of_loss"], "US")),
               (rng.choice(("Notified", "Reported", "Claim lodged")),
                print_date(rng, t["date_reported"], "US")),
               ("Loss location", t["incident_location"]), ("Vehicle", vehicle_text),
               ("VIN", t["vehicle_vin"]), ("Police report", t["police_report_number"])]
    y = doc.pairs(50, y, summary, label_w=125, family="serif", size=10, step=16)
    doc.fit(50, y + 8, 500, "Insured's account", "serif", 10, "B")
    y = doc.para(50, y + 22, 510, t["incident_description"], "serif", 10) + 10
    doc.fit(50, y, 500, "Amount sought: per attached estimate, total "
            f"{print_money(rng, t['claimed_amount'], 'USD')}", "serif", 10, "B")
    doc.fit(50, 740, 500, f"Handling adjuster: {case.adjuster.name}, "
            f"{print_phone(rng, case.adjuster.phone_e164)}", "serif", 8)
    officer, other = case.officer, make_person(rng, fakes["US"], "US")
    doc.add_page()
    doc.fit(50, 40, 500, f"{city.upper()} POLICE DEPARTMENT", "mono", 14, "B")
    doc.fit(50, 58, 500, "TRAFFIC COLLISION REPORT - EXTRACT (NOT FOR RESALE)", "mono", 9)
    lines = [f"REPORT NO: {t['police_report_number']}",
             f"DATE/TIME: {print_date(rng, t['date_of_loss'], 'US', ('num',))} "
             f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d} HRS",
             f"LOCATION: {t['incident_location'].upper()}",
             f"REPORTING OFFICER: {officer.name.upper()}  BADGE #{rng.randint(1000, 9999)}",
             f"STATION: {officer.address.upper()} PH "
             f"{print_phone(rng, officer.phone_e164)}", "",
             f"UNIT 1 DRIVER: {print_name(rng, t['claimant_name'], ('last',)).upper()}",
             f"  VEH: {vehicle_text.upper()}  VIN {t['vehicle_vin']}",
             f"UNIT 2 DRIVER: {other.name.upper()}", f"  ADDR: {other.address.upper()}",
             f"  PH: {print_phone(rng, other.phone_e164)}", "", "OFFICER NARRATIVE:"]
    y = 84
    for line in lines:
        doc.fit(50, y, 510, line, "mono", 9)
        y += 13
    doc.para(50, y, 510, f"U1 AND U2 COLLIDED AT THE ABOVE LOCATION. U2 STATED HE DID NOT SEE "
             f"U1. NO INJURIES REPORTED. U2 CITED. WITNESS {case.witness.name.upper()} "
             f"({print_phone(rng, case.witness.phone_e164)}) CONFIRMED U1 ACCOUNT.", "mono", 9)
    shop = case.repairer
    doc.add_page()
    doc.set_fill_color(235, 235, 235)
    doc.fit(50, 40, 500, shop.company.upper() + " COLLISION CENTER", "lsans", 15, "B")
    doc.fit(50, 60, 500, f"{shop.address} | {print_phone(rng, shop.phone_e164)} | "
            f"{shop.email}", "lsans", 8)
    estimate_day = date.fromisoformat(t["date_reported"]) + timedelta(days=rng.randint(1, 6))
    doc.fit(50, 82, 500, f"PRELIMINARY ESTIMATE   Written {estimate_day.strftime('%m/%d/%Y')}"
            f"   Customer: {t['claimant_name']}   RO #{rng.randint(10000, 99999)}", "lsans", 9)
    doc.fit(50, 96, 500, f"Vehicle: {vehicle_text}   VIN: {t['vehicle_vin']}   Odometer: "
            f"{rng.randint(8000, 140000):,}", "lsans", 9)
    y = _rows(doc, 120, 50, (380, 130), ["Operation / description", "Amount"], "lsans", 9, "B",
              True)
    for row in rows:
        y = _rows(doc, y, 50, (380, 130), [row["description"], print_money(
            rng, row["amount"], "USD", bare=True)], "lsans", 9)
    for label, value, style in (("Subtotal", money(subtotal), ""),
                                (f"Sales tax {tax_rate}% (parts)", money(tax), ""),
                                ("TOTAL ESTIMATE", t["claimed_amount"], "B")):
        y = _rows(doc, y, 50, (380, 130), [label, print_money(rng, value, "USD")], "lsans", 9,
                  style)
    doc.para(50, y + 20, 510, "Supplements may follow on teardown. Estimator: "
             f"{make_name(rng, fakes['US'])}.", "lsans", 8)
    return case, doc.bytes()


RATES = {"EUR": (Decimal("0.85"), "€"), "USD": (Decimal("0.78"), "US$"),
         "THB": (Decimal("0.023"), "THB "), "JPY": (Decimal("0.0052"), "JPY ")}
TRIPS = (("Barcelona", "EUR", "Barcelona Sants railway station, Spain"),
         ("Lisbon", "EUR", "Rossio Square, Lisbon, Portugal"),
         ("New York", "USD", "JFK Airport Terminal 4, New York"),
         ("Bangkok", "THB", "Hua Lamphong station, Bangkok, Thailand"),
         ("Osaka", "JPY", "Shin-Osaka station, Osaka, Japan"))
BAG_ITEMS = ("Suitcase (hard shell)", "Prescription sunglasses", "Camera and lens", "Clothing",
             "Toiletries (replacement)", "Trainers", "E-reader", "Jacket")


def travel_baggage(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """UK travel baggage claim: receipts in the local currency, converted to sterling."""
    city, local, place = rng.choice(TRIPS)
    stolen = rng.random() < 0.6
    rate, sign = RATES[local]
    receipts = []
    for name in rng.sample(BAG_ITEMS, rng.randint(3, 5)):
        gbp = Decimal(rng.randint(1500, 42000)) / 100
        original = (gbp / rate).quantize(Decimal("1") if local in ("JPY", "THB")
                                         else Decimal("0.01"))
        gbp = (original * rate).quantize(Decimal("0.01"))
        receipts.append((name, original, gbp))
    items = [{"description": n, "amount": money(g)} for n, _, g in receipts]
    story = (f"My rucksack was stolen from beside my feet at {place.split(',')[0]} while I was "
             "buying tickets. It held the items listed below." if stolen else
             f"My checked suitcase did not arrive on the flight to {city} and the airline has "
             "now declared it lost. The contents are listed below.")
    police = f"{rng.choice(('BCN', 'LIS', 'NYPD', 'BKK', 'OSK'))}-{rng.randint(10**5, 10**6 - 1)}" \
        if stolen else None
    case = new_case(rng, fakes, "GB", insurer="Wayfarer Travel Insurance",
                    claim_number=f"WT{rng.randint(10**6, 10**7 - 1)}",
                    policy_number=f"WTI {rng.randint(100, 999)} {rng.randint(10**5, 10**6 - 1)}",
                    incident_type="theft" if stolen else "other",
                    location=place if stolen else f"{city} airport, baggage reclaim",
                    description=story, line_items=items, police=police,
                    email=rng.random() < 0.9, phone=True)
    t = case.truth
    loss = date.fromisoformat(t["date_of_loss"])
    doc = Doc("A4")
    doc.add_page()
    doc.set_draw_color(0, 110, 90)
    doc.set_line_width(2)
    doc.line(40, 70, 555, 70)
    doc.set_line_width(0.5)
    doc.fit(40, 30, 515, "Wayfarer Travel Insurance", "cond", 18, "B")
    doc.fit(40, 52, 515, "Baggage, personal effects & money - claim form", "cond", 10)
    fields = [("Certificate number", t["policy_number"]), ("Our claim ref.", t["claim_number"]),
              ("Name of claimant", print_name(rng, t["claimant_name"], ("plain", "caps"))),
              ("Home address", t["claimant_address"]),
              ("Contact number", print_phone(rng, t["claimant_phone"]))]
    if t["claimant_email"]:
        fields.append(("Email", t["claimant_email"]))
    out = loss - timedelta(days=rng.randint(1, 6))
    back = (loss + timedelta(days=rng.randint(2, 8))).isoformat()
    fields += [("Trip", f"{city}, departed {print_date(rng, out.isoformat(), 'GB')}, returned "
                        f"{print_date(rng, back, 'GB')}"),
               ("Tour operator / rep", f"{case.agent.company} - {case.agent.name}, "
                                       f"{print_phone(rng, case.agent.phone_e164)}"),
               (rng.choice(("Date of incident", "Date of loss or theft")),
                print_date(rng, t["date_of_loss"], "GB")),
               ("Where did it happen", t["incident_location"])]
    if stolen:
        fields.append(("Local police report no.", t["police_report_number"]))
    else:
        pir = f"{city[:3].upper()}{rng.choice(('BA', 'VS', 'IB'))}{rng.randint(10**4, 10**5 - 1)}"
        fields.append(("Airline property irregularity ref.", pir))
    y = doc.pairs(40, 85, fields, label_w=155, family="cond", size=10, step=16)
    doc.fit(40, y + 6, 515, "What happened?", "cond", 9, "B")
    y = doc.para(40, y + 20, 515, t["incident_description"], "cond", 10) + 12
    doc.set_fill_color(220, 238, 232)
    y = _rows(doc, y, 40, (200, 105, 105, 105), ["Item", f"Receipt ({local})", "Rate used",
                                                  "Claimed (GBP)"], "cond", 9, "B", True)
    for name, original, gbp in receipts:
        shown = f"{sign}{original:,.0f}" if local in ("JPY", "THB") else f"{sign}{original:,.2f}"
        y = _rows(doc, y, 40, (200, 105, 105, 105), [name, shown, f"{rate}",
                                                      f"{gbp:,.2f}"], "cond", 9)
    y = _rows(doc, y, 40, (410, 105), ["Total claimed (sterling)", print_money(
        rng, t["claimed_amount"], "GBP")], "cond", 9, "B")
    y += 18
    doc.para(40, y, 515, "Declaration: I declare that the information given is true and "
             "complete. Excess of £75 will be deducted by the insurer.", "cond", 8.5)
    doc.fit(40, y + 34, 515, f"Signed: {t['claimant_name']}     Date: "
            f"{print_date(rng, t['date_reported'], 'GB', ('slash', 'long'))}", "cond", 10)
    return case, doc.bytes()


def vet_claim(rng: random.Random, fakes: dict[str, Faker]) -> tuple[Case, bytes]:
    """Irish pet claim: owner's section, pet details, vet's section with an invoice."""
    injured = rng.random() < 0.5
    pet = rng.choice(("Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky"))
    species, breed = rng.choice((("Dog", "Labrador Retriever"), ("Dog", "Border Collie"),
                                 ("Cat", "Domestic Shorthair"), ("Dog", "Cocker Spaniel")))
    place = rng.choice(("Dollymount Strand, Dublin", "Phoenix Park, Dublin",
                        "Salthill Promenade, Galway"))
    story = (f"{pet} cut a front pad badly on broken glass while off the lead at {place}; the "
             "wound needed stitches under sedation." if injured else
             f"{pet} went off food and was vomiting for two days; the vet found a stomach "
             "infection and kept {pet} in overnight on a drip.".replace("{pet}", pet))
    lines = [("Consultation", 45, 75), ("Sedation", 80, 160), ("Wound repair / sutures", 120, 260),
             ("Antibiotics (7 days)", 18, 45), ("Pain relief", 15, 35)] if injured else \
        [("Consultation", 45, 75), ("Blood panel", 90, 180), ("Hospitalisation (1 night)", 150,
                                                                 280),
         ("IV fluids", 60, 120), ("Medication", 20, 60)]
    items = [{"description": n, "amount": money(Decimal(rng.randint(lo * 100, hi * 100)) / 100)}
             for n, lo, hi in lines[:rng.randint(3, 5)]]
    case = new_case(rng, fakes, "IE", insurer="Shamrock Pet Cover",
                    claim_number=f"PET-{rng.randint(10**5, 10**6 - 1)}",
                    policy_number=f"SPC{rng.randint(10**6, 10**7 - 1)}",
                    incident_type="injury" if injured else "other",
                    location=place if injured else "", description=story, line_items=items,
                    email=rng.random() < 0.8)
    t = case.truth
    if not injured:
        t["incident_location"] = None
    practice = case.repairer
    practice_name = f"{practice.company.split()[0]} Veterinary Clinic"
    doc = Doc("A4")
    doc.add_page()
    doc.set_fill_color(240, 228, 200)
    doc.rect(0, 0, 595, 56, "F")
    doc.fit(40, 14, 360, "Shamrock Pet Cover", "lsans", 17, "B")
    doc.fit(40, 36, 360, "Vet fee claim form", "lsans", 9)
    doc.fit(380, 16, 180, f"Claim no. {t['claim_number']}", "mono", 9, "B")
    doc.fit(380, 30, 180, f"Policy {t['policy_number']}", "mono", 9)
    y = 72
    doc.fit(40, y, 515, "PART A - TO BE COMPLETED BY THE POLICYHOLDER", "lsans", 10, "B")
    y += 18
    owner = [("Policyholder", print_name(rng, t["claimant_name"])),
             ("Address", t["claimant_address"]),
             ("Phone", print_phone(rng, t["claimant_phone"]))]
    if t["claimant_email"]:
        owner.append(("Email", t["claimant_email"]))
    dob = date.fromisoformat(t["date_of_loss"]) - timedelta(days=rng.randint(400, 3000))
    owner += [("Pet's name / species / breed", f"{pet} / {species} / {breed}"),
              ("Date of birth", print_date(rng, dob.isoformat(), "GB", ("slash",))),
              ("Microchip no.", f"{rng.randint(10**14, 10**15 - 1)}"),
              ("Date signs first noticed" if not injured else "Date of accident",
               print_date(rng, t["date_of_loss"], "GB"))]
    if injured:
        owner.append(("Where did the accident happen", place))
    y = doc.pairs(40, y, owner, label_w=175, family="lsans", size=10, step=15, label_style="")
    doc.fit(40, y + 4, 515, "Please describe the illness or injury", "lsans", 8.5)
    y = doc.para(40, y + 17, 515, t["incident_description"], "serif", 10.5) + 6
    doc.fit(40, y, 515, f"Signed {t['claimant_name']}    Date "
            f"{print_date(rng, t['date_reported'], 'GB', ('slash', 'dot', 'long'))}", "lsans",
            9)
    y += 28
    doc.fit(40, y, 515, "PART B - TO BE COMPLETED BY THE VETERINARY PRACTICE", "lsans", 10, "B")
    y += 18
    for line in (f"{practice_name}, {practice.address}",
                 f"Tel {print_phone(rng, practice.phone_e164)}   Attending vet: "
                 f"{practice.name} MVB MRCVS"):
        doc.fit(40, y, 515, line, "lsans", 9)
        y += 13
    treated = date.fromisoformat(t["date_of_loss"]) + timedelta(days=rng.randint(0, 2))
    y += 6
    y = _rows(doc, y, 40, (110, 300, 105), ["Date", "Treatment", "Amount"], "lsans", 9, "B",
              True)
    for item in items:
        y = _rows(doc, y, 40, (110, 300, 105), [treated.strftime("%d/%m/%Y"),
                                                 item["description"],
                                                 f"€{Decimal(item['amount']):,.2f}"], "lsans", 9)
    y = _rows(doc, y, 40, (410, 105), ["Invoice total (incl. VAT) - amount claimed",
                                        print_money(rng, t["claimed_amount"], "EUR")], "lsans",
              9, "B")
    vat = f"IE{rng.randint(10**6, 10**7 - 1)}{rng.choice('ABCDW')}"
    doc.fit(40, y + 14, 515, f"Practice stamp: {practice_name} - VAT no. {vat}", "lsans", 8)
    return case, doc.bytes()
