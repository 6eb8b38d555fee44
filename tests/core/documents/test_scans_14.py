"""Scanned pages: what OCR loses against a text layer of the same layout (made-up word boxes)."""

from __future__ import annotations

from core.documents.fields import extract_fields
from core.documents.layout import build_lines
from core.documents.pdf_text import DocumentText, PageText, Word
from core.documents.validate import parse_date
from tests.core.documents.test_roles import _values


def _ocr_rows(rows: list[tuple[float, float, float, str]]) -> DocumentText:
    """Each (top, bottom, x0, text) is one of the OCR engine's own lines, its words a space
    apart, its box as the engine drew it."""
    words = []
    for line, (top, bottom, x0, text) in enumerate(rows):
        x = x0
        for token in text.split():
            width = 5.0 * len(token)
            words.append(Word(token, 1, x, top, x + width, bottom, 0.9, line))
            x += width + 5
    return DocumentText([PageText(1, 612, 792, "ocr", words)])


def _description(rows: list[tuple[float, float, float, str]]) -> object:
    """The incident description read from OCR lines (top, bottom, x0, text)."""
    return _values(_ocr_rows(rows))["incident_description"]


def _ocr_page(rows: list[tuple[float, float, str]]) -> DocumentText:
    """Each (top, x0, text) is one OCR line, its boxes as tall as OCR draws them."""
    return _ocr_rows([(top, top + 17, x0, text) for top, x0, text in rows])


def test_a_month_named_date_whose_comma_ocr_read_as_a_dot_is_still_a_date():
    assert parse_date("Apr 29. 2026").isoformat() == "2026-04-29"
    assert parse_date("April 29, 2026").isoformat() == "2026-04-29"


def test_an_email_sender_line_dated_with_a_misread_comma_dates_the_claim():
    values = _values(_ocr_page([
        (60, 50, "Claim - storm damage"),
        (90, 50, "Nadia Quell <nquell@example.com>"), (90, 420, "Mar 3. 2026"),
        (110, 50, "To: claims@harbourline-ins.com"),
        (140, 50, "Hello, a branch fell on my roof during the storm last night."),
    ]))
    assert values["date_reported"] == "2026-03-03"
    assert values["claimant_email"] == "nquell@example.com"


def test_a_numbered_paragraph_wraps_under_its_text_not_under_its_number():
    # OCR reads "4." and the text after it as one cell; the wrapped line starts under the text
    values = _values(_ocr_page([
        (100, 50, "I, NADIA QUELL, of 12 Fern Road, Dunedin 9016, declare that:"),
        (130, 50, "1. The loss occurred on 3 March 2026 at my home in Dunedin."),
        (160, 50, "2. The value of the property lost or damaged is $4,120.50, which is the amount"),
        (178, 70, "I claim. No other insurance covers this loss."),
    ]))
    assert values["claimed_amount"] == "4120.50"


def test_a_short_word_ocr_ran_into_a_date_is_split_from_it():
    cells = build_lines(_ocr_page([(100, 50, "The insured notified us on28-Aug-2026 by phone.")]))
    assert "on 28-Aug-2026" in cells[0].text
    values = _values(_ocr_page([
        (100, 50, "Our insured Nadia Quell notified us of the loss on28-Aug-2026 by phone."),
    ]))
    assert values["date_reported"] == "2026-08-28"


def test_a_label_word_with_one_letter_misread_by_ocr_is_read_as_the_label():
    lines = build_lines(_ocr_page([(100, 50, "Our clalm ref.: 445/75572/26")]))
    assert lines[0].text.startswith("Our claim ref.")
    values = _values(_ocr_page([
        (100, 50, "Full name: Nadia Quell"),
        (120, 50, "C1aim number: 445/75572/26"),
    ]))
    assert values["claim_number"] == "445/75572/26"


def test_a_short_word_that_is_one_letter_off_a_label_word_stays_as_read():
    lines = build_lines(_ocr_page([(100, 50, "Phoenix Marketcity mall, ground floor")]))
    assert lines[0].text == "Phoenix Marketcity mall, ground floor"
    fields, _warnings = extract_fields(_ocr_page([(100, 50, "Place of loss: Hill Road")]))
    assert fields["incident_location"].value == "Hill Road"


def test_a_month_name_with_one_letter_misread_by_ocr_still_dates_the_form():
    values = _values(_ocr_page([
        (100, 50, "Full name: Nadia Quell"),
        (120, 50, "Date of loss: jui 29, 2026"),
    ]))
    assert values["date_of_loss"] == "2026-07-29"


def test_a_house_number_ocr_ran_into_its_street_name_is_split_from_it():
    lines = build_lines(_ocr_page([(100, 50, "Address: 6565Mill Road, Tucson, AZ 85767")]))
    assert lines[0].text == "Address: 6565 Mill Road, Tucson, AZ 85767"



def test_a_scanned_answer_ends_where_a_wider_line_step_starts_the_next_question():
    # the second line holds no capitals: its box starts lower, so tops show no wider step
    description = _description([
        (100, 116, 45, "Please describe how the accident happened:"),
        (116, 132, 48, "A delivery van reversed out of a driveway and hit the side of my"),
        (131, 145, 48, "car, denting two doors."),
        (148, 164, 46, "The photographs of the damage are attached to this form"),
    ])
    assert description == \
        "A delivery van reversed out of a driveway and hit the side of my car, denting two doors."


def test_a_forms_next_question_ends_a_one_line_answer_above_it():
    description = _description([
        (100, 116, 45, "Please describe how the accident happened:"),
        (116, 132, 48, "A delivery van reversed out of a driveway and hit the side of my car."),
        (133, 149, 45, "Were the police called, and if so what is their reference number?"),
        (150, 166, 54, "No, police not called"),
    ])
    assert description == \
        "A delivery van reversed out of a driveway and hit the side of my car."


def test_a_lettered_section_heading_ends_a_one_line_answer_above_it():
    description = _description([
        (100, 116, 45, "What happened?"),
        (116, 132, 48, "We had to cancel the trip because my father was admitted to hospital."),
        (141, 155, 48, "Section C - Items / costs claimed (receipts attached)"),
    ])
    assert description == \
        "We had to cancel the trip because my father was admitted to hospital."


def test_a_pronoun_ocr_ran_into_the_word_before_it_is_split_from_it():
    lines = build_lines(_ocr_page([(100, 50, "The lights went out whenI opened the fuse box.")]))
    assert lines[0].text == "The lights went out when I opened the fuse box."


def test_a_short_last_line_of_a_scanned_answer_in_a_lower_box_is_still_the_answer():
    # "within a day." holds few tall letters: OCR draws its box lower than the line above
    description = _description([
        (100, 116, 45, "What happened?"),
        (116, 132, 48, "A stone thrown up by a truck cracked the windshield; the crack grew"),
        (134, 146.5, 48, "within a day."),
        (160, 176, 48, "Signed: Nadia Quell"),
    ])
    assert description == "A stone thrown up by a truck cracked the " \
        "windshield; the crack grew within a day."


def test_a_names_capital_i_that_ocr_read_as_a_small_l_is_a_capital_again():
    lines = build_lines(_ocr_page([(100, 50, "Arjun lyer"), (120, 50, "Park lane, lying low")]))
    assert [ln.text for ln in lines] == ["Arjun Iyer", "Park lane, lying low"]
