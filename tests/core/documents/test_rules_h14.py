"""Conventions of US and Canadian claim papers: sworn proofs of loss that fill blanks inside
legal sentences, ACORD-style notices with drawn check boxes and several phones, dotted-leader
forms with two pairs a row and the other party's block, forwarded e-mails, and the vendor's
bills and agreements a motor packet carries behind its first notice."""

from __future__ import annotations

from fpdf import FPDF

from core.documents.pdf_text import DocumentText, PageText, Word
from core.documents.pipeline import extract_document
from core.documents.validate import parse_date
from tests.core.documents.test_roles import _doc, _values


def test_a_sworn_date_with_the_century_printed_and_the_year_filled_in_reads_as_one_date():
    assert parse_date("on the 30th day of May , 20 26 .").isoformat() == "2026-05-30"
    assert parse_date("this 1st day of June, 2026.").isoformat() == "2026-06-01"


PROOF = [
    (40, [(40, "SWORN STATEMENT IN PROOF OF LOSS")]),
    (60, [(40, "Policy Number"), (300, "Agent")]),
    (72, [(40, "HO-5521-0098"), (300, "Dana Ruiz (208) 259-3732")]),
    (90, [(40, "Agency")]),
    (102, [(40, "Ruiz Insurance Agency, Boise, ID")]),
    (140, [(40, "At the time of loss, by the above indicated policy of insurance you insured "
                "Mark T. Hale , whose mailing address")]),
    (156, [(40, "is 12 Elm Street, Boise, ID 83702 , against loss by fire to the property "
                "described therein.")]),
    (176, [(40, "1. Time and Origin: A fire loss occurred about the hour of 2:00 p.m. on the "
                "4th day of March , 20 26 .")]),
    (192, [(40, "The cause and origin of the said loss were: A pan of oil caught fire on the "
                "stove and the flames spread to the kitchen cabinets.")]),
    (212, [(40, "2. Location: The property was located at 12 Elm Street, Boise, ID 83702 . "
                "No other person had any interest therein.")]),
    (232, [(40, "3. The Whole Loss and Damage was 8250.00 . Less deductible of $500.00 . The "
                "Net Amount Claimed under the above")]),
    (248, [(40, "numbered policy is 7750.00 .")]),
    (280, [(40, "Insured: Mark T. Hale")]),
    (296, [(40, "Telephone: 208.555.0181 E-mail: mhale@example.com")]),
    (312, [(40, "Dated: March 20, 2026")]),
    (340, [(40, "Subscribed and sworn to before me this 20th day of March, 2026.")]),
    (356, [(40, "Notary Public: Ann Cole My commission expires 05/15/2027")]),
]


def test_a_proof_of_loss_dates_the_loss_by_its_day_of_sentence():
    assert _values(_doc(PROOF))["date_of_loss"] == "2026-03-04"


def test_the_net_amount_claimed_is_the_claim_and_no_policy_number():
    values = _values(_doc(PROOF))
    assert values["claimed_amount"] == "7750.00"  # the net amount claimed, not the whole loss
    assert values["policy_number"] == "HO-5521-0098"  # "policy is 7750.00" names no policy


def test_a_location_blank_inside_its_sentence_is_the_address_alone():
    assert _values(_doc(PROOF))["incident_location"] == "12 Elm Street, Boise, ID 83702"


def test_the_account_is_what_the_cause_and_origin_sentence_hands_over_to():
    assert _values(_doc(PROOF))["incident_description"] == (
        "A pan of oil caught fire on the stove and the flames spread to the kitchen cabinets.")


def test_the_insureds_own_row_ends_the_agency_section_above_it():
    values = _values(_doc(PROOF))
    assert values["claimant_name"] == "Mark T. Hale"
    assert values["claimant_phone"] == "+12085550181"


