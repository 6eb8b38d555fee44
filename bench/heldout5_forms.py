"""Held-out corpus 5: form layouts (boxed first-notice form, dotted-leader form, summary table).

Each layout builds its own case (region, kind, numbering) and draws it; a field it does not
print is dropped from the truth.
"""

from __future__ import annotations

import random

from faker import Faker
from fpdf import FPDF

from bench.heldout5_case import build_case, drop
from bench.heldout5_data import Case, print_date, print_money, print_phone
from bench.heldout5_kit import US_PAPER, at, checkbox, heading_bar, new_pdf, para, wordings

BOXED_LABELS = {
    "claim": ("CLAIM NUMBER (office use)", "CLAIM NO.", "FILE NUMBER"),
    "reported": ("DATE REPORTED", "DATE OF NOTICE", "REPORTED ON"),
    "policy": ("POLICY NUMBER", "POLICY NO.", "CONTRACT NO."),
    "name": ("NAME OF INSURED", "INSURED / POLICYHOLDER", "NAMED INSURED"),
    "phone": ("PHONE (HOME / CELL)", "PRIMARY PHONE", "BEST NUMBER TO CALL"),
    "address": ("MAILING ADDRESS", "ADDRESS OF INSURED", "HOME ADDRESS"),
    "dol": ("DATE OF LOSS", "LOSS DATE", "DATE OF ACCIDENT"),
    "where": ("LOCATION OF LOSS (street, city, state)", "WHERE DID THE LOSS OCCUR?",
              "PLACE OF ACCIDENT"),
    "what": ("DESCRIBE THE ACCIDENT / LOSS", "DESCRIPTION OF LOSS", "HOW DID IT HAPPEN?"),
    "amount": ("ESTIMATED AMOUNT OF LOSS", "AMOUNT CLAIMED", "TOTAL LOSS CLAIMED"),
}
DOTTED_LABELS = {
    "name": ("Name of policyholder", "Insured", "Name of person making the claim"),
    "policy": ("Policy number", "Certificate number", "Policy No."),
    "phone": ("Telephone", "Phone (day)", "Contact telephone"),
    "dol": ("Loss date", "Date of incident", "When did it happen?"),
    "where": ("Where did it happen?", "Place of loss", "Location"),
    "what": ("What happened?", "Circumstances", "Details of the incident"),
    "amount": ("Total loss claimed", "Amount of claim", "Sum claimed"),
    "signed": ("Date of this notification", "Date", "Dated"),
}
SUMMARY_LABELS = {
    "claim": ("Claim #", "Claim ref.", "Our reference"),
    "policy": ("Policy", "Policy no.", "Insured's policy"),
    "reported": ("Reported on", "Date reported", "Notified"),
    "name": ("Insured", "Policyholder", "Claimant"),
    "dol": ("When did it happen?", "Date of loss", "Loss occurred"),
    "where": ("Where", "Loss location", "Scene"),
    "what": ("Account of loss", "Narrative", "Facts of loss"),
    "amount": ("Amount of claim", "Total claimed", "Amount presented"),
}
MOTOR_BOXES = [("collision", "Collision"), ("theft", "Theft"), ("fire", "Fire"),
               ("weather", "Hail / wind / flood"), ("vandalism", "Vandalism"),
               ("glass", "Glass only"), ("other", "Other")]


def print_name(name: str, style: int) -> str:
    first, last = name.rsplit(" ", 1)
    return [name, f"{last.upper()}, {first.upper()}", f"{last}, {first}", name.upper()][style % 4]


def cell(pdf: FPDF, x: float, y: float, w: float, h: float, label: str, value: str,
         size: float = 10) -> None:
    """A ruled box with a small label in its top-left corner and the value under it."""
    pdf.rect(x, y, w, h)
    at(pdf, x + 1.2, y + 0.7, label, 6.5)
    if value:
        pdf.set_font(size=size)
        while h < 14 and size > 7 and pdf.get_string_width(value) > w - 3:
            size -= 0.5  # a one-line box: the typist picks a smaller size rather than wrap
            pdf.set_font(size=size)
        para(pdf, x + 1.5, y + 4.2, w - 3, value, size)


