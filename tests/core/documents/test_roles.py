"""Whose details a value is, from roles, sections and content: rules that any layout shares."""

from __future__ import annotations

import pytest

from core.documents.fields import extract_fields
from core.documents.pdf_text import DocumentText, PageText, Word

SIZE = 10.0


def _doc(rows: list[tuple[float, list[tuple[float, str]]]], size: float = SIZE) -> DocumentText:
    """A one-page document: each row is (top, [(x0, text of a cell), ...])."""
    words = []
    for top, cells in rows:
        for x0, text in cells:
            x = x0
            for token in text.split():
                width = 0.5 * size * len(token)
                words.append(Word(token, 1, x, top, x + width, top + size))
                x += width + 0.3 * size
    return DocumentText([PageText(1, 612, 792, "text", words)])


def _values(doc: DocumentText) -> dict[str, object]:
    fields, _warnings = extract_fields(doc)
    return {name: (found.value if found else None) for name, found in fields.items()}


def test_a_label_after_an_item_number_and_a_hint_in_brackets_is_still_a_label():
    values = _values(_doc([
        (40, [(40, "2.1 DATE OF LOSS AND TIME"), (300, "3.1 NAME OF INSURED (Last, First)")]),
        (54, [(40, "03/14/2026 AM"), (300, "Lewis, Brooke A.")]),
        (80, [(40, "2.5 DESCRIPTION OF LOSS & DAMAGE (attach a sheet if necessary)")]),
        (94, [(40, "We came home to find water pouring from a burst pipe under the sink.")]),
    ]))
    assert values["date_of_loss"] == "2026-03-14"
    assert values["claimant_name"] == "Brooke A. Lewis"
    assert values["incident_description"] == \
        "We came home to find water pouring from a burst pipe under the sink."


def test_a_phone_in_a_column_headed_by_another_party_is_theirs():
    values = _values(_doc([
        (40, [(40, "AGENCY"), (300, "CARRIER")]),
        (54, [(40, "Lake Insurance Agency"), (300, "Atlas Casualty Co.")]),
        (70, [(40, "CONTACT NAME"), (160, "PHONE"), (300, "POLICY NUMBER")]),
        (84, [(40, "Paul Jimenez"), (160, "(617) 555-0145"), (300, "POL-2024-776953")]),
        (120, [(40, "INSURED")]),
        (140, [(40, "NAME OF INSURED"), (300, "PRIMARY PHONE")]),
        (154, [(40, "Joseph Mcguire"), (300, "(617) 555-0110")]),
    ]))
    assert values["claimant_phone"] == "+16175550110"
    assert values["claimant_name"] == "Joseph Mcguire"
    assert values["policy_number"] == "POL-2024-776953"


def test_a_broker_letter_gives_the_client_by_role_not_the_broker():
    values = _values(_doc([
        (40, [(40, "Re: Our client KENNETH K. GRIFFITH - policy AU 6427 7783")]),
        (60, [(40, "Please correspond with the client directly at 2179 Oak Boulevard, San "
                   "Francisco, CA 94138, by telephone on (415) 555-0136 or by e-mail to "
                   "kenneth.griffith@example.org, copying this office.")]),
        (90, [(40, "Yours faithfully,")]),
        (120, [(40, "Mary Lopez")]),
        (132, [(40, "Account Executive, Gibson Risk Partners")]),
        (144, [(40, "Direct: (971) 555-0140 mary.lopez@brokers.example")]),
    ]))
    assert values["claimant_name"] == "Kenneth K. Griffith"
    assert values["claimant_phone"] == "+14155550136"
    assert values["claimant_email"] == "kenneth.griffith@example.org"
    assert values["claimant_address"] == "2179 Oak Boulevard, San Francisco, CA 94138"


STORY = ("While I was parked outside the bakery a delivery van reversed into my car and "
         "crushed the front bumper. The headlight is broken.")


@pytest.mark.parametrize(("heading", "declaration_top"), [
    ("Your version of events", 90),  # a label: the account below it, up to the declaration
    ("In brief", 110),  # no label: the paragraph that reads like an account of the loss
])
def test_the_account_of_the_loss_is_found_under_any_heading(heading, declaration_top):
    values = _values(_doc([
        (40, [(40, "Policy number: POL-2025-000111")]),
        (60, [(40, heading)]),
        (76, [(40, STORY)]),
        (declaration_top, [(40, "I declare that the information given is true and complete.")]),
    ]))
    assert values["incident_description"] == STORY
    assert values["incident_type"] == "collision"


