"""Held-out corpus 10, the drawing: eight layout families, each states the truth and decoys."""

from __future__ import annotations

import random
from decimal import Decimal

from fpdf import FPDF

from bench.heldout10_draw import (
    EN,
    ES,
    claim_items,
    common,
    dt,
    header_values,
    items_table,
    kv,
    m,
    para,
    table,
    title,
)
from bench.heldout10_kit import person, vin


def injury(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t, d = c["truth"], c["decoys"]
    t["incident_location"] = "Riverside Leisure Centre car park"
    t["incident_description"] = (
        "I slipped on black ice in the car park and fractured my left wrist."
    )
    title(pdf, "Personal Accident Claim")
    common(pdf, c)
    kv(pdf, "Date of birth", d["dob"])
    kv(pdf, "Where it happened", t["incident_location"])
    para(pdf, t["incident_description"])
    kv(pdf, "Treating doctor", f"Dr {d['witness']}, tel {d['witness_phone']}")
    pdf.add_page()
    title(pdf, "St. Brigid's Hospital - Patient Account")
    kv(pdf, "Patient", t["claimant_name"])
    kv(pdf, "Admitted / discharged", f"{d['policy_from']} (admission, see ward notes)")
    kv(pdf, "Billing office", d["insurer_address"])
    claim_items(
        c,
        rng,
        [
            "Emergency department visit",
            "X-ray left wrist",
            "Cast and splint",
            "Orthopaedic consultation",
        ],
    )
    items_table(pdf, c, ("Service", "Charge"))
    kv(pdf, "Already paid by patient", m(c, rng.randint(20, 90)))


def jewellery(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t, d = c["truth"], c["decoys"]
    t["police_report_number"] = f"PR-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    t["incident_location"] = f"Hotel room, {t['claimant_address'].split(', ')[-1]}"
    t["incident_description"] = "My engagement ring and a gold watch were taken from the room safe."
    title(pdf, "Valuables Theft Notification")
    common(pdf, c)
    kv(pdf, "Police reference", t["police_report_number"])
    kv(pdf, "Location", t["incident_location"])
    para(pdf, t["incident_description"])
    claim_items(c, rng, ["Diamond engagement ring", "Gold wrist watch"])
    items_table(pdf, c)
    pdf.add_page()
    title(pdf, "Certificate of Valuation")
    para(pdf, f"Prepared by {d['agent']}, FGA, for insurance purposes. Tel {d['agent_phone']}.")
    table(
        pdf,
        ["Article", "Valuation"],
        [
            ["Platinum solitaire ring 1.1ct", m(c, rng.randint(3000, 9000))],
            ["18ct gold watch", m(c, rng.randint(2000, 6000))],
        ],
        [110, 40],
    )
    kv(pdf, "Sum insured (valuables)", m(c, d["sum_insured"]))


def review(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t = c["truth"]
    t["incident_location"] = "Basement utility room"
    t["incident_description"] = "The water heater burst overnight and flooded the basement."
    pdf.set_font("Helvetica", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(
        0,
        5,
        f"https://claims.northgate-ins.com/fnol/review?session={rng.randint(10**6, 10**7)}"
        f"   printed {c['decoys']['policy_from']}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    title(pdf, "Review your submission")
    for step, labels in (
        ("Step 1 of 4 - About you", EN[:6]),
        ("Step 2 of 4 - What happened", EN[6:]),
    ):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 8, step, new_x="LMARGIN", new_y="NEXT")
        values = header_values(c)[:6] if step.startswith("Step 1") else header_values(c)[6:]
        for label, value in zip(labels, values, strict=True):
            kv(pdf, label, value, grey=True)
    kv(pdf, "Where", t["incident_location"], grey=True)
    kv(pdf, "Describe", t["incident_description"], grey=True)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Step 3 of 4 - Your losses", new_x="LMARGIN", new_y="NEXT")
    claim_items(c, rng, ["Water heater replacement", "Drying and dehumidifying", "Carpet"])
    items_table(pdf, c)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Step 4 of 4 - Declaration", new_x="LMARGIN", new_y="NEXT")
    para(pdf, "I confirm the information above is true. Page 1 of 1")


def spanish(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t = c["truth"]
    t["incident_location"] = "Garaje comunitario, planta -1"
    t["incident_description"] = (
        "Un incendio en el cuadro eléctrico dañó el trastero y su contenido."
    )
    title(pdf, "Declaración de Siniestro - Hogar")
    common(pdf, c, ES)
    kv(pdf, "Fecha de nacimiento", c["decoys"]["dob"])
    kv(pdf, "Lugar del siniestro", t["incident_location"])
    kv(pdf, "Descripción", t["incident_description"])
    kv(pdf, "Mediador", f"{c['decoys']['agent']} ({c['decoys']['agent_phone']})")
    claim_items(c, rng, ["Cuadro eléctrico", "Mobiliario del trastero", "Limpieza de humo"])
    items_table(pdf, c, ("Concepto", "Importe"))
    kv(pdf, "Suma asegurada", m(c, c["decoys"]["sum_insured"]))


def executor(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t, d = c["truth"], c["decoys"]
    deceased = person(rng)
    t["incident_location"] = f"the late {deceased}'s home"
    t["incident_description"] = "Thieves broke in while the house stood empty and took the silver."
    para(
        pdf,
        f"{t['claimant_name']}\n{t['claimant_address']}\n"
        f"{c['printed_phone']} - {t['claimant_email']}",
    )
    para(pdf, f"{d['insurer_address']}\nDate: {dt(c, t['date_reported'])}")
    para(
        pdf,
        f"Re: Policy {t['policy_number']} (policyholder {deceased}, deceased), "
        f"claim {t['claim_number']}",
    )
    para(
        pdf,
        f"I write as executor of the estate of {deceased}, whose date of birth was {d['dob']}. "
        f"On {dt(c, t['date_of_loss'])}, at {t['incident_location']}: {t['incident_description']}",
    )
    claim_items(c, rng, ["Georgian silver tea service", "Silver candlesticks (pair)"])
    para(
        pdf,
        "The estate claims for the following, less any deductible of "
        f"{m(c, d['deductible'])} under the policy:",
    )
    items_table(pdf, c)
    para(
        pdf,
        f"The solicitor acting, {d['agent']}, may be reached on {d['agent_phone']}.\n"
        f"Yours faithfully,\n{t['claimant_name']}, Executor",
    )


def inventory(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t = c["truth"]
    t["incident_location"] = t["claimant_address"]
    t["incident_description"] = (
        "Storm water came through the roof and ruined the living room contents."
    )
    title(pdf, "Contents Inventory Schedule")
    common(pdf, c)
    kv(pdf, "Description", t["incident_description"])
    names = [
        "Sofa",
        "Armchair",
        "Rug",
        "Television",
        "Bookcase",
        "Curtains",
        "Lamp",
        "Speakers",
        "Coffee table",
        "Side table",
        "Games console",
        "Picture frames",
        "Cushions",
        "Blu-ray player",
        "Desk",
        "Office chair",
        "Laptop",
        "Printer",
        "Books (box)",
        "Plant stand",
        "Mirror",
        "Clock",
        "Throw blanket",
        "Vase",
        "Router",
        "Fan",
        "Dining table",
        "Dining chairs (4)",
        "Sideboard",
        "Table lamp",
        "Wall art",
        "Record player",
        "Vinyl records",
        "Board games",
        "Ottoman",
        "Bean bag",
        "Soundbar",
        "Tablet",
        "Floor cushions",
        "Candle holders",
    ]
    claim_items(c, rng, names[: rng.randint(34, len(names))])
    bought = [
        (Decimal(i["amount"]) * Decimal("0.8")).quantize(Decimal("0.01")) for i in t["line_items"]
    ]
    rows = [
        [i["description"], f"{rng.randint(1, 12)} yrs", m(c, b), m(c, i["amount"])]
        for i, b in zip(t["line_items"], bought, strict=True)
    ]
    table(pdf, ["Item", "Age", "Purchase price", "Replacement cost"], rows, [60, 20, 40, 40])
    kv(pdf, "Total replacement cost claimed", f"{t['currency']} {m(c, t['claimed_amount'])}")
    kv(pdf, "Subtotal of purchase prices", m(c, sum(bought)))


def marine(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t, d = c["truth"], c["decoys"]
    road = rng.random() < 0.5
    t["police_report_number"] = f"MP{rng.randint(100000, 999999)}"
    t["incident_location"] = rng.choice(
        ("Bayview Marina, berth 14", "Dealer forecourt, Harbour Road")
    )
    t["incident_description"] = (
        "The craft was stolen from its mooring overnight."
        if not road
        else "My motorcycle was stolen from outside my home overnight."
    )
    title(pdf, "Motorcycle Theft Report" if road else "Marine Craft Theft Report")
    common(pdf, c)
    if road:
        t["vehicle_vin"] = vin(rng)
        t["vehicle_make_model_year"] = (
            f"{rng.choice(('Honda CB500F', 'Yamaha MT-07'))} {rng.randint(2015, 2024)}"
        )
        kv(pdf, "Frame / VIN", t["vehicle_vin"])
        kv(pdf, "Make, model, year", t["vehicle_make_model_year"])
    else:
        kv(
            pdf,
            "Hull identification no.",
            f"XYZ{rng.randint(10000, 99999)}B{rng.randint(100, 999)}",
        )
        kv(pdf, "Vessel", "Bayliner 2450, 7.5 m")
    kv(pdf, "Police crime ref.", t["police_report_number"])
    kv(pdf, "Location", t["incident_location"])
    kv(pdf, "Marina / dealer contact", f"{d['agent']} {d['agent_phone']} {d['agent_email']}")
    para(pdf, t["incident_description"])
    t["claimed_amount"] = f"{rng.randint(300000, 2500000) / 100:.2f}"
    kv(pdf, "Amount claimed", f"{t['currency']} {m(c, t['claimed_amount'])}")
    kv(pdf, "Sum insured", m(c, d["sum_insured"]))


def slip(pdf: FPDF, c: dict, rng: random.Random) -> None:
    t, d = c["truth"], c["decoys"]
    t["incident_location"] = "Lobby, Grand Harbour Hotel"
    t["incident_description"] = (
        "The guest slipped on a freshly mopped floor with no warning sign and hurt her back."
    )
    title(pdf, "Incident Report - Guest Accident")
    qa = [
        ("Q1. Guest's full name?", t["claimant_name"]),
        ("Q2. Guest's home address?", t["claimant_address"]),
        ("Q3. Contact number and e-mail?", f"{c['printed_phone']} / {t['claimant_email']}"),
        ("Q4. Date of the accident?", dt(c, t["date_of_loss"])),
        ("Q5. Where did it happen?", t["incident_location"]),
        ("Q6. What happened?", t["incident_description"]),
        (
            "Q7. Insurer's claim and policy numbers?",
            f"{t['claim_number']}, policy {t['policy_number']}",
        ),
        ("Q8. Amount the guest claims?", None),
        ("Q9. Date reported to management?", dt(c, t["date_reported"])),
        ("Q10. Witness?", f"{d['witness']}, {d['witness_phone']}"),
    ]
    t["claimed_amount"] = f"{rng.randint(50000, 900000) / 100:.2f}"
    qa[7] = (qa[7][0], f"{t['currency']} {m(c, t['claimed_amount'])}")
    for q, a in qa:
        kv(pdf, q, a)
    para(
        pdf,
        f"Signed: {d['agent']}, Duty Manager, tel {d['agent_phone']}, {d['agent_email']}\n"
        f"Hotel: {d['insurer_address']}",
    )


# name -> (draw, locale choices, incident type)
LAYOUT_TABLE = {
    "injury_hospital_bill": (injury, ("US", "IE", "CA"), "injury"),
    "jewellery_valuation": (jewellery, ("UK", "US"), "theft"),
    "web_review_printout": (review, ("US", "CA"), "water_damage"),
    "spanish_claim_form": (spanish, ("ES", "MX"), "fire"),
    "executor_letter": (executor, ("UK", "IE"), "theft"),
    "contents_inventory": (inventory, ("UK", "CA", "US"), "weather"),
    "marine_motorcycle_theft": (marine, ("US", "UK", "IE"), "theft"),
    "hotel_slip_and_fall": (slip, ("US", "ES", "UK"), "liability"),
}
