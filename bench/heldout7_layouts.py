"""Held-out corpus 7, the layouts: each takes (claim, rng, fake) and returns the PDF's bytes.

A layout may change the claim (currency, line items, amount) before printing it, so the truth
is read from the claim afterwards.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from faker import Faker

from bench.heldout7_kit import (
    INCIDENTS,
    Claim,
    cents,
    dmy,
    fr_date,
    long_date,
    mdy_long,
    money,
    new_pdf,
    person,
    phone,
    us_date,
)

W = 495  # text width on A4 with 50 pt margins


def _para(pdf, text: str, size: float = 10, family: str = "serif", style: str = "",
          gap: float = 4) -> None:
    pdf.set_font(family, style, size)
    pdf.multi_cell(W, size * 1.35, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _row(pdf, label: str, value: str, label_w: float = 190, size: float = 9.5,
         family: str = "sans") -> None:
    pdf.set_font(family, "B", size)
    y = pdf.get_y()
    lines = len(pdf.multi_cell(label_w - 6, size * 1.4, label, dry_run=True, output="LINES"))
    pdf.multi_cell(label_w - 6, size * 1.4, label, align="L", new_x="RIGHT", new_y="TOP")
    pdf.set_x(50 + label_w)
    pdf.set_font(family, "", size)
    pdf.multi_cell(W - label_w, size * 1.4, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + lines * size * 1.4) + 2)


def _table(pdf, head: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...],
           size: float = 9) -> None:
    pdf.set_font("sans", "B", size)
    for text, w in zip(head, widths, strict=True):
        pdf.cell(w, size * 1.8, text, border=1, align="C")
    pdf.ln()
    pdf.set_font("sans", "", size)
    for row in rows:
        for i, (text, w) in enumerate(zip(row, widths, strict=True)):
            pdf.cell(w, size * 1.8, text, border=1, align="L" if i == 0 else "R")
        pdf.ln()


def _items(claim: Claim, rng: random.Random, names: list[str], low: int, high: int) -> None:
    chosen = rng.sample(names, rng.randint(2, min(4, len(names))))
    claim.items = [(name, cents(rng, low, high)) for name in chosen]
    claim.amount = sum((a for _, a in claim.items), Decimal("0.00"))


def _make_collision(claim: Claim, rng: random.Random) -> None:
    """Turn the story into a collision (a layout that only makes sense for one)."""
    if claim.incident_type != "collision":
        claim.incident_type = "collision"
        road = claim.location.split(", ")[0]
        claim.description = rng.choice(INCIDENTS["collision"]).format(road=road)


def canada_auto(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """A Canadian auto claim form, bilingual labels, ISO and dd/mm/yyyy dates, CAD."""
    claim.currency = "CAD"
    claim.amount = cents(rng, 900, 14000)
    iso_loss = rng.random() < 0.6
    pdf = new_pdf("letter")
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.cell(0, 20, rng.choice(("Assurance Érable Nord / Northern Maple Insurance",
                                "Mutuelle Laurentide / Laurentide Mutual")),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 11)
    pdf.cell(0, 16, "Déclaration de sinistre automobile - Automobile Loss Report",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    rows = [
        ("N° de sinistre / Claim No.", claim.claim_number),
        ("N° de police / Policy No.", claim.policy_number),
        ("Assuré(e) / Insured", f"{claim.claimant.last.upper()}, {claim.claimant.first}"
         + (f" {claim.claimant.middle}" if claim.claimant.middle else "")),
        ("Adresse / Address", claim.address),
    ]
    if claim.phone_printed:
        rows.append(("Téléphone / Telephone", claim.phone_printed))
    if claim.email:
        rows.append(("Courriel / E-mail", claim.email))
    rows += [
        ("Date du sinistre / Date of loss", f"{claim.date_of_loss.isoformat()} (AAAA-MM-JJ)"
         if iso_loss else f"{dmy(claim.date_of_loss)} (JJ/MM/AAAA)"),
        ("Lieu / Location", claim.location),
        ("Véhicule / Vehicle", f"{claim.car[2]} {claim.car[0]} {claim.car[1]}"),
        ("NIV / VIN", claim.vin),
    ]
    if claim.police:
        rows.append(("Rapport de police / Police report", claim.police))
    order = rows[:4] + rng.sample(rows[4:], len(rows) - 4)
    for label, value in order:
        _row(pdf, label, value, label_w=230)
    pdf.ln(6)
    _para(pdf, "Description de l'accident / Description of accident:", 10, "sans", "B", 2)
    _para(pdf, claim.description, 10, "serif")
    french = f"{claim.amount:,.2f}".replace(",", "\u00a0").replace(".", ",")
    _row(pdf, "Montant réclamé / Amount claimed", f"{french} $ (CAD {money(claim.amount)})",
         label_w=230)
    pdf.ln(14)
    _para(pdf, "Je certifie que les renseignements ci-dessus sont exacts. / I certify that the "
          "information above is true.", 9, "sans")
    _row(pdf, "Signature", claim.claimant.name, label_w=230)
    if iso_loss:
        _row(pdf, "Date (JJ/MM/AAAA)", dmy(claim.date_reported), label_w=230)
    else:
        _row(pdf, "Date (AAAA-MM-JJ)", claim.date_reported.isoformat(), label_w=230)
    return bytes(pdf.output())


def landlord_letter(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """A landlord's building claim letter; the tenant and a contractor are decoys."""
    tenant, builder = person(fake, rng), person(fake, rng)
    tenant_phone, _ = phone(rng, "US")
    builder_phone, _ = phone(rng, "US")
    company = f"{builder.last} {rng.choice(('Restoration', 'Building Services', 'Contracting'))}"
    _items(claim, rng, ["Remove and replace damaged drywall", "Ceiling repair and repaint",
                        "Replace kitchen cabinets", "Water extraction and drying equipment",
                        "Replace vinyl plank flooring", "Electrical inspection"], 300, 4800)
    claim.truth_items = rng.random() < 0.5
    pdf = new_pdf("letter")
    pdf.add_page()
    _para(pdf, f"{claim.claimant.name}\n{claim.address}"
          + (f"\n{claim.phone_printed}" if claim.phone_printed else "")
          + (f"\n{claim.email}" if claim.email else ""), 10, "serif", "", 10)
    _para(pdf, mdy_long(claim.date_reported), 10)
    _para(pdf, f"Claims Department\n{fake.company()} Insurance\n{fake.address()}", 10, gap=10)
    _para(pdf, f"Re: Landlord policy {claim.policy_number} - claim reference "
          f"{claim.claim_number}", 10, "serif", "B", 8)
    _para(pdf, "Dear Sir or Madam,", 10)
    _para(pdf, f"I own the rental property at {claim.location}. On "
          f"{mdy_long(claim.date_of_loss)} my tenant, {tenant.name} (tel. {tenant_phone}), "
          "called to tell me about the following:", 10)
    _para(pdf, claim.description, 10)
    if claim.truth_items:
        _para(pdf, f"I asked {builder.name} of {company} ({builder_phone}) to inspect the "
              "unit. Their estimate for the repairs is set out below and a copy is enclosed.",
              10)
        _table(pdf, ("Repair item", "Amount"), [(d, f"${money(a)}") for d, a in claim.items]
               + [("Total", f"${money(claim.amount)}")], (360, 135))
        pdf.ln(8)
    else:
        _para(pdf, f"I asked {builder.name} of {company} ({builder_phone}) to inspect the "
              "unit; their written estimate for the repairs is enclosed.", 10)
    _para(pdf, f"I am therefore claiming ${money(claim.amount)} under the building cover of my "
          "policy. Please contact me, not the tenant, about access to the property.", 10)
    _para(pdf, "Yours faithfully,", 10, gap=18)
    _para(pdf, f"{claim.claimant.name}\nOwner", 10)
    return bytes(pdf.output())


