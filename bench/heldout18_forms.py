"""Held-out corpus 18 forms: a landscape grid, a gutter form and an all-caps boxed form."""

from __future__ import annotations

from bench.heldout18_case import shown
from bench.heldout18_kit import Page

CAUSES = (("collision", "Collision"), ("theft", "Theft"), ("fire", "Fire"),
          ("water_damage", "Water"), ("weather", "Wind/Hail"), ("vandalism", "Vandalism"),
          ("glass", "Glass"), ("injury", "Bodily injury"), ("other", "Other"))


def items_table(pdf: Page, x: float, y: float, width: float, doc: dict, cash, font: str,
                upper: bool = False) -> float:
    """An itemised damage table; returns the y below it."""
    items = doc["truth"]["line_items"]
    if not items:
        return y
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(x, y, width, 14, "DF")
    pdf.text_at(x + 4, y + 10, "ITEMIZED DAMAGE" if upper else "Itemized damage / cost",
                8, font, "B")
    pdf.text_at(x + width - 60, y + 10, "AMOUNT" if upper else "Amount", 8, font, "B")
    y += 14
    for item in items:
        pdf.rect(x, y, width, 13)
        text = item["description"].upper() if upper else item["description"]
        pdf.text_at(x + 4, y + 9.5, text, 8, font)
        pdf.text_at(x + width - 60, y + 9.5, cash(item["amount"]), 8, font)
        y += 13
    return y + 6


def landscape_grid(doc: dict, font: str) -> bytes:
    """A landscape claim form: ruled cells, caption above each value, 6 units a row."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    agent, witness = case["others"][0], case["others"][1]
    pdf = Page("L")
    pdf.add_page()
    pdf.text_at(36, 40, "GREAT LAKES MUTUAL INSURANCE CO.", 14, font, "B")
    pdf.text_at(36, 54, "PROPERTY & AUTO LOSS REPORT  -  Form GL-220 (rev. 04/24)", 9, font)
    pdf.text_at(560, 40, f"Claims: {s['other_phones'][3]}", 8, font)
    unit, y = (792 - 72) / 6, 66
    rows = [
        [("Claim number", truth["claim_number"] or "(to be assigned)", 1),
         ("Policy number", truth["policy_number"], 1), ("Policy period",
         f"{s['policy_from']} - {s['policy_to']}", 2), ("Date of loss", s["loss"], 1),
         ("Date reported", s["reported"], 1)],
        [("Named insured", truth["claimant_name"], 2), ("Insured date of birth", s["dob"], 1),
         ("Insured phone", s["phone"], 1), ("Insured e-mail", truth["claimant_email"], 2)],
        [("Insured mailing address", truth["claimant_address"], 3),
         ("Loss location", truth["incident_location"], 3)],
        [("Vehicle (make model year)", truth["vehicle_make_model_year"] or "N/A", 2),
         ("VIN", truth["vehicle_vin"] or "N/A", 2),
         ("Police report no.", truth["police_report_number"] or "None", 1),
         ("Deductible", s["deductible"], 1)],
        [("Producing agent", agent["name"], 2), ("Agent phone", s["other_phones"][0], 1),
         ("Witness", witness["name"], 2), ("Witness phone", s["other_phones"][1], 1)],
    ]
    for row in rows:
        x = 36
        for caption, value, span in row:
            pdf.rect(x, y, unit * span, 32)
            pdf.text_at(x + 3, y + 8, caption.upper(), 5.5, font)
            size = 9
            pdf.set_font(font, "", size)
            while pdf.get_string_width(value) > unit * span - 8:
                size -= 0.5
                pdf.set_font(font, "", size)
            pdf.text_at(x + 4, y + 24, value, size, font)
            x += unit * span
        y += 32
    y += 8
    pdf.text_at(36, y + 8, "CAUSE OF LOSS:", 8, font, "B")
    x = 124
    for code, label in CAUSES:
        pdf.rect(x, y, 9, 9)
        if code == truth["incident_type"]:
            pdf.text_at(x + 1.5, y + 7.5, "X", 8, font, "B")
        pdf.text_at(x + 12, y + 8, label, 8, font)
        x += 30 + pdf.get_string_width(label)
    y += 18
    pdf.rect(36, y, 720, 58)
    pdf.text_at(40, y + 9, "REMARKS / DESCRIPTION OF LOSS", 6, font)
    pdf.wrap(40, y + 22, 710, truth["incident_description"], 9, font)
    y += 66
    pdf.text_at(36, y + 8, f"Amount claimed: {s['total']}", 10, font, "B")
    pdf.text_at(300, y + 8, f"Coverage A limit: {s['cash'](250000)}", 8, font)
    y = items_table(pdf, 36, y + 16, 420, doc, s["cash"], font)
    pdf.text_at(36, 590, f"Printed {s['date'](case['reported'])}  -  Ref {case['decoy_ref']}",
                7, font)
    return pdf.bytes()


def gutter_form(doc: dict, font: str) -> bytes:
    """Numbered labels in a shaded left gutter, values right; co-insured and mortgagee decoys."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    spouse, bank = case["others"][0], case["others"][1]
    pdf = Page()
    pdf.add_page()
    pdf.text_at(40, 44, "Heartland Casualty & Fire", 15, font, "B")
    pdf.text_at(40, 58, f"Notice of Loss  |  Claims line {s['other_phones'][3]}", 8, font)
    rows = [
        ("Claim no.", truth["claim_number"] or ""), ("Policy no.", truth["policy_number"]),
        ("Policy term", f"{s['policy_from']} to {s['policy_to']}"),
        ("Name of insured", truth["claimant_name"]), ("Insured's address",
                                                      truth["claimant_address"]),
        ("Home / cell phone", s["phone"]), ("E-mail", truth["claimant_email"]),
        ("Co-insured / spouse", f"{spouse['name']}, {s['other_phones'][0]}"),
        ("Mortgagee", f"{bank['last']} Federal Savings, {bank['address']}"),
        ("Date of loss", s["loss"]), ("Date reported", s["reported"]),
        ("Location of loss", truth["incident_location"]),
        ("Description of loss", truth["incident_description"]),
        ("Police report #", truth["police_report_number"] or "n/a"),
        ("Vehicle", truth["vehicle_make_model_year"] or "n/a"),
        ("VIN", truth["vehicle_vin"] or "n/a"), ("Deductible", s["deductible"]),
        ("Amount of claim", s["total"]),
        ("Agent", f"{case['others'][2]['name']}, {s['other_phones'][2]}"),
        ("Signed", f"{truth['claimant_name']}  {s['reported']}")]
    y = 72
    for number, (label, value) in enumerate(rows, 1):
        lines = 3 if label in ("Description of loss",) else (
            2 if label in ("Insured's address", "Mortgagee", "Location of loss") else 1)
        height = 14 + 11 * (lines - 1) + 4
        pdf.set_fill_color(215, 222, 230)
        pdf.rect(40, y, 160, height, "DF")
        pdf.rect(200, y, 372, height)
        pdf.text_at(44, y + 11, f"{number}. {label}", 8.5, font, "B")
        pdf.wrap(205, y + 11, 190 if lines == 2 else 360, value, 9, font, 1.22)
        y += height
    items_table(pdf, 40, y + 12, 532, doc, s["cash"], font)
    return pdf.bytes()


