"""Held-out corpus 11 layouts: each draws one claim `t` (truth, filled in) on a fresh Pen."""

from __future__ import annotations

from decimal import Decimal

from bench.heldout11_kit import Case, Pen


def _items(c: Case, t: dict, names: list[str], low: int, high: int) -> list[tuple[str, Decimal]]:
    rows = [(n, c.cash(low, high)) for n in names]
    t["line_items"] = [{"description": n, "amount": f"{a:.2f}"} for n, a in rows]
    t["claimed_amount"] = f"{sum(a for _, a in rows):.2f}"
    return rows


def _vehicle(c: Case, t: dict) -> tuple[str, str, int]:
    make, model, year = c.car()
    t["vehicle_vin"], t["vehicle_make_model_year"] = c.vin(), f"{make} {model} {year}"
    return make, model, year


def motor_de(c: Case, t: dict) -> Pen:
    p, (make, model, year) = Pen(), _vehicle(c, t)
    p.line(f"{c.fake.company()} Versicherung AG - Schadenabteilung", 13, "B")
    p.line(f"Hotline {c.phone()[0]}  schaden@versicherung.example.com", 8)
    p.line("Kfz-Schadenanzeige", 12, "B", 3)
    p.pair("Schadennummer", t["claim_number"])
    p.pair("Versicherungsschein-Nr.", t["policy_number"])
    p.pair("Versicherungsnehmer", t["claimant_name"])
    p.pair("Anschrift", t["claimant_address"])
    p.pair("Telefon", t["_phone"])
    p.pair("E-Mail", t["claimant_email"])
    p.pair("Versicherungsbeginn", c.when(c.day(t["_loss"].replace(year=2025), 60)))
    p.pair("Schadentag", c.when(t["_loss"]))
    p.pair("Schadenort", t["incident_location"])
    p.pair("Meldedatum", c.when(t["_reported"]))
    p.pair("Selbstbeteiligung", f"{c.money(Decimal(c.rng.choice([300, 500, 1000])))} "
           f"{t['currency']}")
    p.ln(3)
    p.line("Auszug Zulassungsbescheinigung Teil I", 10, "B")
    p.pair("Fahrzeug-Ident.-Nr. (FIN)", t["vehicle_vin"])
    p.pair("Marke / Typ", f"{make} / {model}")
    p.pair("Erstzulassung", f"{c.rng.randrange(1, 13):02d}.{year}")
    p.pair("Kennzeichen", c.code("AA-AA 999"))
    p.ln(2)
    p.line("Schadenhergang", 10, "B")
    p.line(t["incident_description"])
    rows = _items(c, t, ["Stossfänger vorne", "Scheinwerfer links", "Lackierung",
                         "Arbeitslohn"], 120, 1400)
    p.table(["Position", f"Betrag {t['currency']}"],
            [[n, c.money(a)] for n, a in rows], [120, 50])
    p.pair("Gesamtforderung", f"{t['currency']} {c.money(Decimal(t['claimed_amount']))}")
    return p


def police_first(c: Case, t: dict) -> Pen:
    p, (make, model, year) = Pen(), _vehicle(c, t)
    t["police_report_number"], t["claim_number"] = c.code("PR-26-99999"), None
    p.line("TRAFFIC ACCIDENT REPORT - EXTRACT", 13, "B")
    p.pair("Report number", t["police_report_number"])
    p.pair("Reporting officer", f"Const. {c.person()[0]}, badge {c.code('9999')}")
    p.pair("Date of accident", c.when(t["_loss"]))
    p.pair("Location", t["incident_location"])
    parties = [(t["claimant_name"], t["_phone"], t["claimant_address"],
                f"{make} {model} ({year})", "our client")]
    for _ in range(2):
        other, _mail = c.person()
        m2, mo2, y2 = c.car()
        parties.append((other, c.phone()[0], c.address(), f"{m2} {mo2} ({y2})",
                        c.fake.company() + " Insurance"))
    for i, (name, phone, addr, car, insurer) in enumerate(parties, 1):
        p.line(f"Party {i}", 10, "B")
        p.pair("Name", name)
        p.pair("Phone", phone)
        p.pair("Address", addr)
        p.pair("Vehicle", car)
        p.pair("Insurer", insurer)
    p.line("Officer's summary: " + t["incident_description"], gap=4)
    p.add_page()
    p.line("Claim cover note", 12, "B", 3)
    p.line(f"To the claims team, {c.when(t['_reported'])}")
    p.line(f"Please open a claim under policy {t['policy_number']} for the accident in the "
           f"attached report. My {make} {model} {year}, VIN {t['vehicle_vin']}, was damaged. "
           f"The repair estimate totals {t['currency']} "
           f"{c.money(Decimal(t['claimed_amount']))}. Reach me on {t['_phone']} or "
           f"{t['claimant_email']}.", gap=3)
    p.line(f"{t['claimant_name']}, {t['claimant_address']}")
    return p


