"""Held-out corpus 15, the motor accident report: your vehicle and the other vehicle side by
side, a sketch of the scene, police attendance and a description box."""

from __future__ import annotations

from bench.heldout15_case import POLICE_LABELS, STATIONS, Case, capital, make_number
from bench.heldout15_forms import box_row, field_box, section_bar
from bench.heldout15_kit import Sheet, format_date, format_money

LEFT, WIDTH = 15, 180


def vehicles_table(pdf: Sheet, case: Case, y: float) -> float:
    """Label column, then `Your vehicle` and `Other vehicle` columns."""
    mine, theirs = case.vehicle, case.vehicle_for()
    other = case.party()
    rows = (("Registration", mine.rego, theirs.rego), ("Make", mine.make, theirs.make),
            ("Model", mine.model, theirs.model), ("Year", str(mine.year), str(theirs.year)),
            ("VIN", mine.vin, theirs.vin), ("Driver", case.claimant.name, other.name),
            ("Insurer", mine.insurer, theirs.insurer),
            ("Driver's phone", case.claimant.phone, other.phone))
    widths = (36, 72, 72)
    pdf.shade(LEFT, y, WIDTH, 6.5, 210)
    for x, head in ((LEFT + 36, "YOUR VEHICLE"), (LEFT + 108, "OTHER VEHICLE")):
        pdf.put(x + 2, y + 1.4, head, 9, "B")
    pdf.box(LEFT, y, WIDTH, 6.5)
    y += 6.5
    for row in rows:
        x = LEFT
        for i, (w, text) in enumerate(zip(widths, row, strict=True)):
            pdf.box(x, y, w, 6.5)
            pdf.put(x + 1.5, y + 1.3, text, 8.5 if i == 0 else 9.5, "B" if i == 0 else "",
                    w=w - 2)
            x += w
        y += 6.5
    return y


def draw_sketch(pdf: Sheet, x: float, y: float, w: float, h: float, rng) -> None:
    """Two roads meeting, the two cars as rectangles A and B, arrows of travel."""
    pdf.box(x, y, w, h, 0.4)
    pdf.put(x + 2, y + 1.5, "Sketch of the accident (show roads, vehicles A and B, direction)", 7.5)
    mid_y, mid_x = y + h * rng.uniform(0.55, 0.65), x + w * rng.uniform(0.4, 0.6)
    for offset in (-7, 7):
        pdf.rule(x + 4, mid_y + offset, mid_x - 7, mid_y + offset, 0.4)
        pdf.rule(mid_x + 7, mid_y + offset, x + w - 4, mid_y + offset, 0.4)
        pdf.rule(mid_x + offset, y + 8, mid_x + offset, mid_y - 7, 0.4)
        pdf.rule(mid_x + offset, mid_y + 7, mid_x + offset, y + h - 3, 0.4)
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.3)
    pdf.rect(mid_x - 20, mid_y + 1, 12, 5)
    pdf.put(mid_x - 16, mid_y + 1.7, "A", 8, "B")
    pdf.rect(mid_x + 1, mid_y - 16, 5, 12)
    pdf.put(mid_x + 2.2, mid_y - 12, "B", 8, "B")
    pdf.rule(mid_x - 34, mid_y + 3.5, mid_x - 22, mid_y + 3.5, 0.3)
    pdf.rule(mid_x - 24, mid_y + 2.3, mid_x - 22, mid_y + 3.5, 0.3)
    pdf.rule(mid_x - 24, mid_y + 4.7, mid_x - 22, mid_y + 3.5, 0.3)
    pdf.rule(mid_x + 3.5, mid_y - 22, mid_x + 3.5, mid_y - 17, 0.3)
    pdf.put(x + w - 10, y + 8, "N", 9, "B")
    pdf.rule(x + w - 8.5, y + 13, x + w - 8.5, y + 20, 0.3)


def draw_motor_sketch(case: Case) -> bytes:
    """A motor accident report with both vehicles, a sketch and police attendance."""
    rng, cur, code = case.rng, case.region.currency, case.region.code
    pdf = Sheet(rng.choice(("sans", "dejavu")))
    style = rng.choice(("slash", "dotted", "long"))
    money = rng.choice(("symbol", "code", "code_after"))
    case.vehicle = case.vehicle_for(case.insurer)
    c = case.claimant
    pdf.put(LEFT, 13, case.insurer, 14, "B")
    pdf.put(LEFT, 20, "Motor Vehicle Accident Report", 11)
    field_box(pdf, 120, 12, 37, "Policy no.", case.policy_number)
    field_box(pdf, 157, 12, 38, "Claim no.", case.claim_number or "")
    y = section_bar(pdf, 27, "POLICYHOLDER", 215)
    y = box_row(pdf, y, [(0.4, "Name", c.name), (0.6, "Address", c.address)])
    y = box_row(pdf, y, [(0.35, "Phone", c.phone), (0.65, "E-mail", c.email)])
    y = section_bar(pdf, y + 2, "THE ACCIDENT", 215)
    time = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    y = box_row(pdf, y, [(0.25, "Date", format_date(case.loss, style)), (0.15, "Time", time),
                         (0.6, "Location", case.location)])
    y = vehicles_table(pdf, case, y + 3)
    draw_sketch(pdf, LEFT, y + 3, WIDTH, 52, rng)
    y += 58
    attended = case.police is not None
    y = box_row(pdf, y, [(0.2, "Police attended?", "Yes" if attended else "No"),
                         (0.45, "Police station", STATIONS[code] if attended else ""),
                         (0.35, f"Report / {POLICE_LABELS[code]}", case.police or "")])
    case.description = f"{capital(case.story)}."
    pdf.put(LEFT, y + 2, "Description of the accident", 6.5)
    bottom = pdf.para(LEFT + 1.5, y + 6, WIDTH - 3, case.description, 9.5)
    pdf.box(LEFT, y + 1, WIDTH, bottom - y + 1)
    repairer = case.party()
    y = box_row(pdf, bottom + 4, [
        (0.3, "Estimated repair cost", format_money(case.claimed, cur, money)),
        (0.2, "Excess", format_money(case.money(300, 900).quantize(1), cur, money)),
        (0.5, "Repairer / quote", f"{make_number(rng, 'Q####')}, ph {repairer.phone}")])
    y = box_row(pdf, y + 3, [(0.65, "Signature of policyholder", ""),
                             (0.35, "Date signed", format_date(case.reported, style))], h=12)
    pdf.put(LEFT + 3, y - 7, c.name, 12, "I", family="serif")
    return pdf.output_bytes()
