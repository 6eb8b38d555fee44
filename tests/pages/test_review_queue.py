"""The review queue page: claims by risk with filters, counts and links to their review."""

from __future__ import annotations

import pytest

from core.claims.queue import count_review_queue_by_band
from core.claims.service import list_claims
from core.claims.workflow import get_decision, reject_claim
from tests.core.claims.rows import make_claim, make_score
from tests.core.helpers import audit_entries
from tests.pages.conftest import demo_user, log_in, table, texts

QUEUE = "pages/review_queue.py"


@pytest.fixture
def scored(demo_db):  # type: ignore[no-untyped-def]
    """The three newest demo claims given scores the others cannot beat or share: 0.999
    high, 0.5 medium and 0.001 low (other claims keep whatever score intake gave them)."""
    claims = list_claims(actor=demo_user("admin"), page_size=100).items
    for claim, (p, band) in zip(claims, [(0.999, "high"), (0.5, "medium"), (0.001, "low")],
                                strict=False):
        make_score(claim.id, p, band)
    return claims


def link(claim) -> str:  # type: ignore[no-untyped-def]
    return f"/claim_detail?claim={claim.id}&number={claim.number}"


def test_the_queue_lists_claims_riskiest_first_with_links(app, scored):
    at = log_in(app, "adjuster", QUEUE)
    assert not at.exception and not at.error
    assert texts(at.title) == ["Review queue"]
    rows = table(at)
    assert len(rows) == min(len(scored), 25)
    risks = [p for p in rows["fraud_probability"] if p == p]  # NaN: not scored, listed last
    assert risks == sorted(risks, reverse=True) and risks[0] == pytest.approx(0.999)
    assert rows["fraud_probability"][:len(risks)].notna().all()
    assert rows["link"][0] == link(scored[0]) and rows["risk_band"][0] == "High"
    counts = count_review_queue_by_band(actor=demo_user("adjuster"))
    assert counts["high"].value >= 1 and counts["medium"].value >= 1
    assert counts["low"].value >= 1 and counts["high"].exact
    assert (f"High: {counts['high']} · Medium: {counts['medium']} · Low: {counts['low']} · "
            f"Not scored: {counts['unscored']}") in texts(at.caption)
    assert f"Page 1 of 1, {len(scored)} claims" in texts(at.caption)


def test_filters_narrow_the_queue(app, scored):
    at = log_in(app, "admin", QUEUE)
    at.selectbox(key="queue.band").set_value("high").run()
    assert not at.exception
    assert set(table(at)["risk_band"]) == {"High"} and table(at)["link"][0] == link(scored[0])
    at.selectbox(key="queue.band").set_value("").run()
    at.text_input(key="queue.search").input(scored[1].number).run()
    assert list(table(at)["link"]) == [link(scored[1])]
    assert table(at)["risk_band"][0] == "Medium"
    at.text_input(key="queue.search").input("").run()
    at.selectbox(key="queue.sort").set_value("newest").run()
    assert table(at)["link"][0] == link(scored[0])
    at.selectbox(key="queue.sort").set_value("oldest").run()
    assert table(at)["link"][0] == link(scored[-1])
    at.selectbox(key="queue.status").set_value("closed").run()
    assert texts(at.info) == ["No claims match these filters."]


