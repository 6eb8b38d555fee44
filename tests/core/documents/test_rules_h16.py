"""Corrected entries, fax cover sheets, banded forms' town boxes, tenants' and commercial
claims, numbered questionnaires with a lienholder, e-mail printouts with a details table."""

from __future__ import annotations

from fpdf import FPDF

from core.documents.fields import extract_fields
from core.documents.pdf_text import DocumentText, PageText, Word, extract_text
from tests.core.documents.test_roles import SIZE, _doc, _values


def _pages(*pages: list[tuple[float, list[tuple[float, str]]]]) -> DocumentText:
    """A document of several pages, each as _doc's rows."""
    return DocumentText([PageText(n, 612, 792, "text", [
        Word(w.text, n, w.x0, w.top, w.x1, w.bottom) for w in _doc(rows).words])
        for n, rows in enumerate(pages, 1)])


def _corrected_form() -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    rows = [("Name", "Dana Whitfield", None), ("Telephone", "(602) 555-0117", "(602) 555-0143"),
            ("Date of loss", "04/02/2026", "04/03/2026"), ("Amount claimed", "$1,250.00", None)]
    for k, (label, first, second) in enumerate(rows):
        y = 80 + 30 * k
        pdf.text(50, y, label)
        pdf.text(180, y, first)
        pdf.line(170, y + 4, 560, y + 4)  # the answer's ruled line, under the words
        if second:
            width = pdf.get_string_width(first)
            pdf.line(179, y - 3.5, 181 + width, y - 3.5)  # crossed out by hand
            pdf.text(200 + width, y, second)
    return bytes(pdf.output())


def test_a_crossed_out_entry_loses_to_the_correction_written_beside_it():
    doc = extract_text(_corrected_form(), max_pages=5, ocr=None)
    fields, _warnings = extract_fields(doc)
    assert fields["claimant_phone"].value == "+16025550143"
    assert fields["date_of_loss"].value == "2026-04-03"
    assert fields["claimed_amount"].value == "1250.00"  # underlined, not struck


def test_a_fax_cover_sheets_sender_phone_is_not_the_claimants():
    cover = [(40, [(40, "FAX")]),
             (70, [(40, "To:"), (120, "Northgate Insurance - Claims")]),
             (88, [(40, "From:"), (120, "Paul Ortega")]),
             (106, [(40, "Phone:"), (120, "(602) 555-0188")]),
             (124, [(40, "Pages:"), (120, "2")])]
    form = [(40, [(40, "CLAIM FORM")]),
            (70, [(40, "Insured name"), (200, "Dana Whitfield")]),
            (88, [(40, "Phone"), (200, "(602) 555-0143")]),
            (106, [(40, "Date of loss"), (200, "04/03/2026")])]
    values = _values(_pages(cover, form))
    assert values["claimant_phone"] == "+16025550143"


def _sized(rows: list[tuple[float, float, list[tuple[float, str]]]]) -> DocumentText:
    """One page whose rows each have their own type size: (top, size, cells)."""
    words = [w for top, size, cells in rows for w in _doc([(top, cells)], size).words]
    return DocumentText([PageText(1, 612, 792, "text", words)])


def test_a_banded_forms_town_state_and_zip_boxes_complete_the_street_above_them():
    values = _values(_sized([
        (60, 6, [(50, "NAME OF INSURED"), (400, "DATE OF BIRTH")]),
        (70, SIZE, [(50, "Dana Whitfield"), (400, "1980-02-03")]),
        (90, 6, [(50, "STREET ADDRESS")]),
        (100, SIZE, [(50, "88 Larch Avenue")]),
        (120, 6, [(50, "CITY"), (300, "STATE"), (400, "ZIP")]),
        (130, SIZE, [(50, "Tempe"), (300, "AZ"), (400, "85281")]),
        (150, 6, [(50, "PRIMARY PHONE"), (300, "E-MAIL")]),
        (160, SIZE, [(50, "(602) 555-0143"), (300, "dana.w@example.com")]),
    ]))
    assert values["claimant_address"] == "88 Larch Avenue, Tempe, AZ 85281"


