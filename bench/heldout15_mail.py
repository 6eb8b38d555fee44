"""Held-out corpus 15, a Gmail print of a claim conversation: the customer's first message with
their details, the claims officer's reply with a signature and a legal disclaimer."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout15_case import POLICE_LABELS, Case, capital
from bench.heldout15_kit import Sheet, format_date, format_money
from bench.heldout15_places import firm_domain

LEFT, WIDTH = 16, 178
DISCLAIMER = ("This e-mail and any attachments are confidential and may be legally privileged. "
              "If you are not the intended recipient, please notify the sender and delete it; "
              "any use, copying or disclosure is prohibited. {insurer} accepts no liability for "
              "viruses transmitted by e-mail.")


def stamp(day, rng) -> str:
    """Gmail's date line: `Mon, 9 Mar 2026, 14:05`."""
    return f"{format_date(day, 'weekday')}, {rng.randint(7, 21)}:{rng.randint(0, 59):02d}"


def message_head(pdf: Sheet, y: float, name: str, email: str, when: str, to: str) -> float:
    pdf.rule(LEFT, y, LEFT + WIDTH, y, 0.2)
    pdf.put(LEFT, y + 3, name, 10, "B")
    pdf.put(LEFT + pdf.get_string_width(name) + 2, y + 3, f"<{email}>", 9)
    pdf.put(LEFT + WIDTH - 55, y + 3, when, 8.5, w=55, align="R")
    pdf.put(LEFT, y + 8, f"To: {to}", 8.5)
    return y + 15


def customer_body(case: Case, money: str) -> str:
    v = case.vehicle
    cur = case.region.currency
    case.description = f"{capital(case.story)}."
    text = (f"Hello,\n\nI would like to make a claim under my policy {case.policy_number}. It "
            f"happened on {format_date(case.loss, case.rng.choice(('long', 'ordinal')))} at "
            f"{case.location}.\n\n{case.description}\n\n")
    if v:
        text += (f"The car is my {v.year} {v.make} {v.model}, registration {v.rego}, "
                 f"VIN {v.vin}.\n\n")
    if case.police:
        text += f"I reported it to the police, {POLICE_LABELS[case.region.code]} {case.police}.\n\n"
    what = "repair" if v else "replacement and repair"
    text += (f"I have a quote for the {what} of {format_money(case.claimed, cur, money)} which I "
             f"have attached. Please let me know what else you need.\n\nKind regards,\n"
             f"{case.claimant.name}\n{case.claimant.address}\nPh: {case.claimant.phone}")
    return text


def draw_gmail_print(case: Case) -> bytes:
    """The printed thread as the insurer's officer would print it from the browser."""
    rng, code = case.rng, case.region.code
    pdf = Sheet(rng.choice(("sans", "dejavu")), auto_break=True)
    money = rng.choice(("symbol", "code"))
    if case.incident_type in ("glass", "collision"):
        case.vehicle = case.vehicle_for(case.insurer)
    domain = firm_domain(case.insurer, code)
    officer = case.party(domain)
    assessor = case.party()
    replies = rng.choice((1, 2))
    reply_day = case.reported + timedelta(days=rng.randint(0, 2))
    printed = reply_day + timedelta(days=rng.randint(1, 6))
    subject = f"Claim - {case.policy_number} - {case.claimant.name}"
    pdf.put(LEFT, 8, f"{format_date(printed, 'slash')}, {rng.randint(8, 17)}:{rng.randint(10, 59)}",
            7.5)
    pdf.put(LEFT + 50, 8, f"{case.insurer} Mail - {subject}", 7.5, w=WIDTH - 50)
    pdf.set_text_color(200, 50, 40)
    pdf.put(LEFT, 15, "Gmail", 18, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.put(LEFT + 70, 17, f"{officer.name} <{officer.email}>", 9, w=WIDTH - 70, align="R")
    pdf.rule(LEFT, 25, LEFT + WIDTH, 25, 0.5)
    pdf.put(LEFT, 28, subject, 13, "B", w=WIDTH)
    pdf.put(LEFT + WIDTH - 40, 35, f"{replies + 1} messages", 8.5, w=40, align="R")
    y = message_head(pdf, 41, case.claimant.name, case.claimant.email, stamp(case.reported, rng),
                     f"claims@{domain}")
    y = pdf.para(LEFT, y, WIDTH, customer_body(case, money), 10, lh=5)
    excess = format_money(case.money(100, 600).quantize(1), case.region.currency, money)
    reply = (f"Dear {case.claimant.name.split()[0]},\n\nThank you for your e-mail. Your claim "
             f"has been registered under claim number {case.claim_number}; please quote it in "
             f"all correspondence. The excess on your policy is {excess}. Our assessor "
             f"{assessor.name} will call you within two working days to arrange an "
             f"inspection.\n\nKind regards,\n\n{officer.name}\nClaims Officer | {case.insurer}\n"
             f"Ph {officer.phone} | {officer.email}")
    y = message_head(pdf, y + 6, officer.name, officer.email, stamp(reply_day, rng),
                     case.claimant.email)
    y = pdf.para(LEFT, y, WIDTH, reply, 10, lh=5)
    y = pdf.para(LEFT, y + 4, WIDTH, DISCLAIMER.format(insurer=case.insurer), 7, lh=3.5)
    if replies == 2:
        later = reply_day + timedelta(days=rng.randint(1, 3))
        y = message_head(pdf, y + 6, case.claimant.name, case.claimant.email,
                         stamp(later, rng), officer.email)
        pdf.para(LEFT, y, WIDTH, f"Thanks {officer.name.split()[0]}, the assessor can reach "
                 f"me any morning this week.\n\n{case.claimant.name.split()[0]}", 10, lh=5)
    return pdf.output_bytes()

