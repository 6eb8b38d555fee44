"""The LiveKit call client driving the real livekit-api client against a local LiveKit server."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from core.calls.client import CallOutcome, CallRequest, CallUpdate
from core.calls.livekit_client import LiveKitCallClient, make_livekit_client
from core.config import load_settings
from tests.livekit_fake import (
    BAD_NUMBER,
    BUSY,
    CARRIER_ERROR,
    DECLINED,
    NO_ANSWER,
    TIMEOUT_NO_ANSWER,
    FakeLiveKit,
    Scenario,
    free_port,
)

PHONE = "+15550100101"


@pytest.fixture
def server() -> Iterator[FakeLiveKit]:
    with FakeLiveKit() as fake:
        yield fake


def make_client(server: FakeLiveKit, **overrides: Any) -> LiveKitCallClient:
    options: dict[str, Any] = dict(
        url=server.url, api_key=server.api_key, api_secret=server.api_secret,
        trunk_id="ST_fake", agent_name="claimdesk-agent", caller_number="+15550100000",
        poll_interval=0.01, ring_timeout=5, timeout=2)
    options.update(overrides)
    return LiveKitCallClient(**options)


def place(client: LiveKitCallClient, phone: str = PHONE,
          updates: list[CallUpdate] | None = None) -> CallOutcome:
    request = CallRequest(call_id=7, phone_e164=phone, customer_name="Ada Lovelace",
                          purpose="renewal_reminder", metadata={"policy": "POL-1"})
    return asyncio.run(client.place_call(request, None if updates is None else updates.append))


def test_answered_call_reports_each_status_in_order_and_deletes_the_room(server):
    server.set_scenario(PHONE, Scenario(ring_seconds=0.2, active_polls=3))
    updates: list[CallUpdate] = []
    outcome = place(make_client(server), updates=updates)
    assert outcome.result == "completed" and outcome.answered
    assert outcome.duration_seconds == 0 and outcome.participant_id
    assert [u.status for u in updates] == ["dialing", "ringing", "active", "hangup"]
    assert {u.call_id for u in updates} == {7}
    assert server.rooms_deleted == server.rooms_created == [outcome.room_name]
    assert outcome.room_name.startswith("call-7-")
    (sip,) = server.calls_to("CreateSIPParticipant")
    assert (sip.sip_trunk_id, sip.sip_call_to, sip.sip_number) == ("ST_fake", PHONE,
                                                                  "+15550100000")
    assert sip.room_name == outcome.room_name and sip.wait_until_answered
    (dispatch,) = server.dispatches
    assert dispatch.agent_name == "claimdesk-agent"
    assert json.loads(dispatch.metadata) == {
        "call_id": 7, "customer_name": "Ada Lovelace", "phone": PHONE,
        "purpose": "renewal_reminder", "policy": "POL-1"}


def test_an_async_progress_callback_is_awaited(server):
    seen: list[str] = []

    async def on_update(update: CallUpdate) -> None:
        seen.append(update.status)

    request = CallRequest(1, PHONE, "Ada", "claim_follow_up")
    outcome = asyncio.run(make_client(server).place_call(request, on_update))
    assert outcome.result == "completed" and seen[0] == "dialing" and seen[-1] == "hangup"


@pytest.mark.parametrize("scenario, result, reason", [
    (BUSY, "busy", "the line was busy (SIP 486)"),
    (NO_ANSWER, "no_answer", "nobody answered (SIP 480)"),
    (TIMEOUT_NO_ANSWER, "no_answer", "nobody answered (SIP 408)"),
    (DECLINED, "declined", "the call was declined (SIP 603)"),
    (BAD_NUMBER, "bad_number", "the number does not exist (SIP 404)"),
    (CARRIER_ERROR, "failed", "the call failed (SIP 503 Service Unavailable)"),
])
def test_failures_are_read_from_the_sip_status(server, scenario, result, reason):
    server.set_scenario(PHONE, scenario)
    outcome = place(make_client(server))
    assert (outcome.result, outcome.reason) == (result, reason)
    assert outcome.sip_status_code == int(reason.split("SIP ")[1][:3])
    assert server.dials[PHONE] == 1
    assert server.rooms_deleted == server.rooms_created


def test_busy_and_no_answer_map_by_sip_status_whatever_twirp_code_they_come_under(server):
    server.set_scenario("+15550100102", Scenario(486, "unavailable", "Busy Here"))
    server.set_scenario("+15550100103", Scenario(480, "resource_exhausted", "Unavailable"))
    client = make_client(server)
    assert place(client, "+15550100102").result == "busy"
    assert place(client, "+15550100103").result == "no_answer"


def test_an_unknown_trunk_fails_with_a_reason_naming_the_setting(server):
    outcome = place(make_client(server, trunk_id="ST_missing"))
    assert outcome.result == "failed" and outcome.sip_status_code is None
    assert "not_found" in outcome.reason and "SIP_OUTBOUND_TRUNK_ID" in outcome.reason
    assert server.rooms_deleted == server.rooms_created and not server.dials


def test_a_wrong_secret_fails_without_showing_the_key_or_secret(server):
    wrong = "wrong-secret-do-not-show-987-0123456789abcdef"
    client = make_client(server, api_secret=wrong)
    outcome = place(client)
    assert outcome.result == "failed" and "unauthenticated" in outcome.reason
    assert "LIVEKIT_API_SECRET" in outcome.reason
    for text in (outcome.reason, repr(client), repr(outcome)):
        assert wrong not in text and server.api_secret not in text
        assert server.api_key not in text
    assert not server.dials


def test_a_server_that_is_down_fails_at_once_with_the_host(server):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    outcome = place(make_client(server, url=url))
    assert time.monotonic() - started < 2
    assert outcome.result == "failed"
    assert outcome.reason.startswith(f"LiveKit did not answer at {url[7:]}:")
    assert server.api_secret not in outcome.reason


def test_a_server_stopped_mid_campaign_fails_the_next_call(server):
    client = make_client(server)
    assert place(client).result == "completed"
    server.stop()
    outcome = place(client)
    assert outcome.result == "failed" and "LiveKit did not answer" in outcome.reason


def test_a_slow_server_fails_quickly_after_one_attempt(server):
    server.delay = 1.5
    started = time.monotonic()
    outcome = place(make_client(server, timeout=0.3))
    elapsed = time.monotonic() - started
    assert outcome.result == "failed" and "no reply within 0.3 s" in outcome.reason
    assert elapsed < 1.5
    assert len(server.calls_to("CreateRoom")) == 1 and not server.dials


def test_a_dial_that_hangs_is_given_up_after_the_ring_window_and_not_redialled(server):
    server.set_scenario(PHONE, Scenario(dial_delay=10))
    started = time.monotonic()
    outcome = place(make_client(server, ring_timeout=1, timeout=0.5))
    assert time.monotonic() - started < 6
    assert outcome.result == "failed" and "LiveKit did not answer" in outcome.reason
    assert server.dials[PHONE] == 1
    assert server.rooms_deleted == server.rooms_created


def test_secrets_stay_out_of_repr_and_settings(tmp_path):
    client = LiveKitCallClient("wss://x.livekit.cloud", "APIkey123", "s3cr3t-value", "ST_a",
                               "agent")
    assert "s3cr3t-value" not in repr(client) and "APIkey123" not in repr(client)
    settings = load_settings({
        "LIVEKIT_URL": "wss://x.livekit.cloud", "LIVEKIT_API_KEY": "APIkey123",
        "LIVEKIT_API_SECRET": "s3cr3t-value", "SIP_OUTBOUND_TRUNK_ID": "ST_a",
        "SIP_CALLER_NUMBER": "+15550100000", "CLAIMDESK_MODE": "demo"},
        secrets_file=tmp_path / "absent.toml")
    assert settings.livekit_configured and "s3cr3t-value" not in repr(settings)
    made = make_livekit_client(settings)
    assert (made.trunk_id, made.agent_name, made.caller_number) == (
        "ST_a", "claimdesk-agent", "+15550100000")


def test_concurrent_calls_with_a_server_outage_mid_run_dial_nobody_twice(server):
    phones = [f"+1555030{i:04d}" for i in range(40)]
    for phone in phones[::5]:
        server.set_scenario(phone, BUSY)
    client = make_client(server, timeout=0.5)

    async def run() -> list[CallOutcome]:
        gate = asyncio.Semaphore(8)

        async def one(i: int, phone: str) -> CallOutcome:
            async with gate:
                if i == 20:
                    await asyncio.to_thread(server.stop)  # the server goes down mid-run
                return await client.place_call(CallRequest(i, phone, f"C{i}", "renewal"))

        return await asyncio.gather(*(one(i, p) for i, p in enumerate(phones)))

    outcomes = asyncio.run(run())
    assert all(n == 1 for n in server.dials.values())
    assert any(o.result == "busy" for o in outcomes) and any(
        o.reason.startswith("LiveKit did not answer") for o in outcomes)
    assert sum(o.result == "completed" for o in outcomes) <= len(server.dials)


def test_without_wait_until_answered_the_status_is_followed_by_polling(server, monkeypatch):
    import core.calls.livekit_client as module

    monkeypatch.setattr(module, "_HAS_WAIT_UNTIL_ANSWERED", False)
    server.set_scenario(PHONE, Scenario(ring_seconds=0.2, active_polls=2))
    updates: list[CallUpdate] = []
    outcome = place(make_client(server), updates=updates)
    assert outcome.result == "completed" and outcome.answered
    assert [u.status for u in updates] == ["dialing", "ringing", "active", "hangup"]
    assert not server.calls_to("CreateSIPParticipant")[0].wait_until_answered


def test_the_fake_checks_grants_and_speaks_json_too(server):
    import aiohttp
    from livekit.api import AccessToken, VideoGrants

    async def post(token: str, content_type: str, body: bytes) -> tuple[int, Any]:
        async with aiohttp.ClientSession() as session, session.post(
                f"{server.url}/twirp/livekit.RoomService/CreateRoom", data=body,
                headers={"Authorization": f"Bearer {token}",
                         "Content-Type": content_type}) as resp:
            return resp.status, await resp.json(content_type=None)

    def token(grants: VideoGrants) -> str:
        return AccessToken(server.api_key, server.api_secret).with_grants(grants).to_jwt()

    no_grant = asyncio.run(post(token(VideoGrants(room_list=True)), "application/json",
                                b'{"name": "r1"}'))
    assert no_grant == (403, {"code": "permission_denied",
                              "msg": "the token lacks the grant for RoomService/CreateRoom",
                              "meta": {}})
    status, room = asyncio.run(post(token(VideoGrants(room_create=True)), "application/json",
                                    b'{"name": "r1"}'))
    assert status == 200 and room["name"] == "r1"