def glass_invoice(c: Case, t: dict) -> Pen:
    p = Pen()
    shop = c.fake.company() + " Auto Glass"
    p.line(shop, 14, "B")
    p.line(f"{c.address()} | Tel {c.phone()[0]} | accounts@autoglass.example.com", 8, gap=4)
    p.line(f"TAX INVOICE {c.code('INV-99999')}   Invoice date {c.when(t['_reported'])}", 11, "B")
    p.line("Customer / claimant", 10, "B")
    for v in (t["claimant_name"], t["claimant_address"], t["_phone"], t["claimant_email"]):
        p.line(v, 9, gap=0)
    p.ln(3)
    p.pair("Insurer claim ref", t["claim_number"])
    p.pair("Policy", t["policy_number"])
    p.pair("Date of damage", c.when(t["_loss"]))
    p.pair("Fitted at", t["incident_location"])
    p.line(t["incident_description"], 9, gap=3)
    rows = _items(c, t, ["Windscreen glass", "Urethane and primer", "Labour"], 40, 420)
    tax = (Decimal(t["claimed_amount"]) * Decimal("0.1")).quantize(Decimal("0.01"))
    p.table(["Item", "Amount"], [[n, c.money(a)] for n, a in rows], [130, 40])
    p.pair("Subtotal (claimed)", c.money(Decimal(t["claimed_amount"])))
    p.pair("GST / VAT shown for info", c.money(tax))
    p.pair("Customer excess paid", c.money(Decimal(c.rng.choice([100, 150, 200]))))
    p.pair("Amount claimed from insurer", f"{t['currency']} "
           f"{c.money(Decimal(t['claimed_amount']))}")
    return p


def memo(c: Case, t: dict) -> Pen:
    p = Pen("Courier")
    risk, _ = c.person()
    t["claim_number"] = None  # a first report: the insurer has not numbered the claim yet
    p.line("INTERNAL MEMORANDUM", 12, "B", 3)
    p.line(f"FROM:    {risk}, Risk Manager, {c.fake.company()}", 9, gap=0)
    p.line(f"TO:      Claims Department, {c.fake.company()} Insurance", 9, gap=0)
    p.line(f"CC:      {c.person()[0]} (broker) {c.phone()[0]}", 9, gap=0)
    p.line(f"DATE:    {c.when(t['_reported'])}", 9, gap=0)
    p.line(f"SUBJECT: Loss report - employee {t['claimant_name']}", 9, gap=4)
    p.line(f"Master policy {t['policy_number']}. Our employee {t['claimant_name']} "
           f"(home: {t['claimant_address']}; tel {t['_phone']}; e-mail "
           f"{t['claimant_email']}) suffered a loss on {c.when(t['_loss'])} at "
           f"{t['incident_location']}.", 9, gap=3)
    p.line(t["incident_description"], 9, gap=3)
    p.line(f"Sum insured {t['currency']} {c.money(c.cash(20000, 90000))}. "
           f"Amount claimed {t['currency']} {c.money(Decimal(t['claimed_amount']))}.", 9)
    return p


def complaint(c: Case, t: dict) -> Pen:
    p = Pen("Times")
    p.line(t["claimant_name"], 11, "B", 0)
    p.line(t["claimant_address"], 10, gap=0)
    p.line(f"{t['_phone']} | {t['claimant_email']}", 10, gap=4)
    letter = c.day(t["_reported"], 40)
    p.line(c.when(letter), 10, gap=3)
    p.line(f"Re: claim {t['claim_number']}, policy {t['policy_number']}", 11, "B", 3)
    p.line(f"Dear {c.person()[0]},", 11, gap=2)
    p.line(f"I notified you of this claim on {c.when(t['_reported'])} and have still had no "
           f"decision. On {c.when(t['_loss'])} at {t['incident_location']}: "
           f"{t['incident_description']} I am claiming {t['currency']} "
           f"{c.money(Decimal(t['claimed_amount']))}, less the excess of {t['currency']} "
           f"{c.money(Decimal(250))}. Your adjuster {c.person()[0]} ({c.phone()[0]}) has "
           f"not returned my calls.", 11, gap=3)
    p.line("Yours sincerely,", 11, gap=0)
    p.line(t["claimant_name"], 11)
    return p