LEADERS = [
    (40, [(40, "INSURED")]),
    (58, [(40, "Name"), (150, "Ruth A. Peters"), (320, "Date of Birth"), (420, "02/03/1981")]),
    (76, [(40, "Address"), (150, "61 Willow Drive, Denver, CO 80230")]),
    (100, [(40, "INSURED VEHICLE")]),
    (118, [(40, "Year"), (150, "2019"), (320, "Make"), (420, "Chevrolet")]),
    (136, [(40, "Model"), (150, "Malibu"), (320, "VIN"), (420, "1G1ZD5ST0KF123456")]),
    (170, [(40, "OTHER PARTY")]),
    (188, [(40, "Name"), (150, "Lena Ortiz"), (320, "Phone"), (420, "303.580.0070")]),
    (206, [(40, "Address"), (150, "57 Sycamore Place, Denver, CO 80268")]),
    (224, [(40, "Vehicle"), (150, "2016 Kia Sorento"), (320, "Insurer"), (420, "Acme")]),
]


def test_two_leader_pairs_a_row_give_the_insureds_vehicle_not_the_other_partys():
    values = _values(_doc(LEADERS))
    assert values["vehicle_make_model_year"] == "Chevrolet Malibu 2019"


def test_another_partys_caption_over_its_rows_is_not_a_name():
    values = _values(_doc(LEADERS))
    assert values["claimant_name"] == "Ruth A. Peters"
    assert values["claimant_address"] == "61 Willow Drive, Denver, CO 80230"


def test_a_label_naming_two_parts_of_a_vehicle_joins_them_with_the_third():
    values = _values(_doc([
        (40, [(40, "Vehicle")]),
        (58, [(40, "Year / Make"), (150, "2018 Ford"), (320, "Model"), (420, "F-150")]),
        (76, [(40, "Preferred phone"), (150, "(303) 291-8654")]),
    ]))
    assert values["vehicle_make_model_year"] == "Ford F-150 2018"
    assert values["claimant_phone"] == "+13032918654"


NOTICE = [
    (40, [(40, "AGENCY"), (312, "COMPANY"), (488, "NAIC CODE")]),
    (50, [(40, "Kline & Associates"), (312, "Northfield Casualty"), (488, "39614")]),
    (64, [(312, "DATE OF LOSS AND TIME"), (448, "CLAIM NUMBER (IF ASSIGNED)")]),
    (74, [(312, "03/13/2026 3:30 AM")]),
    (88, [(40, "CONTACT NAME"), (176, "PHONE (A/C, NO, EXT)")]),
    (98, [(40, "Omar Kline"), (176, "(613) 249-1302")]),
    (120, [(40, "INSURED")]),
    (138, [(40, "NAME OF INSURED"), (312, "DATE OF BIRTH")]),
    (148, [(40, "Tara Quinn"), (312, "01/01/1983")]),
    (162, [(40, "INSURED'S MAILING ADDRESS"), (312, "HOME PHONE"), (400, "BUSINESS PHONE"),
           (488, "CELL PHONE")]),
    (172, [(40, "35 Elm Terrace"), (400, "(613) 352-4319"), (488, "(613) 626-5719")]),
    (182, [(40, "Ottawa, ON K1S 9N1")]),
]


def test_the_insureds_mailing_address_is_an_address_label_and_the_cell_beats_the_office():
    values = _values(_doc(NOTICE))
    assert values["claimant_address"] == "35 Elm Terrace, Ottawa, ON K1S 9N1"
    assert values["claimant_phone"] == "+16136265719"


def test_a_date_and_time_in_capitals_heads_no_section():
    # "03/13/2026 3:30 AM" alone on its row once reset the agency's column: its phone won
    fields = _values(_doc(NOTICE[:8]))
    assert fields["claimant_phone"] is None


def _boxed_pdf() -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(40, 60, "Policy number HO-2231-778")
    pdf.text(40, 90, "KIND OF LOSS:")
    x = 110.0
    for k, option in enumerate(["FIRE", "WATER", "THEFT", "OTHER"]):
        pdf.rect(x, 82, 8, 8)
        if k == 1:  # the ticked box: a cross drawn in it
            pdf.line(x + 1, 83, x + 7, 89)
            pdf.line(x + 1, 89, x + 7, 83)
        pdf.text(x + 12, 90, option)
        x += 70
    return bytes(pdf.output())


