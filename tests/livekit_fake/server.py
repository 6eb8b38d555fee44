"""A local LiveKit server for tests: Twirp over HTTP with protobuf bodies, as livekit-api sends.

It serves the five methods a ClaimDesk call uses, checks the bearer JWT (HS256 with the API
secret, the grant each method needs, as livekit-api puts them in its tokens), answers errors
the way Twirp does (JSON `{"code","msg","meta"}`, `meta.sip_status_code` a string, the HTTP
status of the code) and plays a scenario per dialled number. It records every request and
every dial, so tests can check that nobody was dialled twice.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from google.protobuf import json_format
from google.protobuf.message import Message
from livekit.protocol.agent_dispatch import AgentDispatch, CreateAgentDispatchRequest
from livekit.protocol.models import ParticipantInfo, Room
from livekit.protocol.room import (
    CreateRoomRequest,
    DeleteRoomRequest,
    DeleteRoomResponse,
    ListParticipantsRequest,
    ListParticipantsResponse,
)
from livekit.protocol.sip import CreateSIPParticipantRequest, SIPParticipantInfo

# The HTTP status Twirp sends for each error code.
TWIRP_STATUS = {
    "canceled": 408, "unknown": 500, "invalid_argument": 400, "malformed": 400,
    "deadline_exceeded": 408, "not_found": 404, "bad_route": 404, "already_exists": 409,
    "permission_denied": 403, "unauthenticated": 401, "resource_exhausted": 429,
    "failed_precondition": 412, "aborted": 409, "out_of_range": 400, "unimplemented": 501,
    "internal": 500, "unavailable": 503, "dataloss": 500,
}


@dataclass
class Scenario:
    """What happens when a number is dialled.

    `sip_code` None: the call is answered after `ring_seconds` (dialing for the first half,
    ringing for the second), stays active for `active_polls` ListParticipants calls, then shows
    `hangup` once and leaves. With a `sip_code` the dial fails after `ring_seconds` with that
    SIP status under `twirp_code`. `dial_delay` holds the dial reply back (a slow server).
    """

    sip_code: int | None = None
    twirp_code: str = "unknown"
    sip_phrase: str = ""
    ring_seconds: float = 0.0
    active_polls: int = 2
    dial_delay: float = 0.0


ANSWERED = Scenario()
BUSY = Scenario(486, "resource_exhausted", "Busy Here")
NO_ANSWER = Scenario(480, "unavailable", "Temporarily Unavailable")  # another code than busy
TIMEOUT_NO_ANSWER = Scenario(408, "deadline_exceeded", "Request Timeout")
DECLINED = Scenario(603, "failed_precondition", "Decline")
BAD_NUMBER = Scenario(404, "not_found", "Not Found")
CARRIER_ERROR = Scenario(503, "unavailable", "Service Unavailable")


@dataclass
class _Participant:
    identity: str
    name: str
    phone: str
    scenario: Scenario
    dialled_at: float
    sid: str
    active_polls_seen: int = 0
    hung_up: bool = False

    def status(self) -> str:
        elapsed = time.monotonic() - self.dialled_at
        if elapsed < self.scenario.ring_seconds / 2:
            return "dialing"
        if elapsed < self.scenario.ring_seconds or self.scenario.sip_code is not None:
            return "ringing"
        return "active"


@dataclass
class _Room:
    name: str
    sid: str
    participants: dict[str, _Participant] = field(default_factory=dict)


class TwirpFailure(Exception):
    def __init__(self, code: str, msg: str, meta: dict[str, str] | None = None) -> None:
        super().__init__(msg)
        self.code, self.msg, self.meta = code, msg, meta or {}


class FakeLiveKit:
    """The fake server; `start()` runs it on 127.0.0.1 in a thread of its own."""

    def __init__(self, api_key: str = "APIfake",
                 api_secret: str = "fake-secret-0123456789-abcdefghijklmnop",
                 trunks: tuple[str, ...] = ("ST_fake",)) -> None:
        self.api_key = api_key
        self.api_secret = api_secret
        self.trunks = set(trunks)
        self.default = ANSWERED
        self.scenarios: dict[str, Scenario] = {}
        self.delay = 0.0  # before every reply: a slow server
        self.requests: list[tuple[str, Message]] = []
        self.dials: Counter[str] = Counter()
        self.rooms: dict[str, _Room] = {}
        self.rooms_created: list[str] = []
        self.rooms_deleted: list[str] = []
        self.dispatches: list[CreateAgentDispatchRequest] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._seq = 0

    # --- scenarios and records ------------------------------------------------------------
    def set_scenario(self, phone: str, scenario: Scenario) -> None:
        self.scenarios[phone] = scenario

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def calls_to(self, method: str) -> list[Message]:
        return [msg for name, msg in self.requests if name == method]

    def dispatch_metadata(self) -> dict[str, dict[str, Any]]:
        """The JSON metadata of every agent dispatch received, by room name."""
        return {d.room: json.loads(d.metadata) for d in self.dispatches}

    # --- running --------------------------------------------------------------------------
    def start(self) -> FakeLiveKit:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-livekit", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake LiveKit server did not start")
        return self

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_post("/twirp/livekit.{service}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                     shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    def stop(self) -> None:
        """Stop serving (the port is closed afterwards: a server that is down)."""
        if self._loop is None or self._runner is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop.close()
        self._loop = self._runner = None

    async def _shutdown(self) -> None:
        assert self._runner is not None
        await self._runner.cleanup()
        # Handlers still asleep (a slow or hanging scenario) are cancelled, not left behind.
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    def __enter__(self) -> FakeLiveKit:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- Twirp ----------------------------------------------------------------------------
    METHODS: dict[str, tuple[type[Message], str]] = {
        "RoomService/CreateRoom": (CreateRoomRequest, "_create_room"),
        "RoomService/DeleteRoom": (DeleteRoomRequest, "_delete_room"),
        "RoomService/ListParticipants": (ListParticipantsRequest, "_list_participants"),
        "AgentDispatchService/CreateDispatch": (CreateAgentDispatchRequest, "_create_dispatch"),
        "SIP/CreateSIPParticipant": (CreateSIPParticipantRequest, "_create_sip_participant"),
    }

    async def _handle(self, request: web.Request) -> web.Response:
        key = f"{request.match_info['service']}/{request.match_info['method']}"
        content_type = request.headers.get("Content-Type", "application/protobuf").split(";")[0]
        try:
            if key not in self.METHODS:
                raise TwirpFailure("bad_route", f"no handler for {key}")
            message_class, handler_name = self.METHODS[key]
            body = await request.read()
            if content_type == "application/json":
                message = json_format.Parse(body or b"{}", message_class())
            elif content_type == "application/protobuf":
                message = message_class.FromString(body)
            else:
                raise TwirpFailure("malformed", f"unexpected Content-Type {content_type}")
            self.requests.append((key.split("/")[1], message))
            if self.delay:
                await asyncio.sleep(self.delay)
            self._authorize(key, message, request.headers.get("Authorization", ""))
            reply: Message = await getattr(self, handler_name)(message)
        except TwirpFailure as failure:
            return web.json_response({"code": failure.code, "msg": failure.msg,
                                      "meta": failure.meta}, status=TWIRP_STATUS[failure.code])
        if content_type == "application/json":
            return web.Response(text=json_format.MessageToJson(reply),
                                content_type="application/json")
        return web.Response(body=reply.SerializeToString(), content_type="application/protobuf")

    def _authorize(self, key: str, message: Any, header: str) -> None:
        if not header.startswith("Bearer "):
            raise TwirpFailure("unauthenticated", "no authorization header")
        try:
            claims = jwt.decode(header[7:], self.api_secret, algorithms=["HS256"],
                                options={"verify_sub": False})
        except jwt.InvalidTokenError as exc:
            raise TwirpFailure("unauthenticated", f"invalid token: {exc}") from exc
        if claims.get("iss") != self.api_key:
            raise TwirpFailure("unauthenticated", "unknown API key")
        video = claims.get("video") or {}
        if key in ("RoomService/CreateRoom", "RoomService/DeleteRoom"):
            allowed = bool(video.get("roomCreate"))
        elif key == "SIP/CreateSIPParticipant":
            allowed = bool((claims.get("sip") or {}).get("call"))
        else:
            allowed = bool(video.get("roomAdmin")) and video.get("room") == message.room
        if not allowed:
            raise TwirpFailure("permission_denied", f"the token lacks the grant for {key}")

    def _next_sid(self, prefix: str) -> str:
        self._seq += 1
        return f"{prefix}_{self._seq:06d}"

    async def _create_room(self, req: CreateRoomRequest) -> Room:
        room = self.rooms.get(req.name) or _Room(req.name, self._next_sid("RM"))
        self.rooms[req.name] = room
        self.rooms_created.append(req.name)
        return Room(sid=room.sid, name=room.name, empty_timeout=req.empty_timeout)

    async def _delete_room(self, req: DeleteRoomRequest) -> DeleteRoomResponse:
        if self.rooms.pop(req.room, None) is None:
            raise TwirpFailure("not_found", "requested room does not exist")
        self.rooms_deleted.append(req.room)
        return DeleteRoomResponse()

    async def _create_dispatch(self, req: CreateAgentDispatchRequest) -> AgentDispatch:
        if req.room not in self.rooms:
            raise TwirpFailure("not_found", "requested room does not exist")
        self.dispatches.append(req)
        return AgentDispatch(id=self._next_sid("AD"), agent_name=req.agent_name, room=req.room,
                             metadata=req.metadata)

    async def _list_participants(self, req: ListParticipantsRequest) -> ListParticipantsResponse:
        room = self.rooms.get(req.room)
        if room is None:
            raise TwirpFailure("not_found", "requested room does not exist")
        listed = []
        for participant in list(room.participants.values()):
            status = participant.status()
            if status == "active":
                if participant.hung_up:
                    del room.participants[participant.identity]
                    continue
                participant.active_polls_seen += 1
                if participant.active_polls_seen > participant.scenario.active_polls:
                    status, participant.hung_up = "hangup", True
            listed.append(ParticipantInfo(
                sid=participant.sid, identity=participant.identity, name=participant.name,
                kind=ParticipantInfo.Kind.SIP, attributes={
                    "sip.callStatus": status, "sip.phoneNumber": participant.phone}))
        return ListParticipantsResponse(participants=listed)

    async def _create_sip_participant(self, req: CreateSIPParticipantRequest
                                      ) -> SIPParticipantInfo:
        if req.sip_trunk_id not in self.trunks:
            raise TwirpFailure("not_found", "requested sip trunk does not exist")
        room = self.rooms.get(req.room_name)
        if room is None:
            raise TwirpFailure("not_found", "requested room does not exist")
        scenario = self.scenarios.get(req.sip_call_to, self.default)
        self.dials[req.sip_call_to] += 1
        participant = _Participant(req.participant_identity, req.participant_name,
                                   req.sip_call_to, scenario, time.monotonic(),
                                   self._next_sid("PA"))
        room.participants[participant.identity] = participant
        if scenario.dial_delay:
            await asyncio.sleep(scenario.dial_delay)
        if req.wait_until_answered or scenario.sip_code is not None:
            await asyncio.sleep(scenario.ring_seconds)
        if scenario.sip_code is not None:
            room.participants.pop(participant.identity, None)
            raise TwirpFailure(scenario.twirp_code, f"twirp error unknown: {scenario.sip_phrase}",
                               {"sip_status_code": str(scenario.sip_code),
                                "sip_status": scenario.sip_phrase})
        return SIPParticipantInfo(participant_id=participant.sid,
                                  participant_identity=participant.identity,
                                  room_name=room.name, sip_call_id=f"SCL_{participant.sid}")


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (a server that is down)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
