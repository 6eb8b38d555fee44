"""Sample claim records: every field in the normal form of the extraction contract."""

from __future__ import annotations

import random
import re
from datetime import date
from decimal import Decimal

import pytest
from faker import Faker

from core.claims.models import INCIDENT_TYPES
from core.documents.samples import make_claim_record, vin_check_digit
from core.documents.samples.truth import FIELDS
from core.validation import normalize_email, normalize_phone

E164 = re.compile(r"^\+[1-9]\d{7,14}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY = re.compile(r"^\d+\.\d{2}$")
VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def records(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return [make_claim_record(rng, fake) for _ in range(count)]


@pytest.mark.parametrize(("vin", "digit"), [
    ("1HGCM82633A004352", "3"), ("1M8GDM9AXKP042788", "X"), ("11111111111111111", "1"),
])
def test_vin_check_digit_matches_published_examples(vin, digit):
    assert vin_check_digit(vin) == digit


def test_records_hold_exactly_the_contract_fields_in_normal_form():
    for record in records(300):
        assert tuple(record) == FIELDS
        assert record["claim_number"] == record["claim_number"].strip().upper()
        assert record["policy_number"] == " ".join(record["policy_number"].upper().split())
        assert record["claimant_name"] == record["claimant_name"].title()
        assert normalize_email(record["claimant_email"]) == record["claimant_email"]
        assert E164.match(record["claimant_phone"])
        assert normalize_phone(record["claimant_phone"]) == record["claimant_phone"]
        assert record["claimant_address"] == " ".join(record["claimant_address"].split())
        assert ISO_DATE.match(record["date_of_loss"]) and ISO_DATE.match(record["date_reported"])
        assert date.fromisoformat(record["date_of_loss"]) <= date.fromisoformat(
            record["date_reported"])
        assert record["incident_type"] in INCIDENT_TYPES
        assert record["incident_location"] and record["incident_description"]
        assert record["currency"] in ("USD", "EUR", "GBP")
        assert MONEY.match(record["claimed_amount"])
        police = record["police_report_number"]
        assert police is None or police == police.upper()


def test_vins_are_valid_and_only_on_motor_claims():
    motor = [r for r in records(300) if r["vehicle_vin"]]
    assert len(motor) > 30
    for record in records(300):
        vin, vehicle = record["vehicle_vin"], record["vehicle_make_model_year"]
        assert (vin is None) == (vehicle is None)
        if vin:
            assert VIN.match(vin)
            assert vin[8] == vin_check_digit(vin)
            assert re.fullmatch(r".+ (19|20)\d{2}", vehicle)


def test_claimed_amount_is_the_sum_of_the_line_items():
    with_items = 0
    for record in records(300):
        if record["line_items"]:
            with_items += 1
            assert all(set(item) == {"description", "amount"} for item in record["line_items"])
            assert all(MONEY.match(item["amount"]) for item in record["line_items"])
            total = sum(Decimal(item["amount"]) for item in record["line_items"])
            assert Decimal(record["claimed_amount"]) == total
        assert Decimal(record["claimed_amount"]) > 0
    assert 0 < with_items < 300  # some claims are a lump sum


def test_the_corpus_mixes_countries_currencies_and_incident_types():
    sample = records(300)
    assert {r["currency"] for r in sample} == {"USD", "EUR", "GBP"}
    assert len({r["incident_type"] for r in sample}) == len(INCIDENT_TYPES)
    assert any(r["police_report_number"] for r in sample)
    assert any(" " in r["policy_number"] for r in sample)


def test_a_record_can_be_tied_to_an_existing_policy_and_customer():
    customer = {"name": "Dana Miller", "email": "Dana.Miller7@Example.com",
                "phone": "+16175550142", "address": "12 Oak  Street, Boston, MA"}
    record = make_claim_record(random.Random(5), Faker("en_US"), policy_number="pol-2025-000007",
                               claimant=customer, product_type="motor")
    assert record["policy_number"] == "POL-2025-000007"
    assert (record["claimant_name"], record["claimant_email"], record["claimant_phone"],
            record["claimant_address"]) == ("Dana Miller", "dana.miller7@example.com",
                                            "+16175550142", "12 Oak Street, Boston, MA")
    assert record["currency"] == "USD" and record["vehicle_vin"]


def test_the_same_seed_gives_the_same_records():
    assert records(20, seed=9) == records(20, seed=9)
    assert records(20, seed=9) != records(20, seed=10)