def test_a_check_box_drawn_with_a_cross_picks_its_option_not_the_first():
    result = extract_document(_boxed_pdf())
    assert result.fields["incident_type"].value == "water_damage"


PACKET = [(40, [(40, "FIRST NOTICE OF LOSS")]),
          (58, [(40, "Reported on"), (150, "2026-09-06 by insured (phone)")]),
          (76, [(40, "Total amount claimed"), (150, "10168.99 (repairs, towing and rental)")])]
TOW = [(40, [(40, "GALLAGHER TOWING")]),
       (58, [(40, "Bill to: Ann Lee"), (300, "INVOICE # T-69600")]),
       (76, [(40, "Pick-up: Main Street"), (300, "Date: 09/03/2026")]),
       (100, [(40, "Hook-up / base rate"), (400, "$125.00")]),
       (118, [(40, "Mileage, 26 mi loaded"), (400, "$117.00")]),
       (136, [(40, "INVOICE TOTAL"), (400, "$242.00")])]
RENTAL = [(40, [(40, "City Car Rental - Rental Agreement (excerpt)")]),
          (58, [(40, "Date out"), (150, "09/03/2026")])]


def _pages(*pages: list[tuple[float, list[tuple[float, str]]]]) -> DocumentText:
    out = []
    for number, rows in enumerate(pages, start=1):
        words = [Word(w.text, number, w.x0, w.top, w.x1, w.bottom)
                 for w in _doc(rows).pages[0].words]
        out.append(PageText(number, 612, 792, "text", words))
    return DocumentText(out)


def test_a_vendors_bill_and_agreement_behind_the_notice_do_not_date_the_report():
    assert _values(_pages(PACKET, TOW, RENTAL))["date_reported"] == "2026-09-06"


def test_a_vendors_bill_for_part_of_a_larger_claim_is_no_itemisation_of_it():
    values = _values(_pages(PACKET[:1] + PACKET[2:], TOW))
    assert values["claimed_amount"] == "10168.99"
    assert values["line_items"] == []


def test_a_forwarding_agents_policy_number_is_no_amount_and_the_deductible_no_claim():
    values = _values(_doc([
        (40, [(40, "From: Dana Ruiz <druiz@agencymail.com>")]),
        (58, [(40, "Hello claims team, please open a new claim for my client Ann Lee under "
                   "policy PAP-840 955071.")]),
        (90, [(40, "-----Original Message-----")]),
        (108, [(40, "The repair estimate I got comes to 678.94 in total, and I know the "
                    "deductible is $250.00.")]),
    ]))
    assert values["claimed_amount"] == "678.94"


def test_a_currency_code_before_an_items_amount_is_no_part_of_its_description():
    values = _values(_doc([
        (40, [(40, "I am claiming a total of CAD 3,298.68 for this loss.")]),
        (58, [(40, "- Paint and tire repair estimate CAD 2,770.90")]),
        (76, [(40, "- Personal items in the car CAD 362.85")]),
        (94, [(40, "- Towing CAD 164.93")]),
    ]))
    assert [i["description"] for i in values["line_items"]] == [
        "Paint and tire repair estimate", "Personal items in the car", "Towing"]


def test_a_vehicles_part_row_under_an_insured_vehicle_heading_is_no_name():
    values = _values(_doc([
        (40, [(40, "INSURED VEHICLE")]),
        (58, [(320, "Make"), (420, "Ford")]),
        (76, [(40, "Model"), (150, "F-150"), (320, "VIN"), (420, "1FTHPJMW4NK391729")]),
    ]))
    assert values["claimant_name"] is None


def test_a_row_of_loss_kinds_without_a_mark_says_nothing_the_account_does():
    values = _values(_doc([
        (40, [(40, "KIND OF LOSS:"), (120, "FIRE"), (170, "WATER"), (220, "WIND/HAIL"),
              (290, "THEFT"), (340, "VANDALISM")]),
        (58, [(40, "DESCRIPTION OF LOSS & DAMAGE")]),
        (72, [(40, "Someone spray painted the garage door and smashed two windows.")]),
    ]))
    assert values["incident_type"] == "vandalism"
