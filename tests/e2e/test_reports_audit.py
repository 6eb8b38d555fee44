"""End to end: an admin opens the reports (charts drawn, CSV buttons beside the tables), then
finds their own login and a demo claim's history in the audit trail."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, wait_idle

pytestmark = pytest.mark.e2e


def log_in(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Username").fill("admin")
    page.get_by_role("textbox", name="Password").fill("claimdesk-admin")
    page.get_by_role("button", name="Log in").click()
    page.locator("h1", has_text="Policies").wait_for()


def test_reports_and_audit_trail(running_app: str, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    log_in(page, running_app)

    page.goto(f"{running_app}/reports")
    page.locator("h1", has_text="Reports").wait_for()
    wait_idle(page)
    page.get_by_text("Claims by status").first.wait_for()  # a plotly title: drawn
    assert page.get_by_role("button", name="CSV").first.is_visible()  # beside the first table
    page.screenshot(path=str(ARTIFACTS / "reports-claims.png"), full_page=True)
    for tab in ("Fraud scores", "Reserves", "Renewals", "Calls"):
        page.get_by_role("tab", name=tab).click()
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / f"reports-{tab.lower().replace(' ', '-')}.png"),
                        full_page=True)

    page.goto(f"{running_app}/audit")
    page.locator("h1", has_text="Audit trail").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Export this search as CSV").wait_for()
    page.get_by_role("textbox", name="User").fill("admin")
    page.get_by_role("textbox", name="User").press("Enter")
    wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / "audit-admin.png"), full_page=True)
    page.get_by_role("textbox", name="Claim").fill("1")
    page.get_by_role("textbox", name="Claim").press("Enter")
    wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / "audit-claim.png"), full_page=True)
    assert page.get_by_text("Page 1 of 1").is_visible()
