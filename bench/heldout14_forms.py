"""Held-out corpus 14 forms: an ACORD-like property loss notice (captions above values in
ruled boxes) and a two-column dotted-leader auto loss report."""

from __future__ import annotations

from datetime import timedelta

from bench.heldout14_draw import Ink, box, leader, section_bar, wrap_box
from bench.heldout14_kit import Page
from bench.heldout14_story import KIND_WORDS

PROPERTY_KINDS = ("fire", "water_damage", "weather", "theft", "vandalism", "other")


def draw_acord_notice(case, rng) -> bytes:
    """Property Loss Notice: an agency block, insurer/policy boxes, the insured, the loss."""
    ink, you, agent = Ink(case), case.claimant, case.agent
    pdf = Page(rng.choice(("sans", "narrow")))
    pdf.add_page()
    x0, x1, mid = 12.0, 203.9, 108.0
    pdf.text_at(x0, 10, "PROPERTY LOSS NOTICE", size=15, style="B")
    pdf.text_at(x0 + 95, 11, "Form PLN-1 (2019/07)", size=7)
    box(pdf, 160, 8, x1 - 160, 9, "Date (MM/DD/YYYY)", ink.day(case.reported, "us"))
    y = 19
    agency = [case.agency, agent.street, agent.city_line]
    box(pdf, x0, y, mid - x0, 24, "Agency", agency)
    box(pdf, mid, y, 62, 8, "Company", case.insurer)
    box(pdf, mid + 62, y, x1 - mid - 62, 8, "NAIC Code", case.naic)
    box(pdf, mid, y + 8, 62, 8, "Policy Number", case.policy)
    box(pdf, mid + 62, y + 8, x1 - mid - 62, 8, "Line of Business", "Homeowners")
    box(pdf, mid, y + 16, 48, 8, "Date of Loss and Time",
        f"{ink.day(case.loss)}  {case.loss_hour.upper().replace('.', '')}")
    box(pdf, mid + 48, y + 16, x1 - mid - 48, 8, "Claim Number (if assigned)", case.claim or "")
    y += 24
    box(pdf, x0, y, 48, 8, "Contact Name", agent.name)
    box(pdf, x0 + 48, y, mid - x0 - 48, 8, "Phone (A/C, No, Ext)", ink.phone(agent.phone, "paren"))
    box(pdf, mid, y, 62, 8, "Policy Effective", ink.day(case.effective, "us"))
    box(pdf, mid + 62, y, x1 - mid - 62, 8, "Policy Expiration",
        ink.day(case.effective + timedelta(days=365), "us"))
    y += 8
    box(pdf, x0, y, mid - x0, 8, "E-mail Address", agent.email)
    box(pdf, mid, y, 62, 8, "Agency Customer ID", f"{rng.randint(100000, 999999)}")
    box(pdf, mid + 62, y, x1 - mid - 62, 8, "Deductible", ink.cash(case.deductible, "symbol"))
    y = section_bar(pdf, y + 10, "INSURED", x0, x1)
    if rng.random() < 0.5:
        box(pdf, x0, y, mid - x0, 8, "Name of Insured (Last, First, Middle)",
            ink.surname_first(you))
    else:
        box(pdf, x0, y, mid - x0, 8, "Name of Insured (First, Middle, Last)", you.name)
    box(pdf, mid, y, 50, 8, "Date of Birth",
        ink.day(case.loss.replace(year=case.loss.year - rng.randint(28, 70), day=1), "us"))
    box(pdf, mid + 50, y, x1 - mid - 50, 8, "Marital Status", rng.choice(("Married", "Single")))
    y += 8
    box(pdf, x0, y, mid - x0, 12, "Insured's Mailing Address", [you.street, you.city_line])
    slot = rng.choice(("home", "cell"))
    work = f"+1{you.phone[2:5]}{rng.randint(200, 989)}{rng.randint(1000, 9999)}"
    box(pdf, mid, y, 31, 12, "Home Phone", ink.phone(you.phone) if slot == "home" else "")
    box(pdf, mid + 31, y, 31, 12, "Business Phone",
        [ink.phone(work), f"ext. {rng.randint(10, 999)}"])
    box(pdf, mid + 62, y, x1 - mid - 62, 12, "Cell Phone",
        ink.phone(you.phone) if slot == "cell" else "")
    y += 12
    box(pdf, x0, y, x1 - x0, 8, "Primary E-mail Address", you.email)
    contact = case.others["contact"]
    y = section_bar(pdf, y + 10, "CONTACT", x0, x1)
    other_contact = rng.random() < 0.5
    pdf.checkbox(x0 + 1, y, "Contact insured", not other_contact)
    y += 5
    if other_contact:
        relation = rng.choice(("spouse", "tenant", "daughter", "son"))
        box(pdf, x0, y, 70, 8, "Name of Contact", f"{contact.name} ({relation})")
        box(pdf, x0 + 70, y, 45, 8, "Contact Phone", ink.phone(contact.phone, "dots"))
        box(pdf, x0 + 115, y, x1 - x0 - 115, 8, "When to Contact", "Weekdays after 5 PM")
    else:
        box(pdf, x0, y, x1 - x0, 8, "When to Contact", "Any time, cell preferred")
    y = section_bar(pdf, y + 10, "LOSS", x0, x1)
    box(pdf, x0, y, x1 - x0, 8, "Location of Loss (Street, City, State, ZIP)", case.location)
    y += 8
    box(pdf, x0, y, 95, 8, "Police or Fire Department Contacted",
        "Yes" if case.police else "None")
    box(pdf, x0 + 95, y, x1 - x0 - 95, 8, "Report Number", case.police or "")
    y += 10
    pdf.text_at(x0 + 1, y, "KIND OF LOSS:", size=7, style="B")
    x = x0 + 24
    for kind in PROPERTY_KINDS:
        x = pdf.checkbox(x, y, KIND_WORDS[kind], kind == case.kind)
    y = wrap_box(pdf, x0, y + 6, x1 - x0, "Description of Loss & Damage", case.description) + 0
    box(pdf, x0, y, 64, 8, "Estimated Amount of Loss", ink.cash(case.amount))
    box(pdf, x0 + 64, y, 64, 8, "Coverage A Limit",
        ink.cash(case.amount * rng.randint(8, 30) + 50000, "symbol"))
    box(pdf, x0 + 128, y, x1 - x0 - 128, 8, "Mortgagee", rng.choice(("None", "First Union Bank")))
    y += 8
    box(pdf, x0, y, 64, 8, "Reported By", you.name)
    box(pdf, x0 + 64, y, 64, 8, "Reported To", agent.name)
    box(pdf, x0 + 128, y, x1 - x0 - 128, 8, "Date Reported", ink.day(case.reported))
    pdf.text_at(x0, min(y + 12, 262), "ACORD-style notice reproduced for claims intake. "
                "The information above is provided by the insured or agent.", size=6.5)
    return pdf.to_bytes()


