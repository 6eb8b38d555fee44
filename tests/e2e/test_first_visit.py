"""Regression: the very first visit to a fresh server at a page's own address gets the login.

Streamlit runs a page file straight from its address until app.py has run once in the process;
the page's guard must send that visitor through app.py's login gate, not strand them.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, ROOT, _free_port, _wait_healthy, wait_idle

pytestmark = pytest.mark.e2e


@pytest.fixture
def fresh_app(tmp_path: Path) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(CLAIMDESK_MODE="development", CLAIMDESK_COOKIE_KEY=secrets.token_urlsafe(48),
               CLAIMDESK_DATA_DIR=str(tmp_path), CLAIMDESK_BCRYPT_ROUNDS="4")
    subprocess.run([sys.executable, "-m", "core", "seed-demo", "--no-claims"], cwd=ROOT,
                   env=env, check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_first_visit_at_a_page_address_shows_the_login(fresh_app: str, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(f"{fresh_app}/users")  # nobody has opened the root of this server yet
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)
    assert page.get_by_text("@example.com").count() == 0  # no user data before login
    page.get_by_role("textbox", name="Username").fill("admin")
    page.get_by_role("textbox", name="Password").fill("claimdesk-admin")
    page.get_by_role("button", name="Log in").click()
    page.locator("h1", has_text="Policies").wait_for()
    page.screenshot(path=str(ARTIFACTS / "first-visit-after-login.png"), full_page=True)
