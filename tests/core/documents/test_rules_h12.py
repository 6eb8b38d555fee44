"""Wordings and layouts of a round of unseen forms and letters: a two-column FNOL whose right
column has headings of its own, a vehicle told in rows of make, model and year, bulleted
details in an e-mail, a letter dated on its reference line, clauses that claim an amount beside
another party's, ..."""

from __future__ import annotations

from core.documents.candidates import make_model_year
from core.documents.lexicon import match_label
from tests.core.documents.test_roles import _doc, _values


def test_a_heading_over_the_right_column_hands_only_that_column_to_its_party():
    values = _values(_doc([
        (40, [(40, "INSURED"), (320, "LOSS")]),
        (56, [(40, "Full name:"), (130, "Rosa T. Varga"), (320, "Date of incident:"),
              (430, "4 March 2026")]),
        (72, [(320, "WITNESS")]),
        (88, [(40, "Mobile:"), (130, "(415) 555-0134"), (320, "Name:"), (430, "Ewan Pike")]),
        (104, [(40, "Email:"), (130, "rosa.varga@mailbox.org"), (320, "Phone:"),
               (430, "(415) 555-0177")]),
        (120, [(320, "E-mail:"), (430, "ewan.pike@example.com")]),
    ]))
    assert values["claimant_name"] == "Rosa T. Varga"
    assert values["claimant_email"] == "rosa.varga@mailbox.org"
    assert values["claimant_phone"] == "+14155550134"


def test_a_vehicle_told_in_rows_of_make_model_and_year_is_one_vehicle():
    values = _values(_doc([
        (40, [(40, "VEHICLE")]),
        (56, [(40, "Make:"), (130, "Volvo")]),
        (72, [(40, "Model:"), (130, "XC40"), (320, "Agent:"), (420, "Sam Lee")]),
        (88, [(40, "Year:"), (130, "2021")]),
    ]))
    assert values["vehicle_make_model_year"] == "Volvo XC40 2021"


def test_a_bullet_before_a_label_is_no_part_of_it():
    assert match_label("- Address: 12 Elm Road, Leeds LS2 9AB") == ("claimant_address", 9)
    values = _values(_doc([
        (40, [(40, "The details you asked for:")]),
        (56, [(50, "- Claim no (from the hotline): K/31/88412")]),
        (72, [(50, "- Address: 12 Elm Road, Leeds LS2 9AB")]),
    ]))
    assert values["claim_number"] == "K/31/88412"
    assert values["claimant_address"] == "12 Elm Road, Leeds LS2 9AB"


def test_a_column_of_labels_read_down_is_no_run_in_statement():
    values = _values(_doc([
        (40, [(40, "Policyholder"), (200, "Derek Hale")]),
        (56, [(40, "Claim ref."), (200, "CLM-2026-000555")]),
        (72, [(40, "Address"), (200, "9 Mill Lane, Dover, DE 19901")]),
        (88, [(40, "Phone (day)"), (200, "302-555-0110")]),
        (104, [(40, "E-mail"), (200, "dhale@example.com")]),
    ]))
    assert values["claimant_address"] == "9 Mill Lane, Dover, DE 19901"


def test_an_insurers_form_names_its_claim_our_claim_reference():
    values = _values(_doc([
        (40, [(40, "HARBOUR MUTUAL INSURANCE")]),
        (70, [(40, "OUR CLAIM REFERENCE"), (250, "INSURED'S POLICY")]),
        (80, [(40, "HMC-0042117"), (250, "POL-5531-200")]),
    ]))
    assert values["claim_number"] == "HMC-0042117"
    assert values["policy_number"] == "POL-5531-200"


def test_an_incident_report_number_is_the_police_report():
    assert match_label("Incident report #")[0] == "police_report_number"


def test_reported_by_somebody_on_a_date_is_the_date_reported():
    values = _values(_doc([
        (40, [(40, "Date of incident:"), (200, "12 May 2026")]),
        (70, [(40, "Reported by Nora K. Bell on 14 May 2026")]),
    ]))
    assert values["date_reported"] == "2026-05-14"


def test_a_letters_date_set_right_on_its_heading_line_is_the_date_reported():
    values = _values(_doc([
        (40, [(40, "WITHOUT PREJUDICE"), (420, "March 3rd, 2026")]),
        (70, [(40, "Claims Manager, Oak Insurance")]),
        (100, [(40, "Dear Sir or Madam,")]),
        (120, [(40, "We act for our client in respect of the fall on her front steps.")]),
    ]))
    assert values["date_reported"] == "2026-03-03"


