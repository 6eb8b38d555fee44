"""Letters, e-mails and statements: whose details, what kind of loss, where the account ends."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def _lines(texts: list[str], top: int = 40, step: int = 16) -> list:
    return [(top + step * i, [(40, text)]) for i, text in enumerate(texts)]


def test_an_adjuster_who_signs_with_a_job_title_is_not_the_claimant_though_he_wrote_first():
    # the firm's domain says nothing ("harbourline"); the signature under her closing does
    values = _values(_doc(_lines([
        "From: Lena Park <lpark@example.org>",
        "To: Tom Vale <tom.vale@quayline.example>",
        "Sent: 3 March 2026 20:10",
        "Hello Tom,",
        "As requested, on 20 Feb 2026 a pipe under the sink burst and flooded the kitchen.",
        "The plumber's invoice is attached.",
        "Best regards,",
        "Lena Park",
        "-----Original Message-----",
        "From: Tom Vale <tom.vale@quayline.example>",
        "Sent: 1 March 2026",
        "Dear Ms Park,",
        "Please send a short description of what happened.",
        "Kind regards",
        "Tom Vale",
        "Senior Adjuster",
        "Quayline Mutual",
    ])))
    assert values["claimant_name"] == "Lena Park"
    assert values["claimant_email"] == "lpark@example.org"


def test_a_firms_confidentiality_notice_marks_its_message_as_the_firms():
    values = _values(_doc(_lines([
        "From: Tom Vale <tom.vale@quayline.example>",
        "Sent: 1 March 2026",
        "Dear Ms Park, please send a short description of what happened.",
        "Tom Vale",
        "This e-mail is confidential. If you received it in error please delete it.",
        "From: Lena Park <lpark@example.org>",
        "Sent: 3 March 2026 20:10",
        "Hello Tom, on 20 Feb 2026 a pipe under the sink burst and flooded the kitchen.",
        "Best regards,",
        "Lena Park",
    ])))
    assert values["claimant_name"] == "Lena Park"
    assert values["claimant_email"] == "lpark@example.org"


def test_the_writers_own_number_in_a_clause_beside_the_brokers_is_the_claimants():
    values = _values(_doc(_lines([
        "From: Lena Park <lpark@example.org>",
        "To: Tom Vale <tom.vale@quayline.example>",
        "Hello Tom,",
        "On 20 Feb 2026 a pipe under the sink burst and flooded the kitchen.",
        "If it is easier, call me on (617) 555-0142; my broker Ann Lee, tel. (617) 555-0199, is",
        "in copy.",
        "Best regards,",
        "Lena Park",
    ])))
    assert values["claimant_phone"] == "+16175550142"


def test_a_french_street_written_with_its_kind_in_lower_case_is_the_home_address():
    values = _values(_doc(_lines([
        "From: Lise Moreau <lise.moreau@example.fr>",
        "To: Paul Roy <paul.roy@quayline.example>",
        "Bonjour Paul,",
        "On 20 Feb 2026 a pipe under the sink burst and flooded the kitchen.",
        "Our address is unchanged: 8 rue des Lilas, 69003 Lyon.",
        "Best regards,",
        "Lise Moreau",
    ])))
    assert values["claimant_address"] == "8 rue des Lilas, 69003 Lyon"


def test_a_customer_hurt_on_the_insureds_premises_makes_a_liability_claim():
    values = _values(_doc(_lines([
        "Incident report",
        "Date of the accident: 12/03/2026",
        "What happened? A customer slipped on the wet floor by our till and hurt his wrist.",
        "Amount claimed: GBP 2,400.00",
    ])))
    assert values["incident_type"] == "liability"


def test_a_subject_line_saying_a_third_party_caused_the_harm_makes_it_a_liability_claim():
    values = _values(_doc(_lines([
        "Policy HX-12345 - claim for damage caused by a third party",
        "Dear Sir or Madam,",
        "I wish to make a claim following an accident on 2 March 2026 at Mill Road, Leeds.",
        "A shop sign came loose in the wind and struck me on the head as I walked past.",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_type"] == "liability"


def test_a_loss_that_names_no_listed_cause_is_of_the_kind_other():
    values = _values(_doc(_lines([
        "Dear Sir or Madam,",
        "I am writing to claim for the contents of our freezer. The freezer stopped working",
        "while we were away and all of the food in it spoiled before we returned home.",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_type"] == "other"


def test_one_label_naming_the_claim_and_policy_numbers_gives_each_its_value_in_order():
    values = _values(_doc(_lines([
        "Incident report",
        "Q7. Insurer's claim and policy numbers? HCL-775120, policy PX-4410 92",
        "Q8. Date of the accident? 12/03/2026",
    ])))
    assert values["claim_number"] == "HCL-775120"
    assert values["policy_number"] == "PX-4410 92"


def test_a_dense_statements_name_is_read_though_date_of_birth_follows_it():
    values = _values(_doc(_lines([
        "Policy no. TZ-6704-292. Claim ref. MTR/26/3126289. Policyholder MAY, Ryan. Date of",
        "birth 21/11/1988. Address 8 Phillips Cape, Evansfort, G94 4FJ. Date of incident 21",
        "November 2025. Amount of claim £2,289.12.",
    ], step=9)))
    assert values["claimant_name"] == "Ryan May"


def test_a_vin_after_a_comma_inside_the_vehicles_sentence_is_read():
    values = _values(_doc(_lines([
        "Policy no. TZ-6704-292. Claim ref. MTR/26/3126289. Policyholder MAY, Ryan.",
        "Date of birth 21/11/1988. Vehicle Ford Transit 2016, VIN WF0KCTEL1GF2C1G2E. Police",
        "not reported. Amount of claim £2,289.12.",
    ], step=9)))
    assert values["vehicle_vin"] == "WF0KCTEL1GF2C1G2E"


def test_a_wide_gap_inside_a_dense_columns_line_starts_no_column():
    # the second column's first line: a sentence's end, a wide gap, then the next sentence
    values = _values(_doc([
        (40, [(40, "Policy no. TZ-6704-292. Claim ref. MTR/26/3126289."),
              (300, "denting the bonnet."), (420, "Vehicle Ford Transit 2016, VIN")]),
        (49, [(40, "Date of birth 21/11/1988. Policyholder MAY, Ryan."),
              (300, "WF0KCTEL1GF2C1G2E. Police not reported. Excess £500.00.")]),
        (58, [(40, "Date of incident 21 November 2025. Place Leeds."),
              (300, "Amount of claim £2,289.12. Date notified 28 November 2025.")]),
    ]))
    assert values["vehicle_vin"] == "WF0KCTEL1GF2C1G2E"


def test_a_car_that_was_taken_overnight_was_stolen():
    values = _values(_doc(_lines([
        "Dear Sir or Madam,",
        "On 14 November 2025 my car was taken overnight from outside my home. The",
        "steering lock was found on the kerb the next morning.",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_type"] == "theft"


def test_an_account_that_runs_off_the_foot_of_a_column_carries_on_at_the_next_ones_top():
    values = _values(_doc([
        (40, [(40, "Policy no. TZ-6704-292. Claim ref. MTR/26/3126289."),
              (460, "kitchen ceiling and soaked the flooring. Police not reported.")]),
        (50, [(40, "Policyholder MAY, Ryan. Date of incident 21 November 2025. Account of"),
              (460, "Amount of claim £2,289.12. Date notified 28 November 2025.")]),
        (60, [(40, "incident A pipe under the bathroom burst; water came through the")]),
        # the declaration, set half a line below the statement: another paragraph
        (76, [(40, "DECLARATION. I declare that the information above is true and complete.")]),
    ]))
    assert values["incident_description"] == \
        "A pipe under the bathroom burst; water came through the kitchen ceiling and soaked " \
        "the flooring."


def test_a_short_witness_remark_in_the_accounts_paragraph_belongs_to_the_account():
    values = _values(_doc(_lines([
        "Dear Sir or Madam,",
        "I am writing to claim for water damage that happened on 7 Oct 2025.",
        " ",
        "A pipe under the sink burst and water ran into the room below. A neighbour saw what",
        "happened.",
        " ",
        "The leak was at: Flat 2, 14 Mill Road, Leeds LS1 4AB.",
        " ",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_description"] == \
        "A pipe under the sink burst and water ran into the room below. A neighbour saw what " \
        "happened."
    assert values["incident_location"] == "Flat 2, 14 Mill Road, Leeds LS1 4AB"


def test_the_sentence_identifying_the_vehicle_is_no_part_of_the_account():
    values = _values(_doc(_lines([
        "Dear Sir or Madam,",
        "The incident took place on 1 November 2025 at Main Street, Clontarf, outside number 23.",
        "Overnight someone scratched the paintwork of my car while it was parked in the street.",
        "The vehicle concerned is my Volvo XC60 (2024), registration 241-D-11164.",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_description"] == \
        "Overnight someone scratched the paintwork of my car while it was parked in the street."


def test_who_treated_the_injury_afterwards_is_no_part_of_the_account():
    values = _values(_doc(_lines([
        "Dear Sir or Madam,",
        "I wish to make a claim following an accident on 4 March 2026 at Mill Park, Leeds.",
        "I slipped on a spillage near the checkouts and fell heavily on my right wrist, which",
        "was fractured. I was treated at St Anne's Hospital by Dr Greta Lind.",
        "Yours faithfully,",
        "Ruth Amberley",
    ])))
    assert values["incident_description"] == \
        "I slipped on a spillage near the checkouts and fell heavily on my right wrist, which " \
        "was fractured."
