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
