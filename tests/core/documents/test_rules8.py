"""Wordings of documents the extractor had not met: a data export's column codes, ..."""

from __future__ import annotations

from core.documents.lexicon import match_label
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
