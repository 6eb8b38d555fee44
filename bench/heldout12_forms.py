"""Form layouts of held-out corpus 12: boxed grid, dotted leaders, two-column FNOL, property."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bench.heldout12_case import Claim
from bench.heldout12_draw import Pen
from bench.heldout12_words import CHECKS, items, label, type_word

GREY = (232, 232, 232)


def page_size(k: Claim) -> str:
    return "Letter" if k.c.locale in ("US", "CA") else "A4"


def _claimant_rows(k: Claim) -> list[tuple[str, str, int]]:
    """(label, value, width in grid columns) for the claimant's own fields that are stated."""
    t, c = k.t, k.c
    rows = [(label(c, "claimant_name"), k.printed_name(), 2)]
    if k.phone:
        rows.append((label(c, "claimant_phone"), k.phone, 1))
    if t["claimant_email"]:
        rows.append((label(c, "claimant_email"), t["claimant_email"], 2))
    rows.append((label(c, "claimant_address"), t["claimant_address"], 3))
    return rows


def _loss_rows(k: Claim) -> list[tuple[str, str, int]]:
    t, c = k.t, k.c
    rows = [
        (label(c, "date_of_loss"), k.d(k.loss), 1),
        (label(c, "incident_type"), type_word(c, t["incident_type"]), 1),
        (label(c, "incident_location"), t["incident_location"], 3),
    ]
    if t["police_report_number"]:
        rows.append((label(c, "police_report_number"), t["police_report_number"], 1))
    if k.car:
        rows += [
            (label(c, "vehicle_make_model_year"), k.car_text(), 2),
            (label(c, "vehicle_vin"), k.car[3], 2),
            ("Registration", k.plate, 1),
        ]
    return rows


def boxed(k: Claim) -> Pen:
    """Layout 1: a grid of boxes, small-caps labels above the values."""
    c, t = k.c, k.t
    pen = Pen(page_size(k), c.rng.choice(["sans", "cond"]))
    x0, cols = pen.l_margin, 4
    cw = pen.inner / cols
    pen.put(x0, 40, k.insurer.org.upper(), 15, "B")
    pen.put(x0, 60, f"{k.insurer.address}  ·  Tel {k.insurer.phone}", 8)
    pen.put(
        x0,
        40,
        c.rng.choice(["CLAIM NOTIFICATION", "LOSS REPORT", "CLAIM FORM"]),
        12,
        "B",
        w=pen.inner,
        align="R",
    )
    pen.put(x0, 58, k.insurer.ref, 8, w=pen.inner, align="R")
    policy = [
        (label(c, "policy_number"), t["policy_number"], 1),
        (label(c, "claim_number"), t["claim_number"] or "", 1),
        ("Period of cover", f"{k.d(k.inception)} - {k.d(k.expiry)}", 2),
    ]
    who = _claimant_rows(k) + [("Date of birth", k.d(k.dob), 1)]
    money = [
        (label(c, "claimed_amount"), k.m(k.amount), 1),
        (c.rng.choice(["Deductible", "Excess"]), k.m(k.deductible), 1),
        ("Sum insured", k.m(k.sum_insured), 1),
    ]
    agent = [
        ("Agent / broker", k.agent.name, 1),
        ("Agency", k.agent.org, 2),
        ("Agent phone", k.agent.phone, 1),
    ]
    sections = [
        ("POLICY", policy),
        ("POLICYHOLDER", who),
        ("THE LOSS", _loss_rows(k)),
        ("AMOUNTS", money),
        ("AGENT", agent),
    ]
    if c.rng.random() < 0.5:
        sections[2], sections[1] = sections[1], sections[2]
    y = 84
    for title, rows in sections:
        c.rng.shuffle(rows)
        pen.frame(x0, y, pen.inner, 13, fill=GREY)
        pen.put(x0 + 4, y + 1.5, title, 8, "B")
        y, col = y + 13, 0
        for name, value, span in rows:
            if col + span > cols:
                y, col = y + 28, 0
            pen.frame(x0 + col * cw, y, span * cw, 28, 0.4)
            pen.put(x0 + col * cw + 3, y + 2, name.upper(), 6)
            pen.put(x0 + col * cw + 3, y + 12, value, 10, w=span * cw - 4)
            col += span
        y += 34
        if title == "THE LOSS":
            pen.frame(x0, y - 6, pen.inner, 13, fill=GREY)
            pen.put(x0 + 4, y - 4.5, label(c, "incident_description").upper(), 7, "B")
            end = pen.para(x0 + 4, y + 10, pen.inner - 8, t["incident_description"], 9.5)
            pen.frame(x0, y + 7, pen.inner, end - y)
            y = end + 12
    pen.put(x0, y, "I declare that the information given is true and complete.", 8, "I")
    pen.put(x0, y + 16, f"Signature: {t['claimant_name']}", 10, "I", w=pen.inner / 2)
    pen.put(x0 + pen.inner / 2, y + 16, f"{label(c, 'date_reported')}: {k.d(k.reported)}", 10)
    return pen


