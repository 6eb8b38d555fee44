"""French-Canadian amounts and an OCR page's tall boxes (made-up snippets)."""

from __future__ import annotations

from decimal import Decimal

from core.documents.validate import parse_amount
from tests.core.documents.test_roles import _doc, _values
from tests.core.documents.test_scans_h13 import _ocr_doc


def test_a_french_canadian_amount_names_its_dollar_after_the_number():
    assert parse_amount("1 234,56 $ CA") == (Decimal("1234.56"), "CAD")
    assert parse_amount("87,10 $ CAN") == (Decimal("87.10"), "CAD")
    assert parse_amount("415,00 $CA") == (Decimal("415.00"), "CAD")


def test_a_french_canadian_estimate_reads_its_rows_in_canadian_dollars():
    values = _values(_doc([
        (40, [(40, "Soumission de travaux")]),
        (70, [(40, "Ragréage du plafond"), (400, "1 234,56 $ CA")]),
        (88, [(40, "Teinture de la galerie"), (400, "280,29 $ CA")]),
        (106, [(40, "Total"), (400, "1 514,85 $ CA")]),
    ]))
    assert values["currency"] == "CAD"
    assert values["claimed_amount"] == "1514.85"
    assert [(i["description"], i["amount"]) for i in values["line_items"]] == [
        ("Ragréage du plafond", "1234.56"), ("Teinture de la galerie", "280.29")]


def test_an_insurers_letterhead_a_line_apart_does_not_claim_the_scanned_form_below_it():
    # the OCR boxes stand taller than the glyphs: the gap under the letterhead is one box high
    values = _values(_ocr_doc([
        (53, [(54, "Orbit Mutual Insurance, Kastanienweg 12, 20095 Hamburg")]),
        (85, [(57, "Name of insured"), (198, "KLÄRA BÖHNKE")]),
        (99, [(53, "File number"), (201, "ZRT-4470912")]),
    ]))
    assert values["claimant_name"] == "Klära Böhnke"


def test_a_senders_name_whose_first_capital_the_ocr_read_small_is_still_the_claimant():
    values = _values(_ocr_doc([
        (40, [(40, "From:"), (100, "örjan T. Vossberg <ovossberg@quellmail.de>")]),
        (58, [(40, "To:"), (100, "claims@zenbrook-ins.com")]),
        (76, [(40, "Sent:"), (100, "March 3, 2025 at 9:12 AM")]),
        (94, [(40, "Subject: New claim - policy KX 0000 4471")]),
        (130, [(40, "Hello, I am writing to notify you of a claim for a burst pipe at my flat.")]),
    ]))
    assert values["claimant_name"] == "Örjan T. Vossberg"


def test_a_label_naming_the_insured_under_an_insurers_letterhead_still_asks_for_the_claimant():
    values = _values(_ocr_doc([
        (53, [(54, "Orbit Mutual Insurance, Kastanienweg 12, 20095 Hamburg")]),
        (64, [(54, "Claims enquiries +49 40 0718342")]),
        (85, [(57, "Name of insured"), (198, "TAMSIN CROWTHORPE")]),
        (99, [(53, "File number"), (201, "ZRT-4470912")]),
    ]))
    assert values["claimant_name"] == "Tamsin Crowthorpe"
