"""Held-out corpus 16 forms: the banded claim form and the numbered questionnaire."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout16_case import Case
from bench.heldout16_draw import Page

LOSS_BOXES = [("collision", "Collision"), ("theft", "Theft / burglary"), ("fire", "Fire / smoke"),
              ("water_damage", "Water damage"), ("weather", "Wind / hail / storm"),
              ("vandalism", "Vandalism"), ("glass", "Glass"), ("other", "Other")]


def draw_box(page: Page, x: float, w: float, caption: str, value: str, h: float = 30) -> None:
    """A ruled box with its caption in small capitals above the value."""
    page.rect(x, page.y, w, h, width=0.5)
    page.text(x + 3, page.y + 8, caption.upper(), 5.8, "B")
    size = page.fit(value, w - 8, 10)
    page.text(x + 4, page.y + h - 7, value, size)


def draw_row(page: Page, boxes: list[tuple[float, str, str]], h: float = 30) -> None:
    """Boxes side by side across the page; each width is a share of the line."""
    total = sum(share for share, _, _ in boxes)
    x = page.left
    for share, caption, value in boxes:
        w = page.width * share / total
        draw_box(page, x, w, caption, value, h)
        x += w
    page.y += h


def draw_band(page: Page, title: str, shade: int) -> None:
    page.y += 6
    page.rect(page.left, page.y, page.width, 15, fill=shade, width=0.3)
    page.text(page.left + 5, page.y + 11, title.upper(), 8.5, "B")
    page.y += 15


def draw_banded_form(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    shade = rng.choice([205, 215, 225])
    agent = case.party("agent")
    start = case.loss - timedelta(days=rng.randint(20, 300))
    page.text(page.left, page.y + 14, case.insurer, 16, "B")
    page.text(page.left, page.y + 30, "PROPERTY & AUTOMOBILE LOSS NOTICE", 10, "B")
    page.text(page.left, page.y + 30, f"Form LN-{rng.randint(100, 990)} (rev. 03/24)", 7,
              align="R", width=page.width)
    page.y += 40
    draw_band(page, "Section A - Policy", shade)
    period = f"{case.d(start)} to {case.d(start.replace(year=start.year + 1))}"
    draw_row(page, [(3, "Policy number", case.policy_number),
                    (3, "Claim number", case.claim_number or ""),
                    (4, "Policy period", period),
                    (2, "Agent code", f"{rng.randint(1000, 9999)}")])
    draw_band(page, "Section B - Insured", shade)
    draw_row(page, [(5, "Name of insured", case.name),
                    (2, "Date of birth", case.d(case.loss.replace(year=rng.randint(1960, 1998))))])
    draw_row(page, [(1, "Street address", case.street)])
    draw_row(page, [(4, "City", case.city),
                    (1, "State" if case.country == "US" else "Province", case.region),
                    (2, "ZIP" if case.country == "US" else "Postal code", case.postcode)])
    draw_row(page, [(3, "Primary phone", case.p(case.phone)),
                    (4, "E-mail", case.email or ""), (3, "Agent phone", case.p(agent.phone))])
    draw_band(page, "Section C - Loss", shade)
    draw_row(page, [(2, "Date of loss", case.d(case.loss)),
                    (1, "Time", f"{rng.randint(1, 12)}:{rng.choice(['05', '20', '45'])} "
                                f"{rng.choice(['AM', 'PM'])}"),
                    (5, "Location of loss", case.location)])
    page.y += 4
    page.text(page.left, page.y + 8, "TYPE OF LOSS (CHECK ONE)", 5.8, "B")
    page.y += 12
    for n, (key, label) in enumerate(LOSS_BOXES):
        x = page.left + (n % 4) * page.width / 4
        y = page.y + (n // 4) * 13
        page.rect(x, y, 8, 8, width=0.5)
        if key == case.incident_type:
            page.text(x + 1.3, y + 7, "X", 8, "B")
        page.text(x + 12, y + 7.5, label, 8.5)
    page.y += 28
    page.rect(page.left, page.y, page.width, 62, width=0.5)
    page.text(page.left + 3, page.y + 8, "DESCRIBE WHAT HAPPENED", 5.8, "B")
    top = page.y
    page.y += 11
    page.para(case.story, 9.5, x=page.left + 4, width=page.width - 8)
    page.y = top + 62
    if case.vehicle:
        make, model, year = case.vehicle
        draw_band(page, "Section D - Vehicle", shade)
        draw_row(page, [(1, "Year", str(year)), (2, "Make", make), (2, "Model", model),
                        (4, "VIN", case.vin or "")])
    draw_row(page, [(3, "Police report no.", case.police or "None"),
                    (3, "Amount of loss claimed", case.m(case.claimed)),
                    (2, "Deductible", case.m(case.deductible))])
    draw_band(page, "Section E - Questions", shade)
    answers = [("Is the property/vehicle still damaged and available for inspection?", "Yes"),
               ("Has any other insurance been placed on this property?", "No"),
               ("Was anyone injured?", "No"),
               ("Have temporary repairs been made?", rng.choice(["Yes", "No"]))]
    for question, answer in answers:
        page.rect(page.left, page.y, page.width, 14, width=0.3)
        page.text(page.left + 4, page.y + 10, question, 8.5)
        for k, word in enumerate(("Yes", "No")):
            x = page.right - 90 + k * 42
            page.rect(x, page.y + 3, 8, 8, width=0.5)
            if word == answer:
                page.text(x + 1.3, page.y + 10, "X", 8, "B")
            page.text(x + 11, page.y + 10, word, 8.5)
        page.y += 14
    page.y += 10
    page.text(page.left, page.y + 8, f"Agent: {agent.name}, {agent.company}", 8.5)
    page.y += 30
    page.text(page.left + 6, page.y, case.name, 15, "I", family="dserif")
    page.text(page.left + 330, page.y, case.d(case.reported), 11)
    page.rule(page.left, page.y + 4, page.left + 300, page.y + 4)
    page.rule(page.left + 320, page.y + 4, page.right, page.y + 4)
    page.text(page.left, page.y + 13, "SIGNATURE OF INSURED", 5.8, "B")
    page.text(page.left + 320, page.y + 13, "DATE SIGNED", 5.8, "B")
    return page.output()


def draw_leader(page: Page, number: int, label: str, value: str, size: float = 9.5) -> None:
    """'7. Label ........ value' with dot leaders up to the value column."""
    column = page.left + 230
    page.text(page.left, page.y + size, f"{number}.", size, "B")
    page.text(page.left + 20, page.y + size, label, size)
    page.font(size)
    start = page.left + 24 + page.pdf.get_string_width(label)
    dots = int(max(0, column - 6 - start) / page.pdf.get_string_width(". "))
    page.text(start, page.y + size, ". " * dots, size)
    value_size = page.fit(value, page.right - column, size)
    page.text(column, page.y + size, value, value_size)
    page.y += size * 1.9


def draw_numbered_leader(case: Case) -> bytes:
    rng, page = case.rng, Page(case.rng)
    agent, bank = case.party("agent"), case.party("lienholder")
    page.text(page.left, page.y + 14, case.insurer, 13, "B", align="C", width=page.width)
    page.text(page.left, page.y + 30, "AUTOMOBILE LOSS QUESTIONNAIRE", 11, "B", align="C",
              width=page.width)
    page.y += 46
    page.para("Answer every question. Attach additional sheets if needed. Return to your agent "
              "or to the claims office within 30 days.", 8, style="I")
    page.y += 6
    make, model, year = case.vehicle or ("", "", 0)
    rows = [("Name of insured", case.name),
            ("Mailing address", case.address),
            ("Home or cell telephone", case.p(case.phone)),
            ("E-mail address", case.email or "none"),
            ("Policy number", case.policy_number),
            ("Claim number (if known)", case.claim_number or "not known"),
            ("Date of loss", case.d(case.loss)),
            ("Place of loss", case.location)]
    number = 0
    for number, (label, value) in enumerate(rows, 1):
        draw_leader(page, number, label, value)
    number += 1
    page.text(page.left, page.y + 9.5, f"{number}.", 9.5, "B")
    page.text(page.left + 18, page.y + 9.5, "Describe how the loss occurred:", 9.5)
    page.y += 15
    top = page.y
    for k in range(4):
        page.rule(page.left + 18, top + 13 + k * 14, page.right, top + 13 + k * 14, 0.3, 150)
    page.para(case.story, 9.5, x=page.left + 20, width=page.width - 24, leading=1.47)
    page.y = max(page.y, top + 4 * 14) + 6
    later = [("Used for business at the time?", "No"),
             ("Were the police notified?", "Yes" if case.police else "No"),
             ("Police report number", case.police or "N/A"),
             ("Year, make and model", f"{year} {make} {model}"),
             ("Vehicle identification no.", case.vin or ""),
             ("Total amount claimed", case.m(case.claimed)),
             ("Deductible (declarations)", case.m(case.deductible))]
    for label, value in later:
        number += 1
        draw_leader(page, number, label, value)
    for title, who, extra in (
            ("AGENT", agent, f"Agency: {agent.company}"),
            ("LIENHOLDER / LOSS PAYEE", bank,
             f"Loan account no. {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}")):
        page.y += 4
        page.text(page.left, page.y + 10, title, 9.5, "B")
        page.rule(page.left, page.y + 13, page.right, page.y + 13, 0.4)
        page.y += 18
        company = "First Harbor Credit Union" if who is bank else who.name
        number += 1
        draw_leader(page, number, "Name", company)
        number += 1
        draw_leader(page, number, "Address", who.address)
        number += 1
        draw_leader(page, number, "Telephone", case.p(who.phone, "dash"))
        page.text(page.left + 18, page.y + 9, extra, 9)
        page.y += 16
    page.y += 16
    page.signature(case.name, f"Date: {case.d(case.reported)}", "Signature of insured", "",
                   "lserif")
    return page.output()
