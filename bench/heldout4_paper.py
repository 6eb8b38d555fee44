"""Paper-like layouts of the fourth held-out corpus: a claim form filled in by hand (values in
an oblique typewriter face, written on rules) and a bilingual English/Spanish or
English/French claim form."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bench.heldout4_draw import checkbox, count_lines, titled_text
from bench.heldout4_kit import (
    Case,
    decoy_amount,
    decoy_date,
    decoy_person,
    decoy_ref,
    fmt_date,
    fmt_money,
    fmt_name,
    local_date,
    money,
    new_pdf,
    phone,
)

HAND = ("Courier", "I", 11)


def _write(pdf: FPDF, case: Case, x: float, y: float, w: float, label: str,
           value: str | None) -> float:
    """A printed label, a rule after it, and the hand-written value on the rule."""
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(x, y)
    label_w = pdf.get_string_width(label) + 2
    pdf.cell(label_w, 6, label)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(x + label_w, y + 5.4, x + w, y + 5.4)
    pdf.set_draw_color(0, 0, 0)
    if value:
        pdf.set_font(*HAND)
        pdf.set_xy(x + label_w + case.rng.uniform(0.5, 4), y + case.rng.uniform(-0.6, 0.3))
        pdf.cell(w - label_w, 6, value)
    return y + 8


def _ruled(pdf: FPDF, case: Case, y: float, text: str, rows: int = 3) -> float:
    """Free text hand-written over ruled lines; returns the y below the last rule."""
    pdf.set_font(*HAND)
    rows = max(rows, count_lines(pdf, 170, text))
    for row in range(rows):
        pdf.line(18, y + 6 + row * 7, 192, y + 6 + row * 7)
    pdf.set_xy(20 + case.rng.uniform(0, 2), y)
    pdf.multi_cell(170, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return y + rows * 7 + 2


def layout_handwritten(case: Case) -> FPDF:
    """A one-page paper claim form, printed labels, values written by hand on the lines."""
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    agent = decoy_person(case, company=True)
    witness = decoy_person(case)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, f"{agent['firm']} Insurance Agency", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, f"{agent['address']} - {agent['phone']} - {agent['email']}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "LOSS NOTICE - please write clearly", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y() + 1
    y = _write(pdf, case, 15, y, 180, "Your name (BLOCK CAPITALS)",
               fmt_name(get("claimant_name"), "caps"))
    y = _write(pdf, case, 15, y, 180, "Address", get("claimant_address"))
    _write(pdf, case, 15, y, 85, "Phone",
           phone(case, get("claimant_phone")) if get("claimant_phone") else None)
    y = _write(pdf, case, 105, y, 90, "E-mail", get("claimant_email"))
    _write(pdf, case, 15, y, 85, "Policy no.", get("policy_number"))
    y = _write(pdf, case, 105, y, 90, "Claim no. (office)", get("claim_number"))
    _write(pdf, case, 15, y, 85, "Date of loss", local_date(case, get("date_of_loss"), 0.8))
    y = _write(pdf, case, 105, y, 90, "Date of birth",
               local_date(case, decoy_date(case, "1962-06-01", 0, 12000), 0.8))
    y = _write(pdf, case, 15, y, 180, "Where did it happen", get("incident_location"))
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(15, y)
    pdf.cell(0, 5, "What happened? (use the back of this form if you need more room)")
    y = _ruled(pdf, case, y + 5, get("incident_description"))
    if get("police_report_number"):
        y = _write(pdf, case, 15, y, 180, "Police report no.", get("police_report_number"))
    if get("vehicle_vin"):
        _write(pdf, case, 15, y, 85, "Vehicle (make, model, year)",
               get("vehicle_make_model_year"))
        y = _write(pdf, case, 105, y, 90, "VIN", get("vehicle_vin"))
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(15, y)
    pdf.cell(0, 5, "List what you are claiming for:")
    y += 6
    for n, item in enumerate(get("line_items") or [], 1):
        _write(pdf, case, 15, y, 125, f"{n}.", item["description"])
        y = _write(pdf, case, 142, y, 53, "cost", money(case, item["amount"]))
    y = _write(pdf, case, 95, y, 100, "TOTAL CLAIMED", money(case, get("claimed_amount")))
    y = _write(pdf, case, 15, y + 2, 180, "Witness (name, phone)",
               f"{witness['name']}, {witness['phone']}")
    y = _write(pdf, case, 15, y, 180, "Agent who sold the policy",
               f"{agent['name']} - {decoy_ref(rng, 'AGT')}")
    _write(pdf, case, 15, y + 4, 110, "Signed", fmt_name(get("claimant_name"), "first"))
    _write(pdf, case, 130, y + 4, 65, "Date", local_date(case, get("date_reported"), 0.8))
    return pdf


BILINGUAL = {
    "es": {"title": "Formulario de reclamación / Claim form", "policy": "Número de póliza",
           "claim": "Número de reclamación", "name": "Nombre del asegurado",
           "address": "Dirección", "phone": "Teléfono", "email": "Correo electrónico",
           "loss": "Fecha del siniestro", "reported": "Fecha de la declaración",
           "where": "Lugar del siniestro", "type": "Tipo de siniestro",
           "what": "Descripción de los hechos", "police": "Número de denuncia policial",
           "vehicle": "Vehículo (marca, modelo, año)", "vin": "Número de bastidor (VIN)",
           "items": "Detalle de daños", "total": "Importe total reclamado",
           "agent": "Agente", "witness": "Testigo", "shop": "Taller de reparación",
           "excess": "Franquicia", "sign": "Firma y fecha"},
    "fr": {"title": "Déclaration de sinistre / Claim form", "policy": "Numéro de police",
           "claim": "Numéro de sinistre", "name": "Nom de l'assuré", "address": "Adresse",
           "phone": "Téléphone", "email": "Courriel", "loss": "Date du sinistre",
           "reported": "Date de la déclaration", "where": "Lieu du sinistre",
           "type": "Nature du sinistre", "what": "Circonstances", "police": "N° de procès-verbal",
           "vehicle": "Véhicule (marque, modèle, année)", "vin": "N° d'identification (VIN)",
           "items": "Détail des dommages", "total": "Montant total réclamé", "agent": "Agent",
           "witness": "Témoin", "shop": "Garage / réparateur", "excess": "Franchise",
           "sign": "Signature et date"},
}
ENGLISH = {"policy": "Policy number", "claim": "Claim number", "name": "Insured's name",
           "address": "Address", "phone": "Telephone", "email": "E-mail",
           "loss": "Date of loss", "reported": "Date of notice", "where": "Place of loss",
           "type": "Type of loss", "what": "What happened", "police": "Police report no.",
           "vehicle": "Vehicle (make, model, year)", "vin": "VIN", "items": "Itemised damage",
           "total": "Total amount claimed", "agent": "Agent", "witness": "Witness",
           "shop": "Repair shop", "excess": "Deductible / excess", "sign": "Signature and date"}
TYPES = {"es": ("Colisión", "Robo", "Incendio", "Daños por agua", "Fenómeno meteorológico",
                "Vandalismo", "Rotura de cristales", "Lesiones", "Responsabilidad civil", "Otro"),
         "fr": ("Collision", "Vol", "Incendie", "Dégât des eaux", "Événement climatique",
                "Vandalisme", "Bris de glace", "Dommage corporel", "Responsabilité civile",
                "Autre")}
TYPE_KEYS = ("collision", "theft", "fire", "water_damage", "weather", "vandalism", "glass",
             "injury", "liability", "other")


def layout_bilingual(case: Case) -> FPDF:
    """An English/Spanish (US) or English/French form: both labels on every row."""
    lang = "es" if case.country == "US" else "fr"
    words = BILINGUAL[lang]
    pdf = new_pdf()
    pdf.add_page()
    rng, get = case.rng, case.get
    agent, witness, shop = decoy_person(case, True), decoy_person(case), decoy_person(case, True)
    numeric = {"US": "us", "GB": "uk", "DE": "de"}.get(case.country, "uk")

    def day(iso: str) -> str:
        return fmt_date(iso, rng.choice((numeric, lang, "iso")))

    def cash(amount: str) -> str:
        if get("currency") == "EUR":
            return fmt_money(amount, "EUR", rng.choice(("french", "euro")))
        return money(case, amount)

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, words["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, f"{case.fake.company()} - Ref. interne / internal ref. {decoy_ref(rng, 'IR')}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    vehicle = get("vehicle_make_model_year")
    rows: list[tuple[str, str | None]] = [
        ("policy", get("policy_number")), ("claim", get("claim_number")),
        ("name", fmt_name(get("claimant_name"), rng.choice(("first", "upper_last")))),
        ("address", get("claimant_address")),
        ("phone", phone(case, get("claimant_phone")) if get("claimant_phone") else None),
        ("email", get("claimant_email")), ("loss", day(get("date_of_loss"))),
        ("where", get("incident_location")), ("police", get("police_report_number")),
        ("vehicle", vehicle), ("vin", get("vehicle_vin")),
        ("agent", f"{agent['name']}, {agent['phone']}, {agent['email']}"),
        ("witness", f"{witness['name']}, {witness['address']}, {witness['phone']}"),
        ("shop", f"{shop['firm']}, {shop['phone']}"),
        ("excess", cash(decoy_amount(case, 10, 100))),
    ]
    for key, value in rows:
        if value is None and key in ("police", "vehicle", "vin"):
            continue
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(62, 4.2, ENGLISH[key], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "I", 7.5)
        pdf.cell(62, 3.8, words[key])
        pdf.set_xy(79, y + 1)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(116, 5, value or "", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y + 8.5))
        pdf.line(15, pdf.get_y(), 195, pdf.get_y())
        pdf.ln(0.8)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 5, f"{ENGLISH['type']} / {words['type']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y()
    for index, key in enumerate(TYPE_KEYS):
        row, col = divmod(index, 2)
        label = f"{TYPES[lang][index]} / {key.replace('_', ' ').title()}"
        checkbox(pdf, 17 + col * 90, y + 1 + row * 5, label, key == get("incident_type"))
    pdf.set_xy(15, y + 27)
    titled_text(pdf, f"{ENGLISH['what']} / {words['what']}", get("incident_description"))
    items = get("line_items")
    if items:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(140, 5.5, f"{ENGLISH['items']} / {words['items']}", border=1)
        pdf.cell(40, 5.5, "", border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 9)
        for item in items:
            pdf.cell(140, 5.5, item["description"], border=1)
            pdf.cell(40, 5.5, cash(item["amount"]), border=1, align="R",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(140, 6, f"{ENGLISH['total']} / {words['total']}", border=1)
    pdf.cell(40, 6, cash(get("claimed_amount")), border=1, align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, f"{ENGLISH['reported']} / {words['reported']}: {day(get('date_reported'))}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    signer = fmt_name(get("claimant_name"), "first")
    pdf.cell(0, 5, f"{ENGLISH['sign']} / {words['sign']}: {signer}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf
