"""Claim review extras: attaching a document to a claim filed by form, settling the conflict
on the page, withdrawing with a reason, and the claim's history."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.claims.form import file_claim
from core.claims.service import get_claim, list_claims
from core.claims.workflow import withdraw_claim
from tests.core.helpers import audit_entries
from tests.factories import claim_document
from tests.pages.conftest import demo_user, log_in, table, texts

REVIEW = "pages/claim_detail.py"
PDF = "application/pdf"


def open_review(app, username: str, claim_id: int):  # type: ignore[no-untyped-def]
    app.query_params["claim"] = str(claim_id)
    return log_in(app, username, REVIEW)


@pytest.fixture
def filed(demo_db):  # type: ignore[no-untyped-def]
    """A claim filed by form, its typed amount 300 more than the generated document's."""
    record, pdf = claim_document("form_inline", seed=11)
    typed = Decimal(record["claimed_amount"]) + 300
    result = file_claim({"claimant_name": record["claimant_name"],
                         "date_of_loss": record["date_of_loss"],
                         "claimed_amount": str(typed)}, actor=demo_user("adjuster"))
    return result.claim_id, pdf, record, typed


def test_attaching_a_pdf_then_taking_the_documents_amount(app, filed):
    claim_id, pdf, record, typed = filed
    at = open_review(app, "adjuster", claim_id)
    assert not at.exception and not at.error
    assert "This claim has no document yet; attach one below." in texts(at.info)

    at.file_uploader[0].set_value([("fnol.pdf", pdf, PDF)])
    at.run()
    at.button(key=f"extras.attach.{claim_id}").click().run()

    assert not at.exception and not at.error
    [message] = texts(at.success)
    assert message.startswith("Attached fnol.pdf:") and "1 conflict to settle" in message
    markdown = " ".join(texts(at.markdown))
    assert "**Claimed amount**: the claim and the document disagree." in markdown
    assert f"`{typed:.2f}`" in markdown and f"`{record['claimed_amount']}`" in markdown
    assert not any("changed by someone else" in w for w in texts(at.warning))
    keep = [b for b in at.button if b.key and b.key.endswith(".document")]
    assert len(keep) == 1
    keep[0].click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == ["Claimed amount: the document's value is kept."]
    detail = get_claim(claim_id, actor=demo_user("adjuster"))
    assert detail.claim.claimed_amount == Decimal(record["claimed_amount"])
    [resolved] = audit_entries("claim_conflict_resolved", claim_id)
    assert (resolved.details["old"], resolved.details["new"]) == (
        f"{typed:.2f}", record["claimed_amount"])
    assert "the claim and the document disagree" not in " ".join(texts(at.markdown))


def test_withdrawing_needs_confirmation_and_a_reason_then_shows_the_withdrawal(app, filed):
    claim_id = filed[0]
    at = open_review(app, "adjuster", claim_id)
    go = f"extras.withdraw.{claim_id}.go"
    at.text_area(key=f"extras.withdraw.{claim_id}.reason").input("Settled privately.")
    at.button(key=go).click().run()
    assert texts(at.error) == ["Tick the box to confirm the withdrawal."]
    assert get_claim(claim_id, actor=demo_user("adjuster")).claim.status == "new"

    at.text_area(key=f"extras.withdraw.{claim_id}.reason").input("")
    at.checkbox(key=f"extras.withdraw.{claim_id}.confirm").check()
    at.button(key=go).click().run()
    assert texts(at.error) == ["reason: is required: say why"]

    at.text_area(key=f"extras.withdraw.{claim_id}.reason").input("Settled privately.")
    at.button(key=go).click().run()
    assert not at.exception
    number = get_claim(claim_id, actor=demo_user("adjuster")).claim.number
    assert texts(at.success) == [f"Claim {number} is withdrawn."]
    [banner] = texts(at.error)
    assert banner.startswith("Withdrawn by ") and banner.endswith(": Settled privately.")
    assert "This claim is withdrawn: no more decisions are taken here." in texts(at.info)
    assert f"extras.attach.{claim_id}" not in [b.key for b in at.button]
    assert go not in [b.key for b in at.button]
    assert at.button(key=f"claim_detail.save.{claim_id}").disabled  # no edits either
    history = next(m for m in texts(at.markdown) if "**claim filed** by adjuster" in m)
    last = history.splitlines()[-1]
    assert "**claim withdrawn** by adjuster" in last and "Settled privately." in last
    assert audit_entries("claim_withdrawn", claim_id)[0].username == "adjuster"


def test_a_claim_from_a_document_offers_to_attach_another(app, demo_db):
    adjuster = demo_user("adjuster")
    claim = next(c for c in list_claims(actor=adjuster, page_size=100).items
                 if get_claim(c.id, actor=adjuster).documents)
    at = open_review(app, "admin", claim.id)
    assert not at.exception
    assert [e.label for e in at.expander if "ttach" in e.label] == ["Attach another document"]
    assert f"extras.attach.{claim.id}" in [b.key for b in at.button]


def test_the_review_queue_shows_a_withdrawn_claim_under_its_status(app, filed):
    claim_id = filed[0]
    withdraw_claim(claim_id, "Settled privately.", actor=demo_user("adjuster"))
    at = log_in(app, "adjuster", "pages/review_queue.py")
    at.selectbox(key="queue.status").set_value("withdrawn").run()
    assert not at.exception
    rows = table(at)
    assert list(rows["status"]) == ["withdrawn"]
    assert rows["link"][0].startswith(f"/claim_detail?claim={claim_id}&")
