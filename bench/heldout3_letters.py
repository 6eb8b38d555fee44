"""Prose layouts of the third held-out corpus: an e-mail thread printout forwarded by an agent,
a claimant's formal letter, and a multi-page packet (cover sheet, repair invoice, police page)."""

from __future__ import annotations

from datetime import date

from bench.heldout3_kit import WEEKDAYS, Case, Doc, fold


def _sent(case: Case, iso: str) -> str:
    """An e-mail client's "Sent:" stamp for the day `iso`."""
    d, r = date.fromisoformat(iso), case.rng
    long = case.date(iso, "Month d, Y" if case.country == "US" else "d Month Y")
    clock = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}" \
        if case.country == "US" else f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
    return f"{WEEKDAYS[d.weekday()]}, {long} {clock}"


def _facts(case: Case, first_person: bool = True) -> list[str]:
    """The claim's facts as sentences a claimant would write (none of them with a label)."""
    rec, rng = case.record, case.rng
    out = [f"{rng.choice(('On', 'The incident happened on', 'It was on'))} "
           f"{case.date(rec['date_of_loss'])} at {rec['incident_location']}.",
           rec["incident_description"]]
    if rec.get("vehicle_vin"):
        out.append(f"The vehicle is my {rec['vehicle_make_model_year']} "
                   f"(VIN {rec['vehicle_vin']}).")
    if rec.get("police_report_number"):
        out.append(rng.choice(("The police gave me the reference ", "The police report number is ",
                               "I reported it to the police under reference "))
                   + f"{rec['police_report_number']}.")
    return out


def _item_lines(case: Case) -> list[str]:
    return [f"  - {item['description']}: {case.money(item['amount'])}"
            for item in case.get("line_items")]


