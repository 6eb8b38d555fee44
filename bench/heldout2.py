"""A second held-out corpus: claim documents in layouts the extractor was never tuned on.

    python -m bench.heldout2 OUT_DIR [COUNT]

Each case is <case>.pdf beside <case>.truth.json, which holds the contract's 17 fields in
normal form plus "layout" and "scanned". The layouts imitate paperwork from several
countries and lines of business: a dense ACORD-like property loss notice, a European
accident report with vehicle A / vehicle B columns, a phone intake call note, a medical
claim form with provider details, a broker's cover letter forwarding a client's claim, a
travel claim with expenses in foreign currency, and a hand-filled form. Every layout also
prints decoys (agents, brokers, other drivers, providers, witnesses, other references and
dates). A field the record lacks is not printed; every value it has is printed in a form
that normalises back to the truth. Same seed, same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import make_claim_record

FIELDS = (
    "claim_number", "policy_number", "claimant_name", "claimant_email", "claimant_phone",
    "claimant_address", "date_of_loss", "date_reported", "incident_type", "incident_location",
    "incident_description", "police_report_number", "vehicle_vin", "vehicle_make_model_year",
    "claimed_amount", "currency", "line_items",
)
CREATED = datetime(2026, 4, 1, 9, 0, 0, tzinfo=UTC)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


# ---------------------------------------------------------------- value formatting

def country_of(record: dict[str, Any]) -> str:
    phone = record["claimant_phone"]
    if phone.startswith("+44"):
        return "UK"
    if phone.startswith("+49"):
        return "DE"
    return "US"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(iso: str, rng: random.Random, country: str, style: str | None = None) -> str:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    styles = {
        "US": ("us", "us", "long_us", "short_us", "iso"),
        "UK": ("eu_slash", "eu_slash", "long_eu", "ord_eu", "iso"),
        "DE": ("eu_dot", "eu_dot", "long_eu", "iso"),
    }[country]
    style = style or rng.choice(styles)
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "eu_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "eu_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long_us": f"{month} {d.day}, {d.year}",
        "short_us": f"{month[:3]} {ordinal(d.day)}, {d.year}",
        "long_eu": f"{d.day} {month} {d.year}",
        "ord_eu": f"{ordinal(d.day)} {month} {d.year}",
        "iso": d.isoformat(),
    }[style]


def group(value: Decimal, thousands: str, decimal_mark: str) -> str:
    whole, frac = f"{value:.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return thousands.join(parts) + decimal_mark + frac


def fmt_money(amount: str | Decimal, currency: str, rng: random.Random,
              style: int | None = None) -> str:
    value = Decimal(amount)
    style = rng.randrange(3) if style is None else style
    if currency == "EUR":
        body = group(value, ".", ",")
        return (f"{body} EUR", f"EUR {body}", f"{body} EUR")[style]
    body = group(value, ",", ".")
    if currency == "GBP":
        return (f"£{body}", f"GBP {body}", f"£ {body}")[style]
    return (f"${body}", f"USD {body}", f"$ {body}")[style]


def fmt_phone(e164: str, rng: random.Random) -> str:
    digits = e164[1:]
    if e164.startswith("+1"):
        a, b, c = digits[1:4], digits[4:7], digits[7:]
        return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
                           f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"))
    if e164.startswith("+44"):
        rest = digits[2:]
        return rng.choice((f"+44 {rest[:3]} {rest[3:6]} {rest[6:]}",
                           f"+44 (0){rest[:3]} {rest[3:6]} {rest[6:]}",
                           f"+44 {rest[:4]} {rest[4:]}"))
    rest = digits[2:]
    return rng.choice((f"+49 {rest[:3]} {rest[3:]}", f"+49 (0){rest[:3]} {rest[3:]}",
                       f"+49-{rest[:3]}-{rest[3:]}"))


def fake_phone(rng: random.Random, country: str) -> str:
    """A decoy telephone number in the country's style."""
    if country == "US":
        return f"({rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}"
    if country == "UK":
        return f"+44 20 7946 {rng.randint(0, 999):04d}"
    return f"+49 30 {rng.randint(1000000, 9999999)}"


def name_forms(name: str) -> list[str]:
    """Printed forms of a name that normalise back to it ("First M. Last")."""
    forms = [name]
    parts = name.split()
    if name.title() == name and len(parts) >= 2:
        first, last = " ".join(parts[:-1]), parts[-1]
        forms += [name.upper(), f"{last.upper()}, {first.upper()}", f"{last}, {first}"]
    return forms


def pick_name(name: str, rng: random.Random) -> str:
    return rng.choice(name_forms(name))