def test_a_place_in_a_sentence_ends_before_the_date_and_the_clause_after_it():
    values = _values(_doc([
        (40, [(40, "Dear Sir,")]),
        (60, [(40, "The incident (collision) took place at 14 Queen Street, Hobart TAS 7000 on")]),
        (74, [(40, "2 June 2026.")]),
    ]))
    assert values["incident_location"] == "14 Queen Street, Hobart TAS 7000"
    values = _values(_doc([
        (40, [(40, "Dear Sir,")]),
        (60, [(40, "On 2 June 2026 I suffered a loss (collision) at Elm Road near the station, "
                   "Hobart, TAS, and I")]),
        (74, [(40, "would like to make a claim under the above policy.")]),
    ]))
    assert values["incident_location"] == "Elm Road near the station, Hobart, TAS"


def test_an_amount_claimed_in_a_clause_apart_from_another_partys_is_the_claim():
    values = _values(_doc([
        (40, [(40, "Dear Sir,")]),
        (60, [(40, "The total amount of my claim is GBP 3,120.50; an estimate from Ace "
                   "Restoration is")]),
        (74, [(40, "available on request.")]),
    ]))
    assert values["claimed_amount"] == "3120.50"
    assert values["currency"] == "GBP"


def test_the_account_ends_before_a_list_and_before_words_about_the_policy():
    story = ("A pipe under the sink burst while we were out. Water soaked the kitchen floor "
             "and the cabinets.")
    values = _values(_doc([
        (40, [(40, "Dear Sir,")]),
        (60, [(40, "I write about the water damage which occurred on 1 May 2026 at home.")]),
        (80, [(40, "A pipe under the sink burst while we were out. Water soaked the kitchen")]),
        (94, [(40, "floor and the cabinets.")]),
        (114, [(40, "I have held this policy since 5 March 2025 and made no other claim.")]),
    ]))
    assert values["incident_description"] == story
    values = _values(_doc([
        (40, [(40, "Hi,")]),
        (60, [(40, "The incident took place at Elm Road, Leeds on 1 May 2026.")]),
        (80, [(40, "A pipe under the sink burst while we were out. Water soaked the kitchen")]),
        (94, [(40, "floor and the cabinets. The details you asked for:")]),
        (114, [(50, "- Policy no: POL-2024-004512")]),
    ]))
    assert values["incident_description"] == story


def test_a_solicitors_client_is_the_claimant_living_where_the_letter_says():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "We are instructed by Nora Bell (date of birth 2 May 1990) of 7 Elm Road, "
                   "Leeds LS1 4AB")]),
        (74, [(40, "in connection with an incident at 12 Park Row, Leeds LS1 5HD on 9 June "
                   "2026.")]),
        (94, [(40, "She slipped on a wet floor in your insured's shop and broke her wrist.")]),
        (114, [(40, "We consider your insured to be at fault.")]),
    ]))
    assert values["claimant_address"] == "7 Elm Road, Leeds LS1 4AB"
    assert values["date_of_loss"] == "2026-06-09"  # not the date of birth
    assert values["incident_location"] == "12 Park Row, Leeds LS1 5HD"
    # the next paragraph tells of no loss: the account has ended
    assert values["incident_description"] == \
        "She slipped on a wet floor in your insured's shop and broke her wrist."


def test_a_heading_over_the_left_column_hands_only_that_column_to_its_party():
    values = _values(_doc([
        (40, [(40, "LOSS"), (320, "INSURED")]),
        (56, [(40, "Date of incident:"), (150, "4 March 2026"), (320, "Claimant:"),
              (430, "Rosa T. Varga")]),
        (72, [(320, "Claim number:"), (430, "CLM-2026-000123")]),
        (80, [(40, "WITNESS")]),
        (88, [(320, "Phone (day):"), (430, "(415) 555-0134")]),
        (96, [(40, "Name:"), (150, "Ewan Pike")]),
        (104, [(320, "Contact e-mail:"), (430, "rosa.varga@mailbox.org")]),
        (112, [(40, "Phone:"), (150, "(415) 555-0177")]),
    ]))
    assert values["claimant_name"] == "Rosa T. Varga"
    assert values["claimant_email"] == "rosa.varga@mailbox.org"
    assert values["claimant_phone"] == "+14155550134"


def test_a_model_named_by_a_small_letter_before_its_number_is_a_model():
    assert make_model_year("Hyundai i30 2012") == "Hyundai i30 2012"
    assert make_model_year("my Ford was stopped in 2019") is None


def test_a_label_run_on_after_another_labels_value_in_one_cell_is_read():
    values = _values(_doc([
        (40, [(40, "Date of incident"), (200, "2 May 2026")]),
        (60, [(40, "Signed Nora K. Bell Date notified: May 9, 2026")]),
    ]))
    assert values["date_reported"] == "2026-05-09"


def test_a_street_named_after_a_place_is_a_value_not_a_partys_label():
    values = _values(_doc([
        (40, [(40, "Date of incident"), (200, "2 May 2026")]),
        (56, [(40, "Location of loss"), (200, "Station Road at Mill Lane, Bristol")]),
        (72, [(40, "Cause of loss"), (200, "Theft")]),
    ]))
    assert values["incident_location"] == "Station Road at Mill Lane, Bristol"