def boxed_fnol(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """US motor first notice of loss: cells with labels above values, incident check boxes."""
    case = build_case(rng, fakes["US"], region="US", kind="motor", claim_fmt="FN{y}-#####",
                      policy_fmt=rng.choice(["PA-#######", "AUT ### ####"]), police=0.6)
    t, c = case.truth, case.claimant
    pdf = new_pdf(rng.choice(["helvetica", "dejavucond"]), fmt=rng.choice(US_PAPER))
    lab = wordings(rng, BOXED_LABELS)
    style = rng.randint(0, 9)
    at(pdf, 18, 12, case.insurer.company, 14, "B")
    at(pdf, 18, 18.5, f"{case.insurer.street}, {case.insurer.city_line}  |  Claims line "
       f"{print_phone(case.insurer.phone, 0)}", 7.5)
    at(pdf, 132, 12, "AUTO LOSS NOTICE", 12, "B")
    w, x2, y = 87, 105, 26
    cell(pdf, 18, y, w, 11, lab["claim"], t["claim_number"])
    cell(pdf, x2, y, w, 11, lab["reported"], print_date(case.reported, "US", style))
    y += 11
    cell(pdf, 18, y, w, 11, lab["policy"], t["policy_number"])
    cell(pdf, x2, y, w, 11, "PRODUCER / AGENT",
         f"{case.agent.name}  {print_phone(case.agent.phone, 1)}")
    y += 15
    heading_bar(pdf, 18, y, 174, "INSURED")
    y += 6
    cell(pdf, 18, y, w, 11, lab["name"], print_name(c.name, style))
    cell(pdf, x2, y, w, 11, lab["phone"], print_phone(c.phone, style))
    y += 11
    cell(pdf, 18, y, w, 11, "E-MAIL ADDRESS", c.email)
    cell(pdf, x2, y, w, 11, "PREFERRED CONTACT", rng.choice(["Phone", "E-mail", "Either"]))
    y += 11
    cell(pdf, 18, y, 174, 11, lab["address"], c.address)
    y += 15
    heading_bar(pdf, 18, y, 174, "LOSS")
    y += 6
    cell(pdf, 18, y, w, 11, lab["dol"], print_date(case.dol, "US", style + 1))
    cell(pdf, x2, y, w, 11, "TIME OF LOSS", case.time_of_loss)
    y += 11
    cell(pdf, 18, y, 174, 11, lab["where"], t["incident_location"])
    y += 11
    pdf.rect(18, y, 174, 10)
    at(pdf, 19.2, y + 0.7, "KIND OF LOSS (check one)", 6.5)
    x = 20.0
    for key, label in MOTOR_BOXES:
        x = checkbox(pdf, x, y + 4.5, label, key == t["incident_type"], 8)
    y += 10
    cell(pdf, 18, y, 174, 22, lab["what"], t["incident_description"], 9.5)
    y += 22
    if t["police_report_number"]:
        cell(pdf, 18, y, w, 11, "POLICE REPORT NO.", t["police_report_number"])
        cell(pdf, x2, y, w, 11, "REPORTING AGENCY", case.station)
    else:
        cell(pdf, 18, y, w, 11, "WERE POLICE NOTIFIED?", "No")
        cell(pdf, x2, y, w, 11, "REPORTING AGENCY", "")
    y += 15
    heading_bar(pdf, 18, y, 174, "INSURED VEHICLE")
    y += 6
    make, model, year = case.car  # type: ignore[misc]
    for i, (label, value, width) in enumerate([("YEAR", str(year), 18), ("MAKE", make, 32),
                                               ("MODEL", model, 34), ("VIN", t["vehicle_vin"], 52),
                                               ("PLATE", case.plate, 38)]):
        xs = 18 + sum([18, 32, 34, 52, 38][:i])
        cell(pdf, xs, y, width, 11, label, value or "")
    y += 15
    heading_bar(pdf, 18, y, 174, "OTHER VEHICLE / DRIVER")
    y += 6
    o = case.other_driver
    cell(pdf, 18, y, w, 11, "DRIVER NAME", o.name)
    cell(pdf, x2, y, w, 11, "DRIVER PHONE", print_phone(o.phone, style + 1))
    y += 11
    cell(pdf, 18, y, 174, 11, "DRIVER ADDRESS", o.address)
    y += 15
    cell(pdf, 18, y, w, 11, lab["amount"], print_money(case.amount, "USD", style))
    cell(pdf, x2, y, w, 11, "REPAIR SHOP",
         f"{case.shop.company}, {print_phone(case.shop.phone, 0)}")
    y += 18
    pdf.line(18, y + 6, 100, y + 6)
    at(pdf, 18, y + 7, "Signature of insured", 7)
    drop(case, "line_items")
    return pdf, case


def dots(pdf: FPDF, x: float, y: float, w: float, label: str, value: str, size: float = 10.5,
         value_x: float | None = None) -> float:
    """'Label ........ value' with a dotted leader; returns the next line's y."""
    pdf.set_font(size=size)
    at(pdf, x, y, label, size)
    start = x + pdf.get_string_width(label) + 1.5
    value_x = max(value_x or start, start + 3)  # a long label pushes its value right
    pdf.set_font(size=size)
    stop = max(value_x, start) - 1.5
    if stop > start:
        count = int((stop - start) / pdf.get_string_width("."))
        at(pdf, start, y, "." * count, size)
    if pdf.get_string_width(value) > x + w - value_x:
        return para(pdf, value_x, y + 0.4, x + w - value_x, value, size - 0.5) + 1.8
    at(pdf, value_x, y, value, size)
    return y + size * 0.3528 * 1.75


def dotted(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """A typed claim notification with dotted leaders and numbered sections, motor or home."""
    kind = rng.choice(["motor", "home"])
    case = build_case(rng, fakes["US"], region="US", kind=kind, claim_fmt="HX-{y}-######",
                      policy_fmt=rng.choice(["HX-#####-@", "HO ## #####"]), police=0.5)
    t, c = case.truth, case.claimant
    pdf = new_pdf(rng.choice(["times", "dejavuserif"]), fmt=rng.choice(US_PAPER))
    lab = wordings(rng, DOTTED_LABELS)
    style = rng.randint(0, 9)
    vx = 78.0
    at(pdf, 18, 14, case.insurer.company.upper(), 13, "B")
    at(pdf, 18, 20, "CLAIM NOTIFICATION", 11, "B")
    at(pdf, 122, 14, f"Claim no. {t['claim_number']}", 10)
    at(pdf, 122, 19.5, f"Agent code {rng.randint(1000, 9999)}", 8.5)
    y = 31.0
    at(pdf, 18, y, "1. Insured", 11, "B")
    y += 7
    rows = [(lab["name"], print_name(c.name, style)),
            (lab["policy"], t["policy_number"]), ("Street address", c.street),
            ("City, State, ZIP", c.city_line), (lab["phone"], print_phone(c.phone, style)),
            ("E-mail", c.email)]
    if rng.random() < 0.5:
        rows[1], rows[0] = rows[0], rows[1]
    for label, value in rows:
        y = dots(pdf, 22, y, 170, label, value, value_x=vx)
    if kind == "motor":
        y += 3
        at(pdf, 18, y, "2. Vehicle", 11, "B")
        y += 7
        make, model, year = case.car  # type: ignore[misc]
        for label, value in [("Year / make / model", f"{year} {make} {model}"),
                             ("Vehicle identification no.", t["vehicle_vin"]),
                             ("Licence plate", case.plate or "")]:
            y = dots(pdf, 22, y, 170, label, value, value_x=vx)
    y += 3
    at(pdf, 18, y, f"{3 if kind == 'motor' else 2}. Incident", 11, "B")
    y += 7
    y = dots(pdf, 22, y, 170, lab["dol"], print_date(case.dol, "US", style + 2), value_x=vx)
    y = dots(pdf, 22, y, 170, "Approximate time", case.time_of_loss, value_x=vx)
    y = dots(pdf, 22, y, 170, lab["where"], t["incident_location"], value_x=vx)
    y = dots(pdf, 22, y, 170, lab["what"], t["incident_description"], value_x=vx)
    if t["police_report_number"]:
        y = dots(pdf, 22, y, 170, "Police report reference", t["police_report_number"], value_x=vx)
    y = dots(pdf, 22, y, 170, lab["amount"], print_money(case.amount, "USD", style),
             value_x=vx)
    y += 3
    w = case.witness
    at(pdf, 18, y, f"{4 if kind == 'motor' else 3}. Witness", 11, "B")
    y += 7
    for label, value in [("Witness name", w.name), ("Witness address", w.address),
                         ("Witness telephone", print_phone(w.phone, style + 1))]:
        y = dots(pdf, 22, y, 170, label, value, value_x=vx)
    y += 3
    at(pdf, 18, y, f"{5 if kind == 'motor' else 4}. Declaration", 11, "B")
    y = para(pdf, 22, y + 7, 168, "I declare that the information given above is true and "
             "complete to the best of my knowledge.", 9.5) + 8
    y = dots(pdf, 22, y, 170, "Signed", "", value_x=vx)
    y = dots(pdf, 22, y, 170, lab["signed"], print_date(case.reported, "US", style),
             value_x=vx)
    at(pdf, 18, pdf.h - 16,
       f"Your agent: {case.agent.name}, {case.agent.street}, {case.agent.city_line}"
       f"  Tel. {print_phone(case.agent.phone, 0)}", 7.5)
    drop(case, "line_items")
    return pdf, case


def ruled_rows(pdf: FPDF, x: float, y: float, widths: tuple[float, float],
               rows: list[tuple[str, str]], size: float = 9.5) -> float:
    """A two-column table with ruled lines; long values wrap inside their cell."""
    for key, value in rows:
        pdf.set_font(size=size)
        lines = max(1, len(pdf.multi_cell(widths[1] - 3, 5, value, dry_run=True, output="LINES")))
        h = 5 * lines + 2
        pdf.set_fill_color(238, 238, 238)
        pdf.rect(x, y, widths[0], h, style="DF")
        pdf.rect(x + widths[0], y, widths[1], h)
        at(pdf, x + 1.5, y + 1.3, key, size, "B")
        pdf.set_font(size=size, style="")
        pdf.set_xy(x + widths[0] + 1.5, y + 1)
        pdf.multi_cell(widths[1] - 3, 5, value, align="L")
        y += h
    return y


def summary_table(rng: random.Random, fakes: dict[str, Faker]) -> tuple[FPDF, Case]:
    """An agent's claim summary: key/value rows in a ruled table, an itemised damage table."""
    kind = rng.choice(["motor", "home"])
    case = build_case(rng, fakes["US"], region="US", kind=kind, claim_fmt="#######",
                      policy_fmt="P-###-####-##", n_items=rng.randint(2, 5), police=0.4)
    t, c, a = case.truth, case.claimant, case.agent
    pdf = new_pdf(rng.choice(["helvetica", "dejavu"]), fmt=rng.choice(US_PAPER))
    lab = wordings(rng, SUMMARY_LABELS)
    style = rng.randint(0, 9)
    at(pdf, 18, 14, "Claim Summary", 16, "B")
    at(pdf, 18, 22, f"Prepared by {a.name}, {a.company}", 9)
    at(pdf, 18, 26.5, f"{a.street}, {a.city_line}  ·  {print_phone(a.phone, 2)}  ·  {a.email}"
       if pdf.font_family == "dejavu" else f"{a.street}, {a.city_line} - {print_phone(a.phone, 2)}"
       f" - {a.email}", 8)
    rows = [(lab["claim"], t["claim_number"]), (lab["policy"], t["policy_number"]),
            (lab["reported"], print_date(case.reported, "US", style)),
            (lab["name"], print_name(c.name, style + 1)), ("Address", c.address),
            ("Contact number", print_phone(c.phone, style)), ("Email", c.email),
            (lab["dol"], print_date(case.dol, "US", style + 3)),
            (lab["where"], t["incident_location"]), (lab["what"], t["incident_description"])]
    if t["police_report_number"]:
        rows.append(("Police case", t["police_report_number"]))
    if kind == "motor":
        make, model, year = case.car  # type: ignore[misc]
        rows += [("Vehicle", f"{make} {model}, {year}"), ("VIN", t["vehicle_vin"])]
    rows.append((lab["amount"], print_money(case.amount, "USD", style)))
    y = ruled_rows(pdf, 18, 34, (48, 126), rows)
    y += 6
    at(pdf, 18, y, "Itemised damages", 11, "B")
    y += 7
    item_rows = [(d, print_money(amount, "USD", 0)) for d, amount in case.items]
    pdf.set_font(size=9.5)
    for desc, money in [("Description", "Amount"), *item_rows]:
        head = desc == "Description"
        pdf.rect(18, y, 130, 6)
        pdf.rect(148, y, 44, 6)
        at(pdf, 19.5, y + 1, desc, 9.5, "B" if head else "")
        pdf.set_font(size=9.5, style="B" if head else "")
        at(pdf, 190.5 - pdf.get_string_width(money), y + 1, money, 9.5, "B" if head else "")
        y += 6
    if kind == "home":
        drop(case, "vehicle_vin", "vehicle_make_model_year")
    return pdf, case
