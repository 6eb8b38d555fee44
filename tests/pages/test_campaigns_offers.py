"""Product offers on the Campaigns and Calls pages in demo mode: choose a product, see how many
customers its rules select, run the campaign, read the interest per product; the product on a
call's outcome and in the call list."""

from __future__ import annotations

from datetime import date

import pytest

from core.calls.campaign import campaign_progress, list_campaigns
from core.calls.offers import preview_product_offer, product_offer_summary
from core.calls.service import list_calls, start_call
from core.calls.simulated import SimulatedCallClient
from core.policies.products import create_product, list_products
from core.policies.schemas import ProductInput
from tests.factories import make_customer
from tests.pages.conftest import demo_user, fill, log_in, texts
from tests.pages.test_calls import CALLS, CAMPAIGNS, fast_calls  # noqa: F401 (a fixture used by name)

OFFER = "Customers eligible for a product (product offer)"


def town_product() -> int:
    """A product offered only in Testville, where three new customers live (no call window)."""
    product = create_product(ProductInput(
        code="PET-TOWN", name="Pet Cover", product_type="home", base_premium="120",
        sum_assured_options=["5000"], features=["Vet bills"],
        eligibility={"cities": ["Testville"], "min_age": 18}), actor=demo_user("admin")).id
    for digit in (4, 5, 0):  # simulated: interested, interested, busy
        make_customer(name=f"Town {digit}", city="Testville", phone=f"+1617555031{digit}",
                      date_of_birth=date(1980, 1, 1))
    return product


def frame_with(at, column: str):  # type: ignore[no-untyped-def]
    """The first table on the page that has `column`."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


@pytest.mark.usefixtures("fast_calls")
def test_a_product_offer_campaign_runs_and_shows_interest_per_product(app, demo_db):
    product = town_product()
    agent = demo_user("agent")
    at = log_in(app, "agent", CAMPAIGNS)
    at.radio(key="campaigns.kind").set_value(OFFER).run()
    at.selectbox(key="campaigns.product").set_value(product).run()
    assert not at.exception
    preview = preview_product_offer(product, actor=agent)
    assert preview.to_call == 3
    assert any(t.startswith("**3** customers would be called") and "in Testville" in t
               for t in texts(at.info))
    fill(at.form(key="campaigns.new.0"), {"Name": "Pet Cover in Testville"})
    at.button(key="campaigns.create").click().run()
    assert not at.exception and not at.error
    assert texts(at.success) == ["Created campaign Pet Cover in Testville."]
    campaign = next(c for c in list_campaigns(actor=agent) if c.name == "Pet Cover in Testville")
    assert (campaign.purpose, campaign.product_id) == ("product_offer", product)
    at.selectbox(key="campaigns.selected").set_value(campaign.id).run()
    at.button(key="campaigns.start").click().run()
    at.button(key="campaigns.run").click().run()
    assert not at.exception and not at.error
    assert campaign_progress(campaign.id).by_status == {"completed": 2, "busy": 1}
    [row] = product_offer_summary(actor=agent, campaign_id=campaign.id)
    assert (row.calls, row.answered, row.interested) == (3, 2, 2)
    shown = frame_with(at, "interested").set_index("product_code")
    assert shown.loc["PET-TOWN", "interested"] == 2
    assert shown.loc["PET-TOWN", "calls"] == 3
    assert any("offer of Pet Cover" in c for c in texts(at.caption))


def test_a_product_offer_needs_a_product(app, demo_db):
    at = log_in(app, "agent", CAMPAIGNS)
    at.radio(key="campaigns.kind").set_value(OFFER).run()
    fill(at.form(key="campaigns.new.0"), {"Name": "No product"})
    at.button(key="campaigns.create").click().run()
    assert not at.exception
    assert any("choose the product to offer" in e for e in texts(at.error))
    assert not [c for c in list_campaigns(actor=demo_user("agent")) if c.name == "No product"]


def test_the_demo_offer_shows_in_the_per_product_table(app, demo_db):
    at = log_in(app, "admin", CAMPAIGNS)
    assert not at.exception
    shown = frame_with(at, "converted").set_index("product_code")
    assert shown.loc["MOTOR-PLUS", "interested"] > 0
    assert shown.loc["MOTOR-PLUS", "converted"] == 3


@pytest.mark.usefixtures("fast_calls")
def test_a_call_about_a_product_and_its_outcome_on_the_calls_page(app, demo_db):
    agent = demo_user("agent")
    products = {p.code: p.id for p in list_products(actor=agent, page_size=100).items}
    customer = make_customer(name="Offer Caller", phone="+16175550324")
    at = log_in(app, "agent", CALLS)
    at.selectbox(key="calls.customer").set_value(customer).run()
    at.selectbox(key="calls.purpose").set_value("product_offer").run()
    at.selectbox(key="calls.offer").set_value(products["LIFE-TERM"]).run()
    at.button(key="calls.start").click().run()
    assert not at.exception and not at.error
    [call] = list_calls(actor=agent, customer_id=customer).items
    assert (call.product_code, call.outcome) == ("LIFE-TERM", "interested")
    rows = frame_with(at, "product_code")
    assert rows[rows["id"] == call.id]["product_code"].tolist() == ["LIFE-TERM"]
    # Staff record that the customer was rather interested in travel cover.
    at.selectbox(key="calls.pick").set_value(call.id).run()
    form = at.form(key=f"calls.outcome.{call.id}")
    form.selectbox(key=f"calls.product.{call.id}").set_value(products["TRAVEL-WW"])
    at.button(key="calls.save_outcome").click().run()
    assert not at.exception and not at.error
    [saved] = list_calls(actor=agent, customer_id=customer).items
    assert (saved.product_code, saved.outcome) == ("TRAVEL-WW", "interested")
    at.selectbox(key="calls.f.product").set_value(products["TRAVEL-WW"]).run()
    assert frame_with(at, "product_code")["id"].tolist() == [call.id]


def test_the_call_button_message_names_the_product(demo_db):
    agent = demo_user("agent")
    from pages.components.calls import call_message

    product = next(p for p in list_products(actor=agent).items if p.code == "HOME-STD")
    customer = make_customer(phone="+16175550325")
    call = start_call(customer, actor=agent, purpose="product_offer", product_id=product.id,
                      client=SimulatedCallClient(step_seconds=0))
    assert call_message(call).startswith(f"Call {call.id} to Jane Doe about Home Standard: ")
