"""Addresses printed over two or three lines are one address: "street, town line"."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_street_row_and_a_town_row_under_their_own_labels_make_one_address():
    values = _values(_doc([
        (40, [(40, "Insured"), (200, "WILLIAMS, KATHRYN")]),
        (58, [(40, "Street address"), (200, "803 Stephen Passage")]),
        (76, [(40, "City, State, ZIP"), (200, "New Michael, AK 39421")]),
        (94, [(40, "Telephone"), (200, "919-442-6455")]),
    ]))
    assert values["claimant_address"] == "803 Stephen Passage, New Michael, AK 39421"
    assert values["claimant_phone"] == "+19194426455"


def test_town_state_and_zip_on_rows_of_their_own_follow_the_street():
    values = _values(_doc([
        (58, [(40, "Address:"), (200, "12 Elm Road")]),
        (76, [(40, "City:"), (200, "Springfield")]),
        (94, [(40, "State:"), (200, "IL")]),
        (112, [(40, "ZIP code:"), (200, "62704")]),
    ]))
    assert values["claimant_address"] == "12 Elm Road, Springfield, IL 62704"


def test_a_signature_gives_its_street_and_town_lines_as_one_address():
    values = _values(_doc([
        (40, [(40, "Hello,")]),
        (60, [(40, "Our dog chewed through the sofa on May 12th, 2026 while we were out.")]),
        (90, [(40, "Thanks,")]),
        (104, [(40, "Barry Miller")]),
        (118, [(40, "685 Collins Crossing Suite 403")]),
        (132, [(40, "Kendrahaven, DC 16890")]),
        (146, [(40, "Cell: 503-840-7604")]),
    ]))
    assert values["claimant_address"] == "685 Collins Crossing Suite 403, Kendrahaven, DC 16890"
    assert values["claimant_phone"] == "+15038407604"


def test_a_wrapped_letter_line_that_begins_with_a_label_word_is_prose_not_a_label():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "I am writing to make a claim under the above policy for damage to my "
                   "2022 Mini")]),
        (74, [(40, "Cooper (registration YW16 CZY, VIN WMWGA40X5NK479444). The incident took")]),
        (88, [(40, "place on 08/01/2026 at about 21:15, at 583 Olivia River, Peterstown PA9B "
                   "5BG.")]),
    ]))
    assert values["incident_location"] == "583 Olivia River, Peterstown PA9B 5BG"
    assert values["vehicle_make_model_year"] == "Mini Cooper 2022"
