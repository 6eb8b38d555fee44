"""Held-out corpus 5: a German household contents claim (bilingual labels, 1.234,56 €,
dd.mm.yyyy, +49) and a UK motor claim form (numbered questions, £, +44, registration and VIN)."""

from __future__ import annotations

import random

from faker import Faker
from fpdf import FPDF

from bench.heldout5_case import build_case, drop
from bench.heldout5_data import Case, group, print_date, print_money, print_phone
from bench.heldout5_kit import at, checkbox, heading_bar, new_pdf, para

EU_TYPES = ["water_damage", "water_damage", "fire", "theft", "weather", "vandalism", "glass"]


def home_eu(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """Household contents claim from a German insurer: a contents list and European formats."""
    case = build_case(rng, fakes["DE"], region="DE", kind="home", claim_fmt="S-{Y}-######",
                      policy_fmt=rng.choice(["HR ### ### ###", "HRV-#######"]),
                      incident=rng.choice(EU_TYPES), n_items=rng.randint(2, 6), police=0.8)
    t, c, a = case.truth, case.claimant, case.agent
    pdf = new_pdf(rng.choice(["dejavu", "dejavucond"]))
    style = rng.randint(0, 9)
    ins = case.insurer
    at(pdf, 18, 12, ins.company, 13, "B")
    at(pdf, 18, 18, f"{ins.street} · {ins.city_line} · Tel. {print_phone(ins.phone, 0)}", 7.5)
    at(pdf, 18, 27, "Schadenanzeige Hausrat / Household contents claim", 12, "B")
    y = 35.0

    def pair(x: float, y: float, w: float, de: str, en: str, value: str) -> None:
        pdf.rect(x, y, w, 12)
        at(pdf, x + 1.2, y + 0.6, f"{de} / {en}", 6.5, "I")
        if value:
            pdf.set_font(size=9.5)
            size = 9.5 if pdf.get_string_width(value) < w - 3 else 8
            at(pdf, x + 1.5, y + 5.5, value, size)

    pair(18, y, 87, "Versicherungsschein-Nr.", "Policy no.", t["policy_number"])
    pair(105, y, 87, "Schaden-Nr.", "Claim no.", t["claim_number"])
    y += 12
    pair(18, y, 87, "Vermittler", "Broker", f"{a.name}, Tel. {print_phone(a.phone, 1)}")
    pair(105, y, 87, "IBAN für Zahlung", "IBAN for payment",
         f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
         f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}")
    y += 16
    heading_bar(pdf, 18, y, 174, "Versicherungsnehmer / Policyholder")
    y += 6
    pair(18, y, 87, "Name, Vorname", "Surname, first name",
         f"{c.name.rsplit(' ', 1)[1]}, {c.name.rsplit(' ', 1)[0]}")
    pair(105, y, 87, "Telefon", "Phone", print_phone(c.phone, style))
    y += 12
    pair(18, y, 87, "Anschrift", "Address", c.address)
    pair(105, y, 87, "E-Mail", "E-mail", c.email)
    y += 16
    heading_bar(pdf, 18, y, 174, "Schaden / Loss")
    y += 6
    pair(18, y, 87, "Schadentag", "Date of loss", print_date(case.dol, "DE", style))
    pair(105, y, 87, "Uhrzeit", "Time", case.time_of_loss)
    y += 12
    pair(18, y, 174, "Schadenort", "Place of loss", t["incident_location"])
    y += 12
    pdf.rect(18, y, 174, 10)
    at(pdf, 19.2, y + 0.6, "Schadenart / Cause", 6.5, "I")
    x = 20.0
    for key, label in [("fire", "Feuer"), ("water_damage", "Leitungswasser"),
                       ("weather", "Sturm / Hagel"), ("theft", "Einbruchdiebstahl"),
                       ("vandalism", "Vandalismus"), ("glass", "Glasbruch"),
                       ("other", "Sonstiges")]:
        x = checkbox(pdf, x, y + 4.6, label, key == t["incident_type"], 8)
    y += 10
    pdf.rect(18, y, 174, 20)
    at(pdf, 19.2, y + 0.6, "Schadenhergang / What happened", 6.5, "I")
    para(pdf, 19.5, y + 5, 171, t["incident_description"], 9.5)
    y += 20
    if t["police_report_number"]:
        pair(18, y, 87, "Polizei, Aktenzeichen", "Police reference", t["police_report_number"])
        pair(105, y, 87, "Dienststelle", "Police station",
             f"Polizeirevier {c.city_line.split()[-1]}")
        y += 12
    y += 4
    heading_bar(pdf, 18, y, 174, "Aufstellung der Schäden / List of damaged items")
    y += 7
    heads = [(18, 10, "Nr."), (28, 106, "Gegenstand / Item"), (134, 22, "Jahr / Year"),
             (156, 36, "Betrag / Amount EUR")]
    for x, w, head in heads:
        pdf.rect(x, y, w, 6)
        at(pdf, x + 1, y + 1.2, head, 7.5, "B")
    y += 6
    for n, (desc, amount) in enumerate(case.items, 1):
        values = [str(n), desc, str(rng.randint(2015, 2025)), group(amount, ".", ",")]
        for (x, w, _), value in zip(heads, values, strict=True):
            pdf.rect(x, y, w, 6)
            pdf.set_font(size=9)
            left = x + w - 1.5 - pdf.get_string_width(value) if x == 156 else x + 1.2
            at(pdf, left, y + 1.2, value, 9)
        y += 6
    at(pdf, 84, y + 2, "Gesamtschaden / Total claimed:", 9.5, "B")
    total = print_money(case.amount, "EUR", style)
    pdf.set_font(size=9.5, style="B")
    at(pdf, 190.5 - pdf.get_string_width(total), y + 2, total, 9.5, "B")
    y += 14
    town = c.city_line.split(" ", 1)[1]
    at(pdf, 18, y, f"{town}, {print_date(case.reported, 'DE', 0)}", 10)
    pdf.line(110, y + 5, 190, y + 5)
    at(pdf, 18, y + 5.5, "Ort, Datum / Place, date", 6.5, "I")
    at(pdf, 110, y + 5.5, "Unterschrift / Signature", 6.5, "I")
    return pdf, case


def uk_motor(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """A UK motor claim form: numbered questions in a grey label column, third party details."""
    case = build_case(rng, fakes["UK"], region="UK", kind="motor", claim_fmt="MC########",
                      policy_fmt=rng.choice(["TMI/######", "CD-@@-#####"]),
                      incident=rng.choice(["collision", "collision", "glass", "theft", "weather",
                                           "vandalism"]), police=0.6)
    t, c = case.truth, case.claimant
    pdf = new_pdf(rng.choice(["helvetica", "dejavu", "dejavucond"]))
    style = rng.randint(0, 9)
    at(pdf, 18, 12, case.insurer.company, 13, "B")
    at(pdf, 140, 12, "MOTOR CLAIM FORM", 11, "B")
    at(pdf, 18, 18, f"Claims helpline {print_phone(case.insurer.phone, 1)} · "
       f"{case.insurer.street}, {case.insurer.city_line}" if pdf.font_family != "helvetica" else
       f"Claims helpline {print_phone(case.insurer.phone, 1)} - {case.insurer.city_line}", 7.5)
    y = 25.0
    q = 0

    def question(text: str, answer: str) -> None:
        nonlocal y, q
        q += 1
        pdf.set_font(size=9)
        lines = max(1, len(pdf.multi_cell(101, 4.6, answer, dry_run=True, output="LINES")))
        h = 4.6 * lines + 2.4
        pdf.set_fill_color(232, 232, 232)
        pdf.rect(18, y, 70, h, style="DF")
        pdf.rect(88, y, 104, h)
        at(pdf, 19.5, y + 1.2, f"{q}. {text}", 8.5)
        pdf.set_font(size=9)
        pdf.set_xy(89.5, y + 1.1)
        pdf.multi_cell(101, 4.6, answer, align="L")
        y += h

    def section(title: str) -> None:
        nonlocal y
        y += 2.5
        heading_bar(pdf, 18, y, 174, title, grey=190)
        y += 6

    make, model, year = case.car  # type: ignore[misc]
    with_vin = rng.random() < 0.75
    section("SECTION 1 - YOUR DETAILS")
    question(rng.choice(["Policy number", "Certificate of insurance no."]), t["policy_number"])
    question("Claim reference (if known)", t["claim_number"])
    title = rng.choice(["Mr", "Mrs", "Ms", "Dr"])
    question(rng.choice(["Your full name", "Name of policyholder"]), f"{title} {c.name}")
    question("Address and postcode", c.address)
    question("Daytime telephone", print_phone(c.phone, style))
    question("Email address", c.email)
    section("SECTION 2 - YOUR VEHICLE")
    question("Registration mark", case.plate or "")
    question("Make and model", f"{make} {model}")
    question("Year of manufacture", str(year))
    if with_vin:
        question("VIN / chassis number", t["vehicle_vin"])
    else:
        drop(case, "vehicle_vin")
    section("SECTION 3 - THE INCIDENT")
    question(rng.choice(["When did it happen?", "Date and time of incident"]),
             f"{print_date(case.dol, 'UK', style)} at {case.time_of_loss}")
    question("Where did it happen?", t["incident_location"])
    question("Tell us what happened", t["incident_description"])
    if t["police_report_number"]:
        question("Police incident number", t["police_report_number"])
    question(rng.choice(["Estimated cost of repairs", "Total amount claimed"]),
             print_money(case.amount, "GBP", style))
    o, w = case.other_driver, case.witness
    section("SECTION 4 - THIRD PARTY AND WITNESSES")
    question("Third party name and address", f"{o.name}, {o.address}")
    question("Third party telephone", print_phone(o.phone, style + 1))
    question("Third party registration", f"{rng.choice('ABCDEFGHKLMNPRSTVWY')}"
             f"{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.randint(51, 75)} "
             f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}")
    question("Witness name, address, telephone",
             f"{w.name}, {w.address}, {print_phone(w.phone, style + 2)}")
    section("SECTION 5 - DECLARATION")
    y = para(pdf, 18, y + 1, 174, "I declare that the answers given are true and complete.",
             8.5) + 4
    at(pdf, 18, y, f"Signed: {c.name}", 9, "I")
    dated = rng.choice(["Date completed", "Dated"])
    at(pdf, 110, y, f"{dated}: {print_date(case.reported, 'UK', style + 1)}", 9)
    drop(case, "line_items")
    return pdf, case
