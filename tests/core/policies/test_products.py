"""Products: created, updated, listed and deactivated by admins; never deleted."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from core.errors import Conflict, NotFound, ValidationError
from core.policies.products import (
    create_product,
    get_product,
    list_products,
    set_product_active,
    update_product,
)
from core.policies.schemas import ProductInput
from tests.core.helpers import audit_entries

HOME = ProductInput(code="home-basic", name=" Home Basic ", product_type="home",
                    base_premium="350", sum_assured_options=["300000", 150000, "50000.5"],
                    features=[" Fire ", "", "Storm"], eligibility={"min_age": 18})


def test_create_product_normalises_its_input(admin):
    view = create_product(HOME, actor=admin)
    assert (view.code, view.name, view.product_type, view.active) == (
        "HOME-BASIC", "Home Basic", "home", True)
    assert view.base_premium == Decimal("350.00")
    assert view.sum_assured_options == [Decimal("50000.50"), Decimal("150000.00"),
                                        Decimal("300000.00")]
    assert view.features == ["Fire", "Storm"]
    assert view.eligibility == {"min_age": 18}
    assert get_product(view.id, actor=admin) == view
    [entry] = audit_entries("product_created", view.id)
    assert entry.details == {"code": "HOME-BASIC"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"base_premium": "abc"}, "base_premium"), ({"base_premium": "0"}, "base_premium"),
     ({"base_premium": "-10"}, "base_premium"), ({"product_type": "boat"}, "product_type"),
     ({"code": "  "}, "code"), ({"name": ""}, "name"),
     ({"sum_assured_options": ["1000", "lots"]}, "sum_assured_options"),
     ({"sum_assured_options": ["-5"]}, "sum_assured_options")],
)
def test_create_product_validation_names_the_field(admin, changes, field):
    with pytest.raises(ValidationError) as info:
        create_product(replace(HOME, **changes), actor=admin)
    assert list(info.value.errors) == [field]
    assert list_products(actor=admin).total == 0


def test_product_codes_are_unique_whatever_the_case(admin):
    create_product(HOME, actor=admin)
    with pytest.raises(Conflict):
        create_product(replace(HOME, code="HOME-BASIC", name="Other"), actor=admin)
    assert list_products(actor=admin).total == 1


def test_update_product_replaces_fields_and_audits_changes(admin):
    view = create_product(HOME, actor=admin)
    updated = update_product(view.id, replace(HOME, base_premium="399.99",
                                              sum_assured_options=["100000"]), actor=admin)
    assert updated.base_premium == Decimal("399.99")
    assert updated.sum_assured_options == [Decimal("100000.00")]
    assert get_product(view.id, actor=admin) == updated
    [entry] = audit_entries("product_updated", view.id)
    assert entry.details["base_premium"] == {"old": "350.00", "new": "399.99"}
    assert set(entry.details) == {"base_premium", "sum_assured_options"}


def test_update_product_keeps_its_own_code_but_not_another_products(admin):
    home = create_product(HOME, actor=admin)
    motor = create_product(replace(HOME, code="MOTOR-1", product_type="motor"), actor=admin)
    assert update_product(home.id, replace(HOME, name="Renamed"), actor=admin).name == "Renamed"
    with pytest.raises(Conflict):
        update_product(motor.id, replace(HOME, code="home-basic"), actor=admin)
    assert get_product(motor.id, actor=admin).code == "MOTOR-1"
    with pytest.raises(NotFound):
        update_product(motor.id + 1000, HOME, actor=admin)


def test_list_products_by_type_and_active_flag_ordered_by_code(admin):
    codes = {"M-2": "motor", "H-1": "home", "M-1": "motor", "T-1": "travel"}
    ids = {code: create_product(replace(HOME, code=code, product_type=ptype), actor=admin).id
           for code, ptype in codes.items()}
    assert [p.code for p in list_products(actor=admin).items] == ["H-1", "M-1", "M-2", "T-1"]
    assert [p.code for p in list_products(actor=admin, product_type="motor").items] == [
        "M-1", "M-2"]
    set_product_active(ids["M-1"], False, actor=admin)
    assert [p.code for p in list_products(actor=admin, product_type="motor",
                                          active=True).items] == ["M-2"]
    assert [p.code for p in list_products(actor=admin, active=False).items] == ["M-1"]


def test_deactivated_product_is_kept_and_can_be_reactivated(admin):
    view = create_product(HOME, actor=admin)
    assert set_product_active(view.id, False, actor=admin).active is False
    assert get_product(view.id, actor=admin).active is False
    assert list_products(actor=admin).total == 1
    assert set_product_active(view.id, True, actor=admin).active is True
    assert [e.action for e in audit_entries(entity_id=view.id, entity_type="product")] == [
        "product_created", "product_deactivated", "product_activated"]
