"""The review queue page: claims by risk with filters, counts and links to their review."""

from __future__ import annotations

import pytest

from core.claims.service import list_claims
from tests.core.claims.rows import make_score
from tests.pages.conftest import demo_user, log_in, table, texts

QUEUE = "pages/review_queue.py"


@pytest.fixture
def scored(demo_db):  # type: ignore[no-untyped-def]
    """The three newest demo claims scored high, medium and low; the rest unscored."""
    claims = list_claims(actor=demo_user("admin"), page_size=100).items
    for claim, (p, band) in zip(claims, [(0.93, "high"), (0.41, "medium"), (0.04, "low")],
                                strict=False):
        make_score(claim.id, p, band)
    return claims


def test_the_queue_lists_claims_riskiest_first_with_links(app, scored):
    at = log_in(app, "adjuster", QUEUE)
    assert not at.exception and not at.error
    assert texts(at.title) == ["Review queue"]
    rows = table(at)
    assert len(rows) == min(len(scored), 25)
    assert list(rows["fraud_probability"][:3]) == pytest.approx([0.93, 0.41, 0.04])
    assert list(rows["risk_band"][:4]) == ["High", "Medium", "Low", "Not scored"]
    first = scored[0]
    assert rows["link"][0] == f"/claim_detail?claim={first.id}&number={first.number}"
    unscored = len(scored) - 3
    assert f"High: 1 · Medium: 1 · Low: 1 · Not scored: {unscored}" in texts(at.caption)
    assert f"Page 1 of 1, {len(scored)} claims" in texts(at.caption)


def test_filters_narrow_the_queue(app, scored):
    at = log_in(app, "admin", QUEUE)
    at.selectbox(key="queue.band").set_value("high").run()
    assert not at.exception
    assert list(table(at)["link"]) == [
        f"/claim_detail?claim={scored[0].id}&number={scored[0].number}"]
    at.selectbox(key="queue.band").set_value("").run()
    at.text_input(key="queue.search").input(scored[1].number).run()
    assert len(table(at)) == 1 and table(at)["risk_band"][0] == "Medium"
    at.text_input(key="queue.search").input("").run()
    at.selectbox(key="queue.sort").set_value("oldest").run()
    assert table(at)["link"][0].endswith(f"number={scored[-1].number}")
    at.selectbox(key="queue.status").set_value("closed").run()
    assert texts(at.info) == ["No claims match these filters."]


def test_agents_have_no_review_queue(app):
    at = log_in(app, "agent")
    assert not at.exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(QUEUE)
