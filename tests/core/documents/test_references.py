"""References under other wordings: foreign and bilingual labels, split identifiers, "Your ref"."""

from __future__ import annotations

import pytest

from core.documents.candidates import take_id
from core.documents.lexicon import match_label
from tests.core.documents.test_roles import _doc, _values


@pytest.mark.parametrize("label", [
    "Aktenzeichen", "Vorgangs-Nr. / Reference", "N° de procès-verbal", "Numéro de plainte",
    "Número de atestado", "Proces-verbaalnummer", "Tagebuch-Nr.",
])
def test_a_police_reference_under_another_countrys_wording(label):
    values = _values(_doc([
        (40, [(40, "Polizeidirektion Nord")]),
        (70, [(40, f"{label}:"), (220, "PD-77-310442")]),
        (90, [(40, "Insured name:"), (220, "Greta Lindqvist")]),
    ]))
    assert values["police_report_number"] == "PD-77-310442"
    assert values["claimant_name"] == "Greta Lindqvist"


def test_a_bilingual_label_reads_by_its_english_half_unless_the_first_names_another_party():
    assert match_label("Schadennummer / Claim no.")[0] == "claim_number"
    assert match_label("Makler / Phone")[0] == "claimant_phone"
    assert match_label("Agent / Phone")[0] == "other"
    assert match_label("12 Elm Road, Leeds | Tel 0113 496 0000") is None


@pytest.mark.parametrize(("printed", "expected"), [
    ("CLM-2026- 000123", "CLM-2026-000123"), ("RX/ 44019, filed", "RX/44019"),
    ("HM 0044 1187", "HM 0044 1187"),
])
def test_an_identifier_split_after_a_hyphen_is_joined(printed, expected):
    assert take_id(printed) == expected


def _letter(salutation: str) -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Ford & Lane Brokers")]),
        (70, [(40, "Your ref:"), (140, "NX-55120")]),
        (84, [(40, "Our ref:"), (140, "BRK/0931")]),
        (110, [(40, salutation)]),
        (130, [(40, "We write on behalf of our client about the storm damage to her roof.")]),
    ]))


def test_your_ref_in_a_letter_to_the_insurer_is_the_claim_number():
    assert _letter("Dear Sir or Madam,")["claim_number"] == "NX-55120"


def test_your_ref_in_a_letter_to_a_person_is_not_the_claim_number():
    assert _letter("Dear Mrs Okafor,")["claim_number"] is None


@pytest.mark.parametrize(("letterhead", "expected"), [
    ("Northgate Mutual Insurance", "NX-55120"), ("Brightwater Loss Adjusters", None),
])
def test_our_ref_in_an_insurers_letter_to_the_claimant_is_the_claim_number(letterhead, expected):
    values = _values(_doc([
        (40, [(40, letterhead)]),
        (70, [(40, "Our ref:"), (140, "NX-55120")]),
        (110, [(40, "Dear Mrs Okafor,")]),
        (130, [(40, "Thank you for telling us about the storm damage to your roof.")]),
    ]))
    assert values["claim_number"] == expected


@pytest.mark.parametrize("label", [
    "Where was the vehicle parked?", "Address where the damage occurred:", "Scene:",
    "Schadenort:", "Lieu du sinistre:",
])
def test_the_place_of_the_loss_under_a_question_or_another_wording(label):
    values = _values(_doc([
        (40, [(40, label), (260, "Rear yard of 40 Mill Street, Leeds")]),
        (60, [(40, "Where can we contact you?"), (260, "8 Ash Grove, York")]),
    ]))
    assert values["incident_location"] == "Rear yard of 40 Mill Street, Leeds"


def test_a_justified_line_whose_words_stand_apart_is_still_read_as_prose():
    spread = [(40 + 55 * i, word) for i, word in enumerate(
        "The police at Harbour Street have kindly given me the reference".split())]
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, spread),
        (74, [(40, "HST-2026-00871 for the break-in at my flat.")]),
    ]))
    assert values["police_report_number"] == "HST-2026-00871"


def test_a_police_reference_named_by_a_compound_cue_in_a_sentence():
    values = _values(_doc([
        (40, [(40, "Police were told; the caller quoted crime/incident reference LDN-26-44127.")]),
    ]))
    assert values["police_report_number"] == "LDN-26-44127"


def test_a_bilingual_label_whose_both_halves_name_the_field_is_not_its_own_value():
    values = _values(_doc([
        (40, [(40, "Schadenort / Place of loss")]),
        (54, [(40, "Hauptstraße 12, 10115 Berlin")]),
    ]))
    assert values["incident_location"] == "Hauptstraße 12, 10115 Berlin"


def test_the_insurers_reference_quoted_inside_a_letters_subject_line_is_the_claim_number():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "Re: Policy No. AW 708 494 N - your reference CL/2026/718077")]),
        (80, [(40, "My car was broken into outside my home on 8 January 2026.")]),
    ]))
    assert values["claim_number"] == "CL/2026/718077"
    assert values["policy_number"] == "AW 708 494 N"
