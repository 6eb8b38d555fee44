"""Form rows that complete or qualify each other: a year row for the make and model, a file
number, a notification date told to the insurer, a place-and-date caption under a signature."""

from __future__ import annotations

import pytest

from core.documents.lexicon import match_label
from tests.core.documents.test_roles import _doc, _values


def test_a_make_and_model_row_takes_its_year_from_the_row_beside_it():
    values = _values(_doc([
        (40, [(40, "7. Registration mark"), (250, "RN56 TZN")]),
        (58, [(40, "8. Make and model"), (250, "Mini Cooper")]),
        (76, [(40, "9. Year of manufacture"), (250, "2022")]),
    ]))
    assert values["vehicle_make_model_year"] == "Mini Cooper 2022"


def test_a_make_and_model_with_no_year_anywhere_gives_no_vehicle():
    values = _values(_doc([
        (58, [(40, "Make and model"), (250, "Mini Cooper")]),
        (76, [(40, "Colour"), (250, "Red")]),
    ]))
    assert values["vehicle_make_model_year"] is None


@pytest.mark.parametrize("label", ["FILE NUMBER", "File no.", "Claim file number"])
def test_a_file_number_on_the_insurers_form_is_the_claim_number(label):
    values = _values(_doc([
        (40, [(40, label), (250, "DATE REPORTED")]),
        (52, [(40, "FN26-98286"), (250, "Aug 4, 2026")]),
    ], size=10))
    assert values["claim_number"] == "FN26-98286"


def test_a_file_kept_by_somebody_else_is_not_the_claim():
    for label in ("Your file ref", "Our file no."):
        found = match_label(label)
        assert found is None or found[0] != "claim_number"


def test_the_date_the_claim_was_notified_to_the_insurer_is_the_date_reported():
    assert match_label("Notified to insurer on:")[0] == "date_reported"
    assert match_label("Insurer phone") is None or match_label("Insurer phone")[0] != \
        "date_reported"
    values = _values(_doc([
        (40, [(40, "Date of occurrence:"), (200, "February 3, 2026")]),
        (58, [(40, "Notified to insurer on:"), (200, "2026-02-24")]),
    ]))
    assert values["date_reported"] == "2026-02-24"


def test_a_place_and_date_written_over_their_caption_give_the_date_reported():
    values = _values(_small_labels_over_values())
    assert values["date_reported"] == "2026-07-09"
    assert values["date_of_loss"] == "2026-07-06"


def _small_labels_over_values():
    """Values in 10-point type, labels in 6.5-point type (boxed and signed forms)."""
    doc = _doc([(40, [(40, "Schadentag / Date of loss"), (300, "Uhrzeit / Time")]),
                (213, [(40, "Ort, Datum / Place, date"), (300, "Unterschrift / Signature")])],
               size=6.5)
    values = _doc([(49, [(40, "06.07.2026"), (300, "21:40")]),
                   (200, [(40, "Genthin, 09.07.2026")])], size=10)
    doc.pages[0].words.extend(values.pages[0].words)
    return doc


def test_a_value_in_lower_case_beside_a_question_is_the_answer_not_another_label():
    values = _values(_doc([
        (40, [(40, "11. Where did it happen?"), (250, "car park of Sainsbury's, Glen Pike, "
                                                      "Reidside NW6 6AB")]),
    ]))
    assert values["incident_location"] == "car park of Sainsbury's, Glen Pike, Reidside NW6 6AB"


def test_the_estimated_cost_of_repairs_is_the_amount_claimed_not_a_repairers_detail():
    assert match_label("13. Estimated cost of repairs")[0] == "claimed_amount"
    assert match_label("Repairer phone") is None or match_label("Repairer phone")[0] == "other"
    values = _values(_doc([(40, [(40, "13. Estimated cost of repairs"), (250, "GBP 12,595.02")])]))
    assert values["claimed_amount"] == "12595.02"
    assert values["currency"] == "GBP"