def portal_grid(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """A claims-portal case summary: three columns, bold labels above values, adjuster top right."""
    adjuster = person(fake, rng)
    adj_phone, _ = phone(rng, "US")
    pdf = new_pdf("A4")
    pdf.add_page()
    pdf.set_font("libsans", "B", 16)
    pdf.cell(300, 22, "Case Summary")
    pdf.set_font("libsans", "", 8)
    pdf.set_xy(360, 50)
    pdf.multi_cell(185, 10.5, f"Assigned adjuster\n{adjuster.name}\n{adj_phone}\n"
                   f"{adjuster.first.lower()}.{adjuster.last.lower()}@claims.example.com\n"
                   f"Printed {us_date(claim.date_reported + timedelta(days=rng.randint(1, 9)))}",
                   border=1)
    pdf.set_y(125)
    if claim.car:
        _items(claim, rng, ["Rear bumper cover", "Tail lamp assembly", "Labour - body",
                            "Paint and materials", "Rental car"], 120, 2200)
    else:
        _items(claim, rng, ["Drywall and paint", "Flooring", "Contents - furniture",
                            "Emergency make-safe", "Roof tiles and labour"], 200, 6000)
    claim.truth_items = True
    cells = [(rng.choice(("Case #", "Claim ID", "File number")), claim.claim_number),
             ("Policy", claim.policy_number),
             ("Status", rng.choice(("Open", "Under review", "Awaiting documents"))),
             ("Policyholder", claim.claimant.name), ("Contact phone", claim.phone_printed),
             ("E-mail", claim.email), ("Mailing address", claim.address),
             ("Loss date", us_date(claim.date_of_loss)),
             (rng.choice(("First notice received", "Reported on", "FNOL date")),
              us_date(claim.date_reported)),
             ("Loss cause", {"water_damage": "Water - sudden discharge", "fire": "Fire",
                             "weather": "Storm / hail", "collision": "Auto collision",
                             "theft": "Theft of vehicle", "vandalism": "Malicious damage",
                             "glass": "Glass only"}[claim.incident_type]),
             ("Loss location", claim.location), ("Police report", claim.police),
             ("VIN", claim.vin),
             ("Vehicle", f"{claim.car[0]} {claim.car[1]} {claim.car[2]}" if claim.car else None),
             ("Total claimed", f"${money(claim.amount)}")]
    cells = [c for c in cells if c[1]]
    col = W / 3
    for start in range(0, len(cells), 3):
        y = pdf.get_y()
        bottom = y
        for i, (label, value) in enumerate(cells[start:start + 3]):
            pdf.set_xy(50 + i * col, y)
            pdf.set_font("libsans", "B", 8)
            pdf.cell(col - 8, 11, label.upper(), new_x="LEFT", new_y="NEXT")
            pdf.set_font("libsans", "", 9.5)
            pdf.multi_cell(col - 8, 12, value, new_x="LEFT", new_y="NEXT")
            bottom = max(bottom, pdf.get_y())
        pdf.set_y(bottom + 8)
    pdf.ln(4)
    _para(pdf, "LOSS NARRATIVE", 8, "libsans", "B", 1)
    _para(pdf, claim.description, 9.5, "libsans", "", 8)
    _para(pdf, "RESERVE LINES", 8, "libsans", "B", 1)
    _table(pdf, ("Line", "Claimed"), [(d, money(a)) for d, a in claim.items], (350, 145))
    return bytes(pdf.output())


def accident_statement(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """A typed-on-paper accident statement: Courier answers on underlined blanks, two witnesses."""
    _make_collision(claim, rng)
    claim.amount = cents(rng, 700, 9000)
    witnesses = [person(fake, rng) for _ in range(2)]
    pdf = new_pdf("letter")
    pdf.add_page()
    pdf.set_font("libsans", "B", 13)
    pdf.cell(0, 18, "DRIVER'S STATEMENT OF ACCIDENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("libsans", "", 8)
    pdf.cell(0, 12, "Print clearly. Use the back of this form if you need more room.",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    def blank(label: str, value: str, width: float = W) -> None:
        pdf.set_font("libsans", "", 9)
        lw = pdf.get_string_width(label) + 6
        pdf.cell(lw, 18, label)
        size = 10.0
        pdf.set_font("mono", "I", size)
        while pdf.get_string_width(value) > width - lw - 4 and size > 6:
            size -= 0.5
            pdf.set_font("mono", "I", size)
        x = pdf.get_x()
        pdf.cell(width - lw, 18, value)
        pdf.line(x, pdf.get_y() + 15, 50 + width, pdf.get_y() + 15)
        pdf.ln(20)

    blank("Claim no. (office use):", claim.claim_number)
    blank("Policy number:", claim.policy_number)
    blank("Your name:", claim.claimant.name.upper() if rng.random() < 0.5 else claim.claimant.name)
    blank("Home address:", claim.address)
    if claim.phone_printed:
        blank("Daytime phone:", claim.phone_printed)
    if claim.email:
        blank("E-mail (optional):", claim.email)
    blank("Date of accident:", mdy_long(claim.date_of_loss) if rng.random() < 0.5
          else us_date(claim.date_of_loss))
    blank("Where did it happen?", claim.location)
    blank("Your vehicle (year, make, model):", f"{claim.car[2]} {claim.car[0]} {claim.car[1]}")
    blank("VIN:", claim.vin)
    if claim.police:
        blank("Police report / incident no.:", claim.police)
    pdf.set_font("libsans", "", 9)
    pdf.cell(0, 16, "Describe what happened in your own words:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("mono", "I", 10)
    pdf.multi_cell(W, 15, claim.description, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.rect(50, top, 220, 80)
    pdf.line(60, top + 40, 260, top + 40)
    pdf.rect(90, top + 28, 34, 16)
    pdf.rect(150, top + 30, 34, 16)
    pdf.line(184, top + 38, 204, top + 38)
    pdf.set_font("libsans", "I", 8)
    pdf.set_xy(52, pdf.get_y() + 82)
    pdf.cell(0, 10, "Sketch: position of vehicles at impact (arrow = direction of travel)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for n, w in enumerate(witnesses, start=1):
        blank(f"Witness {n} name / phone:", f"{w.name}   {phone(rng, 'US')[0]}")
    blank("Estimated cost of repairs:", f"${money(claim.amount)}")
    blank("Signed:", claim.claimant.name, 300)
    blank("Date signed:", us_date(claim.date_reported), 300)
    return bytes(pdf.output())


def australia_home(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """An Australian home claim: dd/mm/yyyy, AUD, +61, a builder's quote with GST."""
    claim.currency = "AUD"
    names = ["Supply and fix plasterboard", "Paint walls/ceiling", "Replace skirting boards",
             *{"water_damage": ["Strip out wet plasterboard", "Replace laundry cabinetry",
                                "Dehumidifier hire"],
               "fire": ["Replace range hood", "Smoke clean ceilings", "Replace kitchen cupboards"],
               "weather": ["Roof tiles - supply and lay", "Make safe (tarp)",
                           "Replace fascia and gutter"]}[claim.incident_type]]
    chosen = rng.sample(names, rng.randint(3, 5))
    claim.items = [(n, cents(rng, 250, 3500)) for n in chosen]
    subtotal = sum((a for _, a in claim.items), Decimal("0.00"))
    gst = (subtotal / 10).quantize(Decimal("0.01"))
    claim.amount = subtotal + gst
    pdf = new_pdf("A4")
    pdf.add_page()
    pdf.set_font("sans", "B", 15)
    pdf.cell(0, 20, "Home and Contents - Claim Form", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8)
    pdf.cell(0, 12, f"{rng.choice(('Southern Cross', 'Coral Coast', 'Bluegum'))} Insurance "
             f"Ltd  ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
             f"{rng.randint(100, 999)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    rows = [(rng.choice(("Claim number", "Claim ref.", "Our reference")), claim.claim_number),
            (rng.choice(("Policy number", "Policy no.", "Policy")), claim.policy_number),
            (rng.choice(("Policyholder", "Insured name", "Name of insured")),
             claim.claimant.name),
            (rng.choice(("Insured address", "Risk address", "Property address")),
             claim.address)]
    if claim.phone_printed:
        rows.append((rng.choice(("Mobile", "Best contact number", "Ph")), claim.phone_printed))
    if claim.email:
        rows.append((rng.choice(("Email", "Email address")), claim.email))
    rows.append((rng.choice(("Date of event", "Date of loss", "Incident date")),
                 dmy(claim.date_of_loss)))
    rows.append((rng.choice(("Where did it occur", "Location of loss")), claim.location))
    for label, value in rows[:2] + rng.sample(rows[2:], len(rows) - 2):
        _row(pdf, label, value, 150)
    pdf.ln(4)
    _para(pdf, "What happened?", 9.5, "sans", "B", 2)
    _para(pdf, claim.description, 9.5, "sans")
    builder = person(fake, rng)
    _para(pdf, f"Builder's quote - {builder.last} Building & Maintenance Pty Ltd "
          f"(QBCC licence {rng.randint(1000000, 9999999)})", 9.5, "sans", "B", 2)
    _table(pdf, ("Description", "Amount (ex GST)"),
           [(d, f"${money(a)}") for d, a in claim.items]
           + [("Subtotal", f"${money(subtotal)}"), ("GST 10%", f"${money(gst)}"),
              ("Total incl. GST", f"${money(claim.amount)}")], (345, 150))
    pdf.ln(10)
    _row(pdf, "Amount claimed (AUD)", f"${money(claim.amount)}", 150)
    _row(pdf, "Declaration signed", f"{claim.claimant.name}, {dmy(claim.date_reported)}", 150)
    return bytes(pdf.output())


def spouse_email(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """An e-mail printout from the claimant's spouse; the writer's signature is a decoy."""
    writer = person(fake, rng)
    writer.last = claim.claimant.last
    writer_phone, _ = phone(rng, "US")
    relation = rng.choice(("husband", "wife"))
    first = (fake.first_name_male if relation == "husband" else fake.first_name_female)()
    if first.isalpha() and first.title() == first:
        claim.claimant.first = first
    claim.amount = cents(rng, 800, 12000)
    writer_mail = f"{writer.first.lower()}{rng.randint(10, 99)}@example.com"
    pdf = new_pdf("letter")
    pdf.add_page()
    sent = claim.date_reported
    for label, value in (("From:", f"{writer.name} <{writer_mail}>"),
                         ("Sent:", f"{sent.strftime('%A')}, {mdy_long(sent)} "
                                   f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}"),
                         ("To:", "claims@insurer.example.com"),
                         ("Subject:", f"Claim {claim.claim_number} - {claim.claimant.name}")):
        _row(pdf, label, value, 60, 9.5, "libsans")
    pdf.line(50, pdf.get_y() + 2, 545, pdf.get_y() + 2)
    pdf.ln(10)
    body = (f"Hello, I am writing on behalf of my {relation} {claim.claimant.name}, who is "
            f"the policyholder (policy {claim.policy_number}). "
            f"On {mdy_long(claim.date_of_loss)} at {claim.location} this happened: ")
    _para(pdf, body + claim.description, 10, "libsans")
    details = []
    if claim.car:
        details.append(f"The car is our {claim.car[2]} {claim.car[0]} {claim.car[1]}, "
                       f"VIN {claim.vin}.")
    if claim.police:
        details.append(f"The police gave us report number {claim.police}.")
    details.append(f"The repair estimate comes to ${money(claim.amount)}, which is the amount "
                   "we are claiming.")
    contact = []
    if claim.phone_printed:
        pronoun = "his" if relation == "husband" else "her"
        contact.append(f"on {pronoun} cell at {claim.phone_printed}")
    if claim.email:
        contact.append(f"by e-mail at {claim.email}")
    if contact:
        details.append(f"You can reach {claim.claimant.first} directly " + " or ".join(contact)
                       + ".")
    details.append(f"Our home address is {claim.address}.")
    _para(pdf, " ".join(details), 10, "libsans", gap=12)
    _para(pdf, f"Thanks,\n{writer.name}\n{writer_phone}", 10, "libsans")
    return bytes(pdf.output())


def tow_packet(claim: Claim, rng: random.Random, fake: Faker) -> bytes:
    """Two pages: a short claim notice, then a tow and storage invoice with GST (Canada)."""
    if claim.incident_type == "glass":  # nobody tows a car for a cracked windscreen
        _make_collision(claim, rng)
    claim.currency = "CAD"
    days = rng.randint(2, 9)
    rate = cents(rng, 35, 80)
    claim.items = [("Tow - flatbed, hook-up", cents(rng, 120, 260)),
                   (f"Mileage {rng.randint(8, 60)} km", cents(rng, 30, 180)),
                   (f"Storage {days} days @ {money(rate)}", rate * days)]
    if rng.random() < 0.5:
        claim.items.append(("Winching / recovery", cents(rng, 90, 400)))
    subtotal = sum((a for _, a in claim.items), Decimal("0.00"))
    gst = (subtotal * Decimal("0.05")).quantize(Decimal("0.01"))
    claim.amount = subtotal + gst
    pdf = new_pdf("letter")
    pdf.add_page()
    _para(pdf, "NOTICE OF CLAIM - TOWING AND STORAGE", 13, "sans", "B", 8)
    _row(pdf, rng.choice(("Reference", "Claim ref", "File no.")), claim.claim_number, 150)
    _row(pdf, "Policy", claim.policy_number, 150)
    _row(pdf, "Owner / driver", claim.claimant.name, 150)
    _row(pdf, "Address", claim.address, 150)
    if claim.phone_printed:
        _row(pdf, "Phone", claim.phone_printed, 150)
    if claim.email:
        _row(pdf, "E-mail", claim.email, 150)
    _row(pdf, "Vehicle", f"{claim.car[0]} {claim.car[1]} ({claim.car[2]})", 150)
    _row(pdf, "Serial / VIN", claim.vin, 150)
    _row(pdf, rng.choice(("Accident date", "Date of accident", "Loss date")),
         claim.date_of_loss.isoformat(), 150)
    _row(pdf, "Location", claim.location, 150)
    if claim.police:
        _row(pdf, "Police file", claim.police, 150)
    pdf.ln(4)
    _para(pdf, claim.description, 10)
    _para(pdf, f"I claim the towing and storage charges on the attached invoice, total "
          f"CAD {money(claim.amount)}.", 10)
    _row(pdf, "Submitted", fr_date(claim.date_reported) + " / " + long_date(claim.date_reported),
         150)
    pdf.add_page()
    tower = fake.last_name()
    _para(pdf, f"{tower} Towing & Recovery Ltd.", 14, "sans", "B", 2)
    _para(pdf, f"{fake.street_address()}  |  GST/HST No. {rng.randint(100000000, 999999999)} "
          f"RT0001", 8, "sans", gap=10)
    inv_date = claim.date_of_loss + timedelta(days=days)
    _row(pdf, "Invoice", f"T-{rng.randint(10000, 99999)}", 120)
    _row(pdf, "Invoice date", inv_date.isoformat(), 120)
    _row(pdf, "Bill to", claim.claimant.name, 120)
    pdf.ln(6)
    _table(pdf, ("Service", "Amount"), [(d, money(a)) for d, a in claim.items]
           + [("Subtotal", money(subtotal)), ("GST 5%", money(gst)),
              ("TOTAL DUE (CAD)", money(claim.amount))], (345, 150))
    return bytes(pdf.output())


LAYOUTS = {
    "canada_auto": (canada_auto, "CA", True),
    "landlord_letter": (landlord_letter, "US", False),
    "portal_grid": (portal_grid, "US", None),
    "accident_statement": (accident_statement, "US", True),
    "australia_home": (australia_home, "AU", False),
    "spouse_email": (spouse_email, "US", True),
    "tow_packet": (tow_packet, "CA", True),
}
