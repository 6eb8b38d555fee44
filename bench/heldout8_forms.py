"""Held-out corpus 8, the tabular layouts: a numbered two-column form, a broker's cover sheet."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout8_case import Case, make_items, set_items
from bench.heldout8_draw import (
    banner,
    cell_fit,
    claimed,
    day_text,
    letterhead,
    name_as,
    new_pdf,
    para,
    treatment,
    vehicle_phrase,
    when,
)
from bench.heldout8_kit import money

BOXES = [
    ("collision", "Collision"),
    ("theft", "Theft"),
    ("fire", "Fire"),
    ("water_damage", "Water"),
    ("weather", "Hail / storm"),
    ("vandalism", "Vandalism"),
    ("glass", "Glass"),
    ("injury", "Bodily injury"),
    ("liability", "Liability"),
    ("other", "Other"),
]


def _items_with_tax(case: Case, rate: Decimal) -> tuple[list, Decimal, Decimal, Decimal]:
    items = make_items(case)
    subtotal = sum((a for _, a in items), Decimal("0"))
    tax = (subtotal * rate).quantize(Decimal("0.01"))
    set_items(case, items, subtotal + tax)
    return items, subtotal, tax, subtotal + tax


def _section(pdf, text: str) -> None:
    pdf.ln(4)
    pdf.set_fill_color(40, 40, 40)
    pdf.set_text_color(255, 255, 255)
    cell_fit(pdf, pdf.epw, 14, f"  {text}", 8.5, "B", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def _row(pdf, number: str, label: str, value: str) -> None:
    half = pdf.epw * 0.42
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_text_color(90, 90, 90)
    pdf.set_char_spacing(0.5)
    cell_fit(pdf, half, 15, f"{number}  {label.upper()}", 6.8)
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + half, y + 1)
    para(pdf, value or "-", 9.5, h=13, w=pdf.epw - half)
    pdf.set_draw_color(180, 180, 180)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + pdf.epw, pdf.get_y() + 1)
    pdf.ln(3)


def _boxes(pdf, case: Case, marks: str) -> None:
    chosen = case.truth["incident_type"]
    pdf.set_x(pdf.l_margin + pdf.epw * 0.42)
    width = (pdf.epw * 0.58) / 3
    for n, (key, label) in enumerate(BOXES):
        if n and n % 3 == 0:
            pdf.ln(13)
            pdf.set_x(pdf.l_margin + pdf.epw * 0.42)
        if marks == "glyph":
            pdf.set_font("sym", "", 10)
            pdf.cell(13, 13, "\u2612" if key == chosen else "\u2610")
        else:
            pdf.set_font("body", "", 9)
            pdf.cell(18, 13, "[X]" if key == chosen else "[  ]")
        cell_fit(pdf, width - (13 if marks == "glyph" else 18), 13, label, 8.5)
    pdf.ln(16)


def draw_numbered_form(case: Case) -> bytes:
    """Labels carry field numbers in spaced capitals on the left; values stand in the right half."""
    t, rng = case.truth, case.rng
    pdf = new_pdf(case.loc, rng.choice(["sans", "narrow"]))
    pdf.add_page()
    letterhead(
        pdf, case, "NOTICE OF LOSS - AUTOMOBILE" if t["vehicle_vin"] else "PROPERTY LOSS NOTICE"
    )
    para(
        pdf,
        f"Office use - claim no.: {t['claim_number'] or '________'}   Received: "
        f"{when(case, 'date_reported')}",
        8,
    )
    _section(pdf, "1  POLICY")
    _row(pdf, "1a", "Policy number", t["policy_number"])
    _row(
        pdf,
        "1b",
        "Policy period",
        f"{day_text(case, case.policy_start)} - {day_text(case, case.policy_end)}",
    )
    _row(pdf, "1c", "Agent / producer", f"{case.agent.name}, {case.agent.org}, {case.agent.phone}")
    _section(pdf, "2  INSURED")
    _row(pdf, "2a", "Name (last, first)", name_as(case))
    _row(pdf, "2b", "Mailing address", t["claimant_address"])
    _row(pdf, "2c", "Phone", case.claimant.phone)
    _row(pdf, "2d", "E-mail", t["claimant_email"] or "")
    _row(pdf, "2e", "Date of birth", day_text(case, case.birth))
    _section(pdf, "3  LOSS")
    _row(pdf, "3a", "Date of loss", when(case, "date_of_loss"))
    _row(
        pdf,
        "3b",
        "Time",
        f"{rng.randrange(1, 12)}:{rng.randrange(60):02d} {rng.choice(['AM', 'PM'])}",
    )
    _row(pdf, "3c", "Location of loss", t["incident_location"])
    _row(pdf, "3d", "Kind of loss (mark one)", "")
    _boxes(pdf, case, rng.choice(["glyph", "ascii"]))
    _row(pdf, "3e", "Description of accident / loss", t["incident_description"])
    _row(pdf, "3f", "Police / fire report no.", t["police_report_number"] or "")
    if t["vehicle_vin"]:
        _section(pdf, "4  INSURED VEHICLE")
        _row(pdf, "4a", "Year / make / model", vehicle_phrase(case))
        _row(pdf, "4b", "V.I.N.", t["vehicle_vin"])
        _row(pdf, "4c", "Plate", case.plate)
        _section(pdf, "5  OTHER PARTY")
        _row(pdf, "5a", "Name / phone", f"{case.other_driver.name}, {case.other_driver.phone}")
        _row(pdf, "5b", "Vehicle / VIN", f"{case.other_car}, {case.other_vin}")
        _row(pdf, "5c", "Their policy no.", case.other_policy)
    _section(pdf, "6  AMOUNTS")
    if rng.random() < 0.6:
        rate = Decimal(rng.choice(["0.0625", "0.0825", "0.13", "0.05"]))
        items, subtotal, tax, total = _items_with_tax(case, rate)
        for n, (desc, amount) in enumerate(items, 1):
            _row(pdf, f"6.{n}", desc, money(amount, case.loc, 2))
        _row(pdf, "6s", "Subtotal", money(subtotal, case.loc, 2))
        _row(pdf, "6t", f"Tax ({rate * 100:.2f}%)", money(tax, case.loc, 2))
    _row(pdf, "6x", "Deductible", money(case.deductible, case.loc))
    _row(pdf, "6y", "Total amount claimed", claimed(case))
    _section(pdf, "7  SIGNATURE")
    _row(pdf, "7a", "Signed", case.claimant.name)
    _row(pdf, "7b", "Date signed", when(case, "date_reported"))
    return bytes(pdf.output())


def _kv(pdf, key: str, value: str, shade: bool) -> None:
    label_w = 150
    pdf.set_fill_color(225, 230, 238) if shade else pdf.set_fill_color(238, 242, 246)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin + label_w, y)
    para(pdf, value, 9.5, h=14, w=pdf.epw - label_w)
    bottom = pdf.get_y()
    pdf.rect(pdf.l_margin, y, label_w, bottom - y, style="F")
    pdf.set_xy(pdf.l_margin + 4, y)
    cell_fit(pdf, label_w - 6, 14, key, 8.5, "B")
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, bottom, pdf.l_margin + pdf.epw, bottom)
    pdf.set_xy(pdf.l_margin, bottom)


def draw_broker_sheet(case: Case) -> bytes:
    """A broker's cover sheet: a shaded schedule of the claim, then the insured's loss run."""
    t, rng, br = case.truth, case.rng, case.agent
    pdf = new_pdf(case.loc, rng.choice(["sans", "serif"]))
    pdf.add_page()
    banner(
        pdf,
        f"{br.org}  -  Insurance Brokers",
        f"{br.address}  |  {br.phone}  |  {br.email}",
        (15, 80, 70),
    )
    pdf.ln(8)
    para(pdf, "CLAIM SUBMISSION - COVER SHEET", 13, "B")
    para(pdf, f"To: Claims Department, {case.insurer.org}, {case.insurer.address}", 9)
    para(
        pdf,
        f"From: {br.name} ({br.email})    Broker ref: BR/{rng.randrange(10**5):05d}    "
        f"Date: {when(case, 'date_reported')}",
        9,
    )
    pdf.ln(6)
    rows = [
        ("Insurer claim no.", t["claim_number"] or "to be advised"),
        ("Insured", case.claimant.name),
        ("Insured's address", t["claimant_address"]),
        ("Contact phone", case.claimant.phone),
        ("Contact e-mail", t["claimant_email"] or "n/a"),
        ("Policy number", t["policy_number"]),
        (
            "Period of insurance",
            f"{day_text(case, case.policy_start)} to {day_text(case, case.policy_end)}",
        ),
        ("Date of loss", when(case, "date_of_loss")),
        ("Place of loss", t["incident_location"]),
        ("Cause", t["incident_type"].replace("_", " ").title()),
        ("Police reference", t["police_report_number"] or "none"),
    ]
    if t["vehicle_vin"]:
        rows += [
            ("Vehicle", vehicle_phrase(case)),
            ("VIN", t["vehicle_vin"]),
            (
                "Third party",
                f"{case.other_driver.name}, {case.other_car}, policy {case.other_policy}",
            ),
        ]
    if t["incident_type"] in ("injury", "liability"):
        rows.append(("Medical", treatment(case)))
    rows += [
        ("Sum insured", money(case.sum_insured, case.loc)),
        ("Excess", money(case.deductible, case.loc)),
        ("Amount claimed", claimed(case)),
        ("Circumstances", t["incident_description"]),
    ]
    for n, (key, value) in enumerate(rows):
        _kv(pdf, key, value, n % 2 == 0)
    pdf.ln(10)
    para(pdf, "Loss run - previous claims (last 5 years)", 10, "B")
    widths = [0.22, 0.2, 0.2, 0.19, 0.19]
    head = ["Claim no.", "Date of loss", "Cause", "Paid", "Outstanding"]
    pdf.set_fill_color(210, 210, 210)
    for w, h in zip(widths, head, strict=True):
        cell_fit(pdf, pdf.epw * w, 14, h, 8.5, "B", border=1, fill=True)
    pdf.ln(14)
    for number, day, kind, paid in case.prior:
        cells = [
            number,
            day_text(case, day),
            kind.replace("_", " "),
            money(paid, case.loc, 2),
            "0.00",
        ]
        for w, c in zip(widths, cells, strict=True):
            cell_fit(pdf, pdf.epw * w, 14, c, 8.5, border=1)
        pdf.ln(14)
    pdf.ln(10)
    para(
        pdf,
        f"Please acknowledge to {br.name} on {br.phone}. We hold the insured's signed claim form.",
        8.5,
    )
    return bytes(pdf.output())
