"""Form rules that any insurer's layout shares: labels, titles and the account under them."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_claim_number_marked_for_office_use_is_still_the_claim_number():
    values = _values(_doc([
        (40, [(40, "Claim no. (office use): 99-41447")]),
        (54, [(40, "Policy number: AU-3240-679")]),
    ]))
    assert values["claim_number"] == "99-41447"


def test_a_form_title_naming_a_trade_is_no_firms_letterhead_over_the_owner():
    values = _values(_doc([
        (40, [(40, "NOTICE OF CLAIM - TOWING AND STORAGE")]),
        (60, [(40, "Claim ref"), (200, "QC-2026-973556")]),
        (74, [(40, "Owner / driver"), (200, "Jorge Hanson")]),
    ]))
    assert values["claimant_name"] == "Jorge Hanson"


def test_an_unheaded_account_about_the_vehicle_ends_before_the_next_form_row():
    values = _values(_doc([
        (40, [(40, "Location"), (200, "Isaac Trace and Benjamin Plaza, Serranofurt, NS")]),
        (60, [(40, "Someone keyed both sides of the vehicle while it was parked overnight. "
                   "Two tyres were slashed.")]),
        (74, [(40, "I claim the towing charges on the attached invoice, total CAD 1,026.49.")]),
        (88, [(40, "Submitted"), (200, "9 March 2026")]),
    ]))
    assert values["incident_description"] == \
        "Someone keyed both sides of the vehicle while it was parked overnight. Two tyres were " \
        "slashed."
    assert values["incident_type"] == "vandalism"
    assert values["date_reported"] == "2026-03-09"


def test_a_driver_who_changed_lanes_into_the_car_is_a_collision():
    values = _values(_doc([
        (40, [(40, "Policy number: POL-2024-000111")]),
        (60, [(40, "While merging onto the highway another driver changed lanes into my "
                   "vehicle and damaged the door.")]),
    ]))
    assert values["incident_type"] == "collision"


def test_a_case_grid_under_an_adjusters_card_gives_the_policyholders_details():
    values = _values(_doc([
        (40, [(40, "Case Summary"), (360, "Assigned adjuster")]),
        (54, [(360, "Sylvia R. Martinez")]),
        (66, [(360, "(206) 555-0174")]),
        (78, [(360, "sylvia.martinez@claims.example.com")]),
        (120, [(40, "CASE #"), (220, "POLICY"), (380, "POLICE REPORT")]),
        (132, [(40, "CLM-2026-287405"), (220, "MV 8519 2850"), (380, "RPT1277488")]),
        (152, [(40, "POLICYHOLDER"), (220, "CONTACT PHONE"), (380, "E-MAIL")]),
        (164, [(40, "Marc Hansen"), (220, "+1 617 555 0179"), (380, "m.hansen97@example.net")]),
        (184, [(40, "MAILING ADDRESS"), (220, "LOSS DATE"), (380, "FNOL DATE")]),
        (196, [(40, "918"), (75, "Peters"), (125, "Wells,"), (175, "South"), (230, "08/20/2026"),
               (380, "08/27/2026")]),  # a justified cell line: its words spread evenly
        (208, [(40, "Ronnieport, AS 36517")]),
    ]))
    assert values["claimant_email"] == "m.hansen97@example.net"
    assert values["claim_number"] == "CLM-2026-287405"
    assert values["police_report_number"] == "RPT1277488"
    assert values["date_reported"] == "2026-08-27"
    assert values["claimant_address"] == "918 Peters Wells, South Ronnieport, AS 36517"


def test_a_home_form_with_short_labels_and_a_quote_captioned_under_the_account():
    values = _values(_doc([
        (40, [(40, "Ph"), (200, "0406 648 187")]),
        (54, [(40, "Best contact number"), (200, "+61 488 916 680")]),
        (80, [(40, "What happened?")]),
        (96, [(40, "The hot water system failed and flooded the laundry and the hallway carpet "
                   "before")]),
        (110, [(40, "we could turn the mains off.")]),
        (125, [(40, "Builder's quote - Ayala Building & Maintenance Pty Ltd (licence 5070593)")]),
        (150, [(40, "Declaration signed"), (200, "Robin Franklin, 02/08/2026")]),
    ]))
    assert values["incident_description"] == "The hot water system failed and flooded the " \
        "laundry and the hallway carpet before we could turn the mains off."
    assert values["incident_type"] == "water_damage"
    assert values["date_reported"] == "2026-08-02"
    assert values["claimant_phone"] in ("+61406648187", "+61488916680")


def test_a_landlords_letter_gives_the_premises_and_the_account_told_by_the_tenant():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "I own the rental property at 27671 Park Green, Lake Michael, PR 84596. On "
                   "April 30, 2026 my tenant called to tell me about the following:")]),
        (80, [(40, "A fire started in the kitchen when a pan of oil caught alight and the "
                   "ceiling was burnt.")]),
    ]))
    assert values["incident_location"] == "27671 Park Green, Lake Michael, PR 84596"
    assert values["incident_description"] == \
        "A fire started in the kitchen when a pan of oil caught alight and the ceiling was burnt."


def test_an_address_wrapped_inside_its_postcode_or_before_it_keeps_the_postcode_whole():
    for first, second, want in [
        ("0694 Williams Stream, Johnsonshire, NS J8H", "5L2",
         "0694 Williams Stream, Johnsonshire, NS J8H 5L2"),
        ("8228 Kevin Crossroad, Johnathanport, QC", "H9A 6R5",
         "8228 Kevin Crossroad, Johnathanport, QC H9A 6R5"),
    ]:
        values = _values(_doc([
            (40, [(40, "Address"), (200, first)]),
            (52, [(200, second)]),
        ]))
        assert values["claimant_address"] == want


def test_an_adjusters_card_at_the_top_gives_no_claimant_contact():
    values = _values(_doc([
        (40, [(40, "Case Summary"), (360, "Assigned adjuster")]),
        (54, [(360, "Heidi Cook")]),
        (66, [(360, "(617) 555-0127")]),
        (78, [(360, "heidi.cook@mail.example")]),
        (120, [(40, "POLICYHOLDER"), (220, "LOSS DATE")]),
        (132, [(40, "Omar S. Roberts"), (220, "09/23/2026")]),
    ]))
    assert values["claimant_name"] == "Omar S. Roberts"
    assert values["claimant_email"] is None
    assert values["claimant_phone"] is None


def test_our_reference_on_an_insurers_own_form_is_the_claim_number():
    values = _values(_doc([
        (40, [(40, "Home and Contents - Claim Form")]),
        (56, [(40, "Coral Coast Insurance Ltd ABN 76 133 352 126")]),
        (80, [(40, "Our reference"), (200, "QC333519")]),
        (94, [(40, "Policy"), (200, "CA-7876-966")]),
    ]))
    assert values["claim_number"] == "QC333519"
