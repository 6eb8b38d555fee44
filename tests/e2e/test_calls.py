"""End to end in demo mode: an agent calls a customer (labelled simulated), then creates,
starts and runs a renewal campaign."""

from __future__ import annotations

import re

import pytest

from core.calls.service import SIMULATED_LABEL
from tests.e2e.conftest import ARTIFACTS, wait_idle
from tests.e2e.test_claims import log_in

pytestmark = pytest.mark.e2e


def test_an_agent_calls_a_customer_and_runs_a_campaign(running_app: str, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    log_in(page, running_app, "agent", "claimdesk-agent")
    page.get_by_role("link", name="Calls", exact=True).click()
    page.locator("h1", has_text="Calls").wait_for()
    wait_idle(page)

    page.get_by_label("Customer").first.click()
    page.get_by_role("option").first.click()
    wait_idle(page)
    page.get_by_role("button", name="Start call").click()
    page.get_by_text(re.compile(r"^Call \d+: ")).first.wait_for(timeout=60_000)
    wait_idle(page)
    page.locator("h3", has_text=re.compile(r"^Call \d+:")).wait_for()
    assert page.get_by_text(SIMULATED_LABEL, exact=True).first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "calls-simulated-call.png"), full_page=True)

    page.get_by_role("link", name="Campaigns", exact=True).click()
    page.locator("h1", has_text="Campaigns").wait_for()
    wait_idle(page)
    page.get_by_text("New campaign").click()
    page.get_by_role("textbox", name="Name").fill("Browser renewals")
    # Submitted while a script run was still drawing, the form was once lost (CI, 2026-12-07).
    wait_idle(page)
    page.get_by_role("button", name="Create campaign").click()
    page.get_by_text("Created campaign Browser renewals.").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_text("Started Browser renewals.").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Run campaign").click()
    # The worker process runs it; the page polls the run and shows how it ended.
    page.get_by_text(re.compile(r"^(Dialled \d+ in \d+ batch|Nobody dialled)")
                     ).first.wait_for(timeout=120_000)
    wait_idle(page)
    page.get_by_text("Results by outcome").wait_for()
    page.screenshot(path=str(ARTIFACTS / "campaigns-batch-run.png"), full_page=True)
