"""Places one outbound call through LiveKit SIP (the only module that imports livekit).

In: a `CallRequest`. Out: a `CallOutcome`, never an exception for a call that failed. One call
is: create a room, dispatch the voice agent into it, dial the customer as a SIP participant,
follow `sip.callStatus` through ListParticipants, delete the room. Failures are read from the
SIP status (486 busy, 480/408 no answer, 603 declined, 404 bad number), never from the Twirp
code, which differs between server versions. A server that is down or slow fails the call at
once: the client's region failover is off so that nobody is dialled twice in one attempt.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import secrets
import time
from collections.abc import Awaitable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

import aiohttp
from google.protobuf.message import DecodeError
from livekit import api
from livekit.protocol.agent_dispatch import CreateAgentDispatchRequest
from livekit.protocol.room import CreateRoomRequest, DeleteRoomRequest, ListParticipantsRequest
from livekit.protocol.sip import CreateSIPParticipantRequest, SIPParticipantInfo

from core.calls.client import CallOutcome, CallRequest, CallResult, CallUpdate, LiveStatus

if TYPE_CHECKING:
    from core.config import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

STATUS_ATTRIBUTE = "sip.callStatus"
_STATUS_ORDER: dict[str, int] = {"dialing": 0, "ringing": 1, "active": 2, "hangup": 3}
# SIP status -> (result, what a person reads before "(SIP nnn)").
SIP_RESULTS: dict[int, tuple[CallResult, str]] = {
    486: ("busy", "the line was busy"),
    600: ("busy", "the line was busy"),
    480: ("no_answer", "nobody answered"),
    408: ("no_answer", "nobody answered"),
    603: ("declined", "the call was declined"),
    404: ("bad_number", "the number does not exist"),
}
_HAS_WAIT_UNTIL_ANSWERED = (
    "wait_until_answered" in CreateSIPParticipantRequest.DESCRIPTOR.fields_by_name
)
# An empty room closes itself after this long, should deleting it ever fail.
ROOM_EMPTY_TIMEOUT_SECONDS = 120


def outcome_for_sip_status(code: int | None, phrase: str | None = None) -> tuple[CallResult, str]:
    """The call result and a readable reason for a SIP status (others are `failed`)."""
    if code in SIP_RESULTS:
        result, text = SIP_RESULTS[code]
        return result, f"{text} (SIP {code})"
    detail = f"SIP {code} {phrase}".strip() if code else "no SIP status"
    return "failed", f"the call failed ({detail})"


class _CallEnded(Exception):
    """Internal: the outcome of a call decided in the middle of placing it."""

    def __init__(self, outcome: CallOutcome) -> None:
        super().__init__(outcome.reason)
        self.outcome = outcome


class LiveKitCallClient:
    """`CallClient` on LiveKit SIP; the API secret is kept out of repr, reasons and logs."""

    simulated = False

    def __init__(self, url: str, api_key: str, api_secret: str, trunk_id: str, agent_name: str,
                 caller_number: str = "", poll_interval: float = 0.5, ring_timeout: float = 60,
                 timeout: float = 10, max_call_seconds: float = 3600) -> None:
        self.url = url
        self._api_key = api_key
        self._api_secret = api_secret
        self.trunk_id = trunk_id
        self.agent_name = agent_name
        self.caller_number = caller_number
        self.poll_interval = poll_interval
        self.ring_timeout = ring_timeout
        self.timeout = timeout
        self.max_call_seconds = max_call_seconds
        parsed = urlparse(url)
        self.host = parsed.hostname or url
        if parsed.port:
            self.host = f"{self.host}:{parsed.port}"

    def __repr__(self) -> str:
        return (f"LiveKitCallClient(url={self.url!r}, trunk_id={self.trunk_id!r}, "
                f"agent_name={self.agent_name!r}, caller_number={self.caller_number!r})")

    async def place_call(self, request: CallRequest, on_update: Any = None) -> CallOutcome:
        """Place one call and follow it to its end; failures come back as the outcome."""
        room_name = f"call-{request.call_id}-{secrets.token_hex(4)}"
        room_created = False
        lk = api.LiveKitAPI(self.url, self._api_key, self._api_secret,
                            timeout=aiohttp.ClientTimeout(total=self.timeout), failover=False)
        try:
            await self._within(lk.room.create_room(CreateRoomRequest(
                name=room_name, empty_timeout=ROOM_EMPTY_TIMEOUT_SECONDS)))
            room_created = True
            await self._within(lk.agent_dispatch.create_dispatch(CreateAgentDispatchRequest(
                agent_name=self.agent_name, room=room_name,
                metadata=json.dumps(self._agent_metadata(request)))))
            outcome = await self._dial_and_follow(lk, request, room_name, on_update)
        except _CallEnded as ended:
            outcome = ended.outcome
        except api.SipCallError as exc:
            result, reason = outcome_for_sip_status(exc.sip_status_code, exc.sip_status)
            outcome = CallOutcome(result, reason, exc.sip_status_code, room_name)
        except api.TwirpError as exc:
            outcome = CallOutcome("failed", self._twirp_reason(exc), room_name=room_name)
        except (TimeoutError, aiohttp.ClientError) as exc:
            outcome = CallOutcome("failed", self._transport_reason(exc), room_name=room_name)
        except DecodeError:
            outcome = CallOutcome("failed", f"LiveKit at {self.host} sent a reply that is not "
                                  "a LiveKit message", room_name=room_name)
        finally:
            if room_created:
                await self._delete_room(lk, room_name)
            await lk.aclose()
        outcome = self._scrubbed(outcome)
        log.info("call %s to room %s: %s (%s)", request.call_id, room_name, outcome.result,
                 outcome.reason)
        return outcome

    def _agent_metadata(self, request: CallRequest) -> dict[str, Any]:
        return {"call_id": request.call_id, "customer_name": request.customer_name,
                "phone": request.phone_e164, "purpose": request.purpose, **request.metadata}

    async def _dial_and_follow(self, lk: api.LiveKitAPI, request: CallRequest, room_name: str,
                               on_update: Any) -> CallOutcome:
        identity = f"sip-{request.call_id}"
        tracker = _StatusTracker(request.call_id, on_update)
        create = CreateSIPParticipantRequest(
            sip_trunk_id=self.trunk_id, sip_call_to=request.phone_e164, room_name=room_name,
            participant_identity=identity, participant_name=request.customer_name,
            sip_number=self.caller_number)
        create.ringing_timeout.seconds = int(self.ring_timeout)
        if _HAS_WAIT_UNTIL_ANSWERED:
            create.wait_until_answered = True
        await tracker.report("dialing")
        # Poll while the dial request waits for an answer, so ringing shows as it happens.
        dial: asyncio.Future[SIPParticipantInfo] | None = asyncio.ensure_future(self._within(
            lk.sip.create_sip_participant(create), self.ring_timeout + self.timeout))
        started = time.monotonic()
        participant_id: str | None = None
        answered_at: float | None = None
        seen = False
        try:
            while True:
                if dial is not None and dial.done():
                    info = dial.result()  # raises SipCallError / TwirpError / transport errors
                    participant_id, dial = info.participant_id, None
                    if _HAS_WAIT_UNTIL_ANSWERED:
                        await tracker.report("active")
                status = await self._read_status(lk, room_name, identity)
                if status is not None:
                    seen = True
                    await tracker.report(status)
                if answered_at is None and tracker.rank >= _STATUS_ORDER["active"]:
                    answered_at = time.monotonic()
                if status == "hangup" or (status is None and (seen or dial is None)):
                    if dial is not None:
                        # Gone while the dial is pending: its reply carries the SIP status.
                        participant_id, dial = (await dial).participant_id, None
                        if _HAS_WAIT_UNTIL_ANSWERED and answered_at is None:
                            answered_at = time.monotonic()  # answered, and already gone
                    break
                waited = time.monotonic() - started
                if answered_at is None and waited > self.ring_timeout + 5:
                    raise _CallEnded(CallOutcome(
                        "no_answer", f"nobody answered within {self.ring_timeout:g} s",
                        room_name=room_name))
                if answered_at is not None and time.monotonic() - answered_at > \
                        self.max_call_seconds:
                    break
                await asyncio.sleep(self.poll_interval)
        finally:
            if dial is not None and not dial.done():
                dial.cancel()
        await tracker.report("hangup")
        if answered_at is None:
            return CallOutcome("no_answer", "the call ended before it was answered",
                               room_name=room_name, participant_id=participant_id)
        duration = int(round(time.monotonic() - answered_at))
        return CallOutcome("completed", f"the call was answered and lasted {duration} s",
                           room_name=room_name, participant_id=participant_id, answered=True,
                           duration_seconds=duration)

    async def _read_status(self, lk: api.LiveKitAPI, room_name: str,
                           identity: str) -> LiveStatus | None:
        """The participant's sip.callStatus, or None when it is not (or no longer) in the room."""
        listing = await self._within(
            lk.room.list_participants(ListParticipantsRequest(room=room_name)))
        for participant in listing.participants:
            if participant.identity == identity:
                value = participant.attributes.get(STATUS_ATTRIBUTE, "dialing")
                return value if value in _STATUS_ORDER else "dialing"  # type: ignore[return-value]
        return None

    async def _delete_room(self, lk: api.LiveKitAPI, room_name: str) -> None:
        try:
            await self._within(lk.room.delete_room(DeleteRoomRequest(room=room_name)))
        except (TimeoutError, api.TwirpError, aiohttp.ClientError) as exc:
            # The room closes itself once empty (empty_timeout); the call's outcome stands.
            log.warning("could not delete LiveKit room %s: %s", room_name,
                        self._scrub(str(exc) or type(exc).__name__))

    async def _within(self, request: Awaitable[T], seconds: float | None = None) -> T:
        # livekit-api passes timeout=None per request, which switches off the session's
        # timeout in aiohttp; without this a silent server would hang the call for ever.
        return await asyncio.wait_for(request, self.timeout if seconds is None else seconds)

    def _twirp_reason(self, exc: api.TwirpError) -> str:
        hint = {
            "unauthenticated": " (check LIVEKIT_API_KEY and LIVEKIT_API_SECRET)",
            "permission_denied": " (the API key lacks a needed permission)",
            "not_found": " (check SIP_OUTBOUND_TRUNK_ID and LIVEKIT_AGENT_NAME)",
        }.get(exc.code, "")
        message = f": {exc.message}" if exc.message else ""
        return f"LiveKit refused the request: {exc.code}{message}{hint}"

    def _transport_reason(self, exc: BaseException) -> str:
        if isinstance(exc, asyncio.TimeoutError):
            detail = f"no reply within {self.timeout:g} s"
        else:
            detail = str(exc) or type(exc).__name__
        return f"LiveKit did not answer at {self.host}: {detail}"

    def _scrub(self, text: str) -> str:
        for secret in (self._api_secret, self._api_key):
            if secret:
                text = text.replace(secret, "***")
        return text

    def _scrubbed(self, outcome: CallOutcome) -> CallOutcome:
        return replace(outcome, reason=self._scrub(outcome.reason))


class _StatusTracker:
    """Reports each forward change of the live status once, in order, to `on_update`."""

    def __init__(self, call_id: int, on_update: Any) -> None:
        self.call_id = call_id
        self.on_update = on_update
        self.rank = -1

    async def report(self, status: LiveStatus) -> None:
        rank = _STATUS_ORDER[status]
        if rank <= self.rank:
            return
        self.rank = rank
        if self.on_update is None:
            return
        try:
            result = self.on_update(CallUpdate(self.call_id, status))
            if inspect.isawaitable(result):
                await result
        except Exception:  # a broken progress display must not abandon a ringing call
            log.exception("on_update failed for call %s", self.call_id)


def make_livekit_client(settings: Settings) -> LiveKitCallClient:
    """The LiveKit call client from the settings (`settings.livekit_configured` must hold)."""
    return LiveKitCallClient(
        url=settings.livekit_url, api_key=settings.livekit_api_key,
        api_secret=settings.livekit_api_secret, trunk_id=settings.sip_outbound_trunk_id,
        agent_name=settings.livekit_agent_name, caller_number=settings.sip_caller_number)
