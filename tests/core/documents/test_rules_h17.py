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
        (226, [(40, "I enclose the tax invoice from Fellside Veterinary Hospital and my receipt.")]),
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
