"""Test doubles for the calls service: a scripted CallClient that counts its dials."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from typing import Any

from sqlalchemy import update

from core.calls.client import CallOutcome, CallRequest, CallUpdate
from core.db import session_scope
from core.policies.models import Customer


class Crash(BaseException):
    """The app stopping mid-campaign (not an Exception, so nothing in core swallows it)."""


class ScriptedClient:
    """Ends each call as `results` says for its number (default completed); counts dials."""

    simulated = False

    def __init__(self, results: dict[str, str] | None = None, delay: float = 0.0,
                 raise_for: set[str] | None = None, crash_after: int | None = None) -> None:
        self.results = results or {}
        self.delay = delay
        self.raise_for = raise_for or set()
        self.crash_after = crash_after
        self.dials: Counter[str] = Counter()
        self.attempts: Counter[tuple[str, int]] = Counter()
        self.requests: list[CallRequest] = []
        self.ringing: Counter[str] = Counter()  # calls to each number in flight now
        self.most_at_once: Counter[str] = Counter()  # ... and the most there ever were
        self._lock = threading.Lock()

    async def place_call(self, request: CallRequest, on_update: Any = None) -> CallOutcome:
        with self._lock:
            if self.crash_after is not None and sum(self.dials.values()) >= self.crash_after:
                raise Crash
            self.dials[request.phone_e164] += 1
            self.attempts[(request.phone_e164, int(request.metadata.get("attempt", 1)))] += 1
            self.requests.append(request)
            self.ringing[request.phone_e164] += 1
            self.most_at_once[request.phone_e164] = max(self.most_at_once[request.phone_e164],
                                                        self.ringing[request.phone_e164])
        try:
            return await self._play(request, on_update)
        finally:
            with self._lock:
                self.ringing[request.phone_e164] -= 1

    async def _play(self, request: CallRequest, on_update: Any) -> CallOutcome:
        if on_update is not None:
            await on_update(CallUpdate(call_id=request.call_id, status="dialing"))
        await asyncio.sleep(self.delay)
        if request.phone_e164 in self.raise_for:
            raise RuntimeError("injected failure")
        result = self.results.get(request.phone_e164, "completed")
        if result == "completed" and on_update is not None:
            await on_update(CallUpdate(call_id=request.call_id, status="active"))
        return CallOutcome(result=result, reason=f"scripted {result}",  # type: ignore[arg-type]
                           sip_status_code={"busy": 486, "no_answer": 480, "declined": 603,
                                            "bad_number": 404}.get(result, 200),
                           answered=result == "completed",
                           duration_seconds=42 if result == "completed" else None)


def set_customer(customer_id: int, **values: Any) -> None:
    """Write a customer's columns directly (time zone, window, a number no form would take)."""
    with session_scope() as session:
        session.execute(update(Customer).where(Customer.id == customer_id).values(**values))