def _dotted_line(pen: Pen, y: float, name: str, value: str, vx: float) -> float:
    """'name ....... value' with the value wrapping under itself; returns the next y."""
    pen.use(9.5)
    if y + 30 > pen.h - pen.b_margin:
        pen.add_page()
        y = pen.t_margin
    pen.set_xy(pen.l_margin, y)
    lead = name + " "
    while pen.get_string_width(lead + ".") < vx - pen.l_margin - 4:
        lead += "."
    pen.cell(vx - pen.l_margin, 13, lead)
    words, lines, line = value.split(), [], ""
    for word in words:
        if line and pen.get_string_width(line + " " + word) > pen.w - pen.r_margin - vx:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    for i, text in enumerate([*lines, line]):
        pen.set_xy(vx, y + 13 * i)
        pen.cell(pen.w - pen.r_margin - vx, 13, text)
    return y + 13 * (len(lines) + 1) + 3


def dotted(k: Claim) -> Pen:
    """Layout 2: numbered sections of 'label ..... value' lines, long values on two lines."""
    c, t = k.c, k.t
    pen = Pen(page_size(k), c.rng.choice(["serif", "sans"]))
    vx = pen.l_margin + c.rng.choice([170, 190, 215])
    pen.put(pen.l_margin, 40, k.insurer.org, 14, "B", w=pen.inner, align="C")
    pen.put(
        pen.l_margin,
        58,
        f"{k.insurer.address} | {k.insurer.email} | {k.insurer.phone}",
        8,
        w=pen.inner,
        align="C",
    )
    pen.put(
        pen.l_margin,
        80,
        c.rng.choice(["Statement of Claim", "Claim Declaration", "Notice of Loss"]),
        12,
        "B",
        w=pen.inner,
        align="C",
    )
    part1 = [
        (label(c, "policy_number"), t["policy_number"]),
        (label(c, "claimant_name"), k.printed_name()),
        ("Date of birth", k.d(k.dob)),
        (label(c, "claimant_address"), t["claimant_address"]),
    ]
    if t["claim_number"]:
        part1.insert(c.rng.randrange(2), (label(c, "claim_number"), t["claim_number"]))
    if k.phone:
        part1.append((label(c, "claimant_phone"), k.phone))
    if t["claimant_email"]:
        part1.append((label(c, "claimant_email"), t["claimant_email"]))
    part1.append(("Policy expiry date", k.d(k.expiry)))
    c.rng.shuffle(part1)
    part2 = [
        (label(c, "date_of_loss"), k.d(k.loss)),
        (label(c, "incident_location"), t["incident_location"]),
        (label(c, "incident_type"), type_word(c, t["incident_type"])),
    ]
    if t["police_report_number"]:
        part2.append((label(c, "police_report_number"), t["police_report_number"]))
    if k.car:
        part2 += [
            (label(c, "vehicle_make_model_year"), k.car_text()),
            (label(c, "vehicle_vin"), k.car[3]),
        ]
    part2 += [
        (label(c, "incident_description"), t["incident_description"]),
        ("Witness", f"{k.witness.name}, {k.witness.address}, tel. {k.witness.phone}"),
        (label(c, "claimed_amount"), k.m(k.amount)),
        (c.rng.choice(["Excess applicable", "Deductible"]), k.m(k.deductible)),
    ]
    part3 = [
        ("Intermediary", f"{k.agent.name}, {k.agent.org}"),
        ("Intermediary telephone", k.agent.phone),
        ("Licence no.", k.agent.ref),
        ("Signed by", t["claimant_name"]),
        (label(c, "date_reported"), k.d(k.reported)),
    ]
    y = 104
    for n, (title, rows) in enumerate(
        [
            ("Policy and policyholder", part1),
            ("The loss", part2),
            ("Intermediary and declaration", part3),
        ],
        start=1,
    ):
        if y + 60 > pen.h - pen.b_margin:
            pen.add_page()
            y = pen.t_margin
        pen.put(pen.l_margin, y, f"{n}. {title}", 11, "B")
        pen.rule(y + 15)
        y += 20
        for name, value in rows:
            y = _dotted_line(pen, y, name, value, vx)
        y += 8
    return pen


