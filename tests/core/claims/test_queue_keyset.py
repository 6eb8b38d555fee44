"""Keyset pages of the review queue: a stable order through ties, next and previous, filters,
the last page and cursors that are not ours, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.claims.queue import list_review_queue
from core.errors import ValidationError
from tests.core.claims.rows import make_claim, make_score
from tests.factories import make_user

SAME_TIME = datetime(2026, 5, 1, 9, tzinfo=UTC)


@pytest.fixture
def ties(db):  # type: ignore[no-untyped-def]
    """Eleven claims received at the same instant: eight scored (five share 0.5), three not;
    every other one is in review."""
    ids = [make_claim(number=f"CLM-K-{i:04d}", created_at=SAME_TIME,
                      status="in_review" if i % 2 else "new") for i in range(11)]
    for claim_id, p in zip(ids, [0.5, 0.9, 0.5, 0.5, 0.1, 0.5, 0.5, 0.7], strict=False):
        make_score(claim_id, p, "high" if p >= 0.6 else "medium" if p >= 0.3 else "low")
    return {"ids": ids, "actor": make_user("adjuster")}


def walk(actor, size: int, **filters):  # type: ignore[no-untyped-def]
    """Every page from the first by next_cursor, then back again by previous_cursor."""
    pages = [list_review_queue(actor=actor, page_size=size, **filters)]
    while pages[-1].next_cursor:
        pages.append(list_review_queue(actor=actor, page_size=size,
                                       cursor=pages[-1].next_cursor, **filters))
    back = [pages[-1]]
    while back[-1].previous_cursor:
        back.append(list_review_queue(actor=actor, page_size=size, direction="before",
                                      cursor=back[-1].previous_cursor, **filters))
    return [[i.id for i in p.items] for p in pages], [[i.id for i in p.items] for p in back]


def test_risk_order_breaks_ties_by_the_later_claim_and_pages_cover_each_once(ties):
    ids = ties["ids"]
    forward, backward = walk(ties["actor"], 3)
    by_risk = [ids[1], ids[7], ids[6], ids[5], ids[3], ids[2], ids[0], ids[4]]
    unscored = [ids[10], ids[9], ids[8]]
    assert [i for page in forward for i in page] == by_risk + unscored
    assert [len(p) for p in forward] == [3, 3, 3, 2]
    assert backward == forward[::-1]  # previous pages are the very same pages


def test_newest_and_oldest_break_ties_by_id(ties):
    ids = ties["ids"]
    newest, back = walk(ties["actor"], 4, sort="newest")
    assert [i for page in newest for i in page] == ids[::-1]
    assert back == newest[::-1]
    oldest, _ = walk(ties["actor"], 4, sort="oldest")
    assert [i for page in oldest for i in page] == ids


def test_filters_hold_on_every_page(ties):
    ids = ties["ids"]
    in_review, back = walk(ties["actor"], 2, status="in_review")
    assert [i for page in in_review for i in page] == [ids[1], ids[7], ids[5], ids[3],
                                                        ids[9]]
    assert back == in_review[::-1]
    medium, _ = walk(ties["actor"], 2, band="medium")
    assert [i for page in medium for i in page] == [ids[6], ids[5], ids[3], ids[2], ids[0]]
    unscored, _ = walk(ties["actor"], 2, band="unscored", sort="newest")
    assert [i for page in unscored for i in page] == [ids[10], ids[9], ids[8]]


def test_the_last_page_and_the_way_back_from_it(ties):
    ids, actor = ties["ids"], ties["actor"]
    last = list_review_queue(actor=actor, page_size=4, direction="last")
    assert [i.id for i in last.items] == [ids[0], ids[4], ids[10], ids[9], ids[8]][-4:]
    assert last.next_cursor is None and last.previous_cursor
    before = list_review_queue(actor=actor, page_size=4, direction="before",
                               cursor=last.previous_cursor)
    assert [i.id for i in before.items] == [ids[5], ids[3], ids[2], ids[0]]
    newest_last = list_review_queue(actor=actor, page_size=4, sort="newest",
                                    direction="last")
    assert [i.id for i in newest_last.items] == ids[3::-1]


def test_a_claim_scored_between_pages_is_neither_lost_nor_repeated_after_the_cursor(ties):
    ids, actor = ties["ids"], ties["actor"]
    first = list_review_queue(actor=actor, page_size=3, sort="newest")
    make_score(ids[10], 0.99, "high")  # moves nothing in the newest order
    second = list_review_queue(actor=actor, page_size=3, sort="newest",
                               cursor=first.next_cursor)
    assert [i.id for i in first.items + second.items] == ids[:4:-1]


def test_cursors_of_another_sort_or_made_up_are_refused(ties):
    actor = ties["actor"]
    risk = list_review_queue(actor=actor, page_size=3)
    for cursor in (risk.next_cursor, "not-a-cursor", "W10", "WyJuZXdlc3QiLCJ4IixbXV0"):
        with pytest.raises(ValidationError) as refused:
            list_review_queue(actor=actor, page_size=3, sort="newest", cursor=cursor)
        assert set(refused.value.errors) == {"cursor"}


@pytest.mark.parametrize("filters", [{"status": "in_review"}, {"band": "medium"},
                                     {"status": "new", "sort": "newest"},
                                     {"status": "new", "band": "medium", "sort": "newest"},
                                     {"status": "new", "band": "unscored", "sort": "oldest"}])
def test_pages_cut_in_memory_match_pages_read_in_sql(ties, monkeypatch, filters):
    from core.claims import queue as queue_module
    from core.claims import queue_keyset

    # Few matches: cut from the rows the count already holds; forced into SQL by a window of 1.
    in_memory = walk(ties["actor"], 2, **filters)
    monkeypatch.setattr(queue_module, "COUNT_WINDOW", 1)
    in_sql = walk(ties["actor"], 2, **filters)
    # ... and walked in chunks of one, then two claims (filters tested chunk by chunk).
    monkeypatch.setattr(queue_keyset, "FIRST_CHUNK", 1)
    monkeypatch.setattr(queue_keyset, "LAST_CHUNK", 2)
    in_chunks = walk(ties["actor"], 2, **filters)
    assert in_memory[0][0] and in_memory == in_sql == in_chunks
