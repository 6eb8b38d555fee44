"""The review queue: filters, sorts, search and pages, in SQL, on real rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.claims.queue import Count, count_review_queue_by_band, list_review_queue
from core.errors import PermissionDenied, ValidationError
from tests.core.claims.rows import make_claim, make_score
from tests.core.helpers import captured_sql
from tests.factories import make_customer, make_policy, make_product, make_user


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def queue(db):  # type: ignore[no-untyped-def]
    """Six claims: three scored high/medium/low, one rescored, two unscored, two products."""
    motor, home = make_product(product_type="motor"), make_product(product_type="home")
    bob = make_customer(name="Bob Stone")
    eve = make_customer(name="Eve_Marsh")
    motor_policy = make_policy(customer_id=bob, product_id=motor)
    home_policy = make_policy(customer_id=eve, product_id=home)
    ids = {
        "high": make_claim(number="CLM-Q-0001", claimant_name="Bob Stone", policy_id=motor_policy,
                           customer_id=bob, created_at=at(1), status="in_review"),
        "medium": make_claim(number="CLM-Q-0002", claimant_name="Carla Diaz",
                             policy_id=home_policy, customer_id=eve, created_at=at(2)),
        "low": make_claim(number="CLM-Q-0003", claimant_name="Dan Wu", policy_id=motor_policy,
                          customer_id=bob, created_at=at(3)),
        "rescored": make_claim(number="CLM-Q-0004", claimant_name="Fay Lin", created_at=at(4)),
        "unscored_old": make_claim(number="CLM-Q-0005", claimant_name=None, created_at=at(5)),
        "unscored_new": make_claim(number="CLM-Q-0006", claimant_name="Gus 100%",
                                   created_at=at(6, 23)),
    }
    make_score(ids["high"], 0.91, "high", reserve="2500.00")
    make_score(ids["medium"], 0.45, "medium")
    make_score(ids["low"], 0.05, "low")
    make_score(ids["rescored"], 0.97, "high")
    make_score(ids["rescored"], 0.20, "low")  # only the current score counts
    return {"ids": ids, "motor": motor, "home": home, "actor": make_user("adjuster")}


def numbers(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.number for item in page.items]


def test_sorted_by_risk_highest_first_unscored_last(queue):
    page = list_review_queue(actor=queue["actor"])
    assert numbers(page) == ["CLM-Q-0001", "CLM-Q-0002", "CLM-Q-0004", "CLM-Q-0003",
                             "CLM-Q-0006", "CLM-Q-0005"]
    first = page.items[0]
    assert first.fraud_probability == pytest.approx(0.91) and first.risk_band == "high"
    assert str(first.reserve_estimate) == "2500.00"
    assert first.customer_name == "Bob Stone" and first.policy_number
    assert first.product_name == "Test product" and first.status == "in_review"
    assert page.items[-1].fraud_probability is None and page.items[-1].risk_band is None
    assert page.total == Count(6, exact=True) and str(page.total) == "6"
    assert page.next_cursor is None and page.previous_cursor is None


def test_sorted_by_newest_and_oldest(queue):
    assert numbers(list_review_queue(actor=queue["actor"], sort="newest"))[:2] == [
        "CLM-Q-0006", "CLM-Q-0005"]
    assert numbers(list_review_queue(actor=queue["actor"], sort="oldest"))[:2] == [
        "CLM-Q-0001", "CLM-Q-0002"]


def test_filters_by_status_band_product_and_days(queue):
    actor = queue["actor"]
    assert numbers(list_review_queue(actor=actor, status="in_review")) == ["CLM-Q-0001"]
    assert numbers(list_review_queue(actor=actor, band="low")) == ["CLM-Q-0004", "CLM-Q-0003"]
    assert numbers(list_review_queue(actor=actor, band="unscored")) == [
        "CLM-Q-0006", "CLM-Q-0005"]
    assert numbers(list_review_queue(actor=actor, product_id=queue["motor"])) == [
        "CLM-Q-0001", "CLM-Q-0003"]
    assert numbers(list_review_queue(actor=actor, product_id=queue["motor"], band="high")) == [
        "CLM-Q-0001"]
    # Both days inclusive: a claim received late on the last day is in.
    assert numbers(list_review_queue(actor=actor, sort="oldest", date_from=date(2026, 3, 2),
                                     date_to=date(2026, 3, 6))) == [
        "CLM-Q-0002", "CLM-Q-0003", "CLM-Q-0004", "CLM-Q-0005", "CLM-Q-0006"]
    assert numbers(list_review_queue(actor=actor, date_to=date(2026, 3, 1))) == ["CLM-Q-0001"]


def test_search_matches_claim_number_claimant_and_customer(queue):
    actor = queue["actor"]
    assert numbers(list_review_queue(actor=actor, search="q-0003")) == ["CLM-Q-0003"]
    assert numbers(list_review_queue(actor=actor, search="carla")) == ["CLM-Q-0002"]
    # Customer name: Bob Stone holds the motor policy of claims 1 and 3.
    assert numbers(list_review_queue(actor=actor, search=" STONE ")) == [
        "CLM-Q-0001", "CLM-Q-0003"]
    # LIKE wildcards are matched literally.
    assert numbers(list_review_queue(actor=actor, search="eve_")) == ["CLM-Q-0002"]
    assert numbers(list_review_queue(actor=actor, search="100%")) == ["CLM-Q-0006"]
    assert numbers(list_review_queue(actor=actor, search="00%")) == ["CLM-Q-0006"]
    assert list_review_queue(actor=actor, search="nobody").total == Count(0, exact=True)


@pytest.mark.parametrize("sort", ["risk", "newest"])
def test_a_search_with_more_matches_than_gathered_walks_the_order_instead(queue, monkeypatch,
                                                                          sort):
    from core.claims import queue as queue_module

    actor = queue["actor"]
    gathered = [numbers(list_review_queue(actor=actor, search=text, sort=sort))
                for text in ("stone", "clm-q", "q-000")]
    with_status = numbers(list_review_queue(actor=actor, search="clm-q", status="new",
                                            sort=sort))
    monkeypatch.setattr(queue_module, "SEARCH_SCAN", 1)  # every search now "too common"
    walked = [list_review_queue(actor=actor, search=text, sort=sort)
              for text in ("stone", "clm-q", "q-000")]
    assert [numbers(page) for page in walked] == gathered
    assert len(gathered[1]) == 6 and not walked[1].total.exact  # counted in part
    assert numbers(list_review_queue(actor=actor, search="clm-q", status="new",
                                     sort=sort)) == with_status
    assert len(with_status) == 5
    # "stone" finds claim 1 twice (claimant and customer) and claim 3 once (customer): three
    # rows gathered; a limit of three is reached with two claims found, so the walk decides.
    monkeypatch.setattr(queue_module, "SEARCH_SCAN", 3)
    assert not list_review_queue(actor=actor, search="stone").total.exact
    monkeypatch.setattr(queue_module, "SEARCH_SCAN", 4)
    assert list_review_queue(actor=actor, search="stone").total == Count(2, exact=True)


def test_search_finds_the_policy_number(queue):
    from core.claims.models import Claim
    from core.db import session_scope
    from core.policies.models import Policy

    with session_scope() as session:
        policy = session.get(Policy, session.get(Claim, queue["ids"]["medium"]).policy_id)
        number = policy.number
    assert numbers(list_review_queue(actor=queue["actor"], search=number.lower())) == [
        "CLM-Q-0002"]


def test_a_search_shorter_than_three_characters_is_refused(queue):
    with pytest.raises(ValidationError) as refused:
        list_review_queue(actor=queue["actor"], search=" 0% ")
    assert refused.value.errors == {"search": "type at least 3 characters"}


def test_pages_follow_cursors_in_sql_without_offset(queue, backend):
    actor = queue["actor"]
    first = list_review_queue(actor=actor, page_size=4)
    assert numbers(first) == ["CLM-Q-0001", "CLM-Q-0002", "CLM-Q-0004", "CLM-Q-0003"]
    assert first.previous_cursor is None and first.next_cursor
    with captured_sql() as statements:
        second = list_review_queue(actor=actor, page_size=4, cursor=first.next_cursor)
    # The page starts after the cursor's row by its key, not by skipping rows.
    assert any("(SCORES.FRAUD_PROBABILITY, SCORES.CLAIM_ID) < (" in s for s in statements)
    if backend == "postgresql":  # SQLite's dialect always writes OFFSET, with 0
        assert not any("OFFSET" in s for s in statements)
    assert numbers(second) == ["CLM-Q-0006", "CLM-Q-0005"]  # on into the unscored
    assert second.next_cursor is None and second.previous_cursor
    back = list_review_queue(actor=actor, page_size=4, cursor=second.previous_cursor,
                             direction="before")
    assert numbers(back) == numbers(first) and back.previous_cursor is None
    last = list_review_queue(actor=actor, page_size=4, direction="last")
    assert numbers(last) == ["CLM-Q-0004", "CLM-Q-0003", "CLM-Q-0006", "CLM-Q-0005"]
    assert last.next_cursor is None and last.previous_cursor


def test_counts_per_band_follow_the_other_filters(queue):
    actor = queue["actor"]
    def exact(**counts: int) -> dict[str, Count]:
        return {band: Count(n, exact=True) for band, n in counts.items()}

    assert count_review_queue_by_band(actor=actor) == exact(high=1, medium=1, low=2,
                                                            unscored=2)
    assert count_review_queue_by_band(actor=actor, product_id=queue["motor"]) == exact(
        high=1, medium=0, low=1, unscored=0)
    page = list_review_queue(actor=actor, band="low", status="new")
    assert page.total == Count(2, exact=True)
    assert page.band_counts == exact(high=0, medium=1, low=2, unscored=2)


def test_counts_over_the_window_are_lower_bounds(queue, monkeypatch):
    from core.claims import queue as queue_module

    monkeypatch.setattr(queue_module, "COUNT_WINDOW", 3)  # the three newest claims
    counts = count_review_queue_by_band(actor=queue["actor"])
    assert counts == {"high": Count(0, exact=False), "medium": Count(0, exact=False),
                      "low": Count(1, exact=False), "unscored": Count(2, exact=False)}
    page = list_review_queue(actor=queue["actor"])
    assert page.total == Count(3, exact=False) and str(page.total) == "3+"
    assert len(page.items) == 6  # the rows themselves are all there


def test_agents_are_refused_and_bad_filters_named(queue):
    with pytest.raises(PermissionDenied):
        list_review_queue(actor=make_user("agent"))
    with pytest.raises(PermissionDenied):
        count_review_queue_by_band(actor=make_user("agent"))
    with pytest.raises(ValidationError) as refused:
        list_review_queue(actor=queue["actor"], status="lost", band="purple", sort="random",
                          direction="sideways")
    assert set(refused.value.errors) == {"sort", "direction"}
    with pytest.raises(ValidationError) as refused:
        list_review_queue(actor=queue["actor"], status="lost", band="purple",
                          date_from=date(2026, 3, 5), date_to=date(2026, 3, 1))
    assert set(refused.value.errors) == {"status", "band", "date_to"}


def test_the_review_score_is_the_current_one_with_its_reasons(db):
    from core.claims.queue import get_review_score

    adjuster = make_user("adjuster")
    claim_id = make_claim()
    assert get_review_score(claim_id, actor=adjuster) is None
    reasons = [{"feature": "days_policy_to_loss", "label": "Days from policy start to loss",
                "value": "3 days", "contribution": 1.1, "direction": "raises",
                "sentence": "Reported 3 days after the policy started: raises the risk"}]
    make_score(claim_id, 0.9, "high")
    make_score(claim_id, 0.62, "medium", reserve="1500.00", reasons=reasons)
    score = get_review_score(claim_id, actor=adjuster)
    assert score is not None
    assert score.fraud_probability == pytest.approx(0.62) and score.risk_band == "medium"
    assert str(score.reserve_estimate) == "1500.00"
    assert score.reasons[0]["sentence"] == reasons[0]["sentence"]
    with pytest.raises(PermissionDenied):
        get_review_score(claim_id, actor=make_user("agent"))
