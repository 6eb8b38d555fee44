"""End to end: an adjuster files a claim by form, attaches a generated PDF whose amount differs,
takes the document's amount on the page, withdraws another claim with a reason, and the claim's
history and (for an admin) the audit trail show the withdrawal."""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from faker import Faker

from core.documents.samples import make_claim_record, render_claim_pdf
from tests.e2e.conftest import ARTIFACTS, wait_idle

pytestmark = pytest.mark.e2e
WITHDRAWN = "demo-claim-06"  # a demo claim no other browser test decides
REASON = "The claimant repaired the damage herself and withdraws the claim."


def log_in(page, url: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.get_by_role("button", name="Log in").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(f"claimdesk-{username}")
    page.get_by_role("button", name="Log in").click()
    page.locator("h1", has_text="Policies").wait_for()
    wait_idle(page)


def demo_policy(basetemp: Path) -> dict[str, str]:
    """An active motor or home policy of the demo data the app serves, with its customer."""
    [database] = {path.resolve() for path in basetemp.glob("e2e-data*/claimdesk.db")}
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(
            "SELECT p.number, p.end_date, c.name, c.email, c.phone, c.address, c.city, "
            "pr.product_type FROM policies p JOIN customers c ON c.id = p.customer_id "
            "JOIN products pr ON pr.id = p.product_id WHERE p.status = 'active' "
            "AND pr.product_type IN ('motor', 'home') AND p.start_date <= date('now', '-160 day') "
            "AND p.end_date >= date('now') ORDER BY p.number LIMIT 1").fetchone()
    assert row is not None, "the demo data has no active motor or home policy"
    return dict(row)


def claim_pdf(policy: dict[str, str]) -> tuple[dict, bytes]:
    """A real claim document (the project's sample generator) on that policy."""
    rng = random.Random(4242)
    fake = Faker("en_US")
    fake.seed_instance(4242)
    claimant = {"name": policy["name"], "email": policy["email"] or "",
                "phone": policy["phone"] or "", "address": policy["address"] or policy["city"]}
    record = make_claim_record(rng, fake, policy_number=policy["number"], claimant=claimant,
                               product_type=policy["product_type"],
                               as_of=min(date.today(), date.fromisoformat(policy["end_date"])))
    return record, render_claim_pdf(record, "form_inline", rng)


def test_file_by_form_attach_resolve_and_withdraw(
    running_app: str, browser_page, tmp_path: Path, tmp_path_factory  # type: ignore[no-untyped-def]
) -> None:
    page = browser_page
    policy = demo_policy(tmp_path_factory.getbasetemp())
    record, pdf = claim_pdf(policy)
    document = tmp_path / "first-notice.pdf"
    document.write_bytes(pdf)
    typed = Decimal(record["claimed_amount"]) + 300
    log_in(page, running_app, "adjuster")

    # File the claim as it was reported by phone, with the amount the claimant said.
    page.get_by_role("link", name="File a claim").click()
    page.locator("h1", has_text="File a claim").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name=re.compile(r"^Claimant")).fill(policy["name"])
    page.get_by_role("textbox", name=re.compile(r"^Policy number")).fill(policy["number"])
    page.get_by_role("textbox", name=re.compile(r"^Date of loss")).fill(record["date_of_loss"])
    page.get_by_role("textbox", name=re.compile(r"^Claimed amount")).fill(f"{typed:.2f}")
    page.get_by_role("button", name="File claim").click()
    wait_idle(page)
    filed = page.get_by_text(re.compile(r"Claim CLM-\d{4}-\d+ filed\."))
    filed.wait_for()
    number = re.search(r"CLM-\d{4}-\d+", filed.inner_text()).group(0)  # type: ignore[union-attr]
    page.screenshot(path=str(ARTIFACTS / "claim-form-filed.png"), full_page=True)

    # Open it and attach the document: its amount differs from the typed one.
    page.get_by_role("link", name=f"Open claim {number}").click()
    page.locator("h1", has_text="Claim review").wait_for()
    wait_idle(page)
    page.get_by_text("This claim has no document yet").wait_for()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(document))
    wait_idle(page)
    page.get_by_role("button", name="Attach", exact=True).click()
    page.get_by_text(re.compile(r"Attached first-notice\.pdf: .* to settle")).wait_for(
        timeout=120_000)
    wait_idle(page)
    page.get_by_text("Claimed amount: the claim and the document disagree.").wait_for()
    assert page.get_by_text(f"{typed:.2f}", exact=True).first.is_visible()
    assert page.get_by_text(record["claimed_amount"], exact=True).first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "claim-form-conflict.png"), full_page=True)

    # The amount the document states is the right one.
    # Each conflict stands in its own box: the button beside the claimed amount's values.
    page.get_by_text("Claimed amount: the claim and the document disagree.").locator(
        "xpath=ancestor::div[@data-testid='stVerticalBlock'][1]").get_by_role(
        "button", name="Take the document's value").click()
    page.get_by_text("Claimed amount: the document's value is kept.").wait_for()
    wait_idle(page)
    amount = Decimal(record["claimed_amount"])
    page.get_by_text(re.compile(rf"Claimed:\s*{amount:,.2f}")).first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "claim-form-resolved.png"), full_page=True)

    # Withdraw another claim, with its reason.
    page.get_by_role("textbox", name="Find a claim").fill(WITHDRAWN)
    page.get_by_role("textbox", name="Find a claim").press("Enter")
    wait_idle(page)
    page.get_by_text(re.compile(rf"{WITHDRAWN}.*\.pdf, page 1")).first.wait_for()
    other = re.search(r"Claim (\S+)", page.locator("h3").first.inner_text()).group(1)  # type: ignore[union-attr]
    page.get_by_text("Withdraw this claim").click()
    page.get_by_role("textbox", name="Reason for withdrawal").fill(REASON)
    page.get_by_text(re.compile(r"The claimant withdraws claim")).click()
    page.get_by_role("button", name="Withdraw claim").click()
    wait_idle(page)  # the run that withdraws it redraws the whole claim page; under load it is slow
    page.get_by_text(f"Claim {other} is withdrawn.").wait_for(timeout=90_000)
    wait_idle(page)
    page.get_by_text(re.compile(rf"Withdrawn by .*: {re.escape(REASON)}")).wait_for()
    page.get_by_text("History", exact=True).click()
    page.get_by_text(re.compile(rf"claim withdrawn by adjuster: .*{re.escape(REASON)}")
                     ).wait_for()
    page.screenshot(path=str(ARTIFACTS / "claim-withdrawn.png"), full_page=True)

    # The admin's audit trail holds the withdrawal among that claim's decisions.
    page.get_by_role("button", name=re.compile("Log out")).click()
    wait_idle(page)
    log_in(page, running_app, "admin")
    page.goto(f"{running_app}/audit")
    page.locator("h1", has_text="Audit trail").wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Claim").fill(other)
    page.get_by_role("textbox", name="Claim").press("Enter")
    wait_idle(page)
    page.get_by_role("textbox", name="Action name").fill("claim_withdrawn")
    page.get_by_role("textbox", name="Action name").press("Enter")
    wait_idle(page)
    page.get_by_text("Page 1 of 1, 1 entry").wait_for()
    page.screenshot(path=str(ARTIFACTS / "audit-claim-withdrawn.png"), full_page=True)
