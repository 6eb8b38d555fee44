"""Forms, tables and scans: boxed character cells, OCR separators, other parties' columns
(made-up snippets)."""

from __future__ import annotations

from core.documents.layout import build_lines
from core.documents.lexicon import match_label
from core.documents.pdf_text import DocumentText, PageText, Word
from tests.core.documents.test_roles import _doc, _values
from tests.core.documents.test_scans_h13 import _ocr_doc


def _boxes(top: float, x0: float, pitch: float, text: str) -> list[Word]:
    """One character per box, each box `pitch` points wide."""
    return [Word(ch, 1, x0 + i * pitch, top, x0 + i * pitch + 5.7, top + 9.5)
            for i, ch in enumerate(text)]


def test_a_row_of_boxes_changing_its_box_width_holds_two_values():
    words = [*_boxes(176, 63, 25.6, "KX-4471-20"), *_boxes(176, 323, 20.1, "03.11.1984")]
    cells = [c.text for c in build_lines(DocumentText([PageText(1, 612, 792, "text", words)]))[0]
             .cells]
    assert cells == ["KX-4471-20", "03.11.1984"]


def test_a_row_of_boxes_read_with_a_jitter_of_a_point_or_two_stays_one_value():
    words = [Word(ch, 1, 63 + i * 20 + (1.5 if i % 2 else -0.5), 176, 69 + i * 20 + 1, 185.5)
             for i, ch in enumerate("QP7731904")]
    cells = [c.text for c in build_lines(DocumentText([PageText(1, 612, 792, "text", words)]))[0]
             .cells]
    assert cells == ["QP7731904"]


def test_ocr_reading_a_hyphen_as_a_dot_inside_a_hyphenated_id_is_mended():
    values = _values(_ocr_doc([
        (60, [(57, "Policy number"), (198, "HOME-552913.08")]),
        (80, [(57, "Claim number"), (198, "CL-2026-44120")]),
    ]))
    assert values["policy_number"] == "HOME-552913-08"
    assert values["claim_number"] == "CL-2026-44120"


def test_a_dotted_id_in_a_text_layer_keeps_its_dot():
    values = _values(_doc([(60, [(57, "Policy number"), (198, "HOME-552913.08")])]))
    assert values["policy_number"] == "HOME-552913.08"


def test_a_list_of_earlier_claims_gives_neither_claim_number_nor_cost_rows():
    values = _values(_doc([
        (40, [(40, "Insurer claim no."), (200, "to be advised")]),
        (56, [(40, "Policy number"), (200, "HX/55120/31")]),
        (72, [(40, "Amount claimed"), (200, "USD 2,410.00")]),
        (100, [(40, "Claims history (last 3 years)")]),
        (116, [(40, "Claim no."), (150, "Date of loss"), (260, "Cause"), (360, "Settled"),
               (460, "Open")]),
        (130, [(40, "R88/40211"), (150, "03/02/2024"), (260, "flood"), (360, "2,118.40"),
               (460, "0.00")]),
        (144, [(40, "R87/11930"), (150, "11/19/2023"), (260, "hail"), (360, "907.15"),
               (460, "0.00")]),
    ]))
    assert values["claim_number"] is None
    assert values["policy_number"] == "HX/55120/31"
    assert values["line_items"] == []


def test_a_question_about_earlier_claims_is_no_list_of_them():
    values = _values(_doc([
        (40, [(40, "Have you made any previous claims?"), (300, "No")]),
        (56, [(40, "Claim number"), (200, "CL-7781-204")]),
    ]))
    assert values["claim_number"] == "CL-7781-204"


def test_on_a_scan_the_insureds_column_read_a_point_left_of_its_heading_is_still_theirs():
    values = _values(_ocr_doc([
        (156, [(151, "VEHICLE B (other party)"), (346, "VEHICLE A (insured)")]),
        (174, [(67, "Make / model"), (149, "Audi A4"), (346, "Kia Ceed")]),
        (190, [(66, "Year"), (149, "2016"), (345, "2021")]),
        (208, [(64, "Driver's name"), (150, "Paul R. Meyer"), (344, "Ines Vogt")]),
        (226, [(64, "E-mail"), (150, "pmeyer@web.example"), (344, "ines.vogt@mail.example")]),
        (244, [(65, "Policy no."), (153, "TX 400 118 02"), (345, "KV 7781 2290")]),
    ]))
    assert values["claimant_name"] == "Ines Vogt"
    assert values["claimant_email"] == "ines.vogt@mail.example"
    assert values["policy_number"] == "KV 7781 2290"
    assert values["vehicle_make_model_year"] == "Kia Ceed 2021"


def test_a_driver_row_under_the_two_vehicles_names_each_driver():
    values = _values(_doc([
        (132, [(146, "VEHICLE B (other party)"), (340, "VEHICLE A (insured)")]),
        (151, [(60, "Driver"), (147, "MARTIN, Paul"), (340, "Weber, Anna")]),
        (167, [(60, "Address"), (147, "4 rue Haute, 69001 Lyon"),
               (340, "12 rue Basse, 69002 Lyon")]),
    ]))
    assert values["claimant_name"] == "Anna Weber"


