"""Fixtures shared by the core tests (the database fixtures live in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from core.auth.schemas import CurrentUser
from core.config import reset_settings
from tests.factories import make_user


@pytest.fixture
def settings_env() -> Iterator[Callable[..., None]]:
    """Set CLAIMDESK_* variables for one test; the settings are read afresh and restored after."""
    with pytest.MonkeyPatch.context() as mp:

        def apply(**values: str) -> None:
            for name, value in values.items():
                mp.setenv(name, value)
            reset_settings()

        yield apply
    reset_settings()


@pytest.fixture
def admin(db: str) -> CurrentUser:
    """An admin to act as, in a test on the rolled-back database."""
    return make_user("admin")