def caps_boxed_scan_form(doc: dict, font: str) -> bytes:
    """A form typed in capitals into boxes, each label above its box."""
    truth, case = doc["truth"], doc["case"]
    s = shown(doc)
    pdf = Page()
    pdf.add_page()
    pdf.text_at(40, 44, "PRAIRIE STATE INSURANCE EXCHANGE", 14, font, "B")
    pdf.text_at(40, 58, f"FIRST REPORT OF LOSS - FAX TO {s['other_phones'][3]}", 8, font)
    boxes = [
        ("CLAIM NUMBER", truth["claim_number"] or "", 0, 260), ("POLICY NUMBER",
                                                                 truth["policy_number"], 272, 260),
        ("INSURED NAME (LAST, FIRST)", f"{case['insured']['last']}, {case['insured']['first']}",
         0, 260), ("PHONE", s["phone"], 272, 260),
        ("ADDRESS", truth["claimant_address"], 0, 532),
        ("E-MAIL", truth["claimant_email"], 0, 260), ("DATE OF BIRTH", s["dob"], 272, 260),
        ("DATE OF LOSS", s["loss"], 0, 260), ("DATE REPORTED", s["reported"], 272, 260),
        ("LOSS LOCATION", truth["incident_location"], 0, 532),
        ("VIN", truth["vehicle_vin"] or "", 0, 260),
        ("YEAR MAKE MODEL", truth["vehicle_make_model_year"] or "", 272, 260),
        ("POLICE REPORT NO.", truth["police_report_number"] or "", 0, 260),
        ("TOTAL CLAIMED", s["total"], 272, 260),
        ("OTHER PARTY / WITNESS", f"{case['others'][1]['name']} {s['other_phones'][1]}", 0, 532),
    ]
    y = 76
    for label, value, dx, width in boxes:
        pdf.text_at(40 + dx, y + 7, label, 7, font, "B")
        pdf.rect(40 + dx, y + 10, width, 18)
        pdf.text_at(44 + dx, y + 23, value.upper(), 9.5, "Mono")
        if dx or width > 300:
            y += 36
    pdf.text_at(40, y + 7, "DESCRIPTION OF LOSS", 7, font, "B")
    pdf.rect(40, y + 10, 532, 50)
    pdf.wrap(44, y + 23, 520, truth["incident_description"].upper(), 9, "Mono")
    y = items_table(pdf, 40, y + 72, 532, doc, s["cash"], "Mono", upper=True)
    pdf.text_at(40, y + 14, f"AGENT: {case['others'][2]['name'].upper()}  "
                f"{s['other_phones'][2]}  DEDUCTIBLE {s['deductible']}", 8, "Mono")
    return pdf.bytes()