def test_a_tenants_column_names_the_claimant_and_the_landlords_column_is_a_decoy():
    values = _values(_doc([
        (40, [(40, "RENTER'S CONTENTS CLAIM")]),
        (70, [(40, "TENANT (POLICYHOLDER)"), (320, "LANDLORD / PROPERTY MANAGER")]),
        (84, [(40, "Dana Whitfield"), (320, "Oscar Brandt")]),
        (98, [(40, "12 Quarry Road, Apt 4B"), (320, "Brandt Rentals LLC")]),
        (112, [(40, "Tempe, AZ 85281"), (320, "40 Mill Avenue, Tempe, AZ 85281")]),
        (126, [(40, "Phone: (602) 555-0143"), (320, "Phone: (602) 555-0199")]),
        (150, [(40, "Date of loss:"), (200, "04/03/2026")]),
    ]))
    assert values["claimant_name"] == "Dana Whitfield"
    assert values["claimant_address"] == "12 Quarry Road, Apt 4B, Tempe, AZ 85281"
    assert values["claimant_phone"] == "+16025550143"


def test_a_contents_lists_brand_column_is_no_part_of_the_item_and_a_wrapped_heading_counts():
    values = _values(_doc([
        (40, [(54, "Item"), (220, "Brand"), (320, "Age (yrs)"), (400, "Original price"),
              (490, "Replacement")]),
        (52, [(535, "cost")]),
        (70, [(54, "Winter coat"), (220, "Northline"), (360, "3"), (430, "610.00"),
              (525, "540.00")]),
        (88, [(54, "Desk lamp"), (220, "Lumo"), (360, "2"), (430, "95.00"), (525, "80.00")]),
        (106, [(54, "TOTAL REPLACEMENT COST"), (505, "$620.00")]),
    ]))
    assert values["line_items"] == [{"description": "Winter coat", "amount": "540.00"},
                                    {"description": "Desk lamp", "amount": "80.00"}]


def test_a_sole_traders_business_name_and_the_tow_yards_details_are_not_the_claimants():
    values = _values(_doc([
        (40, [(40, "COMMERCIAL AUTO - LOSS REPORT")]),
        (70, [(54, "NAMED INSURED")]),
        (86, [(40, "Named insured:"), (160, "Dana Whitfield dba Whitfield Catering")]),
        (100, [(40, "Business address:"), (160, "12 Quarry Road, Tempe, AZ 85281")]),
        (114, [(40, "Business phone:"), (160, "(602) 555-0143")]),
        (140, [(54, "OTHER VEHICLE")]),
        (156, [(40, "Other insurer:"), (160, "Coastal Mutual, claim 552-10931")]),
        (180, [(54, "TOW YARD")]),
        (196, [(40, "Towed to:"), (160, "Desert Towing & Storage")]),
        (210, [(40, "Address:"), (160, "900 Depot Street, Tempe, AZ 85282")]),
        (224, [(40, "Phone:"), (160, "(602) 555-0177")]),
    ]))
    assert values["claimant_name"] == "Dana Whitfield"
    assert values["claimant_address"] == "12 Quarry Road, Tempe, AZ 85281"
    assert values["claimant_phone"] == "+16025550143"
    assert values["claim_number"] is None


def test_a_questionnaires_spaced_dot_leaders_and_a_lienholders_phone():
    words = []
    for top, label, value in [(60, "1. Name of insured", "Dana Whitfield"),
                              (78, "3. Home or cell telephone", "(602) 555-0143"),
                              (96, "13. Year, make and model", "2015 Ford F-150"),
                              (114, "14. Vehicle identification no.", "1FTMCH3C7F4788710")]:
        words += _doc([(top, [(50, label)])]).words
        dots = [Word(".", 1, x, top, x + 2.5, top + SIZE) for x in range(175, 270, 5)]
        words += dots + _doc([(top, [(280, value)])]).words
    words += _doc([(140, [(50, "LIENHOLDER / LOSS PAYEE")]),
                   (158, [(50, "20. Name"), (280, "First Harbor Credit Union")]),
                   (176, [(50, "22. Telephone"), (280, "919-391-9166")])]).words
    values = _values(DocumentText([PageText(1, 612, 792, "text", words)]))
    assert values["claimant_phone"] == "+16025550143"
    assert values["vehicle_make_model_year"] == "Ford F-150 2015"


