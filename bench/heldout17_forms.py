"""Held-out corpus 17 forms: a two-page claim booklet, a dotted-leader form and a travel claim."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from bench.heldout17_case import Case
from bench.heldout17_kit import SANS, SERIF, Page, a_date, format_date, money, new_page
from bench.heldout17_story import cost, tell_motor


def _d(case: Case, key: str, style: str) -> str:
    return format_date(case.day(key), style)


def grid(pdf: Page, y: float, cells: list[tuple[str, str]], cols: int = 3, h: float = 11) -> float:
    """Boxes with the label above the value, `cols` a row; returns the y below."""
    w = 180 / cols
    for i, (label, value) in enumerate(cells):
        x, top = 15 + (i % cols) * w, y + (i // cols) * h
        pdf.box(x, top, w, h)
        pdf.put(x + 1.2, top + 3.2, label, 6.5, "B", width=w - 2.4)
        pdf.put(x + 1.5, top + 8.6, value or "", 9.5, width=w - 3)
    return y + ((len(cells) + cols - 1) // cols) * h


def section(pdf: Page, y: float, title: str) -> float:
    pdf.box(15, y, 180, 6, fill=225)
    pdf.put(17, y + 4.3, title, 9, "B")
    return y + 8


def booklet_form(case: Case) -> bytes:
    tell_motor(case)
    rng, t, c = case.rng, case.truth, case.claimant
    style = a_date(rng)
    pdf = Page(rng.choice(SANS))
    pdf.header_lines = [f"{case.insurer}  |  Motor claim booklet  |  Policy {t['policy_number']}"
                        f"  |  Claims helpline {case.helpline} (24 hours)"]
    new_page(pdf)
    pdf.put(15, 24, "Motor Claim Form", 18, "B")
    pdf.put(195, 24, f"Form MC-{rng.randint(10, 99)}  rev. 03/25", 7.5, align="R")
    broker = case.decoys[0]
    y = section(pdf, 30, "1. Policyholder")
    y = grid(pdf, y, [("Policy number", t["policy_number"]),
                      ("Claim number (office use)", t["claim_number"] or ""),
                      ("Policy period from", format_date(case.policy_start, style)),
                      ("Full name of policyholder", c.name.upper() if rng.random() < 0.4
                       else c.name), ("Date of birth", format_date(
                           date(1960 + rng.randint(0, 40), rng.randint(1, 12), rng.randint(1, 28)),
                           style)),
                      ("Occupation", rng.choice(("Teacher", "Electrician", "Nurse", "Accountant"))),
                      ("Mobile / daytime telephone", c.phone), ("E-mail", c.email),
                      ("Excess", money(case.excess, case.currency, rng))])
    pdf.box(15, y, 180, 11)
    pdf.put(16.2, y + 3.2, "Home address", 6.5, "B")
    pdf.put(16.5, y + 8.6, c.address, 9.5)
    y = section(pdf, y + 14, "2. Your vehicle")
    y = grid(pdf, y, [("Make, model and year", t["vehicle_make_model_year"]),
                      ("Vehicle identification number (VIN)", t["vehicle_vin"]),
                      ("Registration", f"{rng.choice('ABKLMS')}{rng.randint(10, 99)} "
                                       f"{rng.choice(('KXR', 'DFE', 'PLM', 'ZTA'))}")])
    y = section(pdf, y + 3, "3. Broker or agent (if any)")
    y = grid(pdf, y, [("Broker", f"{broker.name}, Northgate Brokers"), ("Broker telephone",
                      broker.phone), ("Broker e-mail", broker.email)])
    pdf.put(15, 285, "Please continue overleaf. Page 1 of 2", 7.5)
    new_page(pdf)
    y = section(pdf, 22, "4. Loss details")
    kind = t["incident_type"]
    y = grid(pdf, y, [("Date of incident", _d(case, "date_of_loss", style)),
                      ("Time", f"{rng.randint(6, 22):02d}:{rng.choice(('05', '20', '40'))}"),
                      ("Cause (tick)", {"collision": "[X] Accident", "theft": "[X] Theft",
                                        "vandalism": "[X] Malicious damage",
                                        "glass": "[X] Windscreen / glass",
                                        "weather": "[X] Storm / hail"}[kind])])
    pdf.box(15, y, 180, 11)
    pdf.put(16.2, y + 3.2, "Where did it happen?", 6.5, "B")
    pdf.put(16.5, y + 8.6, t["incident_location"], 9.5)
    pdf.box(15, y + 11, 180, 26)
    pdf.put(16.2, y + 14.2, "Describe what happened", 6.5, "B")
    pdf.para(16.5, y + 16, 177, t["incident_description"], 9.5)
    y = section(pdf, y + 40, "5. Police")
    y = grid(pdf, y, [("Reported to police?", "Yes" if t["police_report_number"] else "No"),
                      ("Crime / incident reference", t["police_report_number"] or "N/A"),
                      ("Station", rng.choice(("Central", "North", "Harbour")) if
                       t["police_report_number"] else "")])
    y = section(pdf, y + 3, "6. Witness")
    w = case.decoys[1]
    y = grid(pdf, y, [("Name", w.name), ("Telephone", w.phone), ("Address", w.address)],
             h=11)
    y = section(pdf, y + 3, "7. Cost of repair")
    if t["line_items"]:
        for item in t["line_items"]:
            pdf.put(17, y + 4, item["description"], 9.5)
            pdf.put(193, y + 4, money(Decimal(item["amount"]), case.currency, rng), 9.5,
                    align="R")
            y += 5.5
    pdf.put(17, y + 5, "Total amount claimed", 9.5, "B")
    pdf.put(193, y + 5, money(Decimal(t["claimed_amount"]), case.currency, rng), 9.5, "B",
            align="R")
    y = section(pdf, y + 10, "8. Declaration")
    y = pdf.para(16, y, 178, "I declare that the information given is true and complete to the"
                 " best of my knowledge. I understand that the excess shown on my schedule will"
                 " be deducted from any settlement.", 8.5)
    grid(pdf, y + 2, [("Signature", c.name),
                      ("Date signed", _d(case, "date_reported", style)),
                      ("Printed", format_date(case.day("date_reported") + timedelta(days=3),
                                              style))])
    pdf.put(15, 285, "Page 2 of 2", 7.5)
    return pdf.result()


def leader(pdf: Page, y: float, label: str, value: str, x: float = 15, end: float = 195,
           wrap: bool = False) -> float:
    """`label ......... value`; a long question's answer continues on the next line."""
    pdf.put(x, y, label, 9.5)
    start = x + pdf.get_string_width(label) + 1.5
    if wrap:
        pdf.dotted(start, end, y + 0.6)
        pdf.put(x + 4, y + 6, value, 9.5, width=end - x - 6)
        pdf.dotted(x + 4, end, y + 6.6)
        return y + 12
    pdf.dotted(start, end, y + 0.6)
    pdf.put(start + 2, y - 0.8, value, 9.5, width=end - start - 2)
    return y + 7


