"""The review queue: claims with their current score, policy, product and customer, filtered,
sorted and paged by keyset in SQL, with capped counts per risk band.

Built to stay fast at a million claims (bench/scale.py): pages move by cursor, never by
OFFSET; counts look at the newest COUNT_WINDOW matching claims; the search uses trigram
indexes on PostgreSQL (migration 0007).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Select, func, null, select, text
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim
from core.claims.queue_keyset import Direction, read_window
from core.claims.queue_plan import (
    RISK_BANDS,
    UNSCORED,
    Candidate,
    Filters,
    loaded_sections,
    parse_filters,
    sections,
)
from core.claims.queue_search import matching_ids
from core.claims.review_score import QUEUE_ROLES, ReviewScore, get_review_score, risk_bands
from core.db import session_scope
from core.errors import ValidationError
from core.pagination import MAX_PAGE_SIZE
from core.policies.models import Customer, Policy, Product
from core.scoring.models import Score

__all__ = ["QUEUE_ROLES", "RISK_BANDS", "UNSCORED", "ReviewScore", "get_review_score",
           "risk_bands"]  # re-exported

SORTS = ("risk", "newest", "oldest")
DIRECTIONS = ("after", "before", "last")
QueueSort = Literal["risk", "newest", "oldest"]
COUNT_WINDOW = 10_000  # counts look at this many newest matching claims at most
SEARCH_SCAN = 1_000  # a search's matches are gathered up to this many (then walked in order)


@dataclass(frozen=True)
class QueueItem:
    """A row of the review queue; score fields are None for a claim not scored yet."""

    id: int
    number: str
    status: str
    claimant_name: str | None
    customer_name: str | None
    policy_number: str | None
    product_name: str | None
    incident_type: str | None
    claimed_amount: Decimal | None
    currency: str
    fraud_probability: float | None
    risk_band: str | None
    reserve_estimate: Decimal | None
    created_at: datetime


@dataclass(frozen=True)
class Count:
    """How many claims match: exactly `value`, or (not exact) at least that many."""

    value: int
    exact: bool

    def __str__(self) -> str:
        return f"{self.value:,}" + ("" if self.exact else "+")


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue, the cursors to its neighbours (None at either end) and counts."""

    items: list[QueueItem]
    page_size: int
    total: Count
    band_counts: dict[str, Count]
    next_cursor: str | None
    previous_cursor: str | None


def _items(session: Session, ids: list[int]) -> list[QueueItem]:
    """The queue rows of these claims, in this order, with current score and names."""
    if not ids:
        return []
    # Outer joins: a claim with no score, policy or customer yet still belongs in the queue.
    stmt = (select(Claim.id, Claim.number, Claim.status, Claim.claimant_name,
                   Claim.incident_type, Claim.claimed_amount, Claim.currency, Claim.created_at,
                   Customer.name.label("customer_name"), Policy.number.label("policy_number"),
                   Product.name.label("product_name"), Score.fraud_probability,
                   Score.risk_band, Score.reserve_estimate)
            .select_from(Claim)
            .outerjoin(Score, (Score.claim_id == Claim.id) & Score.current)
            .outerjoin(Policy, Claim.policy_id == Policy.id)
            .outerjoin(Product, Policy.product_id == Product.id)
            .outerjoin(Customer, Claim.customer_id == Customer.id)
            .where(Claim.id.in_(ids)))
    rows = {row.id: _to_item(row) for row in session.execute(stmt)}
    return [rows[i] for i in ids if i in rows]


def _to_item(row: Any) -> QueueItem:
    return QueueItem(
        id=row.id, number=row.number, status=row.status, claimant_name=row.claimant_name,
        customer_name=row.customer_name, policy_number=row.policy_number,
        product_name=row.product_name, incident_type=row.incident_type,
        claimed_amount=row.claimed_amount, currency=row.currency,
        fraud_probability=row.fraud_probability, risk_band=row.risk_band,
        reserve_estimate=row.reserve_estimate, created_at=row.created_at,
    )


