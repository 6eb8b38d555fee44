"""End to end: log in through the real login form, open Policies, renew a policy expiring soon."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS, wait_idle

pytestmark = pytest.mark.e2e


def test_admin_renews_an_expiring_policy(running_app: str, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(running_app)
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)

    page.get_by_role("textbox", name="Username").fill("admin")
    page.get_by_role("textbox", name="Password").fill("claimdesk-admin")
    page.get_by_role("button", name="Log in").click()

    page.locator("h1", has_text="Policies").wait_for()
    page.get_by_text("Expiring soon").first.wait_for()
    details = page.locator("h3", has_text=re.compile(r"^Policy POL-")).first  # selected policy
    details.wait_for()
    number = details.inner_text().removeprefix("Policy ").strip()
    page.screenshot(path=str(ARTIFACTS / "policies-before-renewal.png"), full_page=True)

    page.get_by_role("button", name="Renew").click()

    renewed = re.compile(rf"Policy {re.escape(number)} renewed as POL-\d{{4}}-\d+")
    success = page.get_by_text(renewed)
    success.wait_for()
    page.screenshot(path=str(ARTIFACTS / "policies-after-renewal.png"), full_page=True)
    assert success.is_visible()

    # The renewed term now shows its successor and offers no second renewal.
    page.get_by_text("All policies", exact=True).click()
    wait_idle(page)
    page.get_by_role("textbox", name="Search").fill(number)
    page.get_by_role("textbox", name="Search").press("Enter")
    wait_idle(page)
    page.locator("h3", has_text=f"Policy {number}").wait_for()
    assert page.get_by_text(re.compile(r"Renewed by: POL-\d{4}-\d+")).is_visible()
    page.get_by_text(re.compile(r"already renewed as POL-\d{4}-\d+")).wait_for()
    assert page.get_by_role("button", name="Renew").count() == 0
    page.screenshot(path=str(ARTIFACTS / "policies-renewed-term.png"), full_page=True)


def test_login_page_shows_nothing_before_login(running_app: str, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(running_app)
    page.get_by_role("button", name="Log in").wait_for()
    assert page.locator("h1", has_text="Policies").count() == 0
    assert page.get_by_text("POL-").count() == 0
