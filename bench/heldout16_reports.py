"""Held-out corpus 16 reports: the field adjuster's inspection and the Outlook e-mail printout."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout16_case import Case
from bench.heldout16_draw import Page

THIRD_PERSON = {
    "fire": "The insured reports that a grease fire started on the stove and spread to the "
            "kitchen cabinets before it was extinguished. Smoke residue was noted in the living "
            "room and hallway.",
    "water_damage": "The insured states that a supply line under the bathroom sink failed and "
                    "water ran through the subfloor into the ceiling of the room below before "
                    "the main valve was closed.",
    "weather": "According to the insured, high winds during the storm removed shingles from the "
               "rear roof slope and a large branch fell onto the deck; rain then entered the "
               "attic.",
    "vandalism": "The insured advises that unknown persons spray-painted the garage door and "
                 "siding and broke two basement windows overnight.",
}


def draw_labelled(page: Page, label: str, value: str, size: float = 10) -> None:
    page.text(page.left, page.y + size, label, size, "B")
    page.para(value, size, x=page.left + 140, width=page.width - 140)
    page.y += 2


def draw_adjuster_field_report(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    adjuster = case.party("adjuster")
    inspected = case.reported + timedelta(days=rng.randint(1, 9))
    reserve = (case.claimed * rng.choice([70, 85, 110]) / 100).quantize(case.claimed)
    page.text(page.left, page.y + 16, adjuster.company, 17, "B")
    page.text(page.left, page.y + 30, f"{adjuster.address}  |  Tel {case.p(adjuster.phone)}"
                                      f"  |  {adjuster.email}", 8)
    page.rule(page.left, page.y + 36, page.right, page.y + 36, 1.5)
    page.y += 52
    page.text(page.left, page.y + 12, "FIELD INSPECTION REPORT", 13, "B")
    page.text(page.left, page.y + 12, f"Report date: {case.d(inspected + timedelta(days=1))}",
              9, align="R", width=page.width)
    page.y += 24
    page.text(page.left, page.y + 10, f"To: {case.insurer}, Property Claims", 10)
    page.y += 20
    for label, value in [
            ("Insured:", case.name), ("Risk address:", case.address),
            ("Insured's phone:", case.p(case.phone)),
            ("Insured's e-mail:", case.email or "not provided"),
            ("Policy no.:", case.policy_number),
            ("Carrier claim no.:", case.claim_number or "to be assigned"),
            ("Our file no.:", f"CR-{rng.randint(10000, 99999)}"),
            ("Date of loss:", case.d(case.loss)), ("Date reported:", case.d(case.reported)),
            ("Date of inspection:", case.d(inspected)),
            ("Cause of loss:", {"fire": "Fire - kitchen", "water_damage": "Water - plumbing "
                                "discharge", "weather": "Windstorm", "vandalism":
                                "Vandalism / malicious mischief"}[case.incident_type]),
            ("Loss location:", case.location),
            ("Police report:", case.police or "none reported")]:
        draw_labelled(page, label, value)
    page.y += 8
    page.heading("Narrative", case.story)
    page.y += 4
    page.para(f"The writer met with the insured at the risk on {case.d(inspected)} and inspected "
              "the affected areas. Moisture readings and photographs were taken. The damage is "
              "consistent with the reported cause and date of loss. No prior damage was "
              "observed.", 10)
    page.y += 10
    page.text(page.left, page.y + 11, "Reserves and figures", 11, "B")
    page.y += 16
    page.table([330, 182], [
        ["Insured's claimed amount (proof of loss)", case.m(case.claimed)],
        ["Recommended reserve", case.m(reserve)],
        ["Policy deductible", case.m(case.deductible)],
        ["Coverage A limit", case.m(case.claimed * 20 + 1000)]], aligns="LR")
    page.y += 12
    page.text(page.left, page.y + 11, "Photographs", 11, "B")
    page.y += 16
    photos = ["Front elevation / risk overview", "Area of origin", "Damaged finishes, close-up",
              "Contents affected", "Moisture meter reading"]
    for n, label in enumerate(photos[:rng.randint(3, 5)], 1):
        page.text(page.left + 10, page.y + 10, f"{n}. {label}", 9.5)
        page.y += 13
    page.y += 18
    page.text(page.left, page.y, f"{adjuster.name}, Field Adjuster", 10, "B")
    page.text(page.left, page.y + 12, f"Direct {case.p(adjuster.phone, 'dash')}", 9)
    return page.output()


def draw_outlook_table_email(case: Case) -> bytes:
    rng = case.rng
    page = Page(rng, body=rng.choice(["lsans", "dsans"]))
    staff = case.party("insurer_staff")
    sent = case.reported
    ref = f"ACK-{rng.randint(1000000, 9999999)}"
    domain = f"{case.insurer.split()[0].lower()}ins.com"
    inbox = f"claims@{domain}"
    staff.email = f"{staff.name.split()[0][0].lower()}{staff.name.split()[1].lower()}@{domain}"
    page.text(page.left, 30, f"{sent.month}/{sent.day}/{sent.year}, {rng.randint(1, 11)}:"
                             f"{rng.randint(10, 59)} PM", 7.5)
    page.text(page.left, 30, "Mail - Outlook", 7.5, align="C", width=page.width)
    page.text(page.left, 54, "Outlook", 12, "B")
    page.rule(page.left, 60, page.right, 60, 0.4, 180)
    page.y = 66
    subject = f"Claim - {case.incident_type.replace('_', ' ')} on {case.d(case.loss, 'long')}"
    page.text(page.left, page.y + 15, subject, 14)
    page.y += 28
    sender = case.email or f"{case.first.lower()}.{case.last.lower()}@gmail.com"
    page.text(page.left, page.y + 10, f"{case.name} <{sender}>", 10, "B")
    page.text(page.left, page.y + 10, f"{case.d(sent, 'short_mon')}", 8.5, align="R",
              width=page.width)
    page.text(page.left, page.y + 23, f"To: {inbox}", 8.5)
    page.y += 38
    page.para("Hello,", 10)
    page.y += 4
    page.para("Please find below the details of my claim. I filled in the table from my policy "
              "papers; photos will follow in a separate message. Let me know if anything else "
              "is needed.", 10)
    page.y += 8
    rows = [["Policy holder", case.name], ["Policy number", case.policy_number],
            ["Claim number", case.claim_number or "(not assigned yet)"],
            ["Address", case.address], ["Phone", case.p(case.phone)],
            ["Date of loss", case.d(case.loss)], ["Where it happened", case.location],
            ["What happened", case.story]]
    if case.vehicle:
        rows += [["Vehicle", " ".join(str(v) for v in case.vehicle)], ["VIN", case.vin or ""]]
    rows += [["Police report", case.police or "none"],
             ["Amount claimed", case.m(case.claimed)]]
    page.table([150, 330], rows, header=["Field", "Value"], size=9.5, shade=235)
    page.y += 12
    page.para("Thanks,", 10)
    page.para(case.name, 10)
    page.para(case.p(case.phone, "dot"), 10)
    page.y += 14
    page.rule(page.left, page.y, page.right, page.y, 0.4, 180)
    page.y += 10
    page.text(page.left, page.y + 10, f"{case.insurer} Claims <{inbox}>", 10, "B")
    page.text(page.left, page.y + 10, case.d(sent, "short_mon"), 8.5, align="R",
              width=page.width)
    page.y += 20
    page.para(f"Automatic reply: Thank you for contacting {case.insurer}. Your message has been "
              f"received under reference {ref}. This is not a claim number. A claims "
              f"representative will contact you within two business days. For urgent matters "
              f"call {case.p(staff.phone, 'one_dash')} (Mon-Fri 8am-8pm ET).", 9)
    page.y += 4
    page.para(f"{staff.name} | Claims Intake Team | {staff.email}", 8.5, style="I")
    link = f"https://outlook.office.com/mail/inbox/id/AAQk{rng.randint(10**8, 10**9)}"
    page.text(page.left, 770, link, 7)
    page.text(page.left, 770, "1/1", 7, align="R", width=page.width)
    return page.output()
