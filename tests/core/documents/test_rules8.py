"""Wordings of documents the extractor had not met: a data export's column codes, ..."""

from __future__ import annotations

from core.documents.candidates import Collector, Context
from core.documents.layout import build_lines
from core.documents.lexicon import match_label
from core.documents.runin import collect_runin
from tests.core.documents.test_roles import _doc, _values


def test_a_data_exports_column_codes_are_read_as_their_labels():
    values = _values(_doc([
        (40, [(40, "CLM#"), (100, "81-26497"), (200, "POL#"), (260, "AU-8996-046")]),
        (58, [(40, "CLMT_PH"), (100, "020 7946 0532"), (200, "CLMT_EML"),
              (260, "molly.butler@yahoo.com")]),
        (76, [(40, "DT_RPTD"), (100, "2025-03-19"), (200, "AMT_CLMD"), (260, "22,674.15")]),
    ]))
    assert values["claim_number"] == "81-26497"
    assert values["policy_number"] == "AU-8996-046"
    assert values["claimant_email"] == "molly.butler@yahoo.com"
    assert values["date_reported"] == "2025-03-19"
    assert values["claimed_amount"] == "22674.15"


def test_a_column_code_is_a_label_only_when_all_of_it_spells_one():
    assert match_label("POL_EFF") is None  # the policy's effective date, not its number
    assert match_label("CLMT_ADDR") == ("claimant_address", 9)
    assert match_label("AGT_PH") is None or match_label("AGT_PH")[0] != "claimant_phone"


def test_a_sub_items_letter_after_its_number_is_numbering_not_the_label():
    values = _values(_doc([
        (40, [(40, "2a NAME (LAST, FIRST)"), (250, "Rebecca Smith")]),
        (58, [(40, "2c PHONE"), (250, "415.555.0155")]),
        (76, [(40, "3a DATE OF LOSS"), (250, "10 Jan 2025")]),
    ]))
    assert values["claimant_name"] == "Rebecca Smith"
    assert values["claimant_phone"] == "+14155550155"
    assert values["date_of_loss"] == "2025-01-10"


def test_rows_numbered_under_one_section_lose_their_numbers():
    values = _values(_doc([
        (40, [(40, "6.1 Glazing, two panes"), (300, "601.95")]),
        (58, [(40, "6.2 Carpet, living room"), (300, "997.18")]),
        (76, [(40, "Total amount claimed"), (300, "1,599.13")]),
    ]))
    assert [i["description"] for i in values["line_items"]] == ["Glazing, two panes",
                                                                 "Carpet, living room"]


WITNESS = "My neighbour Connie Sullivan saw it all from her window."


def test_a_call_logs_answers_fill_the_fields_its_questions_ask_for():
    values = _values(_doc([
        (40, [(40, "[10:01:02] Agent:"), (140, "Can I take your policy number?")]),
        (58, [(40, "[10:01:20] Caller:"), (140, "Yeah, sure, it's K32288146.")]),
        (76, [(40, "[10:01:40] Agent:"), (140, "And who am I speaking with today?")]),
        (94, [(40, "[10:01:55] Caller:"), (140, "This is Lonnie Alexander, thanks.")]),
        (112, [(40, "[10:02:10] Agent:"), (140, "When did this happen?")]),
        (130, [(40, "[10:02:30] Caller:"), (140, "That was April 10, 2025, late evening.")]),
        (148, [(40, "[10:02:50] Agent:"), (140, "Did anyone see what happened?")]),
        (166, [(40, "[10:03:10] Caller:"), (140, WITNESS)]),
    ]))
    assert values["policy_number"] == "K32288146"
    assert values["claimant_name"] == "Lonnie Alexander"
    assert values["date_of_loss"] == "2025-04-10"
    assert values["incident_description"] != WITNESS


def test_a_chats_speaker_names_above_each_message_make_its_turns():
    rows = []
    for i, (who, said) in enumerate([
            ("Sky", "Hi! What's your policy number?"), ("You", "AU-7608-341"),
            ("Sky", "Thanks! And your full name?"), ("You", "michele cain"),
            ("Sky", "Please type your home address on one line."),
            ("You", "254 Perry Thoroughfare, Caseyside, QLD, 2968")]):
        rows += [(40 + 30 * i, [(40, who)]), (52 + 30 * i, [(40, said)])]
    values = _values(_doc(rows))
    assert values["policy_number"] == "AU-7608-341"
    assert values["claimant_name"] == "Michele Cain"
    assert values["claimant_address"] == "254 Perry Thoroughfare, Caseyside, QLD, 2968"


