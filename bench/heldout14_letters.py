"""Held-out corpus 14 letters: a typed letter from the policyholder and an e-mail printout in
which the agent forwards the customer's message to the claims inbox."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout14_draw import Ink, label_rows
from bench.heldout14_kit import Page, format_date

AUTO_EXTRAS = ("Towing", "Rental car", "Personal items in the car", "Child car seat replacement")
ITEMS = {  # the main cost of each kind of loss first, then smaller ones
    "auto": {"collision": "Body shop repair estimate", "theft": "Stolen vehicle and its contents",
             "vandalism": "Paint and tire repair estimate", "glass": "Windshield replacement",
             "weather": "Hail and flood repair estimate"},
    "home": {"fire": "Fire and smoke repairs", "water_damage": "Water mitigation and repairs",
             "weather": "Roof and siding repairs", "theft": "Stolen electronics and jewelry",
             "vandalism": "Window and siding repairs"},
}
SUBJECTS = {"collision": "Car accident, need to open a claim", "theft": "Break-in / theft",
            "vandalism": "Vandalism last night", "glass": "Cracked windshield",
            "weather": "Storm damage", "fire": "Fire in the house",
            "water_damage": "Water leak - need a claim"}
HOME_EXTRAS = ("Hotel stay while repairs are done", "Cleaning service", "Debris removal",
               "Replacement of damaged furniture")


def items_for(rng, case) -> list[tuple[str, Decimal]]:
    """The letter's itemised costs for the case's kind of loss, adding up to its claim."""
    group = "auto" if case.vehicle else "home"
    extras = AUTO_EXTRAS if case.vehicle else HOME_EXTRAS
    return split_amount(rng, case.amount, (ITEMS[group][case.kind], *extras))


def split_amount(rng, total: Decimal, names: tuple[str, ...]) -> list[tuple[str, Decimal]]:
    """The main repair (the first name) and one to three smaller costs adding up to `total`."""
    extras = rng.sample(names[1:], rng.randint(1, min(3, len(names) - 1)))
    parts = [(name, (total * Decimal(rng.randint(4, 12)) / 100).quantize(Decimal("0.01")))
             for name in extras]
    return [(names[0], total - sum(amount for _, amount in parts)), *parts]


def draw_claimant_letter(case, rng) -> bytes:
    """The insured's own letter: sender block, insurer address, RE block, narrative, cc."""
    ink, you, agent = Ink(case), case.claimant, case.agent
    pdf = Page(rng.choice(("serif", "sans")))
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    sender = [you.name, you.street, you.city_line, ink.phone(you.phone), you.email]
    sender_x = rng.choice((25, 125))
    for number, line in enumerate(sender):
        pdf.text_at(sender_x, 20 + number * 5, line, size=10)
    pdf.set_xy(25, 52)
    pdf.para(ink.day(case.reported, rng.choice(("long", "us"))), gap=5)
    for line in ("Claims Department", case.insurer,
                 f"P.O. Box {rng.randint(1000, 99999)}",
                 "Hartford, CT 06101" if case.country == "US" else "Toronto, ON M5H 2N2"):
        pdf.para(line, gap=0)
    pdf.ln(5)
    re_rows = [("Policy #:", case.policy)]
    if case.claim:
        re_rows.append(("Claim #:", case.claim))
    re_rows.append(("Date of Loss:", ink.day(case.loss)))
    if case.vehicle:
        make, model, year = case.vehicle
        re_rows.append(("Vehicle:", f"{year} {make} {model}, VIN {case.vin}"))
    top = pdf.get_y()
    pdf.text_at(25, top, "RE:", size=10, style="B")
    for number, (label, value) in enumerate(re_rows):
        pdf.text_at(38, top + number * 5, label, size=10, style="B")
        pdf.text_at(68, top + number * 5, value, size=10)
    pdf.set_xy(25, top + len(re_rows) * 5 + 5)
    pdf.para("Dear Claims Representative:", gap=3)
    pdf.para(f"I am writing to make a claim under my policy for the loss that happened on "
             f"{ink.day(case.loss, 'long')} at {case.location}. Here is what happened:", gap=3)
    pdf.para(case.description, gap=3)
    if case.police:
        pdf.para(f"The police came out and the report number is {case.police}.", gap=3)
    pdf.para(f"I am claiming a total of {ink.cash(case.amount)} for this loss. I understand "
             f"that my deductible of {ink.cash(case.deductible, 'symbol')} applies.", gap=3)
    if case.items:
        for name, amount in case.items:
            pdf.text_at(32, pdf.get_y(), f"- {name}", size=10)
            pdf.text_at(120, pdf.get_y(), ink.cash(amount), size=10)
            pdf.ln(5.5)
        pdf.ln(2)
    pdf.para("Please let me know what else you need from me. The best way to reach me is at "
             "the phone number or e-mail above.", gap=5)
    pdf.para("Sincerely,", gap=10)
    pdf.para(you.name, gap=6)
    pdf.para(f"cc: {agent.name}, {case.agency}, {ink.phone(agent.phone, 'dots')}, "
             f"{agent.email}", size=8.5)
    return pdf.to_bytes()


