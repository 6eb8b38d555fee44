"""Customers: normalised contact details, validation, deletion rules, lists and search."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from core.errors import Conflict, NotFound, ValidationError
from core.policies.customers import (
    create_customer,
    delete_customer,
    get_customer,
    list_cities,
    list_customers,
    update_customer,
)
from core.policies.schemas import CustomerInput
from tests.core.helpers import audit_entries, captured_sql
from tests.factories import make_customer, make_policy

ANA = CustomerInput(name="  Ana   Lopez ", phone="(415) 555-0134", email="Ana.Lopez@Example.COM",
                    city=" San Francisco ", timezone="America/Los_Angeles",
                    call_window_start=time(9), call_window_end=time(17))


def test_create_customer_normalises_contact_details(admin):
    view = create_customer(ANA, actor=admin)
    assert view.name == "Ana Lopez"
    assert view.phone == "+14155550134"
    assert view.email == "ana.lopez@example.com"
    assert view.city == "San Francisco"
    assert (view.call_window_start, view.call_window_end) == (time(9), time(17))
    assert view.code == f"CUS-{view.id:06d}"
    assert get_customer(view.id, actor=admin) == view
    [entry] = audit_entries("customer_created", view.id, entity_type="customer")
    assert entry.details == {"code": view.code}


def test_a_given_code_is_upper_cased_and_unique(admin):
    assert create_customer(replace(ANA, code="vip-7"), actor=admin).code == "VIP-7"
    with pytest.raises(Conflict):
        create_customer(replace(ANA, code="VIP-7"), actor=admin)
    with pytest.raises(ValidationError) as info:
        create_customer(replace(ANA, code="x!"), actor=admin)
    assert list(info.value.errors) == ["code"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"phone": "12"}, "phone"), ({"phone": "not a number"}, "phone"),
     ({"email": "ana@"}, "email"), ({"email": "no-at-sign"}, "email"),
     ({"timezone": "Mars/Olympus_Mons"}, "timezone"), ({"name": "   "}, "name"),
     ({"call_window_end": None}, "call_window"),
     ({"call_window_start": None}, "call_window"),
     ({"call_window_start": time(17), "call_window_end": time(9)}, "call_window"),
     ({"call_window_start": time(9), "call_window_end": time(9)}, "call_window")],
)
def test_invalid_input_names_the_field(admin, changes, field):
    with pytest.raises(ValidationError) as info:
        create_customer(replace(ANA, **changes), actor=admin)
    assert list(info.value.errors) == [field]
    assert field in str(info.value)
    assert list_customers(actor=admin).total == 0


def test_optional_contact_details_may_be_left_out(admin):
    view = create_customer(CustomerInput(name="No Contact", phone="  ", email=""), actor=admin)
    assert (view.phone, view.email, view.timezone) == (None, None, "UTC")
    assert (view.call_window_start, view.call_window_end) == (None, None)


def test_update_customer_revalidates_keeps_the_code_and_audits(admin):
    view = create_customer(ANA, actor=admin)
    updated = update_customer(view.id, replace(ANA, phone="+1 212 555 0100", city="New York"),
                              actor=admin)
    assert (updated.code, updated.phone, updated.city) == (view.code, "+12125550100", "New York")
    [entry] = audit_entries("customer_updated", view.id, entity_type="customer")
    assert entry.details == {"phone": {"old": "+14155550134", "new": "+12125550100"},
                             "city": {"old": "San Francisco", "new": "New York"}}
    with pytest.raises(ValidationError):
        update_customer(view.id, replace(ANA, phone="12"), actor=admin)
    assert get_customer(view.id, actor=admin).phone == "+12125550100"


def test_customer_with_policies_cannot_be_deleted(admin):
    customer_id = make_customer()
    make_policy(customer_id=customer_id)
    with pytest.raises(Conflict, match="1 policy"):
        delete_customer(customer_id, actor=admin)
    assert get_customer(customer_id, actor=admin).policy_count == 1


def test_customer_without_policies_is_deleted_and_audited(admin):
    keep, gone = make_customer(name="Keep Me"), make_customer(name="Delete Me")
    delete_customer(gone, actor=admin)
    with pytest.raises(NotFound):
        get_customer(gone, actor=admin)
    assert [c.id for c in list_customers(actor=admin).items] == [keep]
    [entry] = audit_entries("customer_deleted", gone, entity_type="customer")
    assert entry.details["name"] == "Delete Me"


def test_list_by_city_ignores_case_and_counts_policies(admin):
    boston = make_customer(name="Bo Ston", city="Boston")
    make_customer(name="Chi Cago", city="Chicago")
    make_policy(customer_id=boston)
    make_policy(customer_id=boston)
    page = list_customers(actor=admin, city=" boston ")
    assert [(c.id, c.policy_count) for c in page.items] == [(boston, 2)]
    assert list_cities(actor=admin) == ["Boston", "Chicago"]


def test_search_by_name_code_and_phone_digits(admin):
    ana = create_customer(ANA, actor=admin).id
    vip = make_customer(name="Victor Ip", code="VIP-001", phone="+16175550123")
    other = make_customer(name="Olga Berg", phone="+13125550188")

    def found(term: str) -> list[int]:
        return [c.id for c in list_customers(actor=admin, search=term).items]

    assert found("LOPEZ") == [ana]
    assert found("vip-0") == [vip]
    assert found("(415) 555-0134") == [ana]
    assert found("555-0188") == [other]
    assert found("555") == [ana, other, vip]
    # Fewer than three digits are not a phone search.
    assert found("55") == []


def test_pagination_pages_totals_and_order(admin):
    names = ["Gus", "Cleo", "Ava", "Finn", "Bea", "Eli", "Dov"]
    for name in names:
        make_customer(name=name)
    pages = [list_customers(actor=admin, page=n, page_size=3) for n in (1, 2, 3)]
    assert [p.total for p in pages] == [7, 7, 7]
    assert [p.pages for p in pages] == [3, 3, 3]
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert [c.name for p in pages for c in p.items] == sorted(names)
    beyond = list_customers(actor=admin, page=4, page_size=3)
    assert (beyond.items, beyond.total) == ([], 7)
    assert list_customers(actor=admin, page_size=10).pages == 1


def test_same_names_are_ordered_by_id(admin):
    ids = [make_customer(name="Sam Same") for _ in range(3)]
    assert [c.id for c in list_customers(actor=admin, page_size=2).items] == ids[:2]
    assert [c.id for c in list_customers(actor=admin, page=2, page_size=2).items] == ids[2:]


def test_pagination_is_done_in_sql(admin):
    for n in range(5):
        make_customer(name=f"Customer {n}")
    with captured_sql() as statements:
        page = list_customers(actor=admin, page=2, page_size=2)
    assert [c.name for c in page.items] == ["Customer 2", "Customer 3"]
    counts = [s for s in statements if s.startswith("SELECT COUNT(*)")]
    [listing] = [s for s in statements if s.startswith("SELECT CUSTOMERS.ID")]
    assert len(counts) == 1 and "FROM CUSTOMERS" in counts[0]
    assert "LIMIT" in listing and "OFFSET" in listing
