"""Form layouts of the third held-out corpus: a web-portal printout, a dotted-leader typed form
and a household property-damage form with a table of damaged items; the boxes they share."""

from __future__ import annotations

from bench.heldout3_kit import Case, Doc, fold


def box(doc: Doc, x: float, y: float, w: float, label: str, value: str, h: float = 13) -> float:
    """A boxed field with a small grey label above its value; returns the box's bottom."""
    doc.font(6.5)
    doc.set_text_color(110, 110, 110)
    doc.set_xy(x + 1.5, y + 1)
    doc.cell(w - 3, 3.5, fold(label).upper())
    doc.set_text_color(0, 0, 0)
    doc.font(10)
    doc.set_xy(x + 1.5, y + 5)
    doc.multi_cell(w - 3, 4.8, fold(value) or " ")
    bottom = max(y + h, doc.get_y() + 1.5)
    doc.set_draw_color(170, 170, 170)
    doc.rect(x, y, w, bottom - y)
    return bottom


def grid(doc: Doc, pairs: list[tuple[str, str]], columns: int = 2) -> None:
    """Boxes in rows of `columns` (a pair with a long value takes the whole row)."""
    width = doc.epw / columns
    row: list[tuple[str, str]] = []
    rows: list[list[tuple[str, str]]] = []
    for label, value in pairs:
        if len(value) > 48:
            if row:
                rows.append(row)
                row = []
            rows.append([(label, value)])
            continue
        row.append((label, value))
        if len(row) == columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    for cells in rows:
        if doc.get_y() > doc.h - 40:
            doc.add_page()
        y = doc.get_y()
        w = doc.epw if len(cells) == 1 and len(cells[0][1]) > 48 else width
        bottom = max(box(doc, doc.l_margin + i * w, y, w, label, value)
                     for i, (label, value) in enumerate(cells))
        doc.set_y(bottom)


def contact_pairs(case: Case, address: str, phone: str, email: str) -> list[tuple[str, str]]:
    """The claimant's address, phone and e-mail under these labels, those the record has."""
    rec = case.record
    pairs = [(address, rec.get("claimant_address") or ""),
             (phone, case.phone(rec["claimant_phone"]) if rec.get("claimant_phone") else ""),
             (email, rec.get("claimant_email") or "")]
    return [(label, value) for label, value in pairs if value]


def heading(doc: Doc, text: str, size: float = 11) -> None:
    if doc.get_y() > doc.h - 55:  # a heading never ends a page
        doc.add_page()
    doc.ln(3)
    doc.set_fill_color(225, 232, 242)
    doc.font(size, "B")
    doc.set_x(doc.l_margin)
    doc.cell(doc.epw, 7, fold(text), fill=True, new_x="LMARGIN", new_y="NEXT")
    doc.ln(1)


def items_table(doc: Doc, case: Case, headers: tuple[str, ...], widths: tuple[float, ...],
                extra: list[list[str]] | None = None) -> None:
    """The record's line items as a table; `extra` holds decoy cells that come before amount."""
    doc.font(8.5, "B")
    doc.set_x(doc.l_margin)
    for header, width in zip(headers, widths, strict=True):
        doc.cell(width, 6, fold(header), border=1)
    doc.ln(6)
    doc.font(9)
    for i, item in enumerate(case.get("line_items")):
        doc.set_x(doc.l_margin)
        cells = [item["description"], *(extra[i] if extra else []), case.number(item["amount"])]
        for j, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            doc.cell(width, 6, fold(cell), border=1, align="R" if j else "L")
        doc.ln(6)


