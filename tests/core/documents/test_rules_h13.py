"""Wordings and conventions of European and Canadian claims: a euro country told by its
addresses and numbers, ..."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_euro_documents_national_numbers_follow_the_country_its_addresses_name():
    values = _values(_doc([
        (40, [(40, "Name"), (200, "Pieter de Groot")]),
        (58, [(40, "Address"), (200, "Prinsengracht 41, 1015 DX Amsterdam")]),
        (76, [(40, "Telephone"), (200, "020-6431187")]),
        (94, [(40, "Amount claimed"), (200, "€ 2.310,00")]),
    ]))
    assert values["claimant_phone"] == "+31206431187"
    assert values["claimed_amount"] == "2310.00"


def test_an_irish_eircode_makes_the_number_irish():
    values = _values(_doc([
        (40, [(40, "Name"), (200, "Aoife Brennan")]),
        (58, [(40, "Address"), (200, "14 Harbour View, Cobh, P24 K2N8")]),
        (76, [(40, "Phone"), (200, "086 812 4471")]),
        (94, [(40, "Amount claimed"), (200, "EUR 870.00")]),
    ]))
    assert values["claimant_phone"] == "+353868124471"


def test_a_german_document_keeps_german_numbers():
    values = _values(_doc([
        (40, [(40, "Name"), (200, "Jana Vogt")]),
        (58, [(40, "Anschrift"), (200, "Kastanienallee 9, 10435 Berlin")]),
        (76, [(40, "Telefon"), (200, "030 8123 4567")]),
        (94, [(40, "Schadenbetrag"), (200, "1.250,00 EUR")]),
    ]))
    assert values["claimant_phone"] == "+493081234567"


def test_a_running_sum_carried_over_a_page_break_is_not_a_cost():
    rows = [(40 + 18 * k, [(40, f"{k + 1}"), (70, text), (400, amount)])
            for k, (text, amount) in enumerate([("Strip wet plaster", "640.00"),
                                                ("Replace skirting", "212.50"),
                                                ("Re-plaster ceiling", "980.00")])]
    rows += [(112, [(300, "Carried forward"), (400, "1,832.50")]),
             (300, [(40, "Page 2 (continued)")]),
             (318, [(300, "Brought forward"), (400, "1,832.50")]),
             (336, [(40, "4"), (70, "Repaint walls"), (400, "417.50")]),
             (354, [(300, "Total"), (400, "2,250.00")])]
    values = _values(_doc(rows))
    assert [i["description"] for i in values["line_items"]] == [
        "Strip wet plaster", "Replace skirting", "Re-plaster ceiling", "Repaint walls"]
    assert values["claimed_amount"] == "2250.00"


def test_a_sentence_that_puts_the_loss_at_a_sum_claims_it():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (58, [(40, "All told I would put my loss at £3,418.20, as the receipts show.")]),
        (76, [(40, "The excess of £250.00 may be deducted.")]),
    ]))
    assert values["claimed_amount"] == "3418.20"
    assert values["currency"] == "GBP"


def test_an_estimated_repair_cost_on_a_motor_form_is_the_claim():
    values = _values(_doc([
        (40, [(40, "Policy number"), (200, "MT-2291-004")]),
        (58, [(40, "Estimated repair cost:"), (200, "GBP 2,946.10")]),
        (76, [(40, "Your excess:"), (200, "GBP 300.00")]),
    ]))
    assert values["claimed_amount"] == "2946.10"


def test_a_tax_row_under_its_own_name_is_added_on_top_not_a_cost():
    values = _values(_doc([
        (40, [(40, "Windscreen, laminated"), (400, "410.00")]),
        (58, [(40, "Recalibrate camera"), (400, "190.00")]),
        (76, [(40, "Subtotal"), (400, "600.00")]),
        (94, [(40, "HST 13%"), (400, "78.00")]),
        (112, [(40, "TOTAL"), (400, "678.00")]),
    ]))
    assert [i["description"] for i in values["line_items"]] == ["Windscreen, laminated",
                                                                 "Recalibrate camera"]
    assert values["claimed_amount"] == "678.00"


def _call_note(notes: list[str]) -> dict[str, object]:
    rows = [(40, [(40, "Caller:"), (150, "Tomasz Wren")]),
            (58, [(40, "Callback no.:"), (150, "0161 496 0733")]),
            (76, [(40, "Policy:"), (150, "HH-44120-7")]),
            (100, [(40, "Call notes")])]
    rows += [(118 + 18 * k, [(40, f"10:0{k + 2}"), (100, note)]) for k, note in enumerate(notes)]
    return _values(_doc(rows))


def test_a_call_notes_callback_number_is_the_callers_not_the_adjusters():
    values = _call_note(["Adjuster Ruth Ames, tel. 0113 496 0221, to call PH.",
                         "Excess £250.00 explained."])
    assert values["claimant_phone"] == "+441614960733"


def test_an_address_on_file_is_the_address_without_the_words_on_file():
    values = _call_note(["Address on file: 8 Ferry Lane, Leeds LS6 2AB.",
                         "PH estimates the loss at approx. £2,140.00."])
    assert values["claimant_address"] == "8 Ferry Lane, Leeds LS6 2AB"
    assert values["claimed_amount"] == "2140.00"


def test_what_the_policyholder_states_is_the_description_and_the_pack_goes_to_their_mail():
    values = _call_note(["PH states: A pipe burst under the kitchen sink and flooded the floor.",
                         "Claim pack sent to t.wren@example.org."])
    assert values["incident_description"] == (
        "A pipe burst under the kitchen sink and flooded the floor.")
    assert values["incident_type"] == "water_damage"
    assert values["claimant_email"] == "t.wren@example.org"


def test_a_letterheads_contact_line_with_a_vat_registration_is_the_firms():
    values = _values(_doc([
        (40, [(40, "Item"), (150, "Details")]),
        (58, [(40, "Claimant"), (150, "Moira Keane")]),
        (76, [(40, "Claimant phone"), (150, "0113 496 0322")]),
        (94, [(40, "Amount claimed"), (150, "£1,200.00")]),
        (300, [(40, "Hughes & Sons Building")]),
        (318, [(40, "4 Mill Lane, York YO31 7EX")]),
        (336, [(40, "Tel. 0113 496 0915 - m.hughes@gmail.com - VAT reg. GB 807 7899 23")]),
    ]))
    assert values["claimant_phone"] == "+441134960322"


def test_under_two_parties_columns_the_row_takes_the_insureds_column_wherever_it_stands():
    values = _values(_doc([
        (40, [(140, "Third party vehicle"), (340, "Your vehicle")]),
        (58, [(40, "Driver's name"), (140, "Marek Novak"), (340, "Olive Hartley")]),
        (76, [(40, "Tel."), (140, "0113 496 0342"), (340, "020 7946 0936")]),
        (94, [(40, "Policy no."), (140, "RC 414 351 05"), (340, "PH-3329-594")]),
        (112, [(40, "Make / model"), (140, "Peugeot 308"), (340, "Nissan Qashqai")]),
        (130, [(40, "Year"), (140, "2025"), (340, "2021")]),
        (148, [(40, "VIN"), (140, "J1TG8GYN8TM8MTYS7"), (340, "SJVYBHRH5SG38116D")]),
        (180, [(40, "Estimated repair cost:"), (200, "GBP 1,410.20")]),
    ]))
    assert values["claimant_name"] == "Olive Hartley"
    assert values["claimant_phone"] == "+442079460936"
    assert values["policy_number"] == "PH-3329-594"
    assert values["vehicle_make_model_year"] == "Nissan Qashqai 2021"
    assert values["vehicle_vin"] == "SJVYBHRH5SG38116D"


def test_a_party_heading_with_its_role_in_brackets_still_marks_the_column():
    values = _values(_doc([
        (40, [(140, "VEHICLE B (other party)"), (340, "VEHICLE A (insured)")]),
        (58, [(40, "Name of driver"), (140, "Femke Jansen"), (340, "Daan Smit")]),
        (76, [(40, "Address"), (140, "Oudegracht 218, 1016 DV Amsterdam"),
              (340, "Oudegracht 99, 3511 AP Utrecht")]),
        (94, [(40, "Tel."), (140, "+31 6 2463 6112"), (340, "06 1659 4255")]),
        (180, [(40, "Estimated repair cost:"), (200, "€ 1.410,20")]),
    ]))
    assert values["claimant_name"] == "Daan Smit"
    assert values["claimant_address"] == "Oudegracht 99, 3511 AP Utrecht"
    assert values["claimant_phone"] == "+31616594255"


def _letter(sentence: str) -> dict[str, object]:
    return _values(_doc([(40, [(40, "Dear Sir or Madam,")]), (58, [(40, sentence)]),
                         (76, [(40, "I estimate my loss at £640.00.")])]))


def test_a_place_right_after_the_loss_date_may_start_in_lower_case():
    values = _letter("The incident took place on 02.03.2026 at my home, Lindenweg 6, Bremen. "
                     "Thieves took my laptop from the study.")
    assert values["incident_location"] == "my home, Lindenweg 6, Bremen"
    values = _letter("I was hurt on 4 May 2026 at pavement outside 15 Elgin Avenue, Hull. A "
                     "loose paving slab tipped under my foot.")
    assert values["incident_location"] == "pavement outside 15 Elgin Avenue, Hull"


def test_a_time_after_the_loss_date_is_no_place():
    values = _letter("On 3 May 2026 at about 10pm a stone hit the windscreen of my car and "
                     "cracked it.")
    assert values["incident_location"] is None


def test_the_insurers_thanks_for_the_notification_dates_the_report():
    values = _values(_doc([
        (40, [(40, "From:"), (90, "Lena Weiss <lena.weiss@web.de>")]),
        (58, [(40, "Sent:"), (90, "30 October 2025 21:48")]),
        (76, [(40, "Subject:"), (90, "RE: Your claim CL-55120")]),
        (100, [(40, "Here is what happened: a storm blew tiles off my roof.")]),
        (130, [(40, "> Dear Ms Weiss,")]),
        (148, [(40, "> Thank you for notifying us on 26-10-2025 of the storm damage under policy "
                    "HP-2231-88.")]),
    ]))
    assert values["date_reported"] == "2025-10-26"


def test_swiss_francs_printed_fr_dot_are_an_amount_in_chf():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (58, [(40, "Altogether I estimate my loss at Fr. 14'149.72. The excess of Fr. 500.00 "
                   "will be deducted.")]),
    ]))
    assert values["claimed_amount"] == "14149.72"
    assert values["currency"] == "CHF"