def layout_email(case: Case) -> Doc:
    """A printed e-mail thread: an agent forwards the claimant's message; the agent's own name,
    phone, e-mail and forwarding date are decoys, the quoted message holds the facts."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Helvetica", "Times")))
    agent = case.person()
    agency = case.firm("Insurance Brokers")
    domain = fold(agency.split()[0]).lower() + "-brokers.example"
    forwarded = case.decoy_date(rec["date_reported"], 1, 4)
    subject = f"New claim - policy {rec['policy_number']}"
    if rec.get("claim_number"):
        subject = f"Claim {rec['claim_number']} / policy {rec['policy_number']}"
    doc.text_line(f"{agent}", 12, "B")
    doc.set_draw_color(0, 0, 0)
    doc.line(doc.l_margin, doc.get_y() + 1, doc.w - doc.r_margin, doc.get_y() + 1)
    doc.ln(3)
    for key, value in (("From:", f"{agent} <{case.decoy_email(agent, domain)}>"),
                       ("Sent:", _sent(case, forwarded)),
                       ("To:", f"claims@{case.insurer.split()[0].lower()}.example"),
                       ("Subject:", f"FW: {subject}")):
        doc.font(9.5, "B")
        doc.set_x(doc.l_margin)
        doc.cell(20, 5.5, key)
        doc.font(9.5)
        doc.multi_cell(doc.epw - 20, 5.5, fold(value))
    doc.ln(4)
    doc.text_line("Hello claims team,", 10)
    doc.text_line(f"Please see below from my client. Kindly set this up and send me the "
                  f"acknowledgement. Our file reference is {case.ref('BRK/', 5)}.", 10)
    doc.ln(2)
    doc.text_line(f"Regards,\n{agent}\nAccount Executive, {agency}\n"
                  f"Direct: {case.decoy_phone()} | {case.decoy_email(agent, domain)}", 9.5)
    doc.ln(4)
    doc.text_line("-----Original Message-----", 9.5)
    sender = fold(case.name(style="plain"))
    if rec.get("claimant_email"):
        sender += f" <{rec['claimant_email']}>"
    top = doc.get_y()
    for key, value in (("From:", sender), ("Sent:", _sent(case, rec["date_reported"])),
                       ("To:", f"{agent} <{case.decoy_email(agent, domain)}>"),
                       ("Subject:", subject)):
        doc.font(9.5, "B")
        doc.set_x(doc.l_margin + 4)
        doc.cell(20, 5.5, key)
        doc.font(9.5)
        doc.multi_cell(doc.epw - 24, 5.5, fold(value))
    doc.ln(3)
    doc.set_left_margin(doc.l_margin + 4)
    doc.text_line(f"Hi {agent.split()[0]},", 10)
    doc.text_line(f"I need to make a claim on my policy {rec['policy_number']}"
                  + (f" (claim {rec['claim_number']})." if rec.get("claim_number") else "."), 10)
    doc.text_line(" ".join(_facts(case)), 10)
    if rec["line_items"]:
        doc.text_line("These are the costs so far:", 10)
        doc.text_line("\n".join(_item_lines(case)), 10)
    doc.text_line(f"{rng.choice(('In total I am claiming', 'The total comes to', 'Total:'))} "
                  f"{case.money(rec['claimed_amount'])}.", 10)
    neighbour = case.person()
    doc.text_line(f"My neighbour {neighbour} saw what happened and is happy to help "
                  f"(tel. {case.decoy_phone()}).", 10)
    doc.ln(2)
    signature = ["Thanks,", case.name(style="plain")]
    if rec.get("claimant_phone"):
        label = rng.choice(("Mob", "Tel", "Phone"))
        signature.append(f"{label}: {case.phone(rec['claimant_phone'])}")
    if rec.get("claimant_address"):
        signature.append(rec["claimant_address"])
    doc.text_line("\n".join(signature), 10)
    doc.set_left_margin(doc.l_margin - 4)
    doc.set_draw_color(120, 120, 160)
    doc.set_line_width(0.6)
    doc.line(doc.l_margin + 1.5, top, doc.l_margin + 1.5, doc.get_y())
    return doc


def layout_letter(case: Case) -> Doc:
    """A claimant's formal letter: sender block, the insurer's address and phone, the facts
    only in sentences; a decoy earlier letter date, policy start and witness."""
    rec, rng = case.record, case.rng
    doc = Doc(case, "Times")
    block = [case.name(style="plain")]
    if rec.get("claimant_address"):
        block.append(rec["claimant_address"])
    if rec.get("claimant_phone"):
        block.append(f"Tel. {case.phone(rec['claimant_phone'])}")
    if rec.get("claimant_email"):
        block.append(rec["claimant_email"])
    doc.text_line("\n".join(block), 11, align="R")
    doc.ln(6)
    doc.text_line(f"Claims Department\n{case.insurer}\n{case.address()}\n"
                  f"Tel. {case.decoy_phone()}", 11)
    doc.ln(6)
    doc.text_line(case.date(rec["date_reported"]), 11)
    doc.ln(4)
    doc.text_line("Dear Sir or Madam,", 11)
    doc.ln(2)
    earlier = case.date(case.decoy_date(rec["date_of_loss"], -120, -20))
    start = case.date(case.decoy_date(rec["date_of_loss"], -900, -150))
    opening = (f"I am writing to make a claim under my policy number {rec['policy_number']}, "
               f"which I have held since {start}.")
    if rec.get("claim_number"):
        opening += (f" Your colleague on the telephone gave me the claim number "
                    f"{rec['claim_number']}.")
    doc.text_line(opening + f" I refer also to your renewal letter of {earlier}.", 11, height=6)
    doc.ln(2)
    doc.text_line(" ".join(_facts(case)), 11, height=6)
    doc.ln(2)
    if rec["line_items"]:
        doc.text_line("My losses are as follows:", 11, height=6)
        doc.text_line("\n".join(_item_lines(case)), 11, height=6)
        doc.ln(1)
    doc.text_line(f"{rng.choice(('I therefore claim a total of', 'The amount I claim is'))} "
                  f"{case.money(rec['claimed_amount'])}.", 11, height=6)
    witness = case.person()
    doc.text_line(f"A witness, {witness} of {case.address()}, can confirm this and can be "
                  f"reached on {case.decoy_phone()}.", 11, height=6)
    doc.ln(2)
    doc.text_line("I look forward to hearing from you.", 11)
    doc.ln(4)
    doc.text_line("Yours faithfully,\n\n" + case.name(style="plain"), 11)
    return doc


def layout_packet(case: Case) -> Doc:
    """A multi-page packet: a cover form, a repair-shop invoice (shop name, phone, address,
    invoice number and date as decoys) and, with a police report, a police summary page."""
    rec, rng = case.record, case.rng
    doc = Doc(case, rng.choice(("Helvetica", "Times")))
    doc.text_line("CLAIM SUBMISSION - COVER SHEET", 14, "B")
    doc.text_line(f"To: {case.insurer}, claims intake.  Pages in this packet: see footer.", 9)
    doc.ln(3)
    rows = [("Claim number", rec.get("claim_number") or ""),
            ("Policy number", rec["policy_number"]),
            (rng.choice(("Insured", "Policyholder")), case.name()),
            ("Address", rec.get("claimant_address") or ""),
            ("Phone", case.phone(rec["claimant_phone"]) if rec.get("claimant_phone") else ""),
            ("Email", rec.get("claimant_email") or ""),
            (rng.choice(("Date of loss", "Loss date")), case.date(rec["date_of_loss"])),
            ("Type of loss", case.type_label()),
            ("Location", rec["incident_location"]),
            (rng.choice(("Amount claimed", "Total claimed")), case.money(rec["claimed_amount"])),
            (rng.choice(("Date submitted", "Reported on")), case.date(rec["date_reported"]))]
    for label, value in rows:
        doc.leader(label, value, doc.l_margin + 48)
    doc.ln(2)
    doc.text_line("Circumstances:", 10, "B")
    doc.text_line(rec["incident_description"], 10)
    doc.ln(2)
    doc.text_line("Enclosed: repair invoice" + (", police report" if rec.get(
        "police_report_number") else ""), 9, "I")
    _invoice_page(case, doc)
    if rec.get("police_report_number"):
        _police_page(case, doc)
    return doc


def _invoice_page(case: Case, doc: Doc) -> None:
    rec = case.record
    doc.add_page()
    motor = bool(rec.get("vehicle_vin"))
    shop = case.firm("Auto Body & Paint" if motor else "Building Services")
    doc.text_line(shop, 16, "B")
    doc.text_line(f"{case.address()}  |  Tel {case.decoy_phone()}  |  "
                  f"{case.decoy_email(case.person(), 'shop.example')}", 8.5)
    doc.text_line(f"Tax / VAT no. {case.ref('', 9)}", 8.5)
    doc.ln(4)
    doc.text_line("INVOICE" if rec["line_items"] else "ESTIMATE", 14, "B")
    doc.leader("Number", case.ref("INV-" if rec["line_items"] else "EST-", 6), doc.l_margin + 40)
    doc.leader("Date", case.date(case.decoy_date(rec["date_of_loss"], 2, 12)), doc.l_margin + 40)
    doc.leader("Bill to", case.name(style="plain"), doc.l_margin + 40)
    if motor:
        doc.leader("Vehicle", f"{rec['vehicle_make_model_year']}, reg. {case.plate()}",
                   doc.l_margin + 40)
        doc.leader("VIN", rec["vehicle_vin"], doc.l_margin + 40)
    doc.ln(4)
    if rec["line_items"]:
        doc.font(9, "B")
        doc.set_x(doc.l_margin)
        for header, width in (("Description", 110), ("Qty", 20), (f"Amount {case.symbol()}", 50)):
            doc.cell(width, 7, header, border="B")
        doc.ln(8)
        doc.font(9.5)
        for item in rec["line_items"]:
            doc.set_x(doc.l_margin)
            doc.cell(110, 6.5, fold(item["description"]))
            doc.cell(20, 6.5, "1")
            doc.cell(50, 6.5, case.number(item["amount"]), align="R")
            doc.ln(6.5)
        doc.ln(2)
    doc.font(11, "B")
    doc.set_x(doc.l_margin)
    doc.cell(130, 8, "TOTAL DUE" if rec["line_items"] else "Estimate total")
    doc.cell(50, 8, case.money(rec["claimed_amount"]), align="R")
    doc.ln(10)
    doc.text_line(f"Payment within 30 days. Bank ref {case.ref('', 8)}. Thank you for your "
                  f"business. Contact {case.person()}.", 8.5)


def _police_page(case: Case, doc: Doc) -> None:
    rec = case.record
    doc.add_page()
    doc.text_line("POLICE INCIDENT REPORT - SUMMARY FOR INSURANCE PURPOSES", 12, "B")
    doc.ln(3)
    officer = case.person()
    other = case.person()
    for label, value in (("Report number", rec["police_report_number"]),
                         ("Date of occurrence", case.date(rec["date_of_loss"])),
                         ("Date of this report", case.date(case.decoy_date(rec["date_of_loss"],
                                                                           0, 3))),
                         ("Location", rec["incident_location"]),
                         ("Reporting person", case.name(style="plain")),
                         ("Other party", f"{other}, {case.address()}"),
                         ("Other party phone", case.decoy_phone()),
                         ("Officer", f"{officer}, badge {case.ref('', 4)}"),
                         ("Station telephone", case.decoy_phone()),
                         ("Incident log no.", case.ref("LOG", 7))):
        doc.leader(label, value, doc.l_margin + 52)
    doc.ln(4)
    doc.text_line("This summary is issued at the request of the reporting person and is not a "
                  "finding of liability.", 8.5, "I")
