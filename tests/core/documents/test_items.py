"""Itemised costs on invoices: tax on top, an excess taken off, several tables, a grand total."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def _rows(rows: list[tuple[str, str]], top: float = 100) -> list[tuple[float, list]]:
    return [(top + 16 * i, [(40, text), (400, amount)]) for i, (text, amount) in enumerate(rows)]


def test_a_single_row_with_tax_on_top_is_the_item_and_the_gross_total_is_claimed():
    values = _values(_doc(_rows([
        ("Replacement windscreen, fitted", "$420.00"), ("Subtotal", "$420.00"),
        ("Sales tax 8%", "$33.60"), ("Total incl. tax", "$453.60"),
    ])))
    assert values["line_items"] == [{"description": "Replacement windscreen, fitted",
                                     "amount": "420.00"}]
    assert values["claimed_amount"] == "453.60"


def test_rows_with_vat_added_and_the_excess_taken_off_add_up_to_the_amount_due():
    values = _values(_doc(_rows([
        ("Front door panel, repaired and painted", "£750.00"), ("VAT at 20%", "£150.00"),
        ("Less policy excess", "£250.00"), ("Amount due", "£650.00"),
    ])))
    assert [i["amount"] for i in values["line_items"]] == ["750.00"]
    assert values["claimed_amount"] == "650.00"


def test_several_tables_each_with_a_total_and_a_grand_total_give_every_row():
    rows = _rows([("Bumper cover", "€300.00"), ("Headlamp unit", "€200.00"),
                  ("Total parts", "€500.00")])
    rows += [(200, [(40, "HIRE AND RECOVERY")])]
    rows += _rows([("Recovery to garage", "€90.00"), ("Hire car, 3 days", "€150.00"),
                   ("Total other costs", "€240.00")], top=230)
    rows += _rows([("Grand total claimed", "€740.00")], top=300)
    values = _values(_doc(rows))
    assert [i["description"] for i in values["line_items"]] == [
        "Bumper cover", "Headlamp unit", "Recovery to garage", "Hire car, 3 days"]
    assert values["claimed_amount"] == "740.00"


def test_a_rows_number_date_and_quantity_are_not_its_description():
    values = _values(_doc(_rows([
        ("1. 02/03/2026 Emergency call-out", "$95.00"),
        ("2. Replacement valve 2 x 40.00 =", "$80.00"),
        ("Total", "$175.00"),
    ])))
    assert values["line_items"] == [
        {"description": "Emergency call-out", "amount": "95.00"},
        {"description": "Replacement valve", "amount": "80.00"}]


def test_the_column_headed_amount_gives_each_rows_amount_not_the_year_bought():
    values = _values(_doc([
        (100, [(40, "Item"), (300, "Year"), (400, "Amount EUR")]),
        (116, [(40, "Oak dining table"), (300, "2019"), (400, "1.250,00")]),
        (132, [(40, "Television set"), (300, "2023"), (400, "899,00")]),
        (152, [(200, "Total claimed:"), (400, "2.149,00 EUR")]),
    ]))
    assert values["line_items"] == [{"description": "Oak dining table", "amount": "1250.00"},
                                    {"description": "Television set", "amount": "899.00"}]
    assert values["claimed_amount"] == "2149.00"


def test_a_quantity_and_a_unit_price_beside_the_amount_are_not_part_of_it():
    values = _values(_doc([
        (100, [(40, "Description"), (300, "Qty"), (360, "Unit price"), (460, "Amount")]),
        (116, [(40, "Labour, panel repair"), (300, "1"), (360, "640.00"), (460, "640.00")]),
        (132, [(40, "Wheel nuts"), (300, "4"), (360, "5.00"), (460, "20.00")]),
        (152, [(360, "TOTAL DUE"), (460, "$660.00")]),
    ]))
    assert values["line_items"] == [{"description": "Labour, panel repair", "amount": "640.00"},
                                    {"description": "Wheel nuts", "amount": "20.00"}]
    assert values["claimed_amount"] == "660.00"


def test_without_headings_the_last_of_several_number_cells_is_the_amount():
    values = _values(_doc([
        (100, [(40, "Replacement lock"), (300, "2"), (360, "45.00"), (460, "90.00")]),
        (116, [(40, "Call-out charge"), (300, "1"), (360, "75.00"), (460, "75.00")]),
        (136, [(360, "Total"), (460, "$165.00")]),
    ]))
    assert [i["amount"] for i in values["line_items"]] == ["90.00", "75.00"]


def test_an_amount_claimed_in_a_sentence_that_names_the_repairer_is_still_claimed():
    values = _values(_doc([
        (40, [(40, "My car was damaged by hail in the storm on 13 July 2026.")]),
        (60, [(40, "Lakeside Auto Repair estimated the damage at $4,321.59, which is the "
                   "amount I am claiming.")]),
    ]))
    assert values["claimed_amount"] == "4321.59"
    assert values["currency"] == "USD"
