"""A document's country conventions (currency, date order) and bilingual labels."""

from __future__ import annotations

import pytest

from core.documents.validate import parse_amount
from tests.core.documents.test_roles import _doc, _values


@pytest.mark.parametrize(("address", "phone", "currency"), [
    ("12 Birch Road, Kelowna, BC V1Y 2K4", "(250) 555-0188", "CAD"),
    ("Unit 4 18 Ocean Street, Bondi NSW 2026", "+61 412 555 018", "AUD"),
    ("221 Oak Street, Springfield, IL 62704", "(217) 555-0134", "USD"),
])
def test_a_bare_dollar_is_the_dollar_of_the_country_the_addresses_are_in(address, phone,
                                                                          currency):
    values = _values(_doc([
        (40, [(40, "Policyholder:"), (200, "Ann Lowe")]),
        (54, [(40, "Address:"), (200, address)]),
        (68, [(40, "Phone:"), (200, phone)]),
        (82, [(40, "Amount claimed:"), (200, "$1,250.00")]),
    ]))
    assert values["claimed_amount"] == "1250.00"
    assert values["currency"] == currency


def test_a_dollar_code_printed_anywhere_names_the_documents_dollar():
    values = _values(_doc([
        (40, [(40, "Owner:"), (200, "Ann Lowe")]),
        (54, [(40, "Please pay the towing charges, total CAD 1,093.22.")]),
        (68, [(40, "TOTAL DUE"), (200, "1,093.22")]),
    ]))
    assert values["currency"] == "CAD"
    assert parse_amount("A$ 80.00") == (parse_amount("80")[0], "AUD")
    assert parse_amount("$80.00", currency_hint="AUD")[1] == "AUD"
    assert parse_amount("$80.00", currency_hint="EUR")[1] == "USD"


def test_a_bilingual_label_read_in_its_second_tongue_and_a_french_date_order():
    values = _values(_doc([
        (40, [(40, "Date du sinistre / Date of loss"), (260, "2026-04-03 (AAAA-MM-JJ)")]),
        (54, [(40, "Date (JJ/MM/AAAA)"), (260, "11/04/2026")]),
    ]))
    assert values["date_of_loss"] == "2026-04-03"
    assert values["date_reported"] == "2026-04-11"
