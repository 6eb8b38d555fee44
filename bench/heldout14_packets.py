"""Held-out corpus 14 packets: a contractor's cover letter with an itemised estimate over a
page break and a photo log, and an auto FNOL summary followed by tow and rental papers."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout14_draw import Ink, label_rows
from bench.heldout14_kit import Page

FIRMS = ("Restoration LLC", "Building & Roofing Inc.", "Public Adjusters")
INSIDE = ("Kitchen", "Living room", "Hallway", "Master bedroom", "Bedroom 2", "Basement",
          "Laundry", "Dining room")
OUTSIDE = ("Roof", "Exterior", "Garage")
# (task, unit, quantity range, unit price range, the losses it belongs to); "" for any loss
TASKS = (
    ("Remove & replace drywall 1/2in", "SF", (32, 420), (2.35, 4.80), ""),
    ("Tape, float & texture", "SF", (32, 420), (0.95, 1.85), ""),
    ("Seal & paint walls, 2 coats", "SF", (80, 520), (0.85, 1.40), ""),
    ("Remove & replace baseboard", "LF", (12, 90), (4.10, 7.90), ""),
    ("Content manipulation", "HR", (1, 6), (48.0, 68.0), ""),
    ("Electrical outlet - replace", "EA", (1, 4), (38.0, 64.0), ""),
    ("Debris haul-off, pickup load", "EA", (1, 3), (140.0, 210.0), ""),
    ("Tear out wet carpet & pad", "SF", (60, 380), (0.55, 0.95), "water_damage"),
    ("Laminate flooring - install", "SF", (60, 380), (4.20, 6.90), "water_damage"),
    ("Dehumidifier, per 24 hr", "EA", (2, 6), (65.0, 95.0), "water_damage"),
    ("Air mover, per 24 hr", "EA", (3, 12), (24.0, 38.0), "water_damage"),
    ("Antimicrobial application", "SF", (60, 380), (0.28, 0.55), "water_damage"),
    ("Smoke odor seal, primer", "SF", (80, 520), (0.62, 0.98), "fire"),
    ("Clean ceiling - heavy soot", "SF", (60, 300), (0.70, 1.20), "fire"),
    ("Clean contents - smoke", "HR", (2, 10), (42.0, 58.0), "fire"),
)
ROOF = (
    ("Laminated comp. shingles", "SQ", (8, 32), (265.0, 340.0)),
    ("Roofing felt 15 lb", "SQ", (8, 32), (28.0, 41.0)),
    ("Drip edge - replace", "LF", (40, 220), (2.60, 3.90)),
    ("Gutter, aluminum - replace", "LF", (30, 180), (7.50, 11.20)),
    ("Vinyl siding - replace", "SF", (60, 400), (4.10, 6.20)),
    ("Skylight flashing kit", "EA", (1, 3), (95.0, 160.0)),
    ("Tarp roof, temporary", "SQ", (2, 12), (45.0, 70.0)),
)


def make_estimate(rng, count: int, kind: str) -> list[tuple[str, Decimal, str, Decimal, Decimal]]:
    """Rows of (description, quantity, unit, unit price, total) fitting a loss of `kind`."""
    tasks = [(room, task) for room in INSIDE for task in TASKS if task[4] in ("", kind)]
    if kind == "weather":
        tasks = [(room, task) for room in OUTSIDE for task in ROOF] + rng.sample(tasks, 24)
    order = OUTSIDE + INSIDE   # an estimate goes room by room
    pairs = sorted(rng.sample(tasks, count), key=lambda pair: order.index(pair[0]))
    rows = []
    for room, (task, unit, (qlow, qhigh), (low, high), *_) in pairs:
        quantity = Decimal(rng.randint(qlow, qhigh))
        price = Decimal(str(round(rng.uniform(low, high), 2)))
        rows.append((f"{room}: {task}", quantity, unit, price,
                     (quantity * price).quantize(Decimal("0.01"))))
    return rows


def letterhead(pdf: Page, company: str, vendor, ink, license_no: str) -> None:
    pdf.text_at(18, 12, company, size=15, style="B")
    pdf.text_at(18, 19, f"{vendor.street}, {vendor.city_line}   |   Tel "
                f"{ink.phone(vendor.phone, 'dots')}   |   Lic. No. {license_no}", size=8)
    pdf.rule(24, width=0.6)


def draw_contractor_packet(case, rng) -> bytes:
    """Cover letter, itemised estimate across pages with repeated header, photo log.
    Sets the case's line items and claimed amount (the estimate's grand total)."""
    ink, you, vendor = Ink(case), case.claimant, case.others["vendor"]
    rows = make_estimate(rng, rng.randint(30, 38), case.kind)
    subtotal = sum(r[4] for r in rows)
    rate = Decimal(rng.choice(("6.25", "7.00", "8.25", "5.50")))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"))
    case.items = [(r[0], r[4]) for r in rows]
    case.amount = subtotal + tax
    company = f"{vendor.last} {rng.choice(FIRMS)}"
    vendor.email = f"{vendor.first[0]}{vendor.last}@{vendor.last}{company.split()[1]}.com".lower()
    license_no = f"{vendor.region}-{rng.choice(('RC', 'GC', 'PA'))}{rng.randint(10000, 99999)}"
    pdf = Page(rng.choice(("sans", "serif")))
    pdf.add_page()
    letterhead(pdf, company, vendor, ink, license_no)
    pdf.set_xy(18, 32)
    pdf.para(ink.day(case.reported, "long"), gap=4)
    for line in ("Claims Department", case.insurer):
        pdf.para(line, gap=0)
    pdf.ln(4)
    label_rows(pdf, (("Insured:", you.name), ("Mailing address:", you.address),
                     ("Policy No.:", case.policy), ("Claim No.:", case.claim),
                     ("Date of loss:", ink.day(case.loss)), ("Loss location:", case.location)),
               18, 50, size=9.5)
    pdf.ln(3)
    pdf.para(f"To whom it may concern: this firm has been retained by your insured, {you.name}, "
             f"to document and repair the damage at the property above. The insured may be "
             f"reached directly at {ink.phone(you.phone)} or {you.email}.", gap=3)
    pdf.para("The insured describes the loss as follows:", gap=1)
    pdf.para(case.description, style="I", gap=3)
    pdf.para(f"Our itemised estimate is attached. The amount claimed is {ink.cash(case.amount)}, "
             f"being the estimate total including sales tax; the policy deductible of "
             f"{ink.cash(case.deductible, 'symbol')} has not been subtracted.", gap=6)
    pdf.para(f"Respectfully,\n\n{vendor.name}\nProject Manager, {company}\n{vendor.email}", gap=2)
    draw_estimate(pdf, rows, subtotal, rate, tax, case, ink, company, vendor, license_no)
    pdf.add_page()
    letterhead(pdf, company, vendor, ink, license_no)
    pdf.text_at(18, 28, "PHOTO LOG & RECEIPTS", size=12, style="B")
    y = 36
    rooms = list(dict.fromkeys(row[0].split(":")[0] for row in rows))
    for number in range(4):
        x = 18 if number % 2 == 0 else 112
        pdf.set_fill_color(205, 205, 205)
        pdf.rect(x, y, 86, 52, style="F")
        taken = ink.day(case.loss + timedelta(days=number // 2 + 1), "us")
        room = rooms[number % len(rooms)]
        pdf.text_at(x, y + 54, f"Photo {number + 1} - {room}, taken {taken}", size=8)
        if number % 2:
            y += 64
    for store in ("Home Depot #0471", "Lowe's #1822"):
        bought = ink.day(case.loss + timedelta(days=2), "us")
        pdf.text_at(18, y + 2, f"Receipt - {store}, {bought}, "
                    f"{ink.cash(Decimal(rng.randint(2000, 40000)) / 100, 'symbol')} (materials, "
                    f"emergency tarp and fans)", size=8.5)
        y += 6
    return pdf.to_bytes()


def draw_estimate(pdf: Page, rows, subtotal, rate, tax, case, ink, company, vendor,
                  license_no) -> None:
    """The estimate table; a new page repeats the letterhead and the column header."""
    columns = ((18, "Description"), (118, "Qty"), (136, "Unit"), (150, "Unit Price"),
               (176, "Total"))

    def start(title: str, notes: str = "") -> float:
        pdf.add_page()
        letterhead(pdf, company, vendor, ink, license_no)
        pdf.text_at(18, 28, title, size=11, style="B")
        pdf.text_at(120, 29, f"Claim {case.claim}  |  Insured {case.claimant.last}", size=8)
        pdf.set_xy(18, 36)
        if notes:
            pdf.para(notes, size=8.5, width=179.9)
        top = pdf.get_y() + 1
        pdf.set_fill_color(220, 220, 220)
        pdf.rect(18, top, 179.9, 6, style="F")
        for x, name in columns:
            pdf.text_at(x + 1, top + 1.3, name, size=8.5, style="B")
        return top + 8

    y = start("ESTIMATE OF REPAIRS", (
        f"Scope: {case.claimant.address}. Measurements taken on site "
        f"{ink.day(case.loss + timedelta(days=3), 'us')}. Prices per current regional price "
        "list; overhead and profit not included. Quantities in SF (square feet), LF (linear "
        "feet), SQ (roofing squares), EA (each) and HR (hours)."))
    running = Decimal(0)
    for description, quantity, unit, price, total in rows:
        if y > 248:
            pdf.text_at(136, y + 1, "Carried forward", size=8.5, style="I")
            pdf.text_at(177, y + 1, f"{running:,.2f}", size=8.5, style="I")
            y = start("ESTIMATE OF REPAIRS (continued)")
        running += total
        values = (description, f"{quantity}", unit, f"{price:,.2f}", f"{total:,.2f}")
        for (x, _), value in zip(columns, values, strict=True):
            pdf.text_at(x + 1, y, value, size=8.5)
        pdf.rule(y + 5.2, 18, 197.9, 0.1)
        y += 7
    if y > 236:
        y = start("ESTIMATE OF REPAIRS (continued)")
    for label, value in (("Subtotal", subtotal), (f"Sales tax {rate}%", tax),
                         ("TOTAL", subtotal + tax)):
        pdf.text_at(136, y + 1, label, size=9, style="B")
        pdf.text_at(170, y + 1, ink.cash(value, "symbol"), size=9, style="B")
        y += 6
