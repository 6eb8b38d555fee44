"""Campaign bench: 1,000 customers called through the real livekit-api client at concurrency 20.

    python -m bench.campaign [--customers 1000] [--concurrency 20] [--failures] [--campaign]

Runs `LiveKitCallClient` against the local LiveKit-protocol server of the tests
(tests/livekit_fake): every call creates a room, dispatches the agent, dials over SIP, polls
`sip.callStatus` and deletes the room. Answered calls hang up at once. With `--failures` a
share of the numbers is busy, unanswered, declined or unknown. Prints calls per second and
checks from the server's own records that each customer was dialled exactly once. With
`--campaign` the calls go through the campaign runner (`run_campaign_batch`) on a temporary
SQLite database instead, so each call is also claimed, tracked and finished as a call row.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter

from core.calls.client import CallRequest
from core.calls.livekit_client import LiveKitCallClient
from tests.livekit_fake import BAD_NUMBER, BUSY, DECLINED, NO_ANSWER, FakeLiveKit, Scenario

TARGET_SECONDS = 10.0


def inject_failures(server: FakeLiveKit, phones: list[str]) -> None:
    """Every 7th number busy, every 11th unanswered, every 13th declined, every 17th unknown."""
    for i, phone in enumerate(phones):
        for every, scenario in ((7, BUSY), (11, NO_ANSWER), (13, DECLINED), (17, BAD_NUMBER)):
            if i % every == every - 1:
                server.set_scenario(phone, scenario)
                break


async def call_everyone(client: LiveKitCallClient, phones: list[str],
                        concurrency: int) -> Counter[str]:
    gate = asyncio.Semaphore(concurrency)
    results: Counter[str] = Counter()

    async def call(call_id: int, phone: str) -> None:
        async with gate:
            outcome = await client.place_call(CallRequest(
                call_id=call_id, phone_e164=phone, customer_name=f"Customer {call_id}",
                purpose="renewal_reminder", metadata={"campaign_id": 1}))
            results[outcome.result] += 1

    await asyncio.gather(*(call(i + 1, phone) for i, phone in enumerate(phones)))
    return results


def run_campaign(client: LiveKitCallClient, phones: list[str],
                 concurrency: int) -> tuple[Counter[str], float]:
    """The same customers through the campaign runner on a temporary SQLite database.

    Returns the results by call status and the seconds the runner took (customers and the
    campaign are created before the clock starts).
    """
    import os
    import tempfile
    from datetime import UTC, datetime
    from pathlib import Path

    from core import db as core_db
    from core.calls.campaign import create_campaign, run_campaign_batch, start_campaign
    from core.config import reset_settings

    os.environ.setdefault("CLAIMDESK_BCRYPT_ROUNDS", "4")
    reset_settings()
    from tests.factories import make_customer, make_user

    with tempfile.TemporaryDirectory() as folder:
        engine = core_db.make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        core_db.upgrade_database(engine)
        core_db.bind_session_factory(engine)
        try:
            admin = make_user("admin")
            ids = [make_customer(name=f"Customer {i}", phone=phone)
                   for i, phone in enumerate(phones)]
            campaign = create_campaign("Bench", "renewal_reminder",
                                       {"kind": "customers", "customer_ids": ids}, actor=admin)
            start_campaign(campaign.id, actor=admin)
            started = time.perf_counter()
            result = run_campaign_batch(
                campaign.id, now=datetime(2026, 11, 23, 17, 0, tzinfo=UTC), client=client,
                concurrency=concurrency, rate_per_second=100_000, limit=len(phones))
            elapsed = time.perf_counter() - started
            print(f"campaign runner: {result.dialled} of {result.eligible} eligible dialled")
            return Counter(result.by_status), elapsed
        finally:
            core_db.reset_engine()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--failures", action="store_true", help="inject SIP failures")
    parser.add_argument("--campaign", action="store_true",
                        help="through the campaign runner on a temporary SQLite database")
    args = parser.parse_args(argv)

    phones = [f"+1617555{i:04d}" for i in range(args.customers)]
    with FakeLiveKit() as server:
        server.default = Scenario(active_polls=0)  # answered, then hung up at once
        if args.failures:
            inject_failures(server, phones)
        client = LiveKitCallClient(server.url, server.api_key, server.api_secret, "ST_fake",
                                   "claimdesk-agent", "+15550100000", poll_interval=0.005,
                                   ring_timeout=30, timeout=5)
        if args.campaign:
            results, elapsed = run_campaign(client, phones, args.concurrency)
        else:
            started = time.perf_counter()
            results = asyncio.run(call_everyone(client, phones, args.concurrency))
            elapsed = time.perf_counter() - started
        dials = Counter(server.dials)
        requests = len(server.requests)
        leftover_rooms = len(server.rooms)

    twice = [p for p, n in dials.items() if n > 1]
    never = [p for p in phones if dials[p] == 0]
    print(f"customers {len(phones)}, concurrency {args.concurrency}, "
          f"failures injected: {'yes' if args.failures else 'no'}, "
          f"through: {'campaign runner' if args.campaign else 'LiveKitCallClient directly'}")
    print(f"placed {sum(results.values())} calls in {elapsed:.2f} s: "
          f"{len(phones) / elapsed:.0f} calls/s, {requests / elapsed:.0f} Twirp requests/s "
          f"({requests / len(phones):.1f} per call)")
    print("results: " + ", ".join(f"{k} {v}" for k, v in sorted(results.items())))
    print(f"dialled exactly once: {len(phones) - len(twice) - len(never)} of {len(phones)} "
          f"(twice or more: {len(twice)}, never: {len(never)}); rooms left: {leftover_rooms}")
    ok = not twice and not never and leftover_rooms == 0
    print(f"target: {len(phones)} calls in at most {TARGET_SECONDS:g} s -> "
          f"{'met' if elapsed <= TARGET_SECONDS else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
