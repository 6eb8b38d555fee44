"""End to end: an adjuster uploads claim PDFs in the inbox and reviews a scanned demo claim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.documents.samples import make_bad_inputs
from tests.e2e.conftest import ARTIFACTS, wait_idle
from tests.factories import claim_document

pytestmark = pytest.mark.e2e


def log_in(page, url: str, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.locator("h1", has_text="Policies").wait_for()
    wait_idle(page)


def test_adjuster_uploads_documents_and_reviews_a_scanned_claim(
    running_app: str, browser_page, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = browser_page
    _record, pdf = claim_document("letter", seed=901)
    good = tmp_path / "claim-letter.pdf"
    good.write_bytes(pdf)
    bad = make_bad_inputs(tmp_path / "bad")
    log_in(page, running_app, "adjuster", "claimdesk-adjuster")

    page.get_by_role("link", name="Claims inbox").click()
    page.locator("h1", has_text="Claims inbox").wait_for()
    wait_idle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [str(good), str(bad["truncated"]), str(bad["encrypted"])])
    wait_idle(page)
    page.get_by_role("button", name="Process").click()
    page.get_by_role("heading", name="Processed").wait_for(timeout=120_000)
    wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / "claims-inbox-results.png"), full_page=True)
    link = page.get_by_role("link", name=re.compile(r"Open claim .+ \(claim-letter\.pdf\)"))
    assert link.is_visible()
    assert page.get_by_text("Refused (truncated)").count() >= 1
    assert page.get_by_text("Refused (encrypted)").count() >= 1

    link.click()
    page.locator("h1", has_text="Claim review").wait_for()
    wait_idle(page)
    page.get_by_role("img").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "claim-review-digital.png"), full_page=True)

    # A scanned demo claim (found by its document's name): its page came through OCR.
    page.get_by_role("textbox", name="Find a claim").fill("form_boxed-scanned")
    page.get_by_role("textbox", name="Find a claim").press("Enter")
    wait_idle(page)
    page.get_by_text(re.compile(r"demo-claim-\d+-form_boxed-scanned\.pdf, page 1 of 1")).wait_for()
    page.screenshot(path=str(ARTIFACTS / "claim-review-scanned.png"), full_page=True)


def test_a_link_to_a_claim_opened_in_a_new_browser_logs_in_and_opens_that_claim(
    running_app: str, browser_page  # type: ignore[no-untyped-def]
) -> None:
    page = browser_page
    page.goto(f"{running_app}/claim_detail?claim=1")
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Username").fill("adjuster")
    page.get_by_role("textbox", name="Password").fill("claimdesk-adjuster")
    page.get_by_role("button", name="Log in").click()
    page.locator("h1", has_text="Claim review").wait_for()
    wait_idle(page)
    assert "claim=1" in page.url
    page.screenshot(path=str(ARTIFACTS / "claim-review-deep-link.png"), full_page=True)
