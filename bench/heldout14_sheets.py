"""Held-out corpus 14 sheets: a sworn statement in proof of loss (values in underlined blanks
inside legal sentences) and a claims web-portal printout (key/value grid, status timeline)."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout14_draw import Ink, fit_size, section_bar, sentence_with_blanks
from bench.heldout14_kit import Page, format_date

PERILS = {"fire": "fire", "water_damage": "water damage", "weather": "windstorm and hail",
          "theft": "theft", "vandalism": "vandalism and malicious mischief"}
LOSS_TYPES = {"collision": "Auto - Collision", "theft": "Theft", "vandalism": "Vandalism",
              "glass": "Auto - Glass", "weather": "Weather (wind/hail/flood)", "fire": "Fire",
              "water_damage": "Water Damage"}


def draw_sworn_proof(case, rng) -> bytes:
    """Sworn Statement in Proof of Loss with fill-in blanks and a notary block."""
    ink, you, agent, notary = Ink(case), case.claimant, case.agent, case.others["notary"]
    pdf = Page("serif")
    pdf.set_margins(20, 14, 20)
    pdf.add_page()
    pdf.text_at(20, 12, "SWORN STATEMENT IN PROOF OF LOSS", size=14, style="B", align="C",
                width=175.9)
    limit = case.amount * rng.randint(6, 20) + 100000
    lines = [(("Amount of Policy at Time of Loss", ink.cash(limit, "symbol")),
              ("Policy Number", case.policy)),
             (("Date Issued", ink.day(case.effective, "us")),
              ("Date Expires", ink.day(case.effective + timedelta(days=365), "us"))),
             (("Claim Number", case.claim),
              ("Agent", f"{agent.name}  {ink.phone(agent.phone, 'paren')}")),
             (("Agency", f"{case.agency}, {agent.city}, {agent.region}"),)]
    y = 22
    for line in lines:
        for x, (label, value) in zip((20, 110), line, strict=False):
            pdf.text_at(x, y, label, size=7)
            pdf.text_at(x, y + 3.2, value, size=fit_size(pdf, value, 85, 10), style="U")
        y += 9
    y += 9
    pdf.set_xy(20, y)
    pdf.use(10)
    pdf.para(f"To the {case.insurer}:", size=10)
    peril = PERILS.get(case.kind, "direct physical loss")
    sentence_with_blanks(pdf, [
        "At the time of loss, by the above indicated policy of insurance you insured ",
        you.name, ", whose mailing address is ", you.address,
        ", against loss by ", peril,
        " to the property described therein, according to the terms and conditions of the "
        "said policy and all forms, endorsements and assignments attached thereto."])
    parts = format_date(case.loss, "sworn").split(" ")   # 14th day of March, 2026
    sentence_with_blanks(pdf, [
        "1. Time and Origin: A ", peril, " loss occurred about the hour of ", case.loss_hour,
        " on the ", parts[0], " day of ", parts[3].rstrip(","), ", 20", parts[4][2:],
        ". The cause and origin of the said loss were: ", case.description])
    sentence_with_blanks(pdf, [
        "2. Location: The property was located at ", case.location,
        ". No other person had any interest therein or encumbrance thereon, except as stated."])
    if case.police:
        sentence_with_blanks(pdf, ["   The loss was reported to the police, report number ",
                                   case.police, "."])
    sentence_with_blanks(pdf, [
        "3. The Whole Loss and Damage was ", ink.cash(case.amount + case.deductible),
        ". Less deductible of ", ink.cash(case.deductible, "symbol"),
        ". The Net Amount Claimed under the above numbered policy is ", ink.cash(case.amount),
        "."])
    pdf.para("The said loss did not originate by any act, design or procurement on the part of "
             "your insured, or this affiant; nothing has been done by or with the privity or "
             "consent of your insured or this affiant to violate the conditions of the policy, "
             "or render it void. Any person who knowingly presents a false or fraudulent claim "
             "for payment of a loss is guilty of a crime.", size=8.5, height=3.9)
    y = pdf.get_y() + 2
    pdf.text_at(20, y, f"Insured: {you.name}", size=9.5)
    pdf.text_at(20, y + 5, f"Telephone: {ink.phone(you.phone)}    E-mail: {you.email}", size=9.5)
    pdf.text_at(20, y + 10, f"Dated: {ink.day(case.reported)}", size=9.5)
    pdf.text_at(115, y + 10, "______________________________", size=9.5)
    pdf.text_at(125, y + 15, "Signature of Insured", size=7)
    y += 22
    pdf.set_line_width(0.3)
    pdf.rect(20, y, 175.9, 30)
    sworn = format_date(case.reported, "sworn")
    expires = case.reported + timedelta(days=rng.randint(300, 1400))
    pdf.text_at(23, y + 2, f"State of {you.region}, County of {you.city}  ss.", size=8.5)
    pdf.text_at(23, y + 7, f"Subscribed and sworn to before me this {sworn}.", size=8.5)
    pdf.text_at(23, y + 13, f"Notary Public: {notary.name}", size=8.5)
    pdf.text_at(23, y + 18, f"Commission No. {rng.randint(1000000, 9999999)}    "
                f"My commission expires {ink.day(expires, 'us')}",
                size=8.5)
    pdf.text_at(23, y + 23, f"Notary phone {ink.phone(notary.phone, 'dots')}", size=8.5)
    pdf.text_at(150, y + 13, "(SEAL)", size=9, style="B")
    return pdf.to_bytes()


def draw_web_portal(case, rng) -> bytes:
    """Claims portal printout: browser header/footer, key/value grid, timeline, adjuster."""
    ink, you, adjuster = Ink(case), case.claimant, case.others["adjuster"]
    host = case.insurer.split()[0].lower() + case.insurer.split()[1].lower()
    url = f"https://myclaims.{host}.com/claims/{case.claim}/summary"
    stamp = "11/02/2026 3:14 PM"
    pdf = Page("dejavu")
    pdf.set_auto_page_break(False)
    pages: list[int] = []

    def chrome(number: int) -> None:
        pdf.add_page()
        pdf.text_at(8, 5, "11/2/26, 3:14 PM", size=7, family="sans")
        pdf.text_at(80, 5, f"Claim {case.claim} | MyClaims", size=7, family="sans")
        pdf.text_at(8, 271, url, size=7, family="sans")
        pdf.text_at(190, 271, f"{number}/2", size=7, family="sans")
        pages.append(number)

    chrome(1)
    pdf.set_fill_color(28, 60, 110)
    pdf.rect(12, 11, 191.9, 12, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.text_at(15, 14.5, f"{case.insurer}  |  MyClaims", size=11, style="B")
    pdf.text_at(160, 15, f"Printed {stamp}", size=7)
    pdf.set_text_color(0, 0, 0)
    y = 28

    def grid(rows: list[tuple[str, str]], wide: tuple[str, ...] = ()) -> None:
        nonlocal y
        column = 0
        for key, value in rows:
            if key in wide:
                if column:
                    y += 6.5
                    column = 0
                pdf.text_at(14, y, key, size=8, style="B")
                pdf.text_at(50, y, value, size=fit_size(pdf, value, 150, 9))
                y += 6.5
                continue
            x = 14 if column == 0 else 110
            pdf.text_at(x, y, key, size=8, style="B")
            pdf.text_at(x + 36, y, value, size=fit_size(pdf, value, 55, 9))
            column = 1 - column
            if column == 0:
                y += 6.5
        if column:
            y += 6.5

    y = section_bar(pdf, y, "Claim overview", 12, 203.9, 232)
    grid([("Claim number", case.claim), ("Status", rng.choice(("Open", "Under review"))),
          ("Policy number", case.policy), ("Loss type", LOSS_TYPES[case.kind]),
          ("Date of loss", ink.day(case.loss)), ("Date reported", ink.day(case.reported)),
          ("Deductible", ink.cash(case.deductible, "symbol")),
          ("Amount claimed", ink.cash(case.amount)),
          ("Loss location", case.location)], wide=("Loss location",))
    y = section_bar(pdf, y + 2, "Policyholder", 12, 203.9, 232)
    grid([("Name", you.name), ("Preferred phone", ink.phone(you.phone)),
          ("E-mail", you.email), ("Preferred contact", rng.choice(("E-mail", "Phone"))),
          ("Mailing address", you.address)], wide=("Mailing address",))
    if case.vehicle:
        y = section_bar(pdf, y + 2, "Vehicle", 12, 203.9, 232)
        make, model, year = case.vehicle
        grid([("Year / Make", f"{year} {make}"), ("Model", model), ("VIN", case.vin),
              ("Police report", case.police or "Not provided")])
    elif case.police:
        grid([("Police report", case.police)])
    y = section_bar(pdf, y + 2, "What happened", 12, 203.9, 232)
    pdf.set_xy(14, y)
    pdf.use(9)
    pdf.multi_cell(186, 4.5, case.description)
    y = pdf.get_y() + 4
    y = section_bar(pdf, y, "Status timeline", 12, 203.9, 232)
    events = [(case.reported, "Claim reported online"),
              (case.reported + timedelta(days=1), "Claim acknowledged; adjuster assigned"),
              (case.reported + timedelta(days=rng.randint(3, 8)), "Inspection scheduled"),
              (case.reported + timedelta(days=rng.randint(9, 20)), "Estimate under review")]
    for day, event in events:
        pdf.set_fill_color(28, 60, 110)
        pdf.ellipse(15, y + 0.8, 2, 2, style="F")
        pdf.text_at(20, y, ink.day(day, "us"), size=8.5)
        pdf.text_at(45, y, event, size=8.5)
        y += 5.5
    chrome(2)
    y = section_bar(pdf, 14, "Your adjuster", 12, 203.9, 232)
    grid([("Adjuster", adjuster.name), ("Direct line", ink.phone(adjuster.phone, "paren")),
          ("E-mail", adjuster.email), ("Office hours", "Mon-Fri 8:00 AM - 5:00 PM")])
    y = section_bar(pdf, y + 2, "Documents", 12, 203.9, 232)
    for name in ("Photos_damage.zip", "Estimate.pdf", "Proof_of_ownership.pdf"):
        pdf.text_at(14, y, name, size=8.5)
        pdf.text_at(90, y, f"Uploaded {ink.day(case.reported + timedelta(days=2), 'us')}",
                    size=8.5)
        y += 5.5
    pdf.text_at(14, y + 6, f"Questions? Call our claims center at "
                f"{ink.phone('+18005550' + str(rng.randint(100, 199)), 'paren')}", size=8.5)
    return pdf.to_bytes()