def test_a_web_mail_printouts_sender_line_without_from_gives_the_claimants_address():
    values = _values(_doc([
        (40, [(50, "Claim - burst pipe on March 2, 2026")]),
        (60, [(50, "Dana Whitfield <dana.whitfield@example.com>"), (480, "Mar 4, 2026")]),
        (74, [(50, "To: claims@northgate-mutual.com")]),
        (100, [(50, "Hello, a pipe burst under my kitchen sink and flooded the floor.")]),
    ]))
    assert values["claimant_email"] == "dana.whitfield@example.com"


def test_a_receipts_received_from_is_no_report_date():
    values = _values(_pages(
        [(40, [(40, "Insured: Dana Whitfield")]),
         (60, [(40, "Date of loss: 04/01/2026")]),
         (80, [(40, "Signed: Dana Whitfield"), (300, "Date: 04/06/2026")])],
        [(40, [(40, "PAYMENT RECEIPT")]),
         (60, [(40, "Date: 04/04/2026")]),
         (78, [(40, "Received from: Dana Whitfield")])]))
    assert values["date_reported"] == "2026-04-06"


def test_on_a_scan_a_stroke_through_words_crosses_them_out_and_an_underline_does_not():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from core.documents.strikes import struck_words

    font = ImageFont.load_default(size=28)
    image = Image.new("L", (900, 200), 255)
    draw = ImageDraw.Draw(image)
    boxes, x = [], 20
    for text in ["(602)", "555-0117", "(602)", "555-0143"]:
        box = draw.textbbox((x, 40), text, font=font)
        draw.text((x, 40), text, font=font, fill=0)
        boxes.append((box[0] - 3, box[1] - 6, box[2] + 3, box[3] + 6))
        x = box[2] + (40 if text == "555-0117" else 14)
    middle = (boxes[0][1] + boxes[0][3]) / 2
    draw.line((boxes[0][0], middle + 2, boxes[1][2], middle - 1), fill=0, width=3)  # struck
    draw.line((boxes[2][0], boxes[2][3] - 5, boxes[3][2], boxes[3][3] - 5), fill=0, width=2)
    assert struck_words(np.asarray(image), boxes) == {0, 1}


def test_a_receipt_pages_date_is_not_the_claims_report_date():
    values = _values(_pages(
        [(40, [(40, "AUTO GLASS CLAIM")]),
         (60, [(40, "Insured: Dana Whitfield")]),
         (80, [(40, "Date of loss: 04/01/2026")]),
         (100, [(40, "Date: 04/06/2026")])],
        [(40, [(40, "Desert Glass LLC")]),
         (60, [(40, "PAYMENT RECEIPT")]),
         (80, [(40, "Date: 04/04/2026")]),
         (98, [(40, "Amount received: $80.00")])],
        [(40, [(40, "Desert Glass LLC")]),
         (60, [(40, "INVOICE")]),
         (80, [(40, "Date: 04/04/2026")])]))
    assert values["date_reported"] == "2026-04-06"


def test_a_label_under_another_labels_value_heads_the_value_below_it_not_that_one():
    values = _values(_sized([  # a captioned-looking form: small labels under bigger lines
        (40, SIZE, [(50, "Dana Whitfield"), (300, "04/03/2026")]),
        (52, 6, [(50, "SIGNATURE"), (300, "DATE SIGNED")]),
        (80, 6, [(50, "NAME OF INSURED"), (400, "DATE OF BIRTH")]),
        (88, 9, [(50, "Dana Whitfield"), (400, "1980-02-03")]),
        (104, 6, [(50, "STREET ADDRESS")]),
        (112, 9, [(50, "88 Larch Avenue, Tempe, AZ 85281")]),
        (128, 6, [(50, "PRIMARY PHONE")]),
        (136, 9, [(50, "(602) 555-0143")]),
        (160, SIZE, [(50, "Mesa, AZ")]),
        (172, 6, [(50, "PLACE")]),
        (200, SIZE, [(50, "Kitchen fire")]),
        (212, 6, [(50, "CAUSE")]),
        (240, SIZE, [(50, "Dana Whitfield")]),
        (252, 6, [(50, "PRINTED NAME")]),
    ]))
    assert values["claimant_address"] == "88 Larch Avenue, Tempe, AZ 85281"
