"""Held-out corpus 9: an Asia-Pacific motor/home claim form, and a handwritten paper form."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout9_draw import Doc, output
from bench.heldout9_kit import Case, international, shift

APAC_TITLES = {"SG": "MOTOR / PROPERTY CLAIM NOTIFICATION (SINGAPORE)",
               "NZ": "CLAIM FORM - HOUSE, CONTENTS & VEHICLE (NEW ZEALAND)",
               "IN": "CLAIM FORM - INTIMATION OF LOSS (INDIA)"}


def apac_claim(case: Case) -> tuple[dict, bytes]:
    """Numbered questions, local identity numbers and surveyors as decoys, local money."""
    rng, c, code = case.rng, case.claimant, case.region.code
    sym = case.region.symbol
    surveyor, agent = case.person(), case.person()
    start = shift(case.loss, -300, -10, rng)
    ident = {"SG": ("NRIC/FIN No.", f"S{rng.randint(1000000, 9999999)}D"),
             "NZ": ("Driver licence no.", f"DL{rng.randint(100000, 999999)}"),
             "IN": ("PAN", f"ABCPK{rng.randint(1000, 9999)}F")}[code]
    reported_label = {"SG": "Date reported to insurer", "NZ": "Date claim lodged",
                      "IN": "Date of intimation"}[code]
    doc = Doc(("dserif", "dsans"))
    doc.set_draw_color(120, 20, 20)
    doc.set_line_width(2)
    doc.line(42, 40, doc.w - 42, 40)
    doc.set_line_width(0.6)
    doc.put(42, 48, case.extra["insurer"], "dserif", 14, "B")
    doc.put(42, 68, APAC_TITLES[code], "dsans", 10, "B")
    doc.put(42, 84, f"Period of insurance {case.date(start)} to "
            f"{case.date(shift(start, 364, 364, rng))}   Agent code {rng.randint(10000, 99999)} "
            f"({agent.name}, {agent.phone})", "dsans", 7.5)
    vehicle = case.vehicle
    questions = [("Policy / cover note no.", case.policy), ("Claim no.", case.claim),
                 ("Name of insured", c.name), ident,
                 ("Mobile no.", international(c.e164)), ("E-mail", c.email),
                 ("Correspondence address", c.address),
                 ("Date of loss / accident", case.date(case.loss, rng.choice(("dmy", "long")))),
                 (reported_label, case.date(case.reported)),
                 ("Place of loss", case.location)]
    if vehicle:
        questions += [("Vehicle make / model / year of manufacture",
                       f"{vehicle[0]} {vehicle[1]} / {vehicle[2]}"),
                      ("Chassis no. (VIN)", vehicle[3])]
        if code == "IN":
            questions.append(("Insured Declared Value (IDV)",
                              f"{sym} {case.money(case.subtotal * 6)}"))
    if case.police:
        questions.append(("Police report / FIR no.", case.police))
    questions.append(("Surveyor appointed", f"{surveyor.name}, {surveyor.phone}"))
    doc.set_y(104)
    for n, (label, value) in enumerate(questions, 1):
        y = doc.get_y()
        doc.put(42, y, f"{n}.", "dsans", 8.5, width=18)
        doc.put(60, y, label, "dsans", 8.5, width=170)
        doc.para(value, "dserif", 9.5, x=236, width=doc.w - 278)
        doc.line(236, doc.get_y(), doc.w - 42, doc.get_y())
        doc.ln(4)
    doc.ln(4)
    doc.para(f"{len(questions) + 1}. Brief details of the loss", "dsans", 8.5, "B")
    doc.para(case.story, "dserif", 9.5)
    doc.ln(6)
    rows = [("Particulars of loss", f"Amount ({case.region.currency})")]
    rows += [(d, case.money(a)) for d, a in case.items]
    rows += [(f"Add {case.region.tax[0]} {case.region.tax[1] * 100:.0f}%", case.money(case.tax)),
             ("Total amount claimed", case.money(case.subtotal + case.tax))]
    doc.table(rows, [doc.inner - 140, 140], "dserif", 9, aligns="LR", fill=235)
    doc.ln(6)
    doc.para(f"Compulsory excess of {sym}{case.money(case.excess)} applies. No claim discount "
             f"will be reduced at renewal. Declaration signed on {case.date(case.reported)}.",
             "dsans", 7.5)
    return case.truth("apac_claim"), output(doc)


def char_boxes(doc: Doc, x: float, y: float, text: str, cells: int) -> None:
    """One character per printed cell, as paper forms ask for reference numbers."""
    for n in range(cells):
        doc.rect(x + n * 15, y, 15, 18)
        if n < len(text) and text[n] != " ":
            doc.put(x + n * 15 + 3.5, y + 2, text[n], "hand", 11, width=11)


def struck(doc: Doc, x: float, y: float, wrong: str, right: str, size: float = 11) -> None:
    """`wrong` written and crossed through, `right` written after it."""
    doc.put(x, y, wrong, "hand", size, width=200)
    width = doc.get_string_width(wrong)
    doc.set_line_width(1.1)
    doc.line(x - 2, y + size * 0.7, x + width + 2, y + size * 0.55)
    doc.set_line_width(0.5)
    doc.put(x + width + 8, y - 1, right, "hand", size, width=doc.w - 42 - (x + width + 8))


def handwritten_form(case: Case) -> tuple[dict, bytes]:
    """A printed form filled in by hand: italic values, corrections struck through, boxes."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    wrong_loss = shift(case.loss, 1, 3, rng)
    total = case.subtotal
    wrong_total = total + Decimal(rng.choice((10, 100, 50)))
    doc = Doc(("sans", "hand"), letter=case.region.code == "US")
    doc.put(42, 36, "CLAIM NOTIFICATION - PLEASE USE BLOCK CAPITALS OR CLEAR WRITING", "sans", 10,
            "B")
    doc.put(42, 52, f"{case.extra['insurer']}  |  Office use only: Claim no. ____________  "
            f"Received ______", "sans", 7.5)
    y = 76
    doc.put(42, y, "Policy number", "sans", 8, "B", width=90)
    char_boxes(doc, 140, y - 3, case.policy, 18)
    y += 30

    def line(label: str, value: str, gap: float = 26) -> None:
        nonlocal y
        doc.put(42, y, label, "sans", 8, width=130)
        doc.line(175, y + 13, doc.w - 42, y + 13)
        doc.put(178 + rng.uniform(0, 8), y - rng.uniform(0, 2), value, "hand",
                rng.uniform(10.5, 12), width=doc.w - 230)
        y += gap

    line("Your full name", c.name)
    line("Address", c.address)
    doc.put(42, y, "Telephone", "sans", 8, width=130)
    doc.line(175, y + 13, doc.w - 42, y + 13)
    if rng.random() < 0.5:
        digits = list(c.phone)
        spot = max(i for i, ch in enumerate(digits) if ch.isdigit())
        digits[spot] = str((int(digits[spot]) + 3) % 10)
        struck(doc, 180, y, "".join(digits), c.phone)
    else:
        doc.put(180, y, c.phone, "hand", 11)
    y += 26
    line("E-mail", c.email)
    doc.put(42, y, "Date of loss", "sans", 8, width=130)
    doc.line(175, y + 13, doc.w - 42, y + 13)
    struck(doc, 180, y, case.date(wrong_loss), case.date(case.loss))
    y += 26
    line("Where did it happen?", case.location)
    doc.put(42, y, "What happened?", "sans", 8, width=130)
    doc.set_xy(178, y)
    doc.para(case.story, "hand", 10.5, x=178, width=doc.w - 220, gap=1.6)
    y = doc.get_y() + 10
    if case.vehicle:
        make, model, year, vin = case.vehicle
        line("Vehicle make / model / year", f"{make} {model} {year}")
        doc.put(42, y, "VIN", "sans", 8, "B", width=90)
        char_boxes(doc, 140, y - 3, vin, 17)
        y += 30
    if case.police:
        line("Police ref. (if any)", case.police)
    doc.put(42, y, "Items damaged or lost, and cost", "sans", 8, "B")
    y += 16
    for d, a in case.items:
        doc.line(42, y + 13, doc.w - 42, y + 13)
        doc.put(48, y, d, "hand", 10.5, width=300)
        doc.put(doc.w - 150, y, f"{sym}{case.money(a)}", "hand", 10.5, width=100)
        y += 20
    doc.put(42, y + 4, "TOTAL CLAIMED", "sans", 8, "B")
    struck(doc, doc.w - 230, y + 2, f"{sym}{case.money(wrong_total)}", f"{sym}{case.money(total)}")
    y += 34
    doc.put(42, y, f"Excess on policy (if known): {sym}{case.money(case.excess)}", "sans", 8)
    y += 22
    doc.put(42, y, "Signed", "sans", 8)
    doc.put(90, y - 4, c.name.split()[0][0] + ". " + c.name.split()[1], "hand", 16, width=160)
    doc.put(300, y, "Date", "sans", 8)
    doc.put(330, y - 2, case.date(case.reported), "hand", 11, width=150)
    truth = case.truth("handwritten_form", claim_number=None, claimed_amount=f"{total:.2f}")
    return truth, output(doc)
