"""A campaign through the real LiveKit client against the local LiveKit-protocol server:
failures by SIP status land on the call rows, and nobody is dialled twice, also when two people
run the campaign at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from core.calls.campaign import campaign_progress, run_campaign_batch
from core.calls.livekit_client import LiveKitCallClient
from core.calls.service import call_client, list_calls
from tests.core.calls.test_campaign import customers_campaign, phones
from tests.core.helpers import run_concurrently
from tests.factories import make_customer, make_user
from tests.livekit_fake import BAD_NUMBER, BUSY, CARRIER_ERROR, DECLINED, NO_ANSWER, FakeLiveKit

NOW = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[FakeLiveKit]:
    with FakeLiveKit() as fake:
        yield fake


def client_for(server: FakeLiveKit) -> LiveKitCallClient:
    return LiveKitCallClient(url=server.url, api_key=server.api_key,
                             api_secret=server.api_secret, trunk_id="ST_fake",
                             agent_name="claimdesk-agent", caller_number="+15550100000",
                             poll_interval=0.01, ring_timeout=5, timeout=2)


def test_call_client_is_livekit_when_configured(db, settings_env):
    settings_env(CLAIMDESK_LIVEKIT_URL="wss://example.livekit.cloud",
                 CLAIMDESK_LIVEKIT_API_KEY="APIkey", CLAIMDESK_LIVEKIT_API_SECRET="x" * 32,
                 CLAIMDESK_SIP_OUTBOUND_TRUNK_ID="ST_trunk")
    client = call_client()
    assert isinstance(client, LiveKitCallClient) and client.simulated is False


def test_a_livekit_campaign_with_failures_dials_everyone_once(committed_engine, server):
    admin = make_user("admin")
    numbers = phones(24)
    for number, scenario in zip(numbers[::4], (BUSY, NO_ANSWER, DECLINED, BAD_NUMBER,
                                               CARRIER_ERROR, BUSY), strict=True):
        server.set_scenario(number, scenario)
    campaign_id = customers_campaign(admin, [make_customer(phone=p) for p in numbers])
    client = client_for(server)
    outcomes = run_concurrently([
        lambda: run_campaign_batch(campaign_id, now=NOW, client=client, concurrency=8,
                                   rate_per_second=1000, actor=admin) for _ in range(2)],
        timeout=120)
    assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
    assert sorted(server.dials) == sorted(numbers)
    assert set(server.dials.values()) == {1}
    calls = list_calls(actor=admin, campaign_id=campaign_id, page_size=100).items
    status = {c.phone: (c.status, c.sip_status_code) for c in calls}
    assert [status[n] for n in numbers[::4]] == [
        ("busy", 486), ("no_answer", 480), ("declined", 603), ("failed", 404), ("failed", 503),
        ("busy", 486)]
    assert all(status[n][0] == "completed" for n in numbers if n not in numbers[::4])
    assert next(c for c in calls if c.phone == numbers[12]).failure_reason.startswith(
        "Bad number")
    # A restart later retries only the busy, unanswered and failed ones: declined and a number
    # that does not exist end their turn.
    run_campaign_batch(campaign_id, now=NOW + timedelta(minutes=61), client=client,
                       rate_per_second=1000)
    retried = {n for n, count in server.dials.items() if count == 2}
    assert retried == {numbers[0], numbers[4], numbers[16], numbers[20]}
    assert max(server.dials.values()) == 2
    assert campaign_progress(campaign_id).by_status["completed"] == 18


def test_a_product_offer_reaches_the_voice_agent_in_the_dispatch_metadata(db, server):
    from tests.core.calls.offer_helpers import offer_product, started_offer

    admin = make_user("admin")
    product = offer_product(admin, {}, name="Motor Plus", code="MOTOR-PLUS-LK")
    customer = make_customer(name="Ada Offer", phone="+16175550351")
    campaign_id = started_offer(admin, product)
    result = run_campaign_batch(campaign_id, now=NOW, client=client_for(server),
                                rate_per_second=1000)
    [call_id] = result.call_ids
    [metadata] = server.dispatch_metadata().values()
    assert metadata["product"] == {
        "id": product, "code": "MOTOR-PLUS-LK", "name": "Motor Plus", "type": "motor",
        "base_premium": "980.00", "sum_assured_options": ["10000.00", "25000.00"],
        "features": ["Collision", "Courtesy car"]}
    assert (metadata["call_id"], metadata["customer_id"], metadata["purpose"]) == (
        call_id, customer, "product_offer")
    assert metadata["campaign_id"] == campaign_id and metadata["policy_id"] is None
    [dispatch] = server.dispatches
    assert dispatch.agent_name == "claimdesk-agent"


def test_a_single_call_about_a_product_tells_the_agent_too(db, server):
    from core.calls.service import start_call
    from tests.core.calls.offer_helpers import offer_product

    admin = make_user("admin")
    product = offer_product(admin, {}, name="Home Standard")
    customer = make_customer(phone="+16175550352")
    call = start_call(customer, actor=admin, purpose="product_offer", product_id=product,
                      client=client_for(server))
    assert (call.status, call.product_id, call.product_name) == ("completed", product,
                                                                 "Home Standard")
    [metadata] = server.dispatch_metadata().values()
    assert (metadata["product"]["id"], metadata["product"]["name"]) == (product, "Home Standard")