def _window(session: Session, filters: Filters, sort: str) -> tuple[
        dict[str, Count], list[Candidate] | None]:
    """Claims per band (the band filter aside) among the newest COUNT_WINDOW that match, and,
    when fewer match a filter, all of them with their sort keys (else None).

    Counts are exact when fewer than COUNT_WINDOW match, else lower bounds: an exact count of a
    million rows (or of the unscored, rows absent from scores that no index finds) would read
    them all on every page.
    """
    where, complete = list(filters.claims), True
    if filters.search:  # the matches field by field, up to SEARCH_SCAN of them
        raw = session.execute(matching_ids(filters.search, SEARCH_SCAN)).all()
        complete = len(raw) < SEARCH_SCAN  # rows, not claims: one found twice is two rows
        found = {row[0]: Candidate(*row) for row in raw}
        if not where:  # nothing else to filter by: these are the matches
            return _tally(list(found.values()), exact=complete)
        where.append(Claim.id.in_(found))
    window = (select(Claim.id, Claim.created_at).where(*where)
              .order_by(Claim.id.desc()).limit(COUNT_WINDOW).subquery())
    scored = (Score.claim_id == window.c.id) & Score.current
    if not where:  # the whole table: a full window, counted in the database
        band = func.coalesce(Score.risk_band, UNSCORED)
        stmt = select(band, func.count()).select_from(window).outerjoin(Score, scored)
        grouped = {str(name): int(n) for name, n in session.execute(stmt.group_by(band))}
        exact = sum(grouped.values()) < COUNT_WINDOW
        return {name: Count(grouped.get(name, 0), exact)
                for name in (*RISK_BANDS, UNSCORED)}, None
    # Filtered: the window's rows come back with their keys (created_at only when sorted by
    # it, as converting it costs) and are counted here.
    keyed: Select[Any] = (select(window.c.id,
                                 window.c.created_at if sort != "risk" else null(),
                                 Score.risk_band, Score.fraud_probability)
                          .select_from(window).outerjoin(Score, scored))
    rows = [Candidate(*row) for row in session.execute(keyed)]
    return _tally(rows, exact=len(rows) < COUNT_WINDOW and complete)


def _tally(rows: list[Candidate], *, exact: bool) -> tuple[dict[str, Count],
                                                          list[Candidate] | None]:
    found = dict.fromkeys((*RISK_BANDS, UNSCORED), 0)
    for row in rows:
        found[row.band or UNSCORED] += 1
    return {name: Count(n, exact) for name, n in found.items()}, rows if exact else None


def _serial(session: Session) -> None:
    # A page wants 25 rows fast: parallel workers on PostgreSQL each rebuild a search's
    # subplans and cost more to start than they save (this transaction only).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


def _total(counts: dict[str, Count], band: str | None) -> Count:
    if band:
        return counts[band]
    return Count(sum(c.value for c in counts.values()), all(c.exact for c in counts.values()))


def list_review_queue(
    *, actor: CurrentUser, status: str | None = None, band: str | None = None,
    product_id: int | None = None, date_from: date | None = None, date_to: date | None = None,
    search: str | None = None, sort: QueueSort | str = "risk", page_size: int = 25,
    cursor: str | None = None, direction: Direction | str = "after",
) -> QueuePage:
    """One page of claims with their current score, and the counts per band.

    Filters: status, risk band ('high', 'medium', 'low' or 'unscored'), product, the day the
    claim was received (from and to, both inclusive, UTC) and a text of 3 characters or more
    found in the claim or policy number, the claimant or the customer name. Sorts: 'risk'
    (fraud probability, highest first, unscored last), 'newest' or 'oldest' received. Paging:
    no cursor for the first page; a page's next_cursor with direction 'after', its
    previous_cursor with 'before'; direction 'last' for the last page.
    """
    require_role(actor, *QUEUE_ROLES)
    problems = {}
    if sort not in SORTS:
        problems["sort"] = f"must be one of {', '.join(SORTS)}"
    if direction not in DIRECTIONS:
        problems["direction"] = f"must be one of {', '.join(DIRECTIONS)}"
    if problems:
        raise ValidationError(problems)
    filters = parse_filters(status=status, band=band, product_id=product_id, date_from=date_from,
                       date_to=date_to, search=search)
    size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    with session_scope() as session:
        _serial(session)
        counts, matching = _window(session, filters, sort)
        # Few matches (all in hand with their keys): the page is cut from them, not from an
        # index order that might pass a million rows to find them.
        loaded = None if matching is None else loaded_sections(sort, filters.band, matching)
        window = read_window(session, sort, sections(sort, filters), size=size, cursor=cursor,
                             direction=direction, loaded=loaded)  # type: ignore[arg-type]
        items = _items(session, [row.id for row in window.rows])
    return QueuePage(items=items, page_size=size,
                     total=_total(counts, filters.band), band_counts=counts,
                     next_cursor=window.next_cursor, previous_cursor=window.previous_cursor)


def count_review_queue_by_band(
    *, actor: CurrentUser, status: str | None = None, product_id: int | None = None,
    date_from: date | None = None, date_to: date | None = None, search: str | None = None,
) -> dict[str, Count]:
    """How many claims the same filters (band aside) find per risk band, 'unscored' included,
    exact when at most COUNT_WINDOW claims match (else lower bounds from the newest)."""
    require_role(actor, *QUEUE_ROLES)
    filters = parse_filters(status=status, band=None, product_id=product_id, date_from=date_from,
                       date_to=date_to, search=search)
    with session_scope() as session:
        return _window(session, filters, "risk")[0]
