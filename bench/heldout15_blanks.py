"""Held-out corpus 15, the underlined-blank form: each value is written on a rule after its label,
often two fields to a line, with the other party and a witness in sections of their own."""

from __future__ import annotations

from fpdf.enums import MethodReturnValue

from bench.heldout15_case import POLICE_LABELS, Case, capital
from bench.heldout15_kit import Sheet, format_date, format_money

LEFT, RIGHT, MID = 15, 195, 106


def blank(pdf: Sheet, x: float, y: float, label: str, value: str, end: float) -> None:
    """`label ______value______`: the value in a hand-like italic on the rule."""
    pdf.put(x, y, label, 8.5)
    start = x + pdf.get_string_width(label) + 2
    pdf.rule(start, y + 4.4, end, y + 4.4, 0.15)
    if value:
        pdf.put(start + 2, y - 0.4, value, 10.5, "I", w=end - start - 2, family="serif")


def pair(pdf: Sheet, y: float, left: tuple[str, str], right: tuple[str, str] | None) -> float:
    """One line: a field on the left half and, when given, another on the right half."""
    if right is None:
        blank(pdf, LEFT, y, *left, RIGHT)
    else:
        blank(pdf, LEFT, y, *left, MID - 4)
        blank(pdf, MID, y, *right, RIGHT)
    return y + 8


def heading(pdf: Sheet, y: float, text: str) -> float:
    pdf.put(LEFT, y, text, 10, "B")
    pdf.rule(LEFT, y + 5, RIGHT, y + 5, 0.5)
    return y + 8


def ruled_text(pdf: Sheet, y: float, text: str) -> float:
    """The narrative written across ruled lines, as on a paper form."""
    pdf.font(10.5, "I", "serif")
    lines = pdf.multi_cell(RIGHT - LEFT - 4, 7, text, dry_run=True, output=MethodReturnValue.LINES)
    for line in [*lines, ""]:
        pdf.put(LEFT + 2, y, line, 10.5, "I", family="serif")
        pdf.rule(LEFT, y + 4.6, RIGHT, y + 4.6, 0.15)
        y += 7
    return y + 1


def draw_underscore_form(case: Case) -> bytes:
    """A motor or public-liability incident report written on underlined blanks."""
    rng, cur = case.rng, case.region.currency
    pdf = Sheet(rng.choice(("sans", "serif")))
    style = rng.choice(("slash", "dotted", "long"))
    money = rng.choice(("symbol", "code", "code_after"))
    motor = case.incident_type == "collision"
    other, witness = case.party(), case.party()
    pdf.put(LEFT, 13, case.insurer.upper(), 13, "B")
    title = "MOTOR ACCIDENT REPORT FORM" if motor else "PUBLIC LIABILITY INCIDENT REPORT"
    pdf.put(LEFT, 20, title, 11)
    pdf.put(LEFT, 25.5, "Answer every question. Write \"N/A\" where a question does not apply.",
            7.5, "I")
    y = heading(pdf, 32, "1. Policy")
    y = pair(pdf, y, ("Policy no.", case.policy_number), ("Claim no.", case.claim_number or ""))
    y = heading(pdf, y + 1, "2. The insured")
    y = pair(pdf, y, ("Full name of insured", case.claimant.name), None)
    y = pair(pdf, y, ("Residential address", case.claimant.address), None)
    y = pair(pdf, y, ("Phone", case.claimant.phone), ("E-mail", case.claimant.email))
    if motor:
        case.vehicle = case.vehicle_for(case.insurer)
        v = case.vehicle
        y = pair(pdf, y, ("Registration", v.rego), ("Make / model", f"{v.make} {v.model}"))
        y = pair(pdf, y, ("Year of manufacture", str(v.year)), ("VIN", v.vin))
    y = heading(pdf, y + 1, "3. The incident")
    time = f"{rng.randint(6, 22)}:{rng.choice(('05', '20', '40', '55'))}"
    y = pair(pdf, y, ("Date of incident", format_date(case.loss, style)), ("Time", time))
    y = pair(pdf, y, ("Exact location", case.location), None)
    pdf.put(LEFT, y, "How did it happen?", 8.5)
    case.description = f"{capital(case.story)}."
    y = ruled_text(pdf, y + 6, case.description)
    police = POLICE_LABELS[case.region.code]
    y = pair(pdf, y, ("Police attended?", "Yes" if case.police else "No"),
             (police, case.police or "N/A"))
    y = heading(pdf, y + 1, "4. Details of other party" if motor
                else "4. Details of injured person")
    y = pair(pdf, y, ("Name", other.name), ("Phone", other.phone))
    y = pair(pdf, y, ("Address", other.address), None)
    if motor:
        theirs = case.vehicle_for()
        y = pair(pdf, y, ("Their registration", theirs.rego), ("Their insurer", theirs.insurer))
    else:
        y = pair(pdf, y, ("Nature of injury", "Sprained knee and grazes"),
                 ("Age", str(rng.randint(30, 80))))
    y = heading(pdf, y + 1, "5. Witness")
    y = pair(pdf, y, ("Witness name", witness.name), ("Witness phone", witness.phone))
    y = pair(pdf, y, ("Witness address", witness.address), None)
    y = heading(pdf, y + 1, "6. Amount and declaration")
    label = "Estimated cost of repairs" if motor else "Amount of the claim against you"
    excess = format_money(case.money(200, 800).quantize(1), cur, money)
    y = pair(pdf, y, (label, format_money(case.claimed, cur, money)), ("Excess payable", excess))
    pdf.para(LEFT, y, RIGHT - LEFT, "I declare the above answers are true and that I have not "
             "withheld any material fact.", 7.5)
    pair(pdf, y + 8, ("Signature", case.claimant.name), ("Date", format_date(case.reported, style)))
    return pdf.output_bytes()