def fnol(k: Claim) -> Pen:
    """Layout 6: two-column first notice of loss with sections and incident-type check boxes."""
    c, t = k.c, k.t
    pen = Pen(page_size(k), c.rng.choice(["sans", "cond"]))
    half = (pen.inner - 12) / 2
    left, right = pen.l_margin, pen.l_margin + half + 12
    pen.put(left, 38, "FIRST NOTICE OF LOSS - AUTOMOBILE", 13, "B")
    pen.put(left, 56, f"{k.insurer.org} · Claims line {k.insurer.phone} · {k.insurer.email}", 8)
    pen.put(left, 68, f"Printed {k.d(k.reported + timedelta(days=2))}", 7, "I")

    def section(x: float, y: float, title: str, rows: list[tuple[str, str]]) -> float:
        pen.frame(x, y, half, 14, fill=(210, 222, 240))
        pen.put(x + 4, y + 2, title, 8.5, "B", w=half - 8)
        y += 18
        for name, value in rows:
            pen.put(x + 2, y, name + ":", 7.5, w=86)
            pen.put(x + 90, y, value, 9, w=half - 92)
            pen.rule(y + 12, x + 90, x + half, 0.3)
            y += 16
        return y + 6

    insured = [
        (label(c, "claimant_name"), k.printed_name()),
        (label(c, "claimant_address"), t["claimant_address"]),
        (label(c, "policy_number"), t["policy_number"]),
        ("Date of birth", k.d(k.dob)),
    ]
    if t["claim_number"]:
        insured.append((label(c, "claim_number"), t["claim_number"]))
    if k.phone:
        insured.append((label(c, "claimant_phone"), k.phone))
    if t["claimant_email"]:
        insured.append((label(c, "claimant_email"), t["claimant_email"]))
    make, model, year, vin = k.car
    vehicle = [
        ("Make", make),
        ("Model", model),
        ("Year", str(year)),
        ("VIN", vin),
        ("Plate", k.plate),
    ]
    loss = [
        (label(c, "date_of_loss"), k.d(k.loss)),
        ("Time", f"{c.rng.randrange(6, 23)}:{c.rng.choice(['05', '20', '45'])}"),
        (label(c, "incident_location"), t["incident_location"]),
        (label(c, "police_report_number"), t["police_report_number"] or "none"),
    ]
    witness = [("Name", k.witness.name), ("Phone", k.witness.phone), ("Address", k.witness.address)]
    agent = [
        ("Agent", k.agent.name),
        ("Agency", k.agent.org),
        ("Phone", k.agent.phone),
        ("E-mail", k.agent.email),
    ]
    y = 84
    first, second = (left, right) if c.rng.random() < 0.6 else (right, left)
    yl = section(first, y, "INSURED", insured)
    yl = section(first, yl, "VEHICLE", vehicle)
    yr = section(second, y, "LOSS", loss)
    yr = section(second, yr, "WITNESS", witness)
    yr = section(second, yr, "AGENT", agent)
    y = max(yl, yr)
    pen.put(left, y, "Type of incident (tick one):", 8.5, "B")
    x = left
    for kind, word in CHECKS.items():
        pen.tick(x, y + 16, False, 9)
        if kind == t["incident_type"]:
            pen.put(x, y + 15, "X", 8, "B", w=9, align="C")
        pen.put(x + 12, y + 15, word, 8.5, w=64)
        x += pen.inner / len(CHECKS)
    y += 36
    pen.put(left, y, label(c, "incident_description"), 8.5, "B")
    y = pen.para(left, y + 14, pen.inner, t["incident_description"], 9.5) + 6
    other = [
        ("Other driver", k.other.name),
        ("Their insurer / policy", f"{k.other.org} {k.other.ref}"),
        ("Their phone", k.other.phone),
    ]
    for i, (name, value) in enumerate(other):
        pen.put(left + i * pen.inner / 3, y, f"{name}: {value}", 8, w=pen.inner / 3 - 4)
    y += 22
    pen.put(left, y, f"{label(c, 'claimed_amount')}: {k.m(k.amount)}", 10, "B", w=half)
    pen.put(right, y, f"Deductible: {k.m(k.deductible)}", 10, w=half)
    pen.put(left, y + 20, f"Reported by {t['claimant_name']} on {k.d(k.reported)}", 9, "I")
    return pen