def leader_answers(case: Case) -> bytes:
    tell_motor(case, ("collision", "collision", "collision"))
    rng, t, c = case.rng, case.truth, case.claimant
    style, pdf = a_date(rng), Page(rng.choice(SERIF + SANS))
    other, witness, handler = case.decoys[0], case.decoys[1], case.decoys[2]
    new_page(pdf)
    pdf.put(15, 20, case.insurer, 13, "B")
    pdf.put(15, 26, "Accident Report and Claim Form", 11)
    pdf.put(195, 20, f"Claims line {case.helpline}", 9, align="R")
    y = 36
    y = leader(pdf, y, "Policy No.", t["policy_number"], end=105)
    leader(pdf, y - 7, "Claim No.", t["claim_number"] or "", x=110)
    y = leader(pdf, y, "Name of insured", c.name, end=125)
    leader(pdf, y - 7, "D.O.B.", format_date(date(1950 + rng.randint(0, 50), rng.randint(1, 12),
                                                  rng.randint(1, 28)), style), x=130)
    y = leader(pdf, y, "Address", c.address)
    y = leader(pdf, y, "Phone", c.phone, end=90)
    leader(pdf, y - 7, "E-mail", c.email, x=95)
    y = leader(pdf, y, "Vehicle (make, model, year)", t["vehicle_make_model_year"], end=120)
    leader(pdf, y - 7, "Excess", money(case.excess, case.currency, rng), x=125)
    y = leader(pdf, y, "VIN / chassis number", t["vehicle_vin"])
    y = leader(pdf, y, "On what date did the accident happen?", _d(case, "date_of_loss", style))
    y = leader(pdf, y, "Where exactly did the accident happen (road, town and nearest landmark)?",
               t["incident_location"], wrap=True)
    pdf.put(15, y, "Please describe how the accident happened:", 9.5)
    y = pdf.para(15, y + 2, 180, t["incident_description"], 9.5) + 5
    y = leader(pdf, y, "Were the police called, and if so what is their reference number?",
               t["police_report_number"] or "No, police not called", wrap=True)
    pdf.put(15, y + 1.5, "Third party", 10.5, "B")
    y = leader(pdf, y + 8.5, "Driver's name", other.name, end=120)
    leader(pdf, y - 7, "Tel.", other.phone, x=125)
    y = leader(pdf, y, "Address", other.address)
    y = leader(pdf, y, "Their insurer", rng.choice(("Penrose Direct", "Larkfield Assurance")),
               end=110)
    leader(pdf, y - 7, "Their policy", f"TP{rng.randint(1000000, 9999999)}", x=115)
    pdf.put(15, y + 1.5, "Independent witness", 10.5, "B")
    y = leader(pdf, y + 8.5, "Name", witness.name, end=110)
    leader(pdf, y - 7, "Tel.", witness.phone, x=115)
    y = leader(pdf, y, "Address", witness.address)
    y = leader(pdf, y, "What is the total amount you are claiming, including all repairs?",
               money(Decimal(t["claimed_amount"]), case.currency, rng), wrap=True)
    if t["line_items"]:
        for item in t["line_items"]:
            y = leader(pdf, y, f"   {item['description']}",
                       money(Decimal(item["amount"]), case.currency, rng), end=150)
    y = leader(pdf, y + 2, "Signed", c.name, end=110)
    leader(pdf, y - 7, "Date", _d(case, "date_reported", style), x=115)
    pdf.put(15, 287, f"Office use: received by {handler.name}, ext. {rng.randint(200, 499)}",
            7.5)
    return pdf.result()


