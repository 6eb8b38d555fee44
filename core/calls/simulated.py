"""Demo mode: a CallClient that rings nobody and reports believable progress.

The last digit of the number decides what happens, so a demo (and a test) is repeatable:
0 busy, 1 no answer, 2 declined, 3 bad number, anything else answered and completed.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from core.calls.client import CallOutcome, CallRequest, CallUpdate, LiveStatus

UNANSWERED: dict[str, tuple[str, int, str]] = {
    "0": ("busy", 486, "The line was busy (simulated)."),
    "1": ("no_answer", 480, "Nobody answered (simulated)."),
    "2": ("declined", 603, "The customer declined the call (simulated)."),
    "3": ("bad_number", 404, "The number does not exist (simulated)."),
}


async def notify(on_update: Any, update: CallUpdate) -> None:
    """Call `on_update` with `update`, awaiting it when it is a coroutine function."""
    if on_update is None:
        return
    result = on_update(update)
    if inspect.isawaitable(result):
        await result


class SimulatedCallClient:
    """Places no real call; every outcome it returns says simulated=True."""

    simulated = True
    step_seconds = 0.4  # pause between live statuses, so the page shows progress

    def __init__(self, step_seconds: float | None = None) -> None:
        if step_seconds is not None:
            self.step_seconds = step_seconds

    async def _status(self, request: CallRequest, status: LiveStatus, on_update: Any) -> None:
        await notify(on_update, CallUpdate(call_id=request.call_id, status=status))
        await asyncio.sleep(self.step_seconds)

    async def place_call(self, request: CallRequest, on_update: Any = None) -> CallOutcome:
        """Walk through dialing and ringing, then end as the number's last digit says."""
        room = f"sim-call-{request.call_id}"
        await self._status(request, "dialing", on_update)
        digit = request.phone_e164[-1:] if request.phone_e164 else ""
        if digit == "3":
            result, code, reason = UNANSWERED[digit]
            return CallOutcome(result=result, reason=reason, sip_status_code=code,  # type: ignore[arg-type]
                               room_name=room, simulated=True)
        await self._status(request, "ringing", on_update)
        if digit in UNANSWERED:
            result, code, reason = UNANSWERED[digit]
            return CallOutcome(result=result, reason=reason, sip_status_code=code,  # type: ignore[arg-type]
                               room_name=room, simulated=True)
        await self._status(request, "active", on_update)
        await self._status(request, "hangup", on_update)
        return CallOutcome(result="completed", reason="The simulated call was answered.",
                           sip_status_code=200, room_name=room,
                           participant_id=f"sim-{request.call_id}", answered=True,
                           duration_seconds=30 + int(digit or 0) * 7, simulated=True)


CONVERSATIONS: dict[str, tuple[str, str]] = {
    "4": ("interested", "Interested in renewing; asked for the new premium by e-mail."),
    "5": ("renewed", "Agreed to renew on the same terms."),
    "6": ("call_back", "Busy at the moment; asked to be called back tomorrow afternoon."),
    "7": ("renewed", "Renewed after hearing about the no-claims discount."),
    "8": ("voicemail", "Reached voicemail; left a reminder with the office number."),
    "9": ("not_interested", "Not interested; has moved to another insurer."),
}
# A product offer: "{name}", "{feature}" and "{premium}" come from the product in the metadata.
OFFER_CONVERSATIONS: dict[str, tuple[str, str]] = {
    "4": ("interested", "Interested in {name}; asked for a written quote (from {premium} a year)."),
    "5": ("interested", "Interested in {name}, mainly for {feature}; wants an adviser to call."),
    "6": ("call_back", "Would like to hear about {name}, but asked to be called back next week."),
    "7": ("interested", "Interested in {name}; compared it with their current cover, asked "
                        "for the terms by e-mail."),
    "8": ("voicemail", "Reached voicemail; left a short message about {name}."),
    "9": ("not_interested", "Not interested in {name}; happy with their current cover."),
}
WRONG_PERSON = ("wrong_person", "Reached someone else; the customer moved away.")


def simulated_conversation(request: CallRequest) -> tuple[str, str]:
    """What the demo voice agent reports after an answered simulated call (outcome, summary);
    a product offer (metadata "product") gets an answer about that product."""
    digit = request.phone_e164[-1:]
    product = request.metadata.get("product")
    if not isinstance(product, dict):
        outcome, summary = CONVERSATIONS.get(digit, WRONG_PERSON)
        return outcome, f"Simulated conversation: {summary}"
    outcome, template = OFFER_CONVERSATIONS.get(digit, WRONG_PERSON)
    features = product.get("features") or ["its cover"]
    summary = template.format(name=product.get("name") or "the product",
                              feature=str(features[0]).lower(),
                              premium=product.get("base_premium") or "?")
    return outcome, f"Simulated conversation: {summary}"
