"""German (DE/AT/CH) and Spanish (ES/MX) claim forms: their field labels, loss causes,
currencies, date order and the Swiss apostrophe between thousands."""

from __future__ import annotations

from core.documents.lexicon import classify_incident, match_label
from core.documents.validate import parse_amount
from tests.core.documents.test_roles import _doc, _values


def _form(rows: list[tuple[str, str]]) -> dict[str, object]:
    return _values(_doc([(40 + 18 * i, [(40, label), (220, value)])
                         for i, (label, value) in enumerate(rows)]))


def test_a_german_motor_claim_form_reads_its_labels():
    values = _form([
        ("Schadennummer", "SN-2024-55120"),
        ("Versicherungsschein-Nr.", "VS 4471-220"),
        ("Versicherungsnehmer", "Jutta Brenner"),
        ("Anschrift", "Lindenweg 12, 80331 München"),
        ("Schadentag", "03.04.2025"),
        ("Meldedatum", "09.04.2025"),
        ("Fahrzeug-Ident.-Nr. (FIN)", "WVWZZZ1JZ3W386752"),
        ("Gesamtforderung", "EUR 1.234,50"),
    ])
    assert values["claim_number"] == "SN-2024-55120"
    assert values["policy_number"] == "VS 4471-220"
    assert values["claimant_name"] == "Jutta Brenner"
    assert values["date_of_loss"] == "2025-04-03"
    assert values["date_reported"] == "2025-04-09"
    assert values["claimed_amount"] == "1234.50"


def test_a_mexican_claim_form_reads_its_labels_day_first_in_pesos():
    values = _form([
        ("Número de siniestro", "SIN-88213"),
        ("Número de póliza", "PZ 120044"),
        ("Correo electrónico", "rosa.ibarra@correo.example.mx"),
        ("Fecha del siniestro", "06/12/2025"),
        ("Fecha de declaración", "14/01/2026"),
        ("Total reclamado", "MXN 2,743.23"),
    ])
    assert values["claim_number"] == "SIN-88213"
    assert values["policy_number"] == "PZ 120044"
    assert values["claimant_email"] == "rosa.ibarra@correo.example.mx"
    assert values["date_of_loss"] == "2025-12-06"
    assert values["claimed_amount"] == "2743.23"
    assert values["currency"] == "MXN"


def test_an_intermediary_or_a_birth_date_in_spanish_is_nobody_s_field():
    assert match_label("Teléfono del mediador")[0] == "other"
    assert match_label("Fecha de nacimiento") is None


def test_german_and_spanish_accounts_name_their_cause():
    assert classify_incident("Beim Abbiegen fuhr ein Lieferwagen auf unser Fahrzeug auf.")[0] \
        == "collision"
    assert classify_incident("Un incendio en el cuadro eléctrico dañó el trastero.")[0] == "fire"
    assert classify_incident("Der Hagel zerschlug die Dachziegel.")[0] == "weather"


def test_a_swiss_amount_groups_its_thousands_with_an_apostrophe():
    assert parse_amount("CHF 3'550.76") == (parse_amount("3550.76")[0], "CHF")
    assert parse_amount("Fr. 12’480.50")[0] == parse_amount("12480.50")[0]


def test_a_spanish_form_title_is_no_name_and_its_account_is_the_description():
    values = _values(_doc([
        (30, [(40, "Declaración de Siniestro - Hogar")]),
        (60, [(40, "Número de siniestro"), (220, "SIN-40211")]),
        (78, [(40, "Asegurado"), (220, "Lucía Moreno")]),
        (96, [(40, "Domicilio"), (220, "Calle Mayor 12, 28013 Madrid")]),
        (114, [(40, "Descripción"), (220, "Un incendio en el cuadro eléctrico dañó el trastero.")]),
    ]))
    assert values["claimant_name"] == "Lucía Moreno"
    assert values["claimant_address"] == "Calle Mayor 12, 28013 Madrid"
    assert values["incident_description"] == "Un incendio en el cuadro eléctrico dañó el trastero."
    assert values["incident_type"] == "fire"


def test_german_and_spanish_month_names_are_dates():
    values = _form([("Schadentag", "18. Februar 2026"), ("Meldedatum", "7. März 2026")])
    assert (values["date_of_loss"], values["date_reported"]) == ("2026-02-18", "2026-03-07")
    values = _form([("Fecha del siniestro", "6 de marzo de 2026")])
    assert values["date_of_loss"] == "2026-03-06"


def test_swiss_priced_rows_keep_their_thousands():
    values = _values(_doc([
        (40, [(40, "Position"), (300, "Betrag CHF")]),
        (58, [(40, "Ziegel ersetzen"), (300, "2'413.01")]),
        (76, [(40, "Dachfenster"), (300, "1'137.75")]),
        (94, [(40, "Gesamtbetrag"), (300, "CHF 3'550.76")]),
    ]))
    assert values["claimed_amount"] == "3550.76"
    assert [i["amount"] for i in values["line_items"]] == ["2413.01", "1137.75"]