def test_a_letter_copied_to_the_agent_keeps_the_signer_as_claimant():
    values = _values(_doc([
        (40, [(40, "Dear claims team,")]),
        (60, [(40, "My car was stolen from the street on 3 March 2026.")]),
        (90, [(40, "Yours sincerely,")]),
        (120, [(40, "Larry Berg")]),
        (134, [(40, "cc: Matthew Cantu, Springfield Insurance Partners")]),
    ]))
    assert values["claimant_name"] == "Larry Berg"


def test_an_email_at_a_firms_domain_and_the_phone_beside_it_are_not_the_claimants():
    values = _values(_doc([
        (40, [(40, "Mobile:"), (140, "(212) 555-0156")]),
        (54, [(40, "E-mail:"), (140, "j.ruiz@harbour-adjusters.example")]),
        (120, [(40, "Phone:"), (140, "(415) 555-0132")]),
        (134, [(40, "E-mail:"), (140, "dora.pike@mail.example")]),
    ]))
    assert values["claimant_email"] == "dora.pike@mail.example"
    assert values["claimant_phone"] == "+14155550132"


def test_an_agents_reply_on_top_of_a_thread_leaves_the_quoted_sender_as_claimant():
    values = _values(_doc([
        (40, [(40, "From:"), (100, "Ronald Kelly <rkelly@harborline-ins.example>")]),
        (54, [(40, "Sent:"), (100, "Monday, May 18, 2026 10:41 AM")]),
        (68, [(40, "To:"), (100, "Barry Miller <barry.miller@mail.example>")]),
        (82, [(40, "Subject:"), (100, "RE: New claim")]),
        (110, [(40, "Your claim has been registered. An adjuster will call you soon.")]),
        (140, [(40, "From:"), (100, "Barry Miller <barry.miller@mail.example>")]),
        (154, [(40, "Sent:"), (100, "Sunday, May 17, 2026 10:47 PM")]),
        (168, [(40, "To:"), (100, "Ronald Kelly <rkelly@harborline-ins.example>")]),
        (182, [(40, "Subject:"), (100, "New claim")]),
        (210, [(40, "My car was stolen from the street on 12 May 2026.")]),
    ]))
    assert values["claimant_email"] == "barry.miller@mail.example"
    assert values["claimant_name"] == "Barry Miller"
    assert values["date_reported"] == "2026-05-17"


@pytest.mark.parametrize("insurer", ["Isar Assekuranz", "Nordstern Versicherungen",
                                     "Atlantic Underwriters"])
def test_an_insurers_name_at_the_top_of_a_form_is_not_the_claimant(insurer):
    values = _values(_doc([
        (40, [(40, insurer)]),
        (60, [(40, "Household contents claim")]),
        (90, [(40, "Name, first name"), (300, "Phone")]),
        (104, [(40, "Lange, Anne-Marie"), (300, "+49 1522 2489889")]),
    ]))
    assert values["claimant_name"] == "Anne-Marie Lange"


def test_a_sentence_case_heading_for_the_other_party_makes_its_phone_theirs():
    values = _values(_doc([
        (40, [(40, "Policyholder:"), (200, "John Kramer")]),
        (90, [(40, "Other party")]),
        (110, [(40, "Name:"), (200, "Joshua Castillo")]),
        (128, [(40, "Phone:"), (200, "312.461.6209")]),
    ]))
    assert values["claimant_name"] == "John Kramer"
    assert values["claimant_phone"] is None


def test_a_repairers_letterhead_with_a_long_street_line_keeps_its_phone_out():
    values = _values(_doc([
        (40, [(40, "Phone:"), (200, "(206) 235-2260")]),
        (200, [(40, "Lakeside Auto Repair"), (400, "INVOICE")]),
        (214, [(40, "7567 Hawkins Ports Suite 994, East Rickyborough, MO 75545"),
               (400, "No. 77209")]),
        (228, [(40, "Tel (614) 727-4373 paul.parks@mail.example")]),
    ]))
    assert values["claimant_phone"] == "+12062352260"