def test_labels_run_into_a_two_column_statements_sentences_give_their_values():
    size = 6
    values = _values(_doc([
        (40, [(30, "Policy no. POL-2025-100270. Claim ref. GN257926. Policyholder"),
              (330, "Police not reported. Witness David Suarez, (02) 9511 0299.")]),
        (47, [(30, "STANLEY, Richard. Date of birth 06/09/1962. Tel. (day)"),
              (330, "Amount of claim A$11,105.22. Date notified 17 June 2025.")]),
        (54, [(30, "0490 835 797. Date of incident 11-Jun-2025. Account of")]),
        (61, [(30, "incident A pipe under the bathroom burst while we were away.")]),
    ], size=size))
    assert values["claim_number"] == "GN257926"
    assert values["claimant_name"] == "Richard Stanley"
    assert values["claimant_phone"] == "+61490835797"
    assert values["date_of_loss"] == "2025-06-11"
    assert values["date_reported"] == "2025-06-17"
    assert values["claimed_amount"] == "11105.22"


def test_a_forms_numbered_items_in_one_column_are_no_run_in_sentences():
    out = Collector(Context())
    collect_runin(build_lines(_doc([
        (40, [(30, "2. Location 3. Injuries (even slight) 5. Witnesses")]),
        (48, [(30, "1. Date of accident 4. Damage 6. Vehicle")]),
    ], size=6)), out)
    assert not out.found.get("incident_location") and not out.found.get("date_of_loss")


def test_a_solicitors_client_is_the_claimant_and_the_firms_contacts_are_not():
    values = _values(_doc([
        (40, [(40, "Hall Law LLP")]),
        (58, [(40, "Studio 2, William Hill, Newtonland, W9J 1PQ")]),
        (70, [(40, "T 07063 454076 | E enquiries@halllaw.co.uk")]),
        (110, [(40, "Orchard Lane Insurance")]),
        (140, [(40, "Dear Sir or Madam")]),
        (160, [(40, "Our client: Ms Tracey Dobson, Flat 14D, Lloyd Corner, Natalieberg, L9 8ES")]),
        (172, [(40, "Policy number: LK87663551")]),
        (190, [(40, "We are instructed by the above-named client in connection with her claim.")]),
        (220, [(40, "Yours faithfully")]),
        (250, [(40, "Hall Law LLP")]),
    ]))
    assert values["claimant_name"] == "Tracey Dobson"
    assert values["claimant_address"] == "Flat 14D, Lloyd Corner, Natalieberg, L9 8ES"
    assert values["claimant_phone"] is None
    assert values["claimant_email"] is None


def test_a_questionnaires_questions_are_labels_for_the_answers_below_them():
    values = _values(_doc([
        (40, [(40, "1. What is your policy number?")]),
        (52, [(40, "HM 5236 4925")]),
        (70, [(40, "6. Your home address")]),
        (82, [(40, "166 Amanda Glens Apt. 227, Josephville, BC P4Y 8L8")]),
        (100, [(40, "14. What is the total amount you are claiming?")]),
        (112, [(40, "CAD 19,397.78")]),
    ]))
    assert values["policy_number"] == "HM 5236 4925"
    assert values["claimant_address"] == "166 Amanda Glens Apt. 227, Josephville, BC P4Y 8L8"
    assert values["claimed_amount"] == "19397.78"
    assert match_label("The insured vehicle") is None  # no question, no label


def test_the_person_an_insurers_letter_greets_is_the_claimant_at_the_address_block():
    values = _values(_doc([
        (30, [(40, "Kestrel General"), (330, "Claim reference"), (450, "C72270564")]),
        (48, [(40, "Claim handler"), (200, "Dearbhail Dogherty")]),
        (90, [(40, "Mrs Zach Carter"), (330, "E-mail")]),
        (100, [(330, "dearbhail.dogherty@kestrel.com")]),
        (110, [(40, "Flat 7, Bethany Garden")]),
        (122, [(40, "New Kirsty, B66 2TJ")]),
        (160, [(40, "Dear Mrs Carter,")]),
        (180, [(40, "Thank you for telling us about your claim.")]),
    ]))
    assert values["claimant_name"] == "Zach Carter"
    assert values["claimant_address"] == "Flat 7, Bethany Garden, New Kirsty, B66 2TJ"


def test_the_day_an_insurer_says_it_received_the_claim_is_the_date_reported():
    values = _values(_doc([
        (30, [(40, "Kestrel General")]),
        (60, [(40, "Date"), (120, "28/07/2025")]),
        (90, [(40, "Dear Mrs Carter,")]),
        (110, [(40, "Thank you for your claim, which we received on 27/07/2025.")]),
    ]))
    assert values["date_reported"] == "2025-07-27"


def test_the_day_a_chat_session_started_is_the_date_reported():
    values = _values(_doc([
        (30, [(40, "Chat transcript - online assistant")]),
        (45, [(40, "Session 1818f884 - started 18 January 2025 16:58")]),
    ]))
    assert values["date_reported"] == "2025-01-18"
