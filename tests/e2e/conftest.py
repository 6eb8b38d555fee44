"""Browser tests: the real app under `streamlit run`, driven by Debian's Chromium via Playwright."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not become healthy in {timeout:.0f} s")


def wait_idle(page: object, settle: float = 0.7) -> None:
    """Wait until Streamlit has finished its script runs (its status widget is gone)."""
    status = page.locator('[data-testid="stStatusWidget"]')  # type: ignore[attr-defined]
    for _ in range(3):  # a run may trigger another (the cookie component reports back)
        time.sleep(settle)
        status.wait_for(state="hidden", timeout=60_000)


@pytest.fixture(scope="session")
def running_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Seed demo data into a fresh SQLite file and serve the app on a free port."""
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(CLAIMDESK_MODE="development", CLAIMDESK_COOKIE_KEY=secrets.token_urlsafe(48),
               CLAIMDESK_DATA_DIR=str(data_dir), CLAIMDESK_BCRYPT_ROUNDS="4",
               CLAIMDESK_TASK_BROKER="")  # as `make run`: SqliteHuey and a worker process
    subprocess.run([sys.executable, "-m", "core", "seed-demo"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    port = _free_port()
    log = (data_dir / "streamlit.log").open("wb")
    worker_log = (data_dir / "worker.log").open("wb")
    worker = subprocess.Popen([sys.executable, "-m", "core", "worker"], cwd=ROOT, env=env,
                              stdout=worker_log, stderr=subprocess.STDOUT)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        for process in (proc, worker):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
        worker_log.close()


@pytest.fixture
def browser_page(request: pytest.FixtureRequest) -> Iterator[object]:
    """A Playwright page in Debian's Chromium (make test installs it)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            yield page
        finally:
            # The last state of every browser test, for reading a failure after the fact.
            page.screenshot(path=str(ARTIFACTS / f"last-{request.node.name}.png"), full_page=True)
            browser.close()