def test_next_previous_first_and_last_move_through_the_queue(app, scored):
    at = log_in(app, "adjuster", QUEUE)
    at.selectbox(key="queue.pager.size").set_value(10).run()
    first = list(table(at)["link"])
    assert len(first) == 10 and first[0] == link(scored[0])
    assert at.button(key="queue.pager.previous").disabled
    pages = -(-len(scored) // 10)
    assert f"Page 1 of {pages}, {len(scored)} claims" in texts(at.caption)

    at.button(key="queue.pager.next").click().run()
    assert not at.exception
    second = list(table(at)["link"])
    assert second and not set(second) & set(first)
    assert f"Page 2 of {pages}, {len(scored)} claims" in texts(at.caption)
    at.button(key="queue.pager.previous").click().run()
    assert list(table(at)["link"]) == first

    at.button(key="queue.pager.last").click().run()
    assert f"Page {pages} of {pages}, {len(scored)} claims" in texts(at.caption)
    assert at.button(key="queue.pager.next").disabled
    at.button(key="queue.pager.first").click().run()
    assert list(table(at)["link"]) == first


def test_a_short_search_says_how_long_it_must_be(app, scored):
    at = log_in(app, "adjuster", QUEUE)
    at.text_input(key="queue.search").input("ab").run()
    assert not at.exception
    assert texts(at.error) == ["search: type at least 3 characters"]


def test_agents_have_no_review_queue(app):
    at = log_in(app, "agent")
    assert not at.exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(QUEUE)


REVIEW = "pages/claim_detail.py"
REASONS = [
    {"feature": "days_policy_to_loss", "label": "Days from policy start to loss",
     "value": "3 days", "contribution": 1.4, "direction": "raises",
     "sentence": "Reported 3 days after the policy started: raises the risk"},
    {"feature": "prior_claims_12m", "label": "Prior claims in 12 months", "value": "0",
     "contribution": -0.3, "direction": "lowers",
     "sentence": "No claims in the last 12 months: lowers the risk"},
]


def open_review(app, username: str, claim_id: int):  # type: ignore[no-untyped-def]
    app.query_params["claim"] = str(claim_id)
    return log_in(app, username, REVIEW)


@pytest.fixture
def claim(demo_db):  # type: ignore[no-untyped-def]
    """The newest demo claim, scored high with two reasons, and its decision state."""
    adjuster = demo_user("adjuster")
    first = list_claims(actor=adjuster).items[0]
    make_score(first.id, 0.88, "high", reserve="950.00", reasons=REASONS)
    return get_decision(first.id, actor=adjuster)


def test_the_review_shows_the_score_its_reasons_and_the_reserve(app, claim):
    at = open_review(app, "adjuster", claim.claim_id)
    assert not at.exception and not at.error
    charts = at.get("plotly_chart")
    assert len(charts) == 3  # gauge, amounts, waterfall
    assert "contribution to fraud risk (log-odds)" in charts[2].proto.spec
    markdown = " ".join(texts(at.markdown))
    assert "Reported 3 days after the policy started: raises the risk" in markdown
    assert [m.value for m in at.metric] == ["950.00 USD"]
    assert [t.label for t in at.tabs] == ["Start review", "Approve", "Reject",
                                         "Request information"]


def test_an_unscored_claim_says_so(app, demo_db):
    claim_id = make_claim()
    at = open_review(app, "adjuster", claim_id)
    assert not at.exception
    assert "This claim has no fraud score yet." in texts(at.info)


def test_rejecting_then_reopening_from_the_page(app, claim):
    at = open_review(app, "adjuster", claim.claim_id)
    key = f"decision.{claim.claim_id}.{claim.version}.reject"
    at.selectbox(key=f"{key}.reason").set_value("suspected_fraud")
    at.text_area(key=f"{key}.note").input("Staged accident, see the photos.")
    at.button(key=f"decision.submit.{claim.claim_id}.reject").click().run()

    assert not at.exception and not at.error
    assert texts(at.success) == [f"Claim {claim.number} is rejected."]
    after = get_decision(claim.claim_id, actor=demo_user("adjuster"))
    assert after.status == "rejected" and after.decision_reason == "suspected_fraud"
    assert audit_entries("claim_rejected", claim.claim_id)[-1].details["note"] == (
        "Staged accident, see the photos.")
    assert [t.label for t in at.tabs] == ["Reopen"]  # no approving without reopening

    at.text_area(key=f"decision.{claim.claim_id}.{after.version}.reopen.note").input(
        "The police report clears it.")
    at.button(key=f"decision.submit.{claim.claim_id}.reopen").click().run()
    assert not at.exception and not at.error
    assert get_decision(claim.claim_id, actor=demo_user("adjuster")).status == "in_review"


def test_approving_needs_a_note_and_keeps_the_amount(app, claim):
    at = open_review(app, "admin", claim.claim_id)
    key = f"decision.{claim.claim_id}.{claim.version}.approve"
    at.text_input(key=f"{key}.amount").input("10.00")
    at.button(key=f"decision.submit.{claim.claim_id}.approve").click().run()
    assert not at.exception
    assert texts(at.error) == ["note: is required: say why"]
    assert get_decision(claim.claim_id, actor=demo_user("admin")).status == claim.status

    at.text_area(key=f"{key}.note").input("Small glass repair.")
    at.button(key=f"decision.submit.{claim.claim_id}.approve").click().run()
    assert not at.exception and not at.error
    after = get_decision(claim.claim_id, actor=demo_user("admin"))
    assert after.status == "approved" and str(after.approved_amount) == "10.00"


def test_a_decision_over_someone_elses_is_refused_with_reload(app, claim):
    at = open_review(app, "adjuster", claim.claim_id)
    reject_claim(claim.claim_id, "duplicate", "Same as an earlier one.",
                 actor=demo_user("admin"), expected_version=claim.version)  # meanwhile
    key = f"decision.{claim.claim_id}.{claim.version}.approve"
    at.text_area(key=f"{key}.note").input("Looks fine.")
    at.button(key=f"decision.submit.{claim.claim_id}.approve").click().run()

    assert not at.exception
    assert any("changed by someone else" in e and "reload" in e for e in texts(at.error))
    assert get_decision(claim.claim_id, actor=demo_user("adjuster")).status == "rejected"
    at.button(key=f"claim_detail.reload.{claim.claim_id}").click().run()
    assert not at.error and [t.label for t in at.tabs] == ["Reopen"]
