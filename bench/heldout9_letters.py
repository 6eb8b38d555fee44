"""Held-out corpus 9, letters: a solicitor's letter of claim, and an insurer's acknowledgment."""

from __future__ import annotations

from bench.heldout9_draw import Doc, output
from bench.heldout9_kit import CENT, Case, international, make_phone, shift

KIND_WORDS = {"collision": "road traffic collision", "theft": "theft", "fire": "fire",
              "water_damage": "escape of water", "weather": "storm damage",
              "vandalism": "malicious damage", "glass": "windscreen damage"}


def domain_of(name: str, tail: str) -> str:
    return "".join(c for c in name.split()[0].lower() if c.isalpha()) + tail


def solicitor_letter(case: Case) -> tuple[dict, bytes]:
    """A UK-style letter of claim from the client's solicitors to her own insurer."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    firm = case.firm(rng.choice(("& Co Solicitors", "Law LLP", "Legal", "& Partners LLP")),
                     "")
    firm.email = f"{rng.choice(('enquiries', 'claims', 'pi'))}@{domain_of(firm.name, 'law.co.uk')}"
    writer = case.person()
    writer.email = f"{writer.name.split()[0][0].lower()}.{writer.name.split()[1].lower()}@" \
                   f"{firm.email.split('@')[1]}"
    insurer_addr = case.fake.address().replace("\n", ", ")
    letter = shift(case.reported, 25, 70, rng)
    decline = shift(case.reported, 8, 20, rng)
    offer = (case.subtotal * rng.choice((35, 45, 60)) / 100).quantize(CENT)
    our_ref = f"{writer.name.split()[0][0]}{writer.name.split()[1][0]}/{rng.randint(1000, 99999)}"
    title = rng.choice(("Mrs", "Mr", "Ms", "Miss", "Dr"))
    doc = Doc(("serif",), margin=56)
    doc.put(doc.l_margin, 40, firm.name, "serif", 20, "B")
    doc.put(doc.l_margin, 64, f"{firm.address}  |  DX {rng.randint(10000, 99999)} "
            f"{case.fake.city()}", "serif", 8.5)
    doc.put(doc.l_margin, 76, f"T {firm.phone}  |  E {firm.email}  |  SRA No. "
            f"{rng.randint(100000, 699999)}", "serif", 8.5)
    doc.line(doc.l_margin, 92, doc.w - doc.r_margin, 92)
    doc.set_y(110)
    doc.para(f"Claims Department\n{case.extra['insurer']}\n{insurer_addr}", "serif", 10.5)
    doc.ln(8)
    refs = (f"Our ref: {our_ref}\nYour ref: {case.claim}\n"
            f"Date: {case.date(letter, rng.choice(('long', 'ord')))}")
    doc.para(refs, "serif", 10.5)
    doc.ln(8)
    doc.para("BY EMAIL AND POST\n\nDear Sir or Madam", "serif", 10.5)
    doc.ln(4)
    doc.para(f"Our client: {title} {c.name}, {c.address}\nPolicy number: {case.policy}\n"
             f"Incident: {KIND_WORDS[case.kind]} on {case.date(case.loss, 'long')}",
             "serif", 10.5, "B")
    doc.ln(4)
    body = [
        f"We are instructed by the above-named client in connection with "
        f"{ {'Mr': 'his', 'Dr': 'their'}.get(title, 'her')} claim under the "
        f"above policy. The incident occurred on {case.date(case.loss, 'long')} at "
        f"{case.location}, and our client notified you of the loss on "
        f"{case.date(case.reported, 'long')}.",
        f"Our client's account of the incident is as follows: \"{case.story}\"",
    ]
    if case.vehicle:
        make, model, year, vin = case.vehicle
        body.append(f"The insured vehicle is a {make} {model} {year}, VIN {vin}, first "
                    f"registered in {year}.")
    if case.police:
        body.append(f"The matter was reported to the police under reference {case.police}.")
    body.append(f"By your letter dated {case.date(decline, 'long')} you offered {sym}"
                f"{case.money(offer)} in full and final settlement. Our client rejects that "
                f"offer. The policy excess of {sym}{case.money(case.excess)} is not in dispute.")
    for text in body:
        doc.para(text, "serif", 10.5, align="J")
        doc.ln(5)
    doc.para("Our client's losses are set out in the schedule below:", "serif", 10.5)
    doc.ln(3)
    rows = [("Schedule of loss", f"Amount ({case.region.currency})")]
    rows += [(d, case.money(a)) for d, a in case.items]
    rows.append(("Total claimed", case.money(case.subtotal)))
    doc.table(rows, [doc.inner - 130, 130], "serif", 10, aligns="LR", fill=235)
    doc.ln(8)
    doc.para(f"Please acknowledge this letter within 21 days. All correspondence should be "
             f"sent to this firm and not to our client. The writer is {writer.name}, direct "
             f"line {writer.phone}, e-mail {writer.email}.", "serif", 10.5, align="J")
    doc.ln(10)
    doc.para(f"Yours faithfully\n\n\n{firm.name}", "serif", 10.5)
    truth = case.truth("solicitor_letter", claimant_email=None, claimant_phone=None,
                       claimed_amount=f"{case.subtotal:.2f}")
    return truth, output(doc)


def insurer_acknowledgment(case: Case) -> tuple[dict, bytes]:
    """The insurer writes to the claimant: reference box top right, claim summary below."""
    rng, c, sym = case.rng, case.claimant, case.region.symbol
    handler = case.person()
    domain = domain_of(case.extra["insurer"], ".com")
    handler.email = f"{handler.name.split()[0].lower()}.{handler.name.split()[1].lower()}@{domain}"
    adjuster = case.firm("Loss Adjusters Ltd", domain_of(case.fake.last_name(), "-la.com"))
    letter = shift(case.reported, 1, 6, rng)
    start = shift(case.loss, -330, -20, rng)
    title = rng.choice(("Mr", "Mrs", "Ms", "Dr"))
    doc = Doc(("sans",), letter=case.region.code in ("US", "CA"))
    doc.set_fill_color(18, 60, 110)
    doc.rect(0, 0, doc.w, 16, "F")
    doc.put(42, 30, case.extra["insurer"], "sans", 16, "B", width=290)
    doc.put(42, 50, "Claims Service Centre", "sans", 9)
    box_x, box_w = doc.w - 242, 200
    doc.set_draw_color(18, 60, 110)
    doc.rect(box_x, 28, box_w, 112)
    lines = (("Claim reference", case.claim), ("Policy number", case.policy),
             ("Claim handler", handler.name), ("Direct line", handler.phone),
             ("E-mail", handler.email), ("Date", case.date(letter)))
    for n, (label, value) in enumerate(lines):
        doc.put(box_x + 6, 34 + n * 17, label, "sans", 7.5, "B", width=70)
        doc.put(box_x + 78, 34 + n * 17, value, "sans", 8.5, width=box_w - 84)
    doc.set_y(96)
    doc.para(f"{title} {c.name}\n" + c.address.replace(", ", "\n", 2), "sans", 10, width=240)
    doc.set_y(max(doc.get_y(), 150) + 14)
    doc.para(f"Dear {title} {c.name.split()[1]},", "sans", 10)
    doc.ln(4)
    doc.para(f"Thank you for telling us about your claim, which we received on "
             f"{case.date(case.reported)}. We are sorry to hear about the "
             f"{KIND_WORDS[case.kind]}. Please quote your claim reference on all "
             f"correspondence. We have recorded the following details:", "sans", 10)
    doc.ln(5)
    vehicle = case.vehicle
    summary = [("Date of loss", case.date(case.loss)), ("Where it happened", case.location),
               ("What happened", case.story)]
    if vehicle:
        summary.append(("Vehicle", f"{vehicle[0]} {vehicle[1]} ({vehicle[2]}), VIN {vehicle[3]}"))
    if case.police:
        summary.append(("Police reference", case.police))
    summary += [("Your telephone", international(c.e164) if rng.random() < 0.5 else c.phone),
                ("Your e-mail", c.email)]
    itemised = rng.random() < 0.6
    summary.append(("Amount claimed", f"{sym}{case.money(case.subtotal)}"))
    for label, value in summary:
        y = doc.get_y()
        doc.put(doc.l_margin, y, label, "sans", 9, "B", width=110)
        doc.set_xy(doc.l_margin + 115, y)
        doc.para(value, "sans", 9.5, x=doc.l_margin + 115, width=doc.inner - 115)
        doc.ln(2)
    if itemised:
        doc.ln(4)
        rows = [("Items you have claimed for", "Value")]
        rows += [(d, f"{sym}{case.money(a)}") for d, a in case.items]
        doc.table(rows, [doc.inner - 110, 110], "sans", 9, aligns="LR")
    doc.ln(6)
    doc.para(f"Your policy has been in force since {case.date(start)} and the excess of "
             f"{sym}{case.money(case.excess)} applies to this claim. We have asked "
             f"{adjuster.name} ({adjuster.phone}) to inspect the damage; they will contact you "
             f"to arrange a visit on or after {case.date(shift(letter, 3, 10, rng))}.", "sans",
             10, align="J")
    doc.ln(6)
    doc.para(f"Yours sincerely\n\n{handler.name}\nClaims Handler", "sans", 10)
    doc.set_y(doc.h - 70)
    helpline, _ = make_phone(rng, case.region)
    doc.para(f"{case.extra['insurer']}, {case.fake.address().replace(chr(10), ', ')}. Claims "
             f"helpline {helpline}. Registered office as above.", "sans", 7)
    truth = case.truth("insurer_acknowledgment", claimed_amount=f"{case.subtotal:.2f}",
                       line_items=truth_items(case) if itemised else [])
    return truth, output(doc)


def truth_items(case: Case) -> list[dict]:
    return [{"description": d, "amount": f"{a:.2f}"} for d, a in case.items]