def property_form(k: Claim) -> Pen:
    """Layout 7: a household claim with a table of damaged items and a contractor section."""
    c, t = k.c, k.t
    rows = items(c, t["incident_type"], False)
    t["line_items"] = rows
    k.amount = sum((Decimal(r["amount"]) for r in rows), Decimal(0))
    t["claimed_amount"] = f"{k.amount:.2f}"
    pen = Pen(page_size(k), c.rng.choice(["serif", "sans", "cond"]))
    x0 = pen.l_margin
    pen.put(
        x0,
        38,
        c.rng.choice(["Home & Contents Claim", "Property Loss Claim Form", "Household Claim Form"]),
        15,
        "B",
    )
    pen.put(x0, 58, f"{k.insurer.org}, {k.insurer.address}", 8)
    pen.put(x0, 69, f"Claims enquiries {k.insurer.phone}", 8)
    y = 90
    pairs = _claimant_rows(k) + [
        (label(c, "policy_number"), t["policy_number"], 1),
        ("Sum insured (buildings)", k.m(k.sum_insured), 1),
        (c.rng.choice(["Excess", "Deductible"]), k.m(k.deductible), 1),
    ]
    if t["claim_number"]:
        pairs.insert(1, (label(c, "claim_number"), t["claim_number"], 1))
    pairs += [
        (label(c, "date_of_loss"), k.d(k.loss), 1),
        (label(c, "incident_type"), type_word(c, t["incident_type"]), 1),
        (label(c, "incident_location"), t["incident_location"], 1),
    ]
    if t["police_report_number"]:
        pairs.append((label(c, "police_report_number"), t["police_report_number"], 1))
    for name, value, _ in pairs:
        pen.put(x0, y, name, 9, "B", w=140)
        pen.put(x0 + 145, y, value, 10)
        y += 15
    pen.put(x0, y + 4, label(c, "incident_description"), 9, "B")
    y = pen.para(x0, y + 18, pen.inner, t["incident_description"], 9.5) + 8
    widths = [pen.inner * f for f in (0.52, 0.22, 0.26)]
    heads = [
        "Damaged item / work",
        c.rng.choice(["Date purchased", "Age / bought"]),
        c.rng.choice(["Amount claimed", "Replacement cost"]),
    ]
    pen.frame(x0, y, pen.inner, 15, fill=GREY)
    x = x0
    for head, w in zip(heads, widths, strict=True):
        pen.put(x + 3, y + 2, head, 8.5, "B", w=w - 6)
        x += w
    y += 15
    for row in rows:
        bought = k.d(k.loss.replace(year=k.loss.year - c.rng.randrange(1, 9), day=1))
        cells = [row["description"], bought, k.m(Decimal(row["amount"]))]
        x = x0
        for text, w, align in zip(cells, widths, "LLR", strict=True):
            pen.frame(x, y, w, 15, 0.3)
            pen.put(x + 3, y + 2, text, 9, w=w - 6, align=align)
            x += w
        y += 15
    pen.put(x0, y + 3, label(c, "claimed_amount"), 10, "B", w=widths[0] + widths[1] - 6, align="R")
    pen.put(
        x0 + widths[0] + widths[1] + 3, y + 3, k.m(k.amount), 10, "B", w=widths[2] - 6, align="R"
    )
    y += 26
    pen.frame(x0, y, pen.inner, 14, fill=GREY)
    pen.put(x0 + 4, y + 2, "CONTRACTOR / REPAIRER", 8.5, "B")
    quote = k.m(c.cash(300, 9000))
    lines = [
        f"{k.shop.org}, {k.shop.address}",
        f"Contact: {k.shop.name}, {k.shop.phone}, {k.shop.email}",
        f"Quote no. {k.shop.ref} dated {k.d(k.loss + timedelta(days=1))}; "
        f"emergency call-out invoiced separately: {quote}",
    ]
    for i, line in enumerate(lines):
        pen.put(x0 + 2, y + 18 + 13 * i, line, 9)
    y += 64
    pen.put(x0, y, f"Signed: {t['claimant_name']}", 10, "I", w=pen.inner / 2)
    pen.put(x0 + pen.inner / 2, y, f"{label(c, 'date_reported')}: {k.d(k.reported)}", 10)
    return pen