def test_the_heading_of_the_cost_rows_is_no_description_of_the_loss():
    values = _values(_ocr_doc([
        (277, [(48, "12. Brief details of the loss")]),
        (290, [(46, "Hail broke the skylight and rain soaked the landing carpet.")]),
        (320, [(47, "Particulars of loss"), (482, "Amount (INR)")]),
        (334, [(47, "Skylight glazing"), (497, "48,200.00")]),
        (349, [(46, "Landing carpet"), (508, "21,650.00")]),
        (381, [(45, "Total amount claimed"), (498, "69,850.00")]),
        (399, [(46, "Compulsory excess of Rs.10,000.00 applies. Declaration signed 02/07/2025.")]),
    ]))
    assert values["incident_description"] == \
        "Hail broke the skylight and rain soaked the landing carpet."
    assert [i["description"] for i in values["line_items"]] == ["Skylight glazing",
                                                                "Landing carpet"]


def test_brief_details_and_a_question_on_the_loss_or_damage_label_the_description():
    assert match_label("12. Brief details of the loss")[0] == "incident_description"
    assert match_label("How did the loss or damage happen?")[0] == "incident_description"


def test_a_question_asking_how_the_loss_or_damage_happened_labels_the_description():
    values = _values(_ocr_doc([
        (252, [(44, "How did the loss or damage happen?")]),
        (266, [(46, "A delivery van reversed into the garden wall and knocked the pillar down.")]),
    ]))
    assert values["incident_description"] == \
        "A delivery van reversed into the garden wall and knocked the pillar down."


def test_an_ocr_total_incl_tax_closes_the_rows_and_the_deposit_after_it_is_no_cost():
    values = _values(_ocr_doc([
        (157, [(49, "Description of work"), (338, "Qty"), (428, "Rate"), (513, "Amount")]),
        (174, [(47, "Roof tiles"), (344, "1"), (412, "1,200.00"), (513, "1,200.00")]),
        (190, [(47, "Ridge repair"), (343, "2"), (420, "400.00"), (513, "800.00")]),
        (240, [(412, "Subtotal"), (498, "€2,000.00")]),
        (255, [(435, "VAT"), (503, "€460.00")]),
        (270, [(365, "TOTAL (incI. tax)"), (492, "€2,460.00")]),
        (286, [(319, "Deposit on acceptance 30%"), (504, "€738.00")]),
    ]))
    assert values["claimed_amount"] == "2460.00"
    assert [i["description"] for i in values["line_items"]] == ["Roof tiles", "Ridge repair"]


def test_a_phone_on_a_line_with_a_trade_licence_number_is_the_firms():
    values = _values(_ocr_doc([
        (43, [(62, "Ardmore Building Services"), (424, "ESTIMATE")]),
        (103, [(46, "Phone (512) 555-0147 E-mail office@ardmore.example Licence no. 552871904")]),
        (300, [(43, "Full name of policyholder"), (221, "Nina Brennan")]),
    ]))
    assert values["claimant_phone"] is None


def test_an_export_column_code_that_a_long_value_runs_up_to_starts_its_own_cell():
    values = _values(_doc([
        (65, [(37, "1"), (53, "CLM#"), (115, "CLM-2025-100231"), (291, "POL#"),
              (353, "HM 4410 2291")]),
        (119, [(37, "4"), (53, "LOSS_LOC"), (115, "rear yard of the Oak Street depot PD_RPT#"),
               (353, "MPD-25-118804"), (529, "VEH_YMM"), (591, "Ford Focus (2019)")]),
    ]))
    assert values["police_report_number"] == "MPD-25-118804"
    assert values["incident_location"] == "rear yard of the Oak Street depot"


def test_a_questionnaires_question_whether_the_police_were_told_labels_their_reference():
    values = _values(_doc([
        (380, [(45, "10. Were the police told? If so, give the report or crime reference number")]),
        (393, [(61, "Yes, the reference is WPD-26-551902.")]),
        (409, [(45, "11. Were there any witnesses?")]),
        (422, [(61, "No.")]),
    ]))
    assert values["police_report_number"] == "WPD-26-551902"


def test_an_ocr_label_misread_l_for_i_is_still_the_label():
    values = _values(_ocr_doc([
        (3, [(23, "FROM: (512) 555-0188"), (100, "20/03/2026 14:47")]),
        (45, [(52, "Telephone claim notification")]),
        (124, [(51, "Caller:"), (154, "Ronan Kiely")]),
        (155, [(51, "Caliback no.:"), (153, "(303) 555-0142")]),
        (168, [(52, "Policy:"), (153, "QHP7730215")]),
    ]))
    assert values["claimant_phone"] == "+13035550142"


def test_an_ocr_l_for_1_after_the_claimants_name_in_the_mailbox_is_a_digit():
    values = _values(_ocr_doc([
        (60, [(57, "Name of insured"), (198, "Ronan Kiely")]),
        (80, [(57, "E-mail"), (198, "ronan.kielyl0@mail.example")]),
    ]))
    assert values["claimant_email"] == "ronan.kiely10@mail.example"


def test_a_name_ending_in_l_keeps_its_l_before_the_mailboxs_digits():
    values = _values(_ocr_doc([
        (60, [(57, "Name of insured"), (198, "Paul Byrne")]),
        (80, [(57, "E-mail"), (198, "byrne.paul0@mail.example")]),
    ]))
    assert values["claimant_email"] == "byrne.paul0@mail.example"
