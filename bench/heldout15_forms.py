"""Held-out corpus 15, printed claim forms: ruled boxes with the label above the value, and
labels followed by underlined blanks."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout15_case import CAUSES, POLICE_LABELS, STATIONS, Case, capital, make_number
from bench.heldout15_kit import Sheet, format_date, format_money
from bench.heldout15_places import firm_domain

LEFT, WIDTH = 15, 180


def field_box(pdf: Sheet, x: float, y: float, w: float, label: str, value: str,
              h: float = 11) -> None:
    """A ruled box whose small label sits above its value."""
    pdf.box(x, y, w, h)
    pdf.put(x + 1.2, y + 0.9, label, 6.5, w=w - 2)
    pdf.put(x + 1.2, y + 5.2, value, 10, w=w - 2)


def box_row(pdf: Sheet, y: float, cells: list[tuple[float, str, str]], h: float = 11) -> float:
    """Boxes side by side across the page; each cell is (share of the width, label, value)."""
    x = LEFT
    for share, label, value in cells:
        field_box(pdf, x, y, WIDTH * share, label, value, h)
        x += WIDTH * share
    return y + h


def section_bar(pdf: Sheet, y: float, title: str, grey: int = 205) -> float:
    pdf.shade(LEFT, y, WIDTH, 6, grey)
    pdf.put(LEFT + 2, y + 1.3, title, 9, "B")
    return y + 7.5


def draw_boxed_above(case: Case) -> bytes:
    """A home claim form: shaded section bars, ruled boxes, tick boxes for the cause of loss."""
    rng = case.rng
    pdf = Sheet(rng.choice(("sans", "dejavu")))
    style = rng.choice(("slash", "long", "dotted", "ordinal"))
    money = rng.choice(("symbol", "code"))
    cur = case.region.currency
    firm = rng.choice(case.region.brokers)
    broker = case.party(firm_domain(firm, case.region.code))
    officer = case.party()
    pdf.put(LEFT, 14, case.insurer, 15, "B")
    pdf.put(LEFT, 21, "Household Claim Form - Buildings and Contents", 11)
    pdf.put(LEFT, 27, "Please complete in BLOCK CAPITALS and return with your receipts.", 7.5, "I")
    field_box(pdf, 140, 13, 55, "Claim number (if known)", case.claim_number or "")
    start = case.loss - timedelta(days=rng.randint(40, 300))
    end = start + timedelta(days=364)
    y = section_bar(pdf, 33, "SECTION 1  -  THE POLICYHOLDER")
    y = box_row(pdf, y, [(0.3, "Policy number", case.policy_number),
                         (0.35, "Period of insurance", f"{format_date(start, 'slash')} to "
                                                       f"{format_date(end, 'slash')}"),
                         (0.35, "Sum insured (contents)",
                          format_money(case.money(30000, 90000).quantize(1), cur, money))])
    dob = case.loss.replace(year=case.loss.year - rng.randint(24, 70), day=rng.randint(1, 28))
    y = box_row(pdf, y, [(0.5, "Full name of policyholder", case.claimant.name.upper()),
                         (0.25, "Date of birth", format_date(dob, style)),
                         (0.25, "Occupation", rng.choice(("Teacher", "Nurse", "Retired",
                                                          "Electrician", "Accountant")))])
    y = box_row(pdf, y, [(1.0, "Postal address", case.claimant.address)])
    y = box_row(pdf, y, [(0.3, "Contact telephone", case.claimant.phone),
                         (0.45, "E-mail address", case.claimant.email),
                         (0.25, "Best time to call", rng.choice(("Mornings", "After 5pm",
                                                                 "Any time")))])
    y = section_bar(pdf, y + 3, "SECTION 2  -  THE LOSS OR DAMAGE")
    y = box_row(pdf, y, [(0.25, "Date of loss", format_date(case.loss, style)),
                         (0.15, "Time (approx.)",
                          f"{rng.randint(1, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}"),
                         (0.6, "Address where the loss happened", case.location)])
    pdf.put(LEFT, y + 1.5, "Cause of loss (tick one):", 8.5, "B")
    indent = LEFT + pdf.get_string_width("Cause of loss (tick one):") + 4
    x, ty = indent, y + 1.5
    for kind, label in CAUSES:
        if x > 165:
            x, ty = indent, ty + 5.5
        x = pdf.tick(x, ty, label, kind == case.incident_type)
    y = ty + 7
    case.description = f"{capital(case.story)}."
    pdf.put(LEFT, y, "Describe fully how the loss or damage occurred", 6.5)
    bottom = pdf.para(LEFT + 1.5, y + 4, WIDTH - 3, case.description, 9.5)
    pdf.box(LEFT, y - 1, WIDTH, bottom - y + 3)
    y = bottom + 3
    station = STATIONS[case.region.code] if case.police else ""
    y = box_row(pdf, y, [(0.2, "Police informed?", "Yes" if case.police else "No"),
                         (0.35, POLICE_LABELS[case.region.code], case.police or ""),
                         (0.45, "Police station", station)])
    y = section_bar(pdf, y + 3, "SECTION 3  -  WHAT YOU ARE CLAIMING FOR")
    excess = format_money(case.money(100, 500).quantize(1), cur, money)
    if rng.random() < 0.6:
        y = item_table(pdf, case, y, money)
        y = box_row(pdf, y + 1, [(0.5, "Policy excess (deducted by insurer)", excess),
                                 (0.5, "Are the items insured elsewhere?", "No")])
    else:
        y = box_row(pdf, y, [(0.4, "Total amount claimed", format_money(case.claimed, cur, money)),
                             (0.3, "Policy excess", excess),
                             (0.3, "Repairer's quote attached?", "Yes")])
    y = section_bar(pdf, y + 3, "SECTION 4  -  INTERMEDIARY / BROKER (if any)")
    y = box_row(pdf, y, [(0.4, "Broker firm", firm),
                         (0.3, "Contact name", broker.name), (0.3, "Telephone", broker.phone)])
    y = box_row(pdf, y, [(0.5, "Broker e-mail", broker.email),
                         (0.5, "Broker reference", make_number(rng, "BRK/####/@@"))])
    if y > 225:
        pdf.add_page()
        y = 16
    y = section_bar(pdf, y + 3, "SECTION 5  -  DECLARATION")
    text = ("I declare that the information given on this form is true and complete to the best "
            "of my knowledge and I understand that giving false information may make the policy "
            "void.")
    bottom = pdf.para(LEFT + 1.5, y, WIDTH - 3, text, 8)
    y = box_row(pdf, bottom + 1, [(0.6, "Signature of policyholder", ""),
                                  (0.4, "Date", format_date(case.reported, style))], h=13)
    pdf.put(LEFT + 3, y - 7, case.claimant.name, 12, "I", family="serif")
    y += 4
    pdf.shade(LEFT, y, WIDTH, 17, 238)
    pdf.box(LEFT, y, WIDTH, 17)
    pdf.put(LEFT + 2, y + 1, "FOR OFFICE USE ONLY", 7, "B")
    received = case.reported + timedelta(days=rng.randint(1, 4))
    pdf.put(LEFT + 2, y + 7, f"Staff ref: {make_number(rng, '@@-###')}", 8.5)
    pdf.put(LEFT + 45, y + 7, f"Date received: {format_date(received, 'slash')}", 8.5)
    pdf.put(LEFT + 100, y + 7, f"Handler: {officer.name}", 8.5)
    pdf.put(LEFT + 2, y + 12, "Registered: Y / N     Assessor appointed: Y / N", 7.5)
    return pdf.output_bytes()


CONTENTS = ("Samsung 55 inch television", "Dell laptop computer", "Lounge suite (3 seater)",
            "Carpet and underlay", "Bedroom wardrobe", "Microwave oven", "Clothing and shoes",
            "Gold necklace", "Dining table and chairs", "Washing machine", "Curtains and blinds",
            "Bookshelf and books", "Bicycle", "Mobile phone")


def item_table(pdf: Sheet, case: Case, y: float, money: str) -> float:
    """Items claimed and their amounts, with the total; the case's claim becomes that total."""
    rng, cur = case.rng, case.region.currency
    names = rng.sample(CONTENTS, rng.randint(2, 5))
    case.items = [(n, case.money(60, 3000)) for n in names]
    case.claimed = sum((a for _, a in case.items), start=case.claimed * 0)
    pdf.shade(LEFT, y, WIDTH, 5.5, 232)
    pdf.box(LEFT, y, WIDTH, 5.5)
    pdf.put(LEFT + 2, y + 1.2, "Item lost or damaged", 8, "B")
    pdf.put(LEFT + 130, y + 1.2, "Amount claimed", 8, "B", w=48, align="R")
    y += 5.5
    for name, amount in case.items:
        pdf.box(LEFT, y, WIDTH, 5.5)
        pdf.put(LEFT + 2, y + 1.2, name, 9)
        pdf.put(LEFT + 130, y + 1.2, format_money(amount, cur, money), 9, w=48, align="R")
        y += 5.5
    pdf.box(LEFT, y, WIDTH, 6)
    pdf.put(LEFT + 2, y + 1.4, "Total claimed", 9, "B")
    pdf.put(LEFT + 130, y + 1.4, format_money(case.claimed, cur, money), 9, "B", w=48, align="R")
    return y + 6