def layout_portal(case: Case) -> Doc:
    """An insurer web-portal submission printed from a browser: labels above values in boxes."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Helvetica", "Helvetica", "Times")))
    printed = case.decoy_date(rec["date_reported"], 0, 6)
    doc.font(7)
    doc.set_text_color(90, 90, 90)
    doc.cell(doc.epw / 2, 4, f"{case.date(printed, 'mm/dd/Y' if case.country == 'US' else None)},"
                             f" {rng.randint(8, 18)}:{rng.randint(0, 59):02d}")
    doc.cell(doc.epw / 2, 4, f"{case.insurer} - Online claims", align="R",
             new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(4)
    doc.text_line(f"{case.insurer}", 16, "B")
    doc.text_line("Your claim has been submitted" if rec.get("claim_number")
                  else "We have received your notification", 12)
    doc.ln(2)
    top = [("Submission ID", case.ref("WEB-", 8))]
    if rec.get("claim_number"):
        top.insert(0, (rng.choice(("Claim reference", "Your claim number")), rec["claim_number"]))
    top.append((rng.choice(("Submitted on", "Date notified")), case.date(rec["date_reported"])))
    grid(doc, top, columns=3)
    heading(doc, "About you")
    you = [(rng.choice(("Policyholder", "Insured", "Name of claimant")), case.name(style="plain")),
           ("Date of birth", case.date(case.birth_date()))]
    you += contact_pairs(case, "Correspondence address",
                         rng.choice(("Mobile number", "Contact telephone")), "Email address")
    grid(doc, you)
    heading(doc, "Your policy")
    grid(doc, [("Policy number", rec["policy_number"]),
               ("Cover start date", case.date(case.decoy_date(rec["date_of_loss"], -700, -40))),
               (rng.choice(("Excess", "Deductible")), case.decoy_amount(2, 20)),
               ("Payment reference", case.ref("DD", 9))])
    heading(doc, "What happened")
    what = [(rng.choice(("Date of incident", "Loss date", "When did it happen?")),
             case.date(rec["date_of_loss"])),
            ("Type of claim", case.type_label()),
            ("Where did it happen?", rec["incident_location"]),
            ("Tell us what happened", rec["incident_description"])]
    if rec.get("police_report_number"):
        what.append(("Police / crime reference", rec["police_report_number"]))
    if rec.get("vehicle_vin"):
        make_model, year = rec["vehicle_make_model_year"].rsplit(" ", 1)
        what += [("Registration", case.plate()), ("Vehicle", f"{year} {make_model}"),
                 ("VIN / chassis number", rec["vehicle_vin"])]
    grid(doc, what)
    heading(doc, "Your costs")
    if rec["line_items"]:
        items_table(doc, case, ("What are you claiming for?", f"Amount ({case.symbol()})"),
                    (130, 54))
    grid(doc, [(rng.choice(("Total amount claimed", "Amount claimed", "Total")),
                case.money(rec["claimed_amount"])),
               ("Currency", rec["currency"])])
    heading(doc, "Your intermediary")
    agent = case.person()
    grid(doc, [("Agent", agent), ("Agent number", case.ref("AG", 5)),
               ("Agent telephone", case.decoy_phone()),
               ("Agent email", case.decoy_email(agent, "agency.example"))])
    doc.ln(3)
    doc.font(7)
    doc.set_text_color(90, 90, 90)
    doc.cell(doc.epw, 4, f"https://claims.{case.insurer.split()[0].lower()}.example/submit/"
                         f"confirmation?session={case.ref('', 10)}   1/{doc.page}")
    return doc


def layout_dotted(case: Case) -> Doc:
    """A typed paper form of numbered questions with dotted leaders up to each answer."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Courier", "Times", "Helvetica")))
    doc.text_line(case.insurer.upper(), 13, "B", align="C")
    doc.text_line(rng.choice(("CLAIM FORM", "NOTIFICATION OF LOSS", "STATEMENT OF CLAIM")),
                  11, "B", align="C")
    doc.text_line("Please answer every question. Use block capitals.", 8, align="C")
    doc.ln(3)
    col = doc.l_margin + rng.choice((78, 86, 92))
    questions: list[tuple[str, str]] = [
        ("Policy No.", rec["policy_number"]),
        ("Claim No. (if known)", rec.get("claim_number") or ""),
        (rng.choice(("Name of claimant", "Full name of insured", "Policyholder")), case.name()),
        ("Date of birth", case.date(case.birth_date())),
        ("Occupation", fold(case.fake.job())[:40]),
        ("Postal address", rec.get("claimant_address") or ""),
        ("Telephone", case.phone(rec["claimant_phone"]) if rec.get("claimant_phone") else ""),
        ("E-mail", rec.get("claimant_email") or ""),
        ("Date policy commenced", case.date(case.decoy_date(rec["date_of_loss"], -900, -30))),
        (rng.choice(("Date of loss", "Loss date", "Occurred")), case.date(rec["date_of_loss"])),
        ("Time (approx.)", f"{rng.randint(0, 23):02d}:{rng.choice(('00', '15', '30', '45'))}"),
        ("Place where loss occurred", rec["incident_location"]),
        ("Nature of loss", case.type_label()),
    ]
    if rec.get("vehicle_vin"):
        questions += [("Make, model and year of vehicle", rec["vehicle_make_model_year"]),
                      ("Vehicle identification number", rec["vehicle_vin"]),
                      ("Name of driver at the time", case.person())]
    questions.append(("Were the police informed? Reference",
                      rec.get("police_report_number") or "No"))
    witness = case.person()
    questions += [("Name of any witness", witness), ("Witness telephone", case.decoy_phone()),
                  ("Witness address", case.address())]
    for n, (label, value) in enumerate(questions, 1):
        doc.leader(f"{n}. {label}", value, col)
    n = len(questions) + 1
    doc.ln(2)
    doc.text_line(f"{n}. Describe fully how the loss occurred:", 10)
    doc.text_line(rec["incident_description"], 10, height=6)
    doc.ln(2)
    n += 1
    if rec["line_items"]:
        doc.text_line(f"{n}. Give details of the items or repairs claimed:", 10)
        items_table(doc, case, ("Item", f"Estimate ({case.symbol()})"), (120, 50))
        n += 1
        doc.ln(2)
    doc.leader(f"{n}. {rng.choice(('Amount claimed', 'Total claimed', 'Estimate of loss'))}",
               case.money(rec["claimed_amount"]), col)
    doc.leader(f"{n + 1}. Other insurance covering this loss", "None", col)
    doc.ln(4)
    doc.text_line("I declare that the above answers are true and complete.", 9)
    doc.leader("Signed", case.name(style="plain"), col)
    doc.leader(rng.choice(("Dated", "Date of this form", "Reported on")),
               case.date(rec["date_reported"]), col)
    doc.ln(3)
    doc.text_line(f"Agent: {case.person()}  Tel. {case.decoy_phone()}  "
                  f"Agency code {case.ref('', 4)}", 8)
    return doc