def draw_email_forward(case, rng) -> bytes:
    """Mailbox printout: the agent forwards the customer's message to the claims inbox."""
    ink, you, agent = Ink(case), case.claimant, case.agent
    pdf = Page("sans")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    sent = case.reported
    inbox = f"claims@{case.insurer.split()[0].lower()}{case.insurer.split()[1].lower()}.com"
    subject = f"{SUBJECTS[case.kind]} - {you.last}"

    def header(page: int) -> None:
        pdf.text_at(16, 8, agent.name, size=8, style="B")
        pdf.text_at(170, 8, f"Page {page} of 2", size=8)
        pdf.rule(12.5, width=0.5)

    header(1)
    pdf.set_xy(16, 16)
    pdf.para(f"FW: {subject}", size=14, style="B", gap=2)
    rows = [("From:", f"{agent.name} <{agent.email}>"),
            ("Sent:", f"{sent.strftime('%A')}, {format_date(sent, 'long')} "
                      f"{rng.randint(1, 4)}:{rng.randint(10, 59)} PM"),
            ("To:", f"Claims Intake <{inbox}>"), ("Subject:", f"FW: {subject}")]
    label_rows(pdf, rows, 16, 34)
    pdf.ln(3)
    pdf.para(f"Hello claims team, please open a new claim for my client {you.name} under "
             f"policy {case.policy}. Their message is below. Feel free to contact the "
             f"insured directly and copy me.", size=10, gap=3)
    signature = [agent.name, f"Licensed Agent | {case.agency}",
                 f"Direct {ink.phone(agent.phone, 'paren')} | Fax "
                 f"{ink.phone(agent.phone[:5] + '555' + str(rng.randint(1000, 9999)), 'paren')}",
                 agent.email, f"{agent.street}, {agent.city_line}"]
    for line in signature:
        pdf.para(line, size=9, gap=0)
    pdf.ln(4)
    pdf.para("-----Original Message-----", size=9, gap=1)
    morning = [("From:", f"{you.name} <{you.email}>"),
               ("Sent:", f"{sent.strftime('%A')}, {format_date(sent, 'long')} "
                         f"{rng.randint(7, 11)}:{rng.randint(10, 59)} AM"),
               ("To:", f"{agent.name} <{agent.email}>"), ("Subject:", subject)]
    label_rows(pdf, morning, 16, 34)
    pdf.ln(3)
    pdf.para(f"Hi {agent.first},", gap=2)
    pdf.para(f"I need to file a claim. On {ink.day(case.loss)} we had a loss at "
             f"{case.location}. {case.description}", gap=2)
    if case.vehicle:
        make, model, year = case.vehicle
        pdf.para(f"The car is our {year} {make} {model}, VIN {case.vin}.", gap=2)
    if case.police:
        pdf.para(f"Police report # {case.police}.", gap=2)
    pdf.para(f"The repair estimate I got comes to {ink.cash(case.amount)} in total, and I know "
             f"the deductible is {ink.cash(case.deductible, 'symbol')}. Can you get this "
             f"started for me?", gap=3)
    closing = ["Thanks,", you.name, you.address, f"Cell: {ink.phone(you.phone)}"]
    for line in closing:
        pdf.para(line, gap=0)
    if pdf.page_no() == 1:
        pdf.add_page()
        pdf.set_y(16)
    else:
        pdf.ln(4)
    header(2)
    pdf.para("This message and any attachments are confidential and intended only for the "
             "named recipient. If you received it in error please delete it.", size=7.5)
    return pdf.to_bytes()