def storm_photos(c: Case, t: dict) -> Pen:
    p = Pen()
    p.line("Storm / hail damage claim - home", 13, "B", 3)
    for k in ("claim_number", "policy_number", "claimant_name", "claimant_address",
              "claimant_email"):
        p.pair(k.replace("_", " ").capitalize(), t[k])
    p.pair("Phone", t["_phone"])
    p.pair("Storm date", c.when(t["_loss"]))
    p.pair("Lodged", c.when(t["_reported"]))
    p.pair("Property", t["incident_location"])
    p.line(t["incident_description"], gap=3)
    for i, what in enumerate(["roof", "gutter", "skylight"], 1):
        p.box(f"Photo {i} - {what}, {c.when(c.day(t['_reported'], 5))}")
    p.add_page()
    p.line(f"{c.fake.company()} Roofing - quote {c.code('Q-9999')}", 12, "B")
    p.line(f"Roofer: {c.person()[0]}, {c.phone()[0]}, {c.address()}", 9, gap=3)
    rows = _items(c, t, ["Replace damaged tiles", "Gutter repair", "Skylight reseal",
                         "Scaffold hire"], 200, 3000)
    p.table(["Work", "Amount"], [[n, c.money(a)] for n, a in rows], [130, 40])
    p.pair("Quote total", f"{t['currency']} {c.money(Decimal(t['claimed_amount']))}")
    return p


def statement(c: Case, t: dict) -> Pen:
    p = Pen()
    p.line("Itemised claim - costs statement", 13, "B", 3)
    p.pair("Claimant", t["claimant_name"])
    p.pair("Address", t["claimant_address"])
    p.pair("Contact", f"{t['_phone']} / {t['claimant_email']}")
    p.pair("Policy", t["policy_number"])
    p.pair("Claim", t["claim_number"])
    p.pair("Loss date", c.when(t["_loss"]))
    p.pair("Statement date", c.when(t["_reported"]))
    p.pair("Location", t["incident_location"])
    p.line(t["incident_description"], gap=3)
    rows = _items(c, t, ["Emergency plumber", "Dehumidifier hire", "Flooring replacement",
                         "Hotel two nights"], 80, 1500)
    balance = c.cash(1000, 5000)
    table = []
    for name, amount in rows:
        balance -= amount
        table.append([c.when(c.day(t["_loss"], 10)), c.fake.company()[:22], c.code("REF9999"),
                      name, c.money(balance), c.money(amount)])
    p.table(["Date", "Payee", "Ref", "Description", "Balance", "Amount"], table,
            [24, 40, 20, 46, 22, 22])
    p.pair("Total claimed", f"{t['currency']} {c.money(Decimal(t['claimed_amount']))}")
    return p


def household(c: Case, t: dict) -> Pen:
    p = Pen()
    spouse, mail = c.person()
    p.line("Household contents claim form", 13, "B", 3)
    p.pair("Policy number", t["policy_number"])
    p.pair("Claim reference", t["claim_number"])
    p.line("Joint policyholder / spouse", 10, "B")
    p.pair("Name", spouse)
    p.pair("Phone", c.phone()[0])
    p.pair("E-mail", mail)
    p.line("Claimant", 10, "B")
    p.pair("Name", t["claimant_name"])
    p.pair("Phone", t["_phone"])
    p.pair("E-mail", t["claimant_email"])
    p.pair("Address (both)", t["claimant_address"])
    p.pair("Policy period", f"{c.when(t['_loss'].replace(month=1, day=1))} - "
           f"{c.when(t['_loss'].replace(month=12, day=31))}")
    p.pair("Date of loss", c.when(t["_loss"]))
    p.pair("Where", t["incident_location"])
    p.line(t["incident_description"], gap=3)
    p.pair("Total claimed", f"{t['currency']} {c.money(Decimal(t['claimed_amount']))}")
    p.pair("Signed", f"{t['claimant_name']}, {c.when(t['_reported'])}")
    return p