def decoy_ref(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"


def foreign_for(location: str) -> tuple[str, Decimal]:
    """The local currency of a travel destination and its units per one unit of claim money."""
    loc = location.lower()
    table = (("mexico", "MXN", "18.42"), ("japan", "JPY", "151.30"), ("thailand", "THB", "36.05"),
             ("canada", "CAD", "1.36"), ("switzerland", "CHF", "0.88"), ("turkey", "TRY", "32.40"),
             ("united states", "USD", "1.08"), ("new york", "USD", "1.08"),
             ("morocco", "MAD", "10.10"), ("australia", "AUD", "1.52"))
    for key, code, rate in table:
        if key in loc:
            return code, Decimal(rate)
    return "EUR", Decimal("0.92")


# ---------------------------------------------------------------- pdf helpers

class Doc(FPDF):
    def __init__(self, fmt: str = "A4") -> None:
        super().__init__(format=fmt, unit="mm")
        self.set_creation_date(CREATED)
        self.set_auto_page_break(True, margin=14)
        self.set_margins(14, 12, 14)
        self.add_page()

    def font(self, size: float, style: str = "", family: str = "Helvetica") -> None:
        self.set_font(family, style, size)

    def cellbox(self, x: float, y: float, w: float, h: float, label: str, value: str,
                lsize: float = 5.5, vsize: float = 8.5, caps: bool = False) -> None:
        """A small ruled cell with a tiny label in its corner and the value beneath."""
        self.rect(x, y, w, h)
        self.font(lsize)
        self.set_xy(x + 0.6, y + 0.4)
        self.cell(w - 1.2, 2.6, label)
        if value:
            self.font(vsize)
            self.set_xy(x + 0.8, y + 3.2)
            self.multi_cell(w - 1.6, vsize * 0.42, value.upper() if caps else value)

    def para(self, text: str, size: float = 10, h: float = 5, style: str = "",
             family: str = "Helvetica") -> None:
        self.font(size, style, family)
        self.set_x(self.l_margin)
        self.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def row(self, widths: list[float], texts: list[str], h: float = 6, border: int | str = 1,
            aligns: str | None = None, size: float = 9, style: str = "") -> None:
        self.font(size, style)
        self.set_x(self.l_margin)
        for i, (w, t) in enumerate(zip(widths, texts, strict=True)):
            align = aligns[i] if aligns else "L"
            self.cell(w, h, t, border=border, align=align)
        self.ln(h)


def items_table(doc: Doc, record: dict[str, Any], rng: random.Random, money_style: int,
                headers: tuple[str, str] = ("Description", "Amount"), size: float = 9) -> None:
    widths = [130.0, 42.0]
    doc.row(widths, list(headers), style="B", size=size, aligns="LR")
    for item in record["line_items"]:
        doc.row(widths, [item["description"],
                         fmt_money(item["amount"], record["currency"], rng, money_style)],
                aligns="LR", size=size)


# ---------------------------------------------------------------- layouts

def layout_acord(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A dense US-style property loss notice: agency / carrier / insured boxes, section codes."""
    c = country_of(record)
    doc = Doc("Letter")
    caps = rng.random() < 0.5
    x0, w = 12.0, 191.6

    def bar(y: float, title: str) -> None:
        doc.rect(x0, y, w, 4.5, style="DF")
        doc.font(7, "B")
        doc.set_xy(x0 + 1, y)
        doc.cell(w, 4.5, title)

    doc.font(13, "B")
    doc.set_xy(x0, 10)
    doc.cell(120, 6, "PROPERTY LOSS NOTICE")
    doc.font(6)
    doc.set_xy(x0, 16)
    doc.cell(120, 3, "FORM PLN-1 (2019/04)  -  APPLICABLE IN ALL STATES / REGIONS UNLESS "
                     "OTHERWISE INDICATED")
    doc.cellbox(150, 9, 53.6, 9, "DATE (MM/DD/YYYY)",
                fmt_date(record["date_reported"], rng, c, "us" if c == "US" else "iso"))
    y = 21.0
    agency = fake.company() + " Insurance Agency"
    agent = fake.name()
    doc.cellbox(x0, y, 95, 18, "AGENCY", f"{agency}\n{fake.street_address()}, {fake.city()}")
    doc.cellbox(107, y, 54, 9, "CARRIER", rng.choice(("Northbridge Mutual", "Atlas Casualty Co.",
                                                      "Keystone Fire & Marine")))
    doc.cellbox(161, y, 42.6, 9, "NAIC CODE", str(rng.randint(10000, 39999)))
    doc.cellbox(107, y + 9, 54, 9, "POLICY NUMBER", record["policy_number"])
    doc.cellbox(161, y + 9, 42.6, 9, "CLAIM NO. (CARRIER USE)", record["claim_number"])
    y += 18
    doc.cellbox(x0, y, 45, 9, "CONTACT NAME", agent)
    doc.cellbox(57, y, 50, 9, "PHONE (A/C, No, Ext)",
                fake_phone(rng, c) + f" x{rng.randint(10, 99)}")
    doc.cellbox(107, y, 54, 9, "LINE OF BUSINESS", "HOMEOWNERS  HO-3")
    doc.cellbox(161, y, 42.6, 9, "AGENCY CUSTOMER ID", f"{rng.randint(1000000, 9999999)}")
    y += 9
    doc.cellbox(x0, y, 95, 9, "E-MAIL ADDRESS (AGENCY)",
                f"{agent.split()[0].lower()}@{agency.split()[0].lower().strip(',')}-agency.example")
    doc.cellbox(107, y, 54, 9, "EFFECTIVE DATE",
                fmt_date((date.fromisoformat(record["date_of_loss"]) -
                          timedelta(days=rng.randint(60, 300))).isoformat(), rng, c))
    doc.cellbox(161, y, 42.6, 9, "EXPIRATION DATE", "")
    y += 11
    doc.set_fill_color(220, 220, 220)
    bar(y, "LOSS   (SECTION 2)")
    y += 4.5
    loss_date = fmt_date(record["date_of_loss"], rng, c)
    doc.cellbox(x0, y, 50, 9, "2.1 DATE OF LOSS AND TIME",
                f"{loss_date}  {rng.choice(('AM', 'PM'))}")
    doc.cellbox(62, y, 99, 9, "2.2 LOCATION OF LOSS", record["incident_location"], caps=caps)
    doc.cellbox(161, y, 42.6, 9, "2.3 POLICE OR FIRE DEPT. REPORT NO.",
                record["police_report_number"] or "")
    y += 9
    kinds = ("FIRE", "THEFT", "WIND/HAIL", "WATER", "VANDALISM", "GLASS", "LIABILITY", "OTHER")
    chosen = {"fire": "FIRE", "theft": "THEFT", "weather": "WIND/HAIL", "water_damage": "WATER",
              "vandalism": "VANDALISM", "glass": "GLASS", "liability": "LIABILITY"}.get(
        record["incident_type"], "OTHER")
    doc.rect(x0, y, w, 8)
    doc.font(5.5)
    doc.set_xy(x0 + 0.6, y + 0.4)
    doc.cell(50, 2.6, "2.4 KIND OF LOSS (check one)")
    bx = x0 + 2
    for kind in kinds:
        doc.rect(bx, y + 4, 2.6, 2.6)
        if kind == chosen:
            doc.font(7, "B")
            doc.set_xy(bx, y + 3.9)
            doc.cell(2.6, 2.8, "X", align="C")
        doc.font(6.5)
        doc.set_xy(bx + 3.2, y + 3.9)
        doc.cell(20, 2.8, kind)
        bx += 23
    y += 8
    doc.rect(x0, y, w, 26)
    doc.font(5.5)
    doc.set_xy(x0 + 0.6, y + 0.4)
    doc.cell(100, 2.6, "2.5 DESCRIPTION OF LOSS & DAMAGE (attach additional sheet if necessary)")
    doc.font(8.5)
    doc.set_xy(x0 + 1, y + 4)
    doc.multi_cell(w - 2, 4, record["incident_description"])
    y += 28
    bar(y, "INSURED   (SECTION 3)")
    y += 4.5
    doc.cellbox(x0, y, 70, 9, "3.1 NAME OF INSURED (Last, First, Middle)",
                pick_name(record["claimant_name"], rng))
    doc.cellbox(82, y, 40, 9, "3.2 DATE OF BIRTH",
                fmt_date(fake.date_of_birth(minimum_age=25, maximum_age=80).isoformat(), rng, c))
    doc.cellbox(122, y, 81.6, 9, "3.3 MAILING ADDRESS", record["claimant_address"], caps=caps)
    y += 9
    doc.cellbox(x0, y, 50, 9, "3.4 PRIMARY PHONE #  [X] HOME  [ ] CELL",
                fmt_phone(record["claimant_phone"], rng))
    doc.cellbox(62, y, 50, 9, "3.5 SECONDARY PHONE #  [ ] BUS",
                fake_phone(rng, c) if rng.random() < 0.5 else "")
    doc.cellbox(112, y, 91.6, 9, "3.6 PRIMARY E-MAIL ADDRESS", record["claimant_email"],
                caps=caps)
    y += 9
    bar(y, "CONTACT / OTHER PARTIES   (SECTION 4)")
    y += 4.5
    doc.cellbox(x0, y, 70, 9, "4.1 CONTACT IF OTHER THAN INSURED", fake.name())
    doc.cellbox(82, y, 50, 9, "4.2 CONTACT PHONE", fake_phone(rng, c))
    doc.cellbox(132, y, 71.6, 9, "4.3 MORTGAGEE / LOAN NO.",
                f"{fake.company()} #{rng.randint(10**8, 10**9 - 1)}")
    y += 9
    doc.cellbox(x0, y, 70, 9, "4.4 REPORTED BY", agent)
    doc.cellbox(82, y, 50, 9, "4.5 REPORTED TO", fake.name())
    doc.cellbox(132, y, 71.6, 9, "4.6 PRIOR LOSS REF.", decoy_ref(rng, "PL-"))
    y += 11
    bar(y, "ESTIMATE / AMOUNT CLAIMED   (SECTION 5)")
    y += 5.5
    doc.set_y(y)
    money = rng.randrange(3)
    if record["line_items"]:
        items_table(doc, record, rng, money, ("5.1 ITEM / COVERAGE", "EST. AMOUNT"), size=8)
    doc.row([130.0, 42.0], ["5.9 TOTAL ESTIMATED LOSS",
                            fmt_money(record["claimed_amount"], record["currency"], rng, money)],
            style="B", size=8, aligns="LR")
    doc.ln(4)
    doc.para(f"DEDUCTIBLE: {fmt_money(rng.choice(('250', '500', '1000')), record['currency'], rng)}"
             f"     AGENT CODE: {rng.randint(100, 999)}-{rng.randint(10, 99)}", size=7)
    return doc


def layout_constat(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A European joint accident report: vehicle A (the claimant) and vehicle B side by side."""
    c = country_of(record)
    doc = Doc("A4")
    doc.font(14, "B")
    doc.cell(0, 7, "JOINT ACCIDENT REPORT / CONSTAT AMIABLE", align="C")
    doc.ln(7)
    doc.font(8)
    doc.cell(0, 4, "Not an admission of liability. To be signed by both drivers.", align="C")
    doc.ln(6)
    dl = fmt_date(record["date_of_loss"], rng, c)
    doc.row([38, 70, 35, 39], ["1. Date of accident", dl, "Time", f"{rng.randint(6, 22)}:"
                                f"{rng.choice(('05', '20', '35', '50'))}"], size=8)
    doc.row([38, 144], ["2. Location", record["incident_location"]], size=8)
    doc.row([38, 50, 45, 49], ["3. Injuries (even slight)", rng.choice(("no", "No")),
                               "4. Damage to other property", "no"], size=8)
    wname, wphone = fake.name(), fake_phone(rng, c)
    doc.row([38, 144], ["5. Witnesses", f"{wname}, {fake.street_address()}, tel. {wphone}"],
            size=8)
    doc.ln(3)
    other_name = fake.name()
    make = (record["vehicle_make_model_year"] or "").rsplit(" ", 1)
    other_vehicle = rng.choice(("Renault Clio", "Volkswagen Golf", "Peugeot 308", "Skoda Octavia",
                                "Honda Civic", "Nissan Qashqai"))
    a_ins = rng.choice(("Allsure Versicherung AG", "Meridian Insurance plc", "Crown Motor Mutual"))
    b_ins = rng.choice(("Helvetia Auto", "Blue Harbor Insurance", "Norddeutsche Kraft VVaG"))
    b_policy = (f"{rng.choice(('KF', 'MT', 'AU'))} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)}")
    rows: list[tuple[str, str, str]] = [
        ("6. Policyholder (surname, first name)", pick_name(record["claimant_name"], rng),
         pick_name(other_name, rng)),
        ("    Address", record["claimant_address"], fake.address().replace("\n", ", ")),
        ("    Phone", fmt_phone(record["claimant_phone"], rng), fake_phone(rng, c)),
        ("    E-mail", record["claimant_email"], fake.email()),
        ("7. Vehicle: make, type", make[0] if make[0] else "", other_vehicle),
        ("    Year of first registration", make[1] if len(make) > 1 else "",
         str(rng.randint(2010, 2024))),
        ("    VIN / chassis no.", record["vehicle_vin"] or "", fake.vin()),
        ("    Registration no.", f"{rng.choice('ABCDEFGHKLMN')}{rng.choice('ABCDEFGHKLMN')}"
         f"{rng.randint(10, 99)} {rng.choice('XYZRST')}{rng.choice('PQRSUV')}"
         f"{rng.choice('ABCW')}",
         f"{rng.choice('BMKS')}-{rng.choice('ABCDEF')}{rng.choice('XYZ')} "
         f"{rng.randint(100, 9999)}"),
        ("8. Insurance company", a_ins, b_ins),
        ("    Policy no.", record["policy_number"], b_policy),
        ("    Green card no.", f"{rng.randint(10**7, 10**8 - 1)}",
         f"{rng.randint(10**7, 10**8 - 1)}"),
        ("9. Driver (if not policyholder)", "", fake.name()),
        ("    Driving licence no.", f"{rng.randint(10**8, 10**9 - 1)}",
         f"{rng.randint(10**8, 10**9 - 1)}"),
    ]
    if make[0] and len(make) > 1:
        rows[4] = ("7. Vehicle: make, type, year", record["vehicle_make_model_year"],
                   f"{other_vehicle} {rng.randint(2010, 2024)}")
        rows.pop(5)
    doc.set_fill_color(235, 242, 250)
    doc.row([52, 65, 65], ["", "VEHICLE A", "VEHICLE B"], style="B", size=9, aligns="LCC")
    for label, a, b in rows:
        doc.font(7.5)
        doc.set_x(doc.l_margin)
        doc.cell(52, 6, label, border=1)
        doc.cell(65, 6, a, border=1, fill=True)
        doc.cell(65, 6, b, border=1)
        doc.ln(6)
    doc.ln(2)
    circumstances = ("parked / stopped", "leaving a parking place", "entering a parking place",
                     "moving in the same direction, different lane", "rear-end, same lane",
                     "changing lanes", "overtaking", "turning right", "turning left",
                     "reversing", "did not observe a right of way sign")
    doc.font(7.5, "B")
    doc.cell(0, 5, "10. Circumstances (tick the relevant boxes)   A  |  B")
    doc.ln(5)
    for i, circ in enumerate(circumstances):
        doc.font(7)
        doc.set_x(doc.l_margin)
        mine = 4 if record["incident_type"] == "collision" else 0
        doc.cell(6, 4, "[X]" if i == mine else "[ ]")
        doc.cell(70, 4, f"{i + 1}. {circ}")
        doc.cell(6, 4, "[X]" if i == 4 else "[ ]")
        doc.ln(4)
    doc.ln(2)
    doc.font(8, "B")
    doc.cell(0, 5, "14. My remarks (vehicle A)")
    doc.ln(5)
    doc.para(record["incident_description"], size=9, h=4.5)
    doc.font(8, "B")
    doc.cell(0, 5, "    Remarks (vehicle B)")
    doc.ln(5)
    doc.para(rng.choice(("The other car stopped without warning.", "I could not brake in time.",
                         "Visibility was poor because of rain.")), size=9, h=4.5)
    if record["police_report_number"]:
        doc.para(f"Police attended - report no. {record['police_report_number']}", size=8.5)
    doc.ln(2)
    doc.font(8, "B")
    doc.cell(0, 5, "Insurer use only")
    doc.ln(5)
    money = rng.randrange(3)
    doc.row([60, 60, 62], ["Claim reference (A)", record["claim_number"],
                           f"B insurer ref. {decoy_ref(rng, 'B')}"], size=8)
    doc.row([60, 122], ["Received on", fmt_date(record["date_reported"], rng, c)], size=8)
    if record["line_items"]:
        doc.ln(1)
        items_table(doc, record, rng, money, ("Repair estimate vehicle A", "Amount"), size=8)
    doc.row([130, 42], ["Total damage claimed by A",
                        fmt_money(record["claimed_amount"], record["currency"], rng, money)],
            style="B", size=8, aligns="LR")
    return doc


def layout_call_note(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A phone intake note typed by a call-centre agent: mostly sentences, few labels."""
    c = country_of(record)
    doc = Doc(rng.choice(("A4", "Letter")))
    agent = fake.name()
    doc.font(8, "", "Courier")
    rep = date.fromisoformat(record["date_reported"])
    hdr = [
        f"CALL LOG  {rng.randint(100000, 999999)}   "
        f"QUEUE: FNOL-{rng.choice(('PROP', 'AUTO', 'GEN'))}",
        f"CALL START {rep.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}   "
        f"DURATION {rng.randint(6, 24)}m{rng.randint(10, 59)}s",
        f"HANDLED BY {agent.upper()} (EXT {rng.randint(2000, 2999)})  "
        f"DIRECT LINE {fake_phone(rng, c)}",
        f"INBOUND ANI {fmt_phone(record['claimant_phone'], rng)}",
        f"CLAIM OPENED: {record['claim_number']}    LINKED PRIOR FILE: {decoy_ref(rng, 'X')}",
    ]
    for line in hdr:
        doc.set_x(doc.l_margin)
        doc.cell(0, 4, line)
        doc.ln(4)
    doc.ln(3)
    doc.font(12, "B")
    doc.cell(0, 6, "First notice of loss - telephone intake note")
    doc.ln(9)
    money = rng.randrange(3)
    she = rng.choice(("the caller", "caller", "the insured"))
    name = pick_name(record["claimant_name"], rng)
    sentences = [
        f"Caller identified as {name}, policyholder, and confirmed policy number "
        f"{record['policy_number']} after security questions (DOB and postcode).",
        f"Caller stated that the loss happened on {fmt_date(record['date_of_loss'], rng, c)} at "
        f"{record['incident_location']}.",
        f"Mailing address confirmed as {record['claimant_address']}.",
        f"Best callback number given as {fmt_phone(record['claimant_phone'], rng)}; e-mail for "
        f"correspondence {record['claimant_email']}.",
    ]
    if record["vehicle_make_model_year"]:
        sentences.append(f"Vehicle involved: {record['vehicle_make_model_year']}"
                         + (f", VIN read out as {record['vehicle_vin']}." if record["vehicle_vin"]
                            else "."))
    if record["police_report_number"]:
        sentences.append(f"Police were notified; {she} quoted crime/incident reference "
                         f"{record['police_report_number']}.")
    else:
        sentences.append("No police involvement according to caller.")
    for s in sentences:
        doc.para(s, size=10, h=5)
        doc.ln(1)
    doc.ln(1)
    doc.font(10, "B")
    doc.cell(0, 5, "Caller's account (as given):")
    doc.ln(6)
    doc.para(f"\"{record['incident_description']}\"", size=10, h=5, style="I")
    doc.ln(2)
    if record["line_items"]:
        doc.para(f"{she.capitalize()} listed the following costs so far:", size=10)
        for item in record["line_items"]:
            doc.para(f"  - {item['description']}: "
                     f"{fmt_money(item['amount'], record['currency'], rng, money)}", size=10)
        doc.ln(1)
    doc.para(f"Total amount claimed per caller: "
             f"{fmt_money(record['claimed_amount'], record['currency'], rng, money)}.", size=10)
    doc.ln(2)
    third = fake.name()
    doc.para(f"Agent notes: advised of excess of "
             f"{fmt_money(rng.choice(('100', '250', '500')), record['currency'], rng, money)}. "
             f"Neighbour/witness {third} may be contacted on {fake_phone(rng, c)}. "
             f"Loss adjuster {fake.name()} to call back within 2 working days. "
             f"Reference for the caller's records: {decoy_ref(rng, 'TK')}.", size=9, h=4.5)
    doc.ln(3)
    doc.font(8, "", "Courier")
    doc.cell(0, 4, f"-- note saved {rep.isoformat()} by {agent.split()[-1].upper()} --")
    return doc


def layout_medical(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A medical / injury expense claim form with treating-provider details as decoys."""
    c = country_of(record)
    doc = Doc("Letter" if c == "US" else "A4")
    doc.font(13, "B")
    doc.cell(120, 7, "MEDICAL EXPENSE / ACCIDENT CLAIM FORM")
    doc.font(8)
    doc.cell(0, 7, f"Form MX-{rng.randint(10, 99)}  "
                   f"Rev. {rng.randint(1, 12)}/{rng.randint(2019, 2024)}", align="R")
    doc.ln(9)

    def section(title: str) -> None:
        doc.set_fill_color(40, 60, 100)
        doc.set_text_color(255, 255, 255)
        doc.font(9, "B")
        doc.set_x(doc.l_margin)
        doc.cell(0, 5.5, title, fill=True)
        doc.set_text_color(0, 0, 0)
        doc.ln(6.5)

    def pair(l1: str, v1: str, l2: str = "", v2: str = "") -> None:
        doc.set_x(doc.l_margin)
        doc.font(7.5)
        doc.cell(34, 6, l1)
        doc.font(9)
        doc.cell(56, 6, v1, border="B")
        doc.cell(4, 6, "")
        doc.font(7.5)
        doc.cell(30, 6, l2)
        doc.font(9)
        doc.cell(0, 6, v2, border="B" if l2 else 0)
        doc.ln(7)

    def wide(label: str, value: str, gap: float) -> None:
        doc.set_x(doc.l_margin)
        doc.font(7.5)
        doc.cell(34, 6, label)
        doc.font(9)
        doc.cell(0, 6, value, border="B")
        doc.ln(gap)

    section("PART A - MEMBER / PATIENT")
    pair("Member name", pick_name(record["claimant_name"], rng), "Date of birth",
         fmt_date(fake.date_of_birth(minimum_age=18, maximum_age=85).isoformat(), rng, c))
    pair("Policy / member no.", record["policy_number"], "Group no.",
         f"G{rng.randint(10000, 99999)}")
    wide("Home address", record["claimant_address"], 7)
    pair("Daytime phone", fmt_phone(record["claimant_phone"], rng), "E-mail",
         record["claimant_email"])
    section("PART B - ACCIDENT OR ILLNESS")
    pair("Date of accident", fmt_date(record["date_of_loss"], rng, c), "Work related?", "No")
    wide("Where did it happen", record["incident_location"], 8)
    doc.font(7.5)
    doc.cell(0, 4, "Describe how the injury occurred:")
    doc.ln(5)
    doc.para(record["incident_description"], size=9, h=4.5)
    if record["police_report_number"]:
        doc.para(f"Reported to police, reference {record['police_report_number']}", size=8.5)
    doc.ln(2)
    section("PART C - TREATING PROVIDER (to be completed by the physician or clinic)")
    doctor = f"Dr. {fake.name()}"
    pair("Provider name", doctor, "NPI / licence", f"{rng.randint(10**9, 10**10 - 1)}")
    clinic_city = fake.city()
    wide("Practice address", f"{fake.street_address()}, {clinic_city}", 7)
    pair("Provider phone", fake_phone(rng, c), "Provider e-mail",
         f"billing@{clinic_city.lower().replace(' ', '')}-clinic.example")
    first_visit = date.fromisoformat(record["date_of_loss"]) + timedelta(days=rng.randint(0, 2))
    pair("Date first seen", fmt_date(first_visit.isoformat(), rng, c), "Diagnosis (ICD-10)",
         rng.choice(("S52.501A", "S93.401A", "S13.4XXA", "S62.609A")))
    pair("Patient account no.", f"PA-{rng.randint(100000, 999999)}", "Invoice no.",
         f"INV {rng.randint(10000, 99999)}")
    section("PART D - ITEMISED CHARGES")
    money = rng.randrange(3)
    widths = [26.0, 104.0, 42.0]
    doc.row(widths, ["Code", "Service / expense", "Charge"], style="B", size=8, aligns="LLR")
    for item in record["line_items"]:
        doc.row(widths, [f"{rng.randint(90000, 99499)}", item["description"],
                         fmt_money(item["amount"], record["currency"], rng, money)],
                size=8, aligns="LLR")
    doc.row([130.0, 42.0], ["TOTAL AMOUNT CLAIMED",
                            fmt_money(record["claimed_amount"], record["currency"], rng, money)],
            style="B", size=8, aligns="LR")
    doc.ln(4)
    doc.para("I certify that the information given is true and complete. I authorise any "
             "physician or hospital to release information about this claim.", size=7.5, h=3.8)
    doc.ln(2)
    pair("Signed", pick_name(record["claimant_name"], rng), "Date signed",
         fmt_date(record["date_reported"], rng, c))
    doc.font(7)
    doc.set_x(doc.l_margin)
    doc.cell(0, 4, f"FOR OFFICE USE - claim no. {record['claim_number']}   examiner {fake.name()}")
    return doc


def layout_broker(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A broker's cover letter forwarding the client's claim to the insurer."""
    c = country_of(record)
    doc = Doc("A4")
    broker_firm = fake.company() + rng.choice((" Insurance Brokers", " Risk Partners",
                                               " Versicherungsmakler GmbH", " & Co. Brokers"))
    broker = fake.name()
    doc.font(15, "B", "Times")
    doc.cell(0, 7, broker_firm)
    doc.ln(7)
    doc.font(8.5)
    doc.cell(0, 4, f"{fake.street_address()}, {fake.city()}  |  Tel {fake_phone(rng, c)}  |  "
                   f"claims@{broker_firm.split()[0].lower().strip(',')}brokers.example")
    doc.ln(4)
    doc.cell(0, 4, f"Authorised and regulated, firm reference {rng.randint(100000, 999999)}")
    doc.ln(10)
    doc.font(10, "", "Times")
    insurer = rng.choice(("Claims Department\nMeridian Insurance plc",
                          "Schadenabteilung / Claims\nAllsure Versicherung AG",
                          "Property Claims Unit\nAtlas Casualty Co."))
    doc.multi_cell(90, 5, insurer + f"\n{fake.street_address()}\n{fake.city()}")
    doc.ln(4)
    doc.cell(0, 5, fmt_date(record["date_reported"], rng, c))
    doc.ln(9)
    our_ref = f"{broker.split()[-1][:3].upper()}/{rng.randint(1000, 9999)}/{rng.randint(10, 99)}"
    doc.font(10, "B", "Times")
    client = pick_name(record["claimant_name"], rng)
    doc.multi_cell(0, 5, f"Our ref: {our_ref}\nYour ref: {record['claim_number']}\n"
                         f"Re: Our client {client} - policy {record['policy_number']}")
    doc.ln(4)
    body = doc.para
    body("Dear Sirs,", size=10.5, family="Times")
    doc.ln(2)
    loss = fmt_date(record["date_of_loss"], rng, c)
    body(f"We act as brokers for the above-named client and write to notify you of a loss that "
         f"occurred on {loss} at {record['incident_location']}. Our client's own account, which "
         f"we enclose, reads as follows:", size=10.5, family="Times")
    doc.ln(2)
    doc.set_left_margin(24)
    body(record["incident_description"], size=10.5, family="Times", style="I")
    doc.set_left_margin(14)
    doc.ln(2)
    extra = []
    if record["vehicle_make_model_year"]:
        extra.append(f"The vehicle concerned is a {record['vehicle_make_model_year']}"
                     + (f" (VIN {record['vehicle_vin']})" if record["vehicle_vin"] else "") + ".")
    if record["police_report_number"]:
        extra.append(f"The matter was reported to the police under reference "
                     f"{record['police_report_number']}.")
    extra.append(f"Please correspond with the client directly at {record['claimant_address']}, "
                 f"by telephone on {fmt_phone(record['claimant_phone'], rng)} or by e-mail to "
                 f"{record['claimant_email']}, copying this office.")
    body(" ".join(extra), size=10.5, family="Times")
    doc.ln(2)
    money = rng.randrange(3)
    body(f"The client's schedule of loss totals "
         f"{fmt_money(record['claimed_amount'], record['currency'], rng, money)}"
         + (", made up as follows:" if record["line_items"] else "; invoices will follow."),
         size=10.5, family="Times")
    doc.ln(2)
    if record["line_items"]:
        items_table(doc, record, rng, money, ("Schedule of loss", "Sum"), size=9.5)
        doc.ln(3)
    body(f"Our commission invoice {rng.randint(10000, 99999)} is unaffected. Should you wish to "
         f"appoint a loss adjuster, we suggest {fake.name()} of {fake.company()}, who has "
         f"handled previous matters for this client (your ref. {decoy_ref(rng, 'C')}).",
         size=10.5, family="Times")
    doc.ln(6)
    body("Yours faithfully,", size=10.5, family="Times")
    doc.ln(8)
    body(f"{broker}\nAccount Executive, {broker_firm}\nDirect: {fake_phone(rng, c)}  "
         f"{broker.split()[0].lower()}.{broker.split()[-1].lower()}@brokers.example",
         size=10, family="Times")
    doc.ln(3)
    body("Enc. Client claim form, photographs, repair estimate", size=8.5, family="Times")
    return doc


def layout_travel(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A travel-insurance claim with expenses incurred abroad in a foreign currency."""
    c = country_of(record)
    cur = record["currency"]
    doc = Doc("A4")
    doc.set_fill_color(0, 110, 120)
    doc.rect(0, 0, 210, 22, style="F")
    doc.set_text_color(255, 255, 255)
    doc.font(16, "B")
    doc.set_xy(14, 6)
    doc.cell(120, 8, rng.choice(("WorldCover Travel", "Globetrotter Assist", "Voyager Protect")))
    doc.font(9)
    doc.set_xy(120, 6)
    doc.cell(76, 5, "TRAVEL CLAIM FORM", align="R")
    doc.set_xy(120, 11)
    doc.cell(76, 5, f"24h assistance {fake_phone(rng, c)}", align="R")
    doc.set_text_color(0, 0, 0)
    doc.set_y(28)
    doc.font(9)

    def line(label: str, value: str, w: float = 48) -> None:
        doc.set_x(doc.l_margin)
        doc.font(8, "B")
        doc.cell(w, 6, label, border="LTB")
        doc.font(9)
        doc.cell(0, 6, value, border="RTB")
        doc.ln(6)

    def heading(title: str) -> None:
        doc.ln(3)
        doc.font(10, "B")
        doc.cell(0, 6, title)
        doc.ln(7)

    line("Claim number", record["claim_number"])
    line("Certificate / policy number", record["policy_number"])
    line("Booking reference (tour operator)",
         f"{rng.choice('QWERTYPLKJ')}{rng.randint(10000, 99999)}{rng.choice('ABCXYZ')}")
    heading("1  Traveller making the claim")
    line("Full name", pick_name(record["claimant_name"], rng))
    line("Date of birth", fmt_date(fake.date_of_birth(minimum_age=18, maximum_age=80).isoformat(),
                                   rng, c))
    line("Home address", record["claimant_address"])
    line("Telephone", fmt_phone(record["claimant_phone"], rng))
    line("E-mail", record["claimant_email"])
    line("Travelling companion", fake.name())
    heading("2  Your trip")
    loss = date.fromisoformat(record["date_of_loss"])
    dep = loss - timedelta(days=rng.randint(1, 6))
    ret = loss + timedelta(days=rng.randint(2, 9))
    line("Departure date", fmt_date(dep.isoformat(), rng, c))
    line("Return date", fmt_date(ret.isoformat(), rng, c))
    line("Destination", record["incident_location"])
    line("Date of the incident", fmt_date(record["date_of_loss"], rng, c))
    if record["police_report_number"]:
        line("Police / PIR reference", record["police_report_number"])
    line("Airline / flight",
         f"{rng.choice(('LH', 'BA', 'UA', 'IB', 'AF'))} {rng.randint(100, 9999)}")
    heading("3  What happened?")
    doc.para(record["incident_description"], size=9.5, h=4.8)
    heading("4  Expenses claimed")
    local, rate = foreign_for(record["incident_location"])
    money = rng.randrange(3)
    widths = [80.0, 36.0, 20.0, 36.0]
    if record["line_items"] and local != cur:
        doc.row(widths, ["Item", f"Paid ({local})", "Rate", f"Claimed ({cur})"], style="B", size=8,
                aligns="LRRR")
        for item in record["line_items"]:
            paid = (Decimal(item["amount"]) * rate).quantize(Decimal("0.01"))
            doc.row(widths, [item["description"], f"{local} {group(paid, ',', '.')}", str(rate),
                             fmt_money(item["amount"], cur, rng, money)], size=8, aligns="LRRR")
    elif record["line_items"]:
        items_table(doc, record, rng, money, ("Item", f"Claimed ({cur})"), size=8)
    doc.row([136.0, 36.0], ["Total claimed", fmt_money(record["claimed_amount"], cur, rng, money)],
            style="B", size=8.5, aligns="LR")
    doc.ln(4)
    doc.para(f"Receipts from {fake.company()} (invoice {rng.randint(1000, 99999)}) attached. "
             f"Amount already refunded by the carrier: {fmt_money('0', cur, rng, money)}.", size=8)
    doc.ln(3)
    doc.para(f"Declaration signed on {fmt_date(record['date_reported'], rng, c)} by the traveller.",
             size=9)
    return doc


def layout_handwritten(record: dict[str, Any], rng: random.Random, fake: Faker) -> Doc:
    """A printed form filled in by hand: values in an italic 'ink', drifting off their lines."""
    c = country_of(record)
    doc = Doc("A4")
    doc.font(14, "B")
    doc.cell(0, 7, rng.choice(("CLAIM NOTIFICATION", "REPORT OF LOSS", "SCHADENMELDUNG / CLAIM")))
    doc.ln(7)
    doc.font(8)
    doc.cell(0, 4, "Please write clearly in BLOCK CAPITALS or legible handwriting, using black "
                   "or blue ink.")
    doc.ln(9)
    ink = rng.choice(((20, 40, 140), (25, 25, 60), (10, 10, 10)))
    family = rng.choice(("Times", "Courier"))
    upper = rng.random() < 0.4

    def field(label: str, value: str, w_label: float = 50) -> None:
        y = doc.get_y()
        doc.set_text_color(0, 0, 0)
        doc.font(8.5)
        doc.set_x(doc.l_margin)
        doc.cell(w_label, 7, label)
        x = doc.l_margin + w_label
        doc.set_draw_color(120, 120, 120)
        doc.line(x, y + 6.2, 196, y + 6.2)
        if value:
            doc.set_text_color(*ink)
            doc.set_font(family, "I", rng.choice((10.5, 11, 11.5)))
            doc.set_xy(x + rng.uniform(0.5, 6), y + rng.uniform(-1.2, 0.9))
            shout = upper and label in ("Your name", "Address", "Where did it happen?")
            doc.cell(196 - x - 6, 7, value.upper() if shout else value)
        doc.set_text_color(0, 0, 0)
        doc.set_y(y + 8.5)

    field("Policy number", record["policy_number"])
    name = record["claimant_name"]
    upper = upper and name.title() == name
    field("Your name", pick_name(name, rng))
    field("Address", record["claimant_address"])
    field("Phone (day)", fmt_phone(record["claimant_phone"], rng))
    field("E-mail", record["claimant_email"])
    field("Date of birth", fmt_date(fake.date_of_birth(minimum_age=20, maximum_age=80).isoformat(),
                                    rng, c))
    field("Date of loss", fmt_date(record["date_of_loss"], rng, c))
    field("Where did it happen?", record["incident_location"])
    if record["vehicle_make_model_year"]:
        field("Vehicle (make, model, year)", record["vehicle_make_model_year"])
    if record["vehicle_vin"]:
        field("Chassis / VIN", record["vehicle_vin"])
    if record["police_report_number"]:
        field("Police ref.", record["police_report_number"])
    field("Witness (name, tel.)", f"{fake.name()}  {fake_phone(rng, c)}")
    doc.ln(2)
    doc.font(8.5)
    doc.set_x(doc.l_margin)
    doc.cell(0, 6, "What happened? (use the back of this form if you need more room)")
    doc.ln(7)
    y = doc.get_y()
    doc.set_draw_color(150, 150, 150)
    for k in range(5):
        doc.line(doc.l_margin, y + 6 + k * 7, 196, y + 6 + k * 7)
    doc.set_text_color(*ink)
    doc.set_font(family, "I", 10.5)
    doc.set_xy(doc.l_margin + rng.uniform(0.5, 3), y + 0.6)
    doc.multi_cell(178, 7, record["incident_description"])
    doc.set_text_color(0, 0, 0)
    doc.set_y(max(doc.get_y(), y + 38) + 3)
    money = rng.randrange(3)
    if record["line_items"]:
        doc.font(8.5)
        doc.set_x(doc.l_margin)
        doc.cell(0, 6, "List what you are claiming for:")
        doc.ln(7)
        for item in record["line_items"]:
            yy = doc.get_y()
            doc.set_draw_color(150, 150, 150)
            doc.line(doc.l_margin, yy + 6, 150, yy + 6)
            doc.line(155, yy + 6, 196, yy + 6)
            doc.set_text_color(*ink)
            doc.set_font(family, "I", 10.5)
            doc.set_xy(doc.l_margin + rng.uniform(0.5, 4), yy + rng.uniform(-1, 0.6))
            doc.cell(130, 7, item["description"])
            doc.set_xy(156, yy + rng.uniform(-1, 0.6))
            doc.cell(40, 7, fmt_money(item["amount"], record["currency"], rng, money))
            doc.set_text_color(0, 0, 0)
            doc.set_y(yy + 8)
    field("Total amount claimed", fmt_money(record["claimed_amount"], record["currency"], rng,
                                            money))
    doc.ln(4)
    field("Signature", pick_name(record["claimant_name"], rng))
    field("Date", fmt_date(record["date_reported"], rng, c))
    doc.ln(4)
    doc.set_fill_color(235, 235, 235)
    doc.set_draw_color(0, 0, 0)
    y = doc.get_y()
    doc.rect(doc.l_margin, y, 182, 16, style="DF")
    doc.font(7.5, "B")
    doc.set_xy(doc.l_margin + 2, y + 1.5)
    doc.cell(0, 4, "OFFICE USE ONLY")
    doc.font(8.5)
    doc.set_xy(doc.l_margin + 2, y + 6.5)
    doc.cell(0, 4, f"Claim no. {record['claim_number']}    Handler: {fake.name()}    "
                   f"Batch {rng.randint(100, 999)}/{rng.randint(10, 99)}")
    return doc


LAYOUTS: dict[str, tuple[Callable[[dict[str, Any], random.Random, Faker], Doc],
                         tuple[str | None, ...]]] = {
    "acord_property": (layout_acord, ("home",)),
    "accident_report_ab": (layout_constat, ("motor",)),
    "call_note": (layout_call_note, (None,)),
    "medical_claim": (layout_medical, ("health",)),
    "broker_cover": (layout_broker, (None, "home", "motor")),
    "travel_expenses": (layout_travel, ("travel",)),
    "handwritten_form": (layout_handwritten, (None,)),
}


def generate_heldout2(out_dir: Path, count: int, seed: int = 4049,
                      scanned_share: float = 0.3) -> list[Path]:
    """Write `count` cases (<case>.pdf and <case>.truth.json) into `out_dir`; return the PDFs."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = list(LAYOUTS)
    paths: list[Path] = []
    for i in range(count):
        layout = names[i % len(names)]
        render, products = LAYOUTS[layout]
        case_rng = random.Random(rng.getrandbits(64))
        fake = Faker("en_US")
        fake.seed_instance(case_rng.getrandbits(32))
        record = make_claim_record(case_rng, fake, product_type=case_rng.choice(products))
        # decoy people, firms and places come from the claimant's own country
        locals_ = Faker({"US": "en_US", "UK": "en_GB", "DE": "de_DE"}[country_of(record)])
        locals_.seed_instance(case_rng.getrandbits(32))
        doc = render(record, case_rng, locals_)
        pdf_bytes = bytes(doc.output())
        scanned = case_rng.random() < scanned_share
        if scanned:
            pdf_bytes = scan_pdf(pdf_bytes, case_rng)
        case = f"h2_{i:04d}_{layout}"
        pdf_path = out_dir / f"{case}.pdf"
        pdf_path.write_bytes(pdf_bytes)
        truth = {name: record.get(name) for name in FIELDS}
        truth["layout"] = layout
        truth["scanned"] = scanned
        (out_dir / f"{case}.truth.json").write_text(json.dumps(truth, indent=2, default=str))
        paths.append(pdf_path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m bench.heldout2 OUT_DIR [COUNT]")
    written = generate_heldout2(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 36)
    print(f"wrote {len(written)} cases to {sys.argv[1]}")
