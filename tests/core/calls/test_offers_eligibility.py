"""Product-offer campaigns: the product's eligibility rules (schema, ages to the day, cities,
holders left out) select whom to call, in SQL, and do-not-call and the rest still apply."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.calls.campaign import campaign_progress, create_campaign, get_campaign
from core.calls.offers import preview_product_offer, years_before
from core.calls.service import list_calls
from core.errors import NotFound, PermissionDenied, ValidationError
from core.policies.products import clean_eligibility, set_product_active
from tests.core.calls.fakes import ScriptedClient, set_customer
from tests.core.calls.offer_helpers import OFFER_DAY, offer_product, set_rules, started_offer
from tests.core.calls.test_campaign import NOON_NY, run
from tests.core.helpers import audit_entries
from tests.factories import make_customer, make_policy, make_user


def born(years: int, days_later: int = 0) -> date:
    """The birthday of someone who turns `years` on OFFER_DAY plus `days_later`."""
    return years_before(OFFER_DAY, years) + timedelta(days=days_later)


@pytest.mark.parametrize(("rules", "clean"), [
    ({}, {}),
    ({"min_age": 25, "max_age": 70}, {"min_age": 25, "max_age": 70}),
    ({"cities": [" New  York ", "Boston", "Boston", ""]}, {"cities": ["New York", "Boston"]}),
    ({"exclude_holders": False, "min_age": 0}, {"exclude_holders": False, "min_age": 0}),
])
def test_eligibility_rules_are_cleaned(rules, clean):
    assert clean_eligibility(rules) == clean


@pytest.mark.parametrize(("rules", "problem"), [
    ([18], "must be a JSON object"),
    ({"min_age": "25"}, "min_age must be a whole number"),
    ({"max_age": 121}, "max_age must be a whole number"),
    ({"min_age": True}, "min_age must be a whole number"),
    ({"min_age": 70, "max_age": 25}, "min_age must not be above max_age"),
    ({"cities": "Boston"}, "cities must be a list"),
    ({"cities": [" "]}, "cities must name at least one city"),
    ({"exclude_holders": "yes"}, "exclude_holders must be true or false"),
    ({"min_ages": 25}, "unknown rule min_ages"),
])
def test_bad_eligibility_rules_are_refused_with_the_reason(rules, problem):
    with pytest.raises(ValidationError) as info:
        clean_eligibility(rules)
    assert list(info.value.errors) == ["eligibility"]
    assert problem in info.value.errors["eligibility"]


def test_a_product_with_bad_rules_is_not_saved(admin):
    with pytest.raises(ValidationError, match="max_age"):
        offer_product(admin, {"max_age": -1}, code="BAD-RULES")
    with pytest.raises(ValidationError, match="unknown rule"):
        offer_product(admin, {"min_age": 18, "town": "Boston"}, code="BAD-RULES")


def test_years_before_turns_29_february_into_28_february():
    assert years_before(date(2024, 2, 29), 1) == date(2023, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)


def test_ages_are_counted_to_the_day_at_both_boundaries(db, admin):
    product = offer_product(admin, {"min_age": 25, "max_age": 70})
    ages = {
        "+16175550201": born(25),  # 25 today: in
        "+16175550202": born(25, days_later=1),  # 25 tomorrow: out
        "+16175550203": born(71, days_later=1),  # 70, 71 tomorrow: in
        "+16175550204": born(71),  # 71 today: out
        "+16175550205": born(40),
    }
    for phone, birthday in ages.items():
        make_customer(phone=phone, date_of_birth=birthday)
    make_customer(phone="+16175550206")  # no date of birth: fails any age rule
    client = ScriptedClient()
    campaign_id = started_offer(admin, product)
    result = run(campaign_id, client)
    assert sorted(client.dials) == ["+16175550201", "+16175550203", "+16175550205"]
    assert result.dialled == 3
    preview = preview_product_offer(product, actor=admin, today=OFFER_DAY)
    assert (preview.matching, preview.to_call) == (3, 3)


def test_a_leap_day_birthday_counts_from_1_march_in_a_common_year(db, admin):
    product = offer_product(admin, {"min_age": 25})
    make_customer(phone="+16175550207", date_of_birth=date(2000, 2, 29))
    assert preview_product_offer(product, actor=admin, today=date(2025, 2, 28)).matching == 0
    assert preview_product_offer(product, actor=admin, today=date(2025, 3, 1)).matching == 1


def test_cities_match_case_insensitively_and_a_customer_without_a_city_is_left_out(db, admin):
    product = offer_product(admin, {"cities": ["Boston", "chicago"]})
    make_customer(phone="+16175550211", city="boston")
    make_customer(phone="+16175550212", city="Chicago")
    make_customer(phone="+16175550213", city="Denver")
    nowhere = make_customer(phone="+16175550214")
    set_customer(nowhere, city=None)
    client = ScriptedClient()
    run(started_offer(admin, product), client)
    assert sorted(client.dials) == ["+16175550211", "+16175550212"]


def test_holders_of_an_active_policy_of_the_product_are_left_out(db, admin):
    product = offer_product(admin, {})
    other = offer_product(admin, {}, name="Home Standard")
    holder = make_customer(phone="+16175550221")
    make_policy(customer_id=holder, product_id=product, today=OFFER_DAY, end_in_days=100)
    lapsed = make_customer(phone="+16175550222")  # held it once: its term is over
    make_policy(customer_id=lapsed, product_id=product, today=OFFER_DAY, end_in_days=-5)
    holds_another = make_customer(phone="+16175550223")
    make_policy(customer_id=holds_another, product_id=other, today=OFFER_DAY, end_in_days=100)
    client = ScriptedClient()
    run(started_offer(admin, product), client)
    assert sorted(client.dials) == ["+16175550222", "+16175550223"]
    # With exclude_holders false the holder is offered it too.
    everyone = offer_product(admin, {"exclude_holders": False})
    assert preview_product_offer(everyone, actor=admin, today=OFFER_DAY).matching == 3


def test_do_not_call_and_the_rest_of_campaign_eligibility_still_apply(db, admin):
    product = offer_product(admin, {"min_age": 18})
    adult = born(30)
    ok = make_customer(phone="+16175550231", date_of_birth=adult)
    dnc = make_customer(phone="+16175550232", date_of_birth=adult)
    set_customer(dnc, do_not_call=True)
    busy = make_customer(phone="+16175550234", date_of_birth=adult)
    phoneless = make_customer(phone="+16175550233", date_of_birth=adult)
    set_customer(phoneless, phone=None)
    preview = preview_product_offer(product, actor=admin, today=OFFER_DAY)
    assert (preview.matching, preview.do_not_call, preview.no_phone, preview.to_call) == (
        4, 1, 1, 2)
    campaign_id = started_offer(admin, product, retry_backoff_minutes=60)
    client = ScriptedClient({"+16175550234": "busy"})
    assert run(campaign_id, client).dialled == 2
    assert run(campaign_id, client, now=NOON_NY + timedelta(minutes=30)).dialled == 0  # back-off
    assert run(campaign_id, client, now=NOON_NY + timedelta(minutes=61)).dialled == 1
    assert client.dials == {"+16175550231": 1, "+16175550234": 2}
    progress = campaign_progress(campaign_id)
    assert progress.skipped == {"do_not_call": 1, "no_phone": 1}
    calls = list_calls(actor=admin, campaign_id=campaign_id).items
    assert {(c.customer_id, c.product_id, c.purpose) for c in calls} == {
        (ok, product, "product_offer"), (busy, product, "product_offer")}
    assert all(c.policy_id is None and c.product_code for c in calls)
    # The voice agent hears which product to offer, with its premium and features.
    offered = {r.metadata["product"]["code"] for r in client.requests}
    assert offered == {calls[0].product_code}
    assert client.requests[0].metadata["product"]["features"] == ["Collision", "Courtesy car"]


def test_rules_are_fixed_when_the_campaign_is_created(db, admin):
    product = offer_product(admin, {"cities": ["Boston"]})
    make_customer(phone="+16175550241", city="Boston")
    make_customer(phone="+16175550242", city="Denver")
    campaign_id = started_offer(admin, product)
    set_rules(product, {"cities": ["Denver"]})
    client = ScriptedClient()
    run(campaign_id, client)
    assert list(client.dials) == ["+16175550241"]
    view = get_campaign(campaign_id, actor=admin)
    assert view.criteria["eligibility"] == {"cities": ["Boston"]}
    assert view.product_id == product and view.product_name == "Motor Plus"
    [created] = audit_entries("campaign_created", campaign_id)
    assert created.details["product_id"] == product
    assert created.details["criteria"]["eligibility"] == {"cities": ["Boston"]}
    [started] = audit_entries("campaign_running", campaign_id)
    assert started.details["product_id"] == product


def test_a_product_offer_is_refused_for_a_bad_product_or_purpose(db, admin):
    product = offer_product(admin, {})
    offer = {"kind": "product_offer", "product_id": product}
    with pytest.raises(ValidationError, match="purpose"):
        create_campaign("Offer", "renewal_reminder", offer, actor=admin)
    with pytest.raises(ValidationError, match="product_id"):
        create_campaign("Offer", "product_offer", {"kind": "product_offer"}, actor=admin)
    with pytest.raises(NotFound):
        create_campaign("Offer", "product_offer", {"kind": "product_offer", "product_id": 999999},
                        actor=admin)
    set_rules(product, {"min_age": "old"})
    with pytest.raises(ValidationError, match="eligibility rules are not valid"):
        create_campaign("Offer", "product_offer", offer, actor=admin)
    set_rules(product, {})
    set_product_active(product, False, actor=admin)
    with pytest.raises(ValidationError, match="not active"):
        create_campaign("Offer", "product_offer", offer, actor=admin)
    assert audit_entries("campaign_created") == []
    with pytest.raises(PermissionDenied):
        create_campaign("Offer", "product_offer", offer, actor=make_user("adjuster"))
