"""Wordings met on heldout8-11 after the last round: a repair's cost in the claimant's own note,
..."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_the_repair_estimate_in_the_claimants_note_is_the_amount_claimed():
    values = _values(_doc([
        (40, [(40, "Claim cover note")]),
        (60, [(40, "Please open a claim under policy POL-6259-018385 for the accident in the")]),
        (74, [(40, "attached report. My Subaru Outback 2021 was damaged. The repair estimate")]),
        (88, [(40, "totals USD 5,473.86. Reach me on (617) 435-2580.")]),
    ]))
    assert values["claimed_amount"] == "5473.86"
    assert values["currency"] == "USD"


def test_indian_lakh_grouping_and_rupees_are_read_whole():
    values = _values(_doc([
        (40, [(40, "Policy no."), (200, "PX/11111/01")]),
        (58, [(40, "Particulars of loss"), (300, "Amount (INR)")]),
        (76, [(40, "Roof tiles and battens"), (300, "1,12,652.80")]),
        (94, [(40, "Loft insulation"), (300, "43,428.00")]),
        (112, [(40, "Total amount claimed"), (300, "1,56,080.80")]),
        (130, [(40, "An excess of Rs.20,000.00 applies.")]),
    ]))
    assert values["claimed_amount"] == "156080.80"
    assert values["currency"] == "INR"
    assert [i["amount"] for i in values["line_items"]] == ["112652.80", "43428.00"]


def test_a_company_under_the_policyholders_heading_is_the_claimant():
    values = _values(_doc([
        (40, [(40, "1. POLICYHOLDER")]),
        (58, [(40, "Company"), (200, "Hartley Freight Ltd")]),
        (72, [(40, "Registered address"), (200, "4 Mill Lane, Leeds, LS1 4AP")]),
        (86, [(40, "Company telephone"), (200, "0113 496 0001")]),
        (100, [(40, "Company e-mail"), (200, "fleet@hartley.net")]),
        (114, [(40, "Fleet manager"), (200, "Ann Cole (mobile 0161 496 0999, ann.cole@mail.com)")]),
        (128, [(40, "Excess"), (200, "£250.00")]),
        (146, [(40, "2. INCIDENT")]),
        (164, [(40, "Driver's account"),
               (200, "I was waiting at the lights when a van struck the rear of my lorry.")]),
    ]))
    assert values["claimant_name"] == "Hartley Freight Ltd"
    assert values["claimant_address"] == "4 Mill Lane, Leeds, LS1 4AP"
    assert values["claimant_phone"] == "+441134960001"
    assert values["claimant_email"] == "fleet@hartley.net"
    assert values["incident_description"] == \
        "I was waiting at the lights when a van struck the rear of my lorry."
    assert values["incident_type"] == "collision"


def test_an_amount_columns_dollar_code_and_a_state_before_a_comma_name_the_dollar():
    values = _values(_doc([
        (40, [(40, "Address"), (200, "283 Robert Parkway, Lake Joelmouth, ACT, 2869")]),
        (58, [(40, "Phone"), (200, "(02) 9636 4601")]),
        (76, [(40, "Item"), (300, "Amount AUD")]),
        (94, [(40, "Door skin replacement"), (300, "2,102.55")]),
        (112, [(40, "Total claimed"), (300, "2,102.55")]),
    ]))
    assert values["currency"] == "AUD"
    assert values["claimant_phone"] == "+61296364601"


def test_a_dutch_form_with_english_captions_gives_values_without_the_dutch_labels():
    rows = [("Policy no.", "Polisnummer PX/80434/24"), ("Policyholder", "Naam verzekeringnemer "
            "Jip van de Elzas"), ("Address", "Adres Romysteeg 755, 7935 FQ, Sexbierum"),
            ("Phone", "Telefoon 020-197 4316"), ("Date of birth", "Geboortedatum 1966-09-22"),
            ("Date of loss", "Schadedatum 15 augustus 2025"),
            ("Date reported", "Datum melding 2025-08-16"),
            ("Place of loss", "Plaats van de schade Woonkamer, Romysteeg 755, 7935 FQ, Sexbierum"),
            ("Circumstances", "Toedracht Een waterleiding in de badkamer is gesprongen en het "
             "water is door het plafond gelekt."),
            ("Total claimed", "Totaal geclaimd 3.307,06 EUR")]
    lines = []
    for i, (caption, row) in enumerate(rows):
        lines += [(40 + 28 * i, [(40, caption)]), (50 + 28 * i, [(40, row)])]
    values = _values(_doc(lines))
    assert values["policy_number"] == "PX/80434/24"
    assert values["claimant_name"] == "Jip Van De Elzas"
    assert values["claimant_address"] == "Romysteeg 755, 7935 FQ, Sexbierum"
    assert values["claimant_phone"] == "+31201974316"
    assert values["date_of_loss"] == "2025-08-15"
    assert values["date_reported"] == "2025-08-16"
    assert values["incident_location"] == "Woonkamer, Romysteeg 755, 7935 FQ, Sexbierum"
    assert values["incident_description"].startswith("Een waterleiding")
    assert values["incident_type"] == "water_damage"
    assert values["claimed_amount"] == "3307.06"


def test_a_euro_documents_phones_take_the_country_its_other_numbers_print():
    values = _values(_doc([
        (40, [(40, "Insured's address"), (200, "23 Coonan Street R91 A1RC Anastasia Ville")]),
        (58, [(40, "Contact phone"), (200, "087 629 9872")]),
        (76, [(40, "Broker"), (200, "Daly & Co, +353 1 114 5345")]),
        (94, [(40, "Excess"), (200, "€1,000.00")]),
    ]))
    assert values["claimant_phone"] == "+353876299872"


def test_a_contact_row_fills_both_the_phone_and_the_e_mail():
    values = _values(_doc([
        (40, [(40, "Claimant"), (200, "Yvette Harvey")]),
        (58, [(40, "Contact"), (200, "(415) 847-6037 / y.harvey@example.com")]),
    ]))
    assert values["claimant_phone"] == "+14158476037"
    assert values["claimant_email"] == "y.harvey@example.com"


def test_a_where_cell_gives_the_place_and_a_signature_row_its_date():
    values = _values(_doc([
        (40, [(40, "Name"), (200, "Guy Hughes")]),
        (58, [(40, "Date of loss"), (200, "18/12/2025")]),
        (76, [(40, "Where"), (200, "East Juliaborough DY12 6ZP")]),
        (94, [(40, "A pan fire in the kitchen damaged cabinets and the extractor hood.")]),
        (112, [(40, "Total claimed"), (200, "GBP 3,734.79")]),
        (130, [(40, "Signed"), (200, "Guy Hughes, 2026-01-14")]),
    ]))
    assert values["incident_location"] == "East Juliaborough DY12 6ZP"
    assert values["date_reported"] == "2026-01-14"


def test_a_first_registration_month_and_year_completes_make_and_type():
    values = _values(_doc([
        (40, [(40, "Fahrzeug-Ident.-Nr. (FIN)"), (200, "C3GHM9AC5B2LM5BW7")]),
        (58, [(40, "Marke / Typ"), (200, "Mazda / CX-5")]),
        (76, [(40, "Erstzulassung"), (200, "05.2016")]),
        (94, [(40, "Kennzeichen"), (200, "EY-BX 731")]),
    ]))
    assert values["vehicle_make_model_year"] == "Mazda CX-5 2016"


def test_a_letters_sender_block_ends_at_its_phone_and_e_mail():
    values = _values(_doc([
        (40, [(40, "Hannah Brennan")]),
        (56, [(40, "163 Birch Lane, Cork T12 RX2K")]),
        (72, [(40, "+353 86 505 7132 - hannahbrennan70@mailbox.net")]),
        (93, [(40, "56 Quay Street, Dublin D02 X285")]),
        (109, [(40, "Date: 26/01/2026")]),
        (130, [(40, "I write as executor of the estate. On 25/12/2025, at the late owner's")]),
        (144, [(40, "home:")]),
        (158, [(40, "Thieves broke in while the house stood empty and took the silver.")]),
    ]))
    assert values["claimant_address"] == "163 Birch Lane, Cork T12 RX2K"
    assert values["incident_type"] == "theft"


def test_a_motorcycles_make_and_a_short_account_under_the_form():
    values = _values(_doc([
        (40, [(40, "Claimant"), (200, "Liam Fitzgerald")]),
        (58, [(40, "Date of loss"), (200, "28/04/2025")]),
        (76, [(40, "Make, model, year"), (200, "Yamaha MT-07 2023")]),
        (94, [(40, "Location"), (200, "Bayview Marina, berth 14")]),
        (112, [(40, "My motorcycle was stolen from outside my home overnight.")]),
        (130, [(40, "Amount claimed"), (200, "EUR 16,686.19")]),
    ]))
    assert values["vehicle_make_model_year"] == "Yamaha MT-07 2023"
    assert values["incident_description"] == \
        "My motorcycle was stolen from outside my home overnight."
    assert values["incident_type"] == "theft"


def test_a_solicitors_quoted_account_and_the_place_of_the_loss_sentence_after_a_caption():
    values = _values(_doc([
        (40, [(40, "Our client: Dr Kyle Bennett, 0 Kim Plains, Lyndamouth, B0E 0YN")]),
        (54, [(40, "Incident: storm damage on 18 June 2025")]),
        (72, [(40, "We are instructed by the above-named client. The incident occurred on 18")]),
        (86, [(40, "June 2025 at Leah Turnpike, Bowenshire, and our client notified you of the")]),
        (100, [(40, "loss on")]),
        (114, [(40, "21 June 2025. Our client's account of the incident is as follows: \"A tree")]),
        (128, [(40, "branch came down in high winds and landed on the roof of my car.\"")]),
    ]))
    assert values["incident_description"] == \
        "A tree branch came down in high winds and landed on the roof of my car."
    assert values["incident_location"] == "Leah Turnpike, Bowenshire"


def test_a_notes_date_after_its_addressee_is_the_date_reported():
    values = _values(_doc([
        (40, [(40, "Claim cover note")]),
        (60, [(40, "To the claims team, December 8, 2025")]),
        (76, [(40, "Please open a claim under policy POL-6259-018385 for the accident in the")]),
        (90, [(40, "attached report. Reach me on (617) 435-2580.")]),
    ]))
    assert values["date_reported"] == "2025-12-08"


def test_property_and_cause_cells_and_the_insurers_claim_number():
    values = _values(_doc([
        (40, [(40, "Insurer claim no."), (200, "HX450168")]),
        (58, [(40, "Claimant name"), (200, "Michael Payne")]),
        (76, [(40, "Storm date"), (200, "January 18, 2026")]),
        (94, [(40, "Property"), (200, "Port Sabrina CO 61878")]),
        (112, [(40, "Cause"), (200, "Other")]),
        (130, [(40, "Previous claims")]),
        (148, [(40, "Claim no."), (200, "Date of loss"), (320, "Paid")]),
        (166, [(40, "CLM-2024-686353"), (200, "9 October 2024"), (320, "1,998.81")]),
    ]))
    assert values["claim_number"] == "HX450168"
    assert values["incident_location"] == "Port Sabrina CO 61878"
    assert values["incident_type"] == "other"


def test_an_answers_lead_in_before_the_policy_number_is_dropped():
    values = _values(_doc([
        (40, [(40, "1. What is your policy number?")]),
        (54, [(60, "It is POL-2025-023574; it renewed on 21/02/2025.")]),
        (72, [(40, "2. Your full name (as shown on the policy)")]),
        (86, [(60, "Rosie Thomas")]),
    ]))
    assert values["policy_number"] == "POL-2025-023574"


def test_a_german_days_full_stop_and_a_street_abbreviation_end_no_sentence():
    values = _values(_doc([
        (40, [(40, "Policy POL-7073-445811. Our employee Alfons Keudel suffered a loss on 18.")]),
        (54, [(40, "November 2025 at Klotzstr. 94-66 73288 Passau.")]),
        (74, [(40, "The employee's company laptop and bag were stolen from a locked car.")]),
    ]))
    assert values["date_of_loss"] == "2025-11-18"
    assert values["incident_location"] == "Klotzstr. 94-66 73288 Passau"


def test_an_inventorys_age_column_is_no_part_of_the_description():
    values = _values(_doc([
        (40, [(40, "Item"), (160, "Age"), (240, "Purchase price"), (360, "Replacement cost")]),
        (58, [(40, "Sofa"), (160, "7 yrs"), (240, "819.41"), (360, "1,024.26")]),
        (76, [(40, "Armchair"), (160, "8 yrs"), (240, "713.25"), (360, "891.56")]),
        (94, [(40, "Total claimed"), (360, "1,915.82")]),
    ]))
    assert values["line_items"] == [{"description": "Sofa", "amount": "1024.26"},
                                    {"description": "Armchair", "amount": "891.56"}]


def test_a_statements_description_column_after_payee_and_reference_columns():
    values = _values(_doc([
        (40, [(40, "Date"), (130, "Payee"), (230, "Ref"), (290, "Description"), (460, "Amount")]),
        (58, [(40, "2025-08-13"), (130, "Bird-Reid"), (230, "REF3767"), (290, "Emergency plumber"),
              (460, "341.15")]),
        (76, [(40, "2025-08-15"), (130, "Berg-Holden"), (230, "REF6763"),
              (290, "Dehumidifier hire"), (460, "255.05")]),
        (98, [(40, "Total claimed USD 596.20")]),
    ]))
    assert [i["description"] for i in values["line_items"]] == ["Emergency plumber",
                                                                "Dehumidifier hire"]


def test_a_vehicles_tables_third_party_and_uninvolved_rows_are_not_the_claimants_vehicle():
    values = _values(_doc([
        (40, [(40, "Registration"), (110, "Make / model"), (220, "Year"), (270, "VIN / chassis"),
              (420, "Involvement")]),
        (58, [(40, "LX58 FBR"), (110, "Subaru Outback"), (220, "2025"),
              (270, "JF16YWX86SN7G0M91"), (420, "Third party vehicle")]),
        (76, [(40, "TE47 LGR"), (110, "Nissan Qashqai"), (220, "2022"),
              (270, "SJNXMMTW3N7KWH8BN"), (420, "Insured - not involved")]),
        (94, [(40, "NG17 DFH"), (110, "Honda Civic"), (220, "2016"), (270, "SHHJ25DP3G9S7HSS8"),
              (420, "Insured - damaged")]),
    ]))
    assert values["vehicle_vin"] == "SHHJ25DP3G9S7HSS8"
    assert values["vehicle_make_model_year"] == "Honda Civic 2016"


def test_a_currency_stated_by_its_own_label_names_the_dollar():
    values = _values(_doc([
        (40, [(40, "1"), (60, "CLM#"), (120, "81-26497"), (220, "CLMT"), (280, "AMY RAY")]),
        (58, [(40, "2"), (60, "AMT_CLMD"), (120, "6,564.92"), (220, "CCY"), (280, "CAD")]),
    ]))
    assert values["claimed_amount"] == "6564.92"
    assert values["currency"] == "CAD"