def draw_leader_two_col(case, rng) -> bytes:
    """Auto loss report with two dotted-leader pairs per line and an other-party section."""
    ink, you = Ink(case), case.claimant
    other, witness = case.others["other"], case.others["witness"]
    pdf = Page(rng.choice(("serif", "sans")))
    pdf.add_page()
    left, right, width = 14.0, 110.0, 91.0
    pdf.text_at(14, 12, case.insurer.upper(), size=12, style="B")
    pdf.text_at(14, 18, "AUTOMOBILE LOSS REPORT", size=10, style="B")
    pdf.text_at(150, 12, f"NAIC {case.naic}", size=8)
    y = 26

    def pair(a: tuple[str, str], b: tuple[str, str] | None = None) -> None:
        nonlocal y
        if b is None:
            leader(pdf, left, y, 2 * width + 5, a[0], a[1])
        else:
            leader(pdf, left, y, width, a[0], a[1])
            leader(pdf, right, y, width, b[0], b[1])
        y += 6

    def section(title: str) -> None:
        nonlocal y
        y = section_bar(pdf, y + 1, title, 14, 201.9, 235)

    section("CLAIM")
    pair(("Policy No.", case.policy), ("Claim No.", case.claim or "(pending)"))
    pair(("Date of Loss", ink.day(case.loss)), ("Time", case.loss_hour))
    pair(("Date Reported", ink.day(case.reported)), ("Police Report", case.police or "None"))
    pair(("Policy Period", f"{ink.day(case.effective, 'us')} - "
                           f"{ink.day(case.effective + timedelta(days=182), 'us')}"),
         ("Deductible", ink.cash(case.deductible, "symbol")))
    section("INSURED")
    name = ink.surname_first(you) if rng.random() < 0.3 else you.name
    pair(("Name", name), ("Date of Birth", ink.day(case.loss.replace(
        year=case.loss.year - rng.randint(25, 70), day=3), "us")))
    pair(("Address", you.address))
    pair(("Phone", ink.phone(you.phone)), ("E-mail", you.email))
    pair(("Driver's Lic. No.", f"{you.region}{rng.randint(1000000, 9999999)}"),
         ("Driver", "Insured"))
    section("INSURED VEHICLE")
    make, model, year = case.vehicle
    pair(("Year", str(year)), ("Make", make))
    pair(("Model", model), ("VIN", case.vin))
    pair(("Plate", f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}{rng.choice('KLMNPR')}"
                   f"{rng.randint(10, 99)}"), ("Where Seen", "Insured's residence"))
    section("LOSS")
    pair(("Location", case.location))
    pdf.text_at(left, y, "Description of Accident:", size=9)
    pdf.set_xy(left, y + 5)
    pdf.use(9)
    pdf.multi_cell(2 * width + 5, 4.4, case.description)
    y = pdf.get_y() + 2
    pair(("Amount Claimed", ink.cash(case.amount)), ("Est. Prepared By", "Insured"))
    section("OTHER PARTY")
    pair(("Name", other.name), ("Phone", ink.phone(other.phone, "dots")))
    pair(("Address", other.address))
    pair(("Insurer", rng.choice(("Bluewater Auto Ins.", "Crescent General", "Pinnacle Mutual"))),
         ("Their Claim No.", f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-A"))
    pair(("Vehicle", case.other_car),
         ("VIN", case.other_vin))
    section("WITNESS")
    pair(("Name", witness.name), ("Phone", ink.phone(witness.phone, "intl")))
    pair(("Address", witness.address))
    y += 3
    pdf.text_at(left, y, f"Signature of insured: ______________________   "
                f"Date: {ink.day(case.reported, 'us')}", size=9)
    return pdf.to_bytes()
