"""Families of a round of unseen documents: a loss adjuster's report to the insurer, supplier
invoices and bank receipts in a claim packet, quoted-reply e-mails, message transcripts, a
subrogation notice from one insurer to another, forms that ask their questions in full."""

from __future__ import annotations

import dataclasses

from core.documents.pdf_text import DocumentText
from tests.core.documents.test_roles import _doc, _values


def _adjusters_report(your_ref: str) -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Harwell Loss Adjusters")]),
        (56, [(40, "4 Mill Street, Leeds, LS1 4AB | Tel 0113 496 0001 | jo@harwell-adj.co.uk")]),
        (80, [(40, "Claims Department, Granite Mutual Insurance plc"), (480, "30 March 2026")]),
        (100, [(40, f"Your ref: {your_ref}"), (300, "Our ref: HAR/55120")]),
        (124, [(40, "INTERIM REPORT")]),
        (144, [(40, "Insured:"), (160, "Tessa Marlow")]),
        (160, [(40, "Policy number:"), (160, "HH 4471 9902")]),
        (176, [(40, "Risk address:"), (160, "18 Quarry Lane, Otley, LS21 3JP")]),
        (192, [(40, "Insured's contact:"), (160, "+44 7911 123456 / tessa.marlow@mailbox.org")]),
        (208, [(40, "Date of loss:"), (160, "2 March 2026")]),
        (232, [(40, "Circumstances")]),
        (248, [(40, "The insured reports: A hose behind the dishwasher split and soaked the")]),
        (261, [(40, "kitchen floor and units. Loss location: 18 Quarry Lane, Otley, LS21 3JP.")]),
        (290, [(40, "Yours faithfully,")]),
        (320, [(40, "Jo Pennant")]),
        (334, [(40, "Senior Loss Adjuster, Harwell Loss Adjusters - direct line 0113 496 0002")]),
    ]))


def test_an_adjusters_report_quotes_the_insurers_claim_as_your_ref():
    values = _adjusters_report("CL-26-44120")
    assert values["claim_number"] == "CL-26-44120"
    assert _adjusters_report("not yet advised")["claim_number"] is None  # never its own file


def test_the_insureds_contact_line_gives_phone_and_email_and_the_risk_address_the_home():
    values = _adjusters_report("CL-26-44120")
    assert values["claimant_phone"] == "+447911123456"
    assert values["claimant_email"] == "tessa.marlow@mailbox.org"
    assert values["claimant_address"] == "18 Quarry Lane, Otley, LS21 3JP"


def test_an_account_ends_where_the_next_caption_runs_on_in_its_paragraph():
    values = _adjusters_report("CL-26-44120")
    assert values["incident_description"] == \
        "A hose behind the dishwasher split and soaked the kitchen floor and units."


def _packet(receipt_date: str) -> dict[str, object]:
    letter = _doc([
        (40, [(440, "Ruth Calder")]),
        (54, [(430, "12 Birch Grove")]),
        (68, [(470, "Keswick")]),
        (82, [(470, "CA12 5DP")]),
        (100, [(440, "07911 123456")]),
        (114, [(400, "ruth.calder@mailbox.org")]),
        (150, [(40, "Claims Department, Granite Mutual Insurance plc")]),
        (176, [(40, "18 May 2026")]),
        (200, [(40, "Dear Sir or Madam, I am writing to claim for vet fees. On 2 May 2026 our")]),
        (213, [(40, "cat Pip became unwell after eating a lily and was kept in for two nights.")]),
        (226, [(40, "I enclose the invoice from Fellside Veterinary Hospital and my receipt.")]),
        (256, [(40, "Yours faithfully,")]),
    ])
    receipt = _doc([
        (100, [(120, "Lakeland Bank - Payment confirmation")]),
        (130, [(120, "Paid to"), (220, "Fellside Veterinary Hospital")]),
        (150, [(120, "Date"), (220, receipt_date)]),
    ])
    page = dataclasses.replace(receipt.pages[0], number=2, words=[
        dataclasses.replace(w, page=2) for w in receipt.pages[0].words])
    return _values(DocumentText([*letter.pages, page]))


def test_a_senders_block_runs_over_town_and_postcode_lines_to_the_phone():
    values = _packet("5 May 2026")
    assert values["claimant_address"] == "12 Birch Grove, Keswick, CA12 5DP"
    assert values["claimant_email"] == "ruth.calder@mailbox.org"


def test_a_bank_receipts_date_in_a_packet_is_not_the_day_the_claim_was_made():
    assert _packet("5 May 2026")["date_reported"] == "2026-05-18"


def test_the_papers_enclosed_are_no_part_of_the_account_and_a_pets_illness_is_other():
    values = _packet("5 May 2026")
    assert "enclose" not in str(values["incident_description"])
    assert "lily" in str(values["incident_description"])
    assert values["incident_type"] == "other"


def test_a_stolen_suitcase_is_a_theft_and_a_cancelled_trip_for_illness_other():
    from core.documents.lexicon import classify_incident
    assert classify_incident("My suitcase was stolen from the baggage hall at the airport.")[0] \
        == "theft"
    assert classify_incident("We had to cancel the trip because my father was admitted to "
                             "hospital.")[0] == "other"