def layout_property(case: Case) -> Doc:
    """A household claim form: loss-type tick boxes, a table of damaged items with decoy ages
    and purchase prices, and the contractor, lender and moving-in date as decoys."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Helvetica", "Times")))
    doc.text_line(f"{case.insurer}", 15, "B")
    doc.text_line("Home insurance - property damage claim form", 11)
    doc.ln(2)
    heading(doc, "1. Policyholder")
    rows = [("Insured name(s)", case.name()), ("Policy number", rec["policy_number"])]
    if rec.get("claim_number"):
        rows.append(("Our claim reference", rec["claim_number"]))
    rows += contact_pairs(case, "Address for correspondence", "Daytime phone", "Email")
    rows += [("Date you moved in", case.date(case.decoy_date(rec["date_of_loss"], -3000, -200))),
             ("Mortgage lender", case.firm("Building Society"))]
    grid(doc, rows)
    heading(doc, "2. The damage")
    doc.font(9)
    doc.set_x(doc.l_margin)
    for key, label in (("water_damage", "Escape of water"), ("fire", "Fire"),
                       ("weather", "Storm"), ("theft", "Theft"), ("vandalism", "Vandalism"),
                       ("glass", "Glass"), ("other", "Other")):
        box = f"[{'X' if key == rec['incident_type'] else ' '}] {label}"
        doc.cell(doc.get_string_width(box) + 6, 6, box)
    doc.ln(7)
    if rec["incident_type"] not in ("water_damage", "fire", "weather", "theft", "vandalism",
                                    "glass", "other"):
        grid(doc, [("Other cause (please state)", case.type_label())], columns=1)
    grid(doc, [("Address of damaged property", rec["incident_location"]),
               (rng.choice(("Date damage occurred", "Loss date")), case.date(rec["date_of_loss"])),
               ("Police / fire brigade reference", rec.get("police_report_number") or ""),
               ("How did the damage happen?", rec["incident_description"])])
    plumber = case.person()
    grid(doc, [("Contractor attending", f"{plumber}, {case.firm('Plumbing & Heating')}"),
               ("Contractor phone", case.decoy_phone()),
               ("Contractor's quote no.", case.ref("Q-", 5)),
               ("Quote date", case.date(case.decoy_date(rec["date_of_loss"], 1, 9)))])
    heading(doc, "3. Damaged items and costs")
    if rec["line_items"]:
        extra = [[str(rng.randint(1, 15)), case.number(str(rng.randint(40, 3000)) + ".00")]
                 for _ in rec["line_items"]]
        items_table(doc, case, ("Item / repair", "Age (yrs)", f"Price paid ({case.symbol()})",
                                f"Claimed ({case.symbol()})"), (88, 22, 36, 36), extra)
    doc.ln(2)
    doc.leader(rng.choice(("Total amount claimed", "Total of claim", "Amount claimed")),
               case.money(rec["claimed_amount"]), doc.l_margin + 70, 10)
    doc.leader("Policy excess", case.decoy_amount(2, 10), doc.l_margin + 70, 10)
    doc.ln(3)
    doc.text_line("Declaration: I confirm that the information given is correct.", 8.5)
    doc.leader("Signature", case.name(style="plain"), doc.l_margin + 70, 10)
    doc.leader("Date signed", case.date(rec["date_reported"]), doc.l_margin + 70, 10)
    return doc
