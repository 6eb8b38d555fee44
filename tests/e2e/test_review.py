"""End to end: an adjuster works the review queue and opens a scored claim's explanation."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, wait_idle
from tests.e2e.test_claims import log_in

pytestmark = pytest.mark.e2e


def test_adjuster_opens_the_riskiest_claim_from_the_review_queue(
    running_app: str, browser_page  # type: ignore[no-untyped-def]
) -> None:
    page = browser_page
    log_in(page, running_app, "adjuster", "claimdesk-adjuster")
    page.get_by_role("link", name="Review queue").click()
    page.locator("h1", has_text="Review queue").wait_for()
    wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

    # The demo claims were scored on intake; the queue links each to its review.
    page.goto(f"{running_app}/claim_detail?claim=1")
    page.locator("h1", has_text="Claim review").wait_for()
    wait_idle(page)
    page.get_by_text("Fraud risk and reserve").first.wait_for()
    page.get_by_text("log-odds").first.wait_for()  # the waterfall states its units
    page.screenshot(path=str(ARTIFACTS / "claim-review-score.png"), full_page=True)
    assert page.get_by_text("raises the risk").count() + page.get_by_text(
        "lowers the risk").count() >= 1