def test_one_insurer_writing_to_another_claims_for_its_own_insured():
    values = _values(_doc([
        (40, [(40, "Granite Mutual Insurance plc")]),
        (60, [(40, "Recoveries Unit | recoveries@granite-mutual.co.uk")]),
        (90, [(40, "Harbour Assurance, Third Party Claims"), (480, "3 June 2026")]),
        (116, [(40, "NOTICE OF SUBROGATED CLAIM")]),
        (140, [(40, "Our insured"), (180, "Maeve Dunlop")]),
        (156, [(40, "Our policy"), (180, "GM-4471902")]),
        (172, [(40, "Our claim ref."), (180, "GMC/88120")]),
        (188, [(40, "Your insured"), (180, "Carl Benton")]),
        (204, [(40, "Your insured's address"), (180, "3 Dale Road, Ripon, HG4 1AA")]),
        (220, [(40, "Your policy"), (180, "HA-551208")]),
        (236, [(40, "Your claim ref."), (180, "TPC-55120")]),
        (266, [(40, "We act for our insured, Maeve Dunlop of 9 Moor Lane, Thirsk, YO7 1PQ (tel.")]),
        (279, [(40, "+44 7911 123456), whose car was damaged on 12 May 2026 in Thirsk.")]),
    ]))
    assert values["claimant_name"] == "Maeve Dunlop"
    assert values["policy_number"] == "GM-4471902"
    assert values["claim_number"] == "GMC/88120"
    assert values["claimant_address"] == "9 Moor Lane, Thirsk, YO7 1PQ"


def test_a_quoted_message_is_read_without_its_quote_marks_and_its_attribution_is_no_loss():
    values = _values(_doc([
        (40, [(40, "From:"), (90, "Sam Reed <sam.reed@granite-mutual.co.uk>")]),
        (56, [(40, "To:"), (90, "Ida Moss <ida.moss@mailbox.org>")]),
        (80, [(40, "Dear Ida, my answers are below your questions.")]),
        (96, [(40, "On 9 May 2026, at 18:02, Ida Moss <ida.moss@mailbox.org> wrote:")]),
        (110, [(52, ">"), (60, "Hello, I wish to claim on my policy HX4471-B. On 2 May 2026 the")]),
        (123, [(52, ">following happened: A pan caught fire and the kitchen units were burnt.")]),
        (136, [(52, ">"), (60, "This happened at 4 Elm Road, Leeds, LS2 9AB.")]),
        (160, [(40, "Thank you. I have logged the claim as GMC/44120.")]),
    ]))
    assert values["date_of_loss"] == "2026-05-02"
    assert values["incident_location"] == "4 Elm Road, Leeds, LS2 9AB"
    assert values["claim_number"] == "GMC/44120"
    assert values["incident_type"] == "fire"
    assert values["incident_description"] == "A pan caught fire and the kitchen units were burnt."


def test_a_form_that_asks_in_full_is_answered_on_the_line_under_each_question():
    values = _values(_doc([
        (40, [(40, "Name of insured Ivo Brand")]),
        (60, [(40, "On what date did the accident happen? 7 June 2026")]),
        (80, [(40, "Where exactly did the accident happen (road and town)?")]),
        (94, [(52, "Quay Street, Ripon")]),
        (114, [(40, "Were the police called, and if so what is their reference number?")]),
        (128, [(52, "RP-5512093")]),
        (148, [(40, "What is the total amount you are claiming, including all repairs?")]),
        (162, [(52, "£2,340.50")]),
    ]))
    assert values["date_of_loss"] == "2026-06-07"
    assert values["incident_location"] == "Quay Street, Ripon"
    assert values["police_report_number"] == "RP-5512093"
    assert values["claimed_amount"] == "2340.50"


def test_a_message_export_heads_each_message_with_its_sender_and_time():
    values = _values(_doc([
        (40, [(40, "Message transcript - SMS")]),
        (56, [(40, "Between Ida Moss (+44 7911 123456) and Granite Claims (+44 113 496 0001)")]),
        (80, [(40, "Ida 16/03/2026 07:52")]),
        (92, [(44, "Hi, a branch came down in the storm onto my car.")]),
        (110, [(200, "Granite Claims 16/03/2026 08:03")]),
        (122, [(204, "Sorry to hear that. Where exactly did this happen?")]),
        (140, [(40, "Ida 16/03/2026 08:10")]),
        (152, [(44, "At Mill Lane car park, Otley.")]),
        (170, [(200, "Granite Claims 16/03/2026 08:12")]),
        (182, [(204, "Got it. You can also call me direct on +44 113 496 0002.")]),
        (210, [(40, "Claims team summary")]),
        (226, [(40, "Notified"), (160, "16 March 2026")]),
    ]))
    assert values["incident_location"] == "Mill Lane car park, Otley"
    assert values["claimant_phone"] == "+447911123456"
    assert values["date_reported"] == "2026-03-16"


def test_costs_run_into_a_sentence_are_the_items_when_they_make_the_claimed_total():
    values = _values(_doc([
        (40, [(40, "Hi, the storm damaged my car on 2 May 2026. Quote breakdown: Labour")]),
        (53, [(40, "£612.40, Hire car (5 days) £260.00; Towing and storage £98.10. Total I'm")]),
        (66, [(40, "claiming is £970.50")]),
    ]))
    assert values["line_items"] == [
        {"description": "Labour", "amount": "612.40"},
        {"description": "Hire car (5 days)", "amount": "260.00"},
        {"description": "Towing and storage", "amount": "98.10"},
    ]


def test_a_dollars_code_before_a_rows_amount_is_no_part_of_its_description():
    values = _values(_doc([
        (40, [(40, "7. Cost of repair")]),
        (60, [(40, "Labour"), (480, "$772.01")]),
        (76, [(40, "Replacement parts"), (460, "AUD 2,160.42")]),
        (94, [(40, "Total amount claimed"), (470, "$2,932.43")]),
    ]))
    assert values["line_items"] == [{"description": "Labour", "amount": "772.01"},
                                    {"description": "Replacement parts", "amount": "2160.42"}]
