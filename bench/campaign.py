"""Campaign bench: 1,000 customers called through the real livekit-api client at concurrency 20.

    python -m bench.campaign [--customers 1000] [--concurrency 20] [--failures]

Runs `LiveKitCallClient` against the local LiveKit-protocol server of the tests
(tests/livekit_fake): every call creates a room, dispatches the agent, dials over SIP, polls
`sip.callStatus` and deletes the room. Answered calls hang up at once. With `--failures` a
share of the numbers is busy, unanswered, declined or unknown. Prints calls per second and
checks from the server's own records that each customer was dialled exactly once.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--failures", action="store_true", help="inject SIP failures")
    args = parser.parse_args(argv)

    phones = [f"+1555{2000000 + i:07d}" for i in range(args.customers)]
    with FakeLiveKit() as server:
        server.default = Scenario(active_polls=0)  # answered, then hung up at once
        if args.failures:
            inject_failures(server, phones)
        client = LiveKitCallClient(server.url, server.api_key, server.api_secret, "ST_fake",
                                   "claimdesk-agent", "+15550100000", poll_interval=0.005,
                                   ring_timeout=30, timeout=5)
        started = time.perf_counter()
        results = asyncio.run(call_everyone(client, phones, args.concurrency))
        elapsed = time.perf_counter() - started
        dials = Counter(server.dials)
        requests = len(server.requests)
        leftover_rooms = len(server.rooms)

    twice = [p for p, n in dials.items() if n > 1]
    never = [p for p in phones if dials[p] == 0]
    print(f"customers {len(phones)}, concurrency {args.concurrency}, "
          f"failures injected: {'yes' if args.failures else 'no'}")
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
