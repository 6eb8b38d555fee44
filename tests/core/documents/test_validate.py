"""Value parsing into the contract's normal forms, and the checks that raise warnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.documents.validate import (
    parse_amount,
    parse_date,
    parse_phone,
    parse_vin,
    vin_check_digit_ok,
)


@pytest.mark.parametrize("text", ["03/14/2026", "14 March 2026", "March 14th, 2026",
                                  "2026-03-14", "Mar 14, 2026", "14.03.2026",
                                  "14th of March, 2026", "Date of loss: 3/14/26"])
def test_dates_in_every_printed_form(text):
    assert parse_date(text) == date(2026, 3, 14)


def test_day_first_reads_slashes_the_european_way():
    assert parse_date("03/04/2026") == date(2026, 3, 4)
    assert parse_date("03/04/2026", day_first=True) == date(2026, 4, 3)


def test_an_impossible_date_is_an_error_not_a_guess():
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date("02/30/2026")
    with pytest.raises(ValueError, match="not a date"):
        parse_date("no date here")


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("$12,480.50", "12480.50", "USD"), ("USD 12480.5", "12480.50", "USD"),
    ("12.480,50 EUR", "12480.50", "EUR"), ("EUR 1.234,56", "1234.56", "EUR"),
    ("£1,234.00", "1234.00", "GBP"), ("11,215.18 USD", "11215.18", "USD"),
    ("5526.06", "5526.06", None), ("€ 12.480", "12480.00", "EUR"),
])
def test_amounts_with_their_separators_and_currency(text, amount, currency):
    assert parse_amount(text) == (Decimal(amount), currency)


def test_a_negative_amount_is_refused():
    with pytest.raises(ValueError, match="negative"):
        parse_amount("-$120.00")


def test_vin_check_digit():
    assert vin_check_digit_ok("1HGCM82633A004352")
    assert not vin_check_digit_ok("1HGCM82643A004352")
    assert parse_vin("1hgcm82633a004352") == "1HGCM82633A004352"
    with pytest.raises(ValueError, match="check digit"):
        parse_vin("1HGCM82643A004352")


def test_phone_numbers_to_e164():
    assert parse_phone("(415) 555-0134") == "+14155550134"
    assert parse_phone("+44 (0)20 7946 0251") == "+442079460251"
    with pytest.raises(ValueError):
        parse_phone("555-01")
