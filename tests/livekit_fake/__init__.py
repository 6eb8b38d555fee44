"""A local LiveKit-protocol server for the call client's tests and the campaign bench."""

from tests.livekit_fake.server import (
    ANSWERED,
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

__all__ = ["ANSWERED", "BAD_NUMBER", "BUSY", "CARRIER_ERROR", "DECLINED", "NO_ANSWER",
           "TIMEOUT_NO_ANSWER", "FakeLiveKit", "Scenario", "free_port"]
