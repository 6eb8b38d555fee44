"""The seam between ClaimDesk and whatever places a voice call.

`CallClient` is what the calls service talks to; `core/calls/livekit_client.py` (the only module
that imports livekit) implements it against LiveKit SIP, and `SimulatedCallClient` (demo mode,
no LiveKit settings) implements it without a network. Results are plain data: the service maps
them onto call records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

# How a placed call ended up, by its SIP status rather than the error's code.
CallResult = Literal["completed", "busy", "no_answer", "declined", "bad_number", "failed"]
# Live status read from the participant attribute sip.callStatus.
LiveStatus = Literal["dialing", "ringing", "active", "hangup"]


@dataclass(frozen=True)
class CallRequest:
    """One outbound call: who to ring and what the voice agent should know."""

    call_id: int
    phone_e164: str
    customer_name: str
    purpose: str  # renewal_reminder | claim_follow_up | product_offer | ...
    metadata: dict[str, Any] = field(default_factory=dict)  # passed to the agent as JSON


@dataclass(frozen=True)
class CallUpdate:
    """A status change seen while the call runs (for progress shown on the page)."""

    call_id: int
    status: LiveStatus


@dataclass(frozen=True)
class CallOutcome:
    """What happened: the result, a reason a person can read, the SIP status if any."""

    result: CallResult
    reason: str
    sip_status_code: int | None = None
    room_name: str | None = None
    participant_id: str | None = None
    answered: bool = False
    duration_seconds: int | None = None
    simulated: bool = False


class CallClient(Protocol):
    """Places one call and reports how it ended; never raises for a call that failed."""

    simulated: bool

    async def place_call(self, request: CallRequest,
                         on_update: Any = None) -> CallOutcome: ...