def travel_claim(case: Case) -> bytes:
    rng, t, c = case.rng, case.truth, case.claimant
    kind = rng.choice(("baggage", "cancel", "medical"))
    places = ("Lisbon, Portugal", "Bali, Indonesia", "Split, Croatia", "Tenerife, Spain",
              "Queenstown, New Zealand", "Phuket, Thailand")
    where = rng.choice(places)
    names = {"baggage": ("Suitcase", "Clothing", "Camera", "Toiletries", "Sunglasses"),
             "cancel": ("Flights (non-refundable)", "Hotel deposit", "Tour booking"),
             "medical": ("Hospital emergency fee", "Doctor's consultation", "Medication",
                         "Taxi to hospital")}[kind]
    text = {"baggage": f"My checked suitcase was stolen from the baggage hall on arrival in"
                       f" {where}; it contained my clothes and camera.",
            "cancel": "We had to cancel the trip because my mother was admitted to hospital"
                      " two days before departure.",
            "medical": f"I slipped on wet steps at the hotel in {where} and broke my wrist; I"
                       f" was treated at the local hospital."}[kind]
    t.update(incident_type={"baggage": "theft", "cancel": "other", "medical": "injury"}[kind],
             incident_description=text,
             incident_location=where if kind != "cancel" else c.address)
    cost(case, names, 40, 900, itemise=True)
    # A cancelled trip is cancelled before it starts; other losses happen during it.
    depart = case.day("date_of_loss") + timedelta(days=2) if kind == "cancel" else \
        case.day("date_of_loss") - timedelta(days=rng.randint(0, 6))
    style, pdf = a_date(rng), Page(rng.choice(SANS))
    new_page(pdf)
    pdf.put(15, 20, f"{case.insurer}  -  Travel Insurance Claim", 14, "B")
    pdf.put(15, 26, f"Emergency assistance {case.helpline}", 8.5)
    y = section(pdf, 32, "Section A - Claimant")
    y = grid(pdf, y, [("Policy / certificate number", t["policy_number"]),
                      ("Claim reference", t["claim_number"] or "To be allocated"),
                      ("Claimant name", c.name), ("Phone", c.phone), ("Email", c.email),
                      ("Excess", money(case.excess, case.currency, rng))])
    pdf.box(15, y, 180, 11)
    pdf.put(16.2, y + 3.2, "Home address", 6.5, "B")
    pdf.put(16.5, y + 8.6, c.address, 9.5)
    y = section(pdf, y + 14, "Section B - Trip")
    y = grid(pdf, y, [("Departure date", format_date(depart, style)),
                      ("Return date", format_date(depart + timedelta(days=14), style)),
                      ("Destination", where),
                      ("Date of incident", _d(case, "date_of_loss", style)),
                      ("Airline", rng.choice(("Aer Lingus", "Qantas", "Air New Zealand",
                                              "British Airways"))),
                      ("Property irregularity report", f"{rng.choice(('LIS', 'DPS', 'SPU'))}"
                       f"{rng.choice(('EI', 'QF', 'NZ', 'BA'))}{rng.randint(10000, 99999)}"
                       if kind == "baggage" else "n/a")])
    pdf.box(15, y, 180, 11)
    pdf.put(16.2, y + 3.2, "Place of incident", 6.5, "B")
    pdf.put(16.5, y + 8.6, t["incident_location"], 9.5)
    pdf.put(16.2, y + 15, "What happened?", 8, "B")
    y = pdf.para(16.2, y + 17, 178, text, 9.5) + 3
    y = section(pdf, y, "Section C - Items / costs claimed (receipts attached)")
    pdf.put(17, y + 3, "Description", 8.5, "B")
    pdf.put(120, y + 3, "Receipt date", 8.5, "B")
    pdf.put(193, y + 3, f"Amount ({case.currency})", 8.5, "B", align="R")
    y += 8
    for item in t["line_items"]:
        pdf.put(17, y, item["description"], 9.5)
        pdf.put(120, y, format_date(depart - timedelta(days=rng.randint(20, 400)), style), 9.5)
        pdf.put(193, y, money(Decimal(item["amount"]), case.currency, rng), 9.5, align="R")
        y += 6
    pdf.rule(120, y - 3.5, 195, y - 3.5)
    pdf.put(120, y + 1, "Total claimed", 9.5, "B")
    pdf.put(193, y + 1, money(Decimal(t["claimed_amount"]), case.currency, rng), 9.5, "B",
            align="R")
    pdf.put(120, y + 7, "Sum insured (baggage)", 8.5)
    pdf.put(193, y + 7, money(Decimal("3000.00"), case.currency, rng), 8.5, align="R")
    agent = case.decoys[0]
    y = section(pdf, y + 12, "Section D - Travel agent")
    y = grid(pdf, y, [("Agent", agent.name), ("Agent phone", agent.phone),
                      ("Agent email", agent.email)])
    y = section(pdf, y + 3, "Declaration")
    grid(pdf, y, [("Signature", c.name), ("Date", _d(case, "date_reported", style))], cols=2)
    return pdf.result()
