"""The review queue: claims with their current score, policy, product and customer, filtered,
sorted and paged by keyset in SQL, with capped counts per risk band.

Built to stay fast at a million claims (bench/scale.py): pages move by cursor, never by
OFFSET; counts look at the newest COUNT_WINDOW matching claims; the search uses trigram
indexes on PostgreSQL (migration 0007).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from sqlalchemy import ColumnElement, Select, exists, func, null, select, text
from sqlalchemy.orm import Session

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import CLAIM_STATUSES, Claim
from core.claims.queue_keyset import Direction, Keyed, Section, read_window
from core.claims.queue_search import matching_ids, row_matches
from core.claims.review_score import QUEUE_ROLES, ReviewScore, get_review_score, risk_bands
from core.db import session_scope
from core.errors import ValidationError
from core.pagination import MAX_PAGE_SIZE
from core.policies.models import Customer, Policy, Product
from core.scoring.models import Score

__all__ = ["QUEUE_ROLES", "ReviewScore", "get_review_score", "risk_bands"]  # re-exported

RISK_BANDS = ("high", "medium", "low")
UNSCORED = "unscored"  # the band filter value for claims without a current score
SORTS = ("risk", "newest", "oldest")
DIRECTIONS = ("after", "before", "last")
QueueSort = Literal["risk", "newest", "oldest"]
MIN_SEARCH = 3  # shorter texts match too much to be worth a search (and defeat trigrams)
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


@dataclass(frozen=True)
class _Filters:
    claims: list[ColumnElement[bool]]  # on claims alone (no join needed), the search aside
    band: str | None
    search: str = ""

    @property
    def rows(self) -> list[ColumnElement[bool]]:
        """Every filter but the band, as tests of a claim row."""
        return [*self.claims, row_matches(self.search)] if self.search else self.claims


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _filters(
    *, status: str | None, band: str | None, product_id: int | None, date_from: date | None,
    date_to: date | None, search: str | None,
) -> _Filters:
    problems: dict[str, str] = {}
    if status and status not in CLAIM_STATUSES:
        problems["status"] = f"must be one of {', '.join(CLAIM_STATUSES)}"
    if band and band not in (*RISK_BANDS, UNSCORED):
        problems["band"] = f"must be one of {', '.join((*RISK_BANDS, UNSCORED))}"
    if date_from and date_to and date_from > date_to:
        problems["date_to"] = "is before the first day"
    text = (search or "").strip()
    if text and len(text) < MIN_SEARCH:
        problems["search"] = f"type at least {MIN_SEARCH} characters"
    if problems:
        raise ValidationError(problems)
    where: list[ColumnElement[bool]] = []
    if status:
        where.append(Claim.status == status)
    if product_id is not None:
        where.append(Claim.policy_id.in_(select(Policy.id).where(Policy.product_id == product_id)))
    if date_from:
        where.append(Claim.created_at >= _day_start(date_from))
    if date_to:  # the whole last day counts
        where.append(Claim.created_at < _day_start(date_to + timedelta(days=1)))
    return _Filters(claims=where, band=band or None, search=text)


def _current_score() -> ColumnElement[bool]:
    return exists().where(Score.claim_id == Claim.id, Score.current)


def _sections(sort: str, filters: _Filters) -> list[Section]:
    """The runs of each sort over the whole table, selecting claim ids only (names are joined
    to the page's rows afterwards, `_items`); the filters are tested on the claims met in key
    order (`Section.keep`): this is only used when many claims match."""
    keep = tuple(filters.rows)
    if sort == "risk":  # riskiest first (ties: the later claim first), then the unscored
        sections = []
        if filters.band != UNSCORED:
            stmt = select(Score.claim_id.label("id")).where(Score.current)
            if filters.band:
                stmt = stmt.where(Score.risk_band == filters.band)
            sections.append(Section("scored", stmt, (Score.fraud_probability, Score.claim_id),
                                    descending=True, keep=keep))
        if filters.band in (None, UNSCORED):
            stmt = select(Claim.id).where(~_current_score())
            sections.append(Section("unscored", stmt, (Claim.id,), descending=True, keep=keep))
        return sections
    stmt = select(Claim.id)
    if filters.band == UNSCORED:
        stmt = stmt.where(~_current_score())
    elif filters.band:
        stmt = stmt.where(exists().where(Score.claim_id == Claim.id, Score.current,
                                         Score.risk_band == filters.band))
    return [Section("claims", stmt, (Claim.created_at, Claim.id), descending=sort == "newest",
                    keep=keep)]


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


class _Candidate(NamedTuple):
    id: int
    created_at: datetime | None  # only read for the time sorts (converting it costs)
    band: str | None
    probability: float | None


def _window(session: Session, filters: _Filters, sort: str) -> tuple[
        dict[str, Count], list[_Candidate] | None]:
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
        found = {row[0]: _Candidate(*row) for row in raw}
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
    rows = [_Candidate(*row) for row in session.execute(keyed)]
    return _tally(rows, exact=len(rows) < COUNT_WINDOW and complete)


def _tally(rows: list[_Candidate], *, exact: bool) -> tuple[dict[str, Count],
                                                          list[_Candidate] | None]:
    found = dict.fromkeys((*RISK_BANDS, UNSCORED), 0)
    for row in rows:
        found[row.band or UNSCORED] += 1
    return {name: Count(n, exact) for name, n in found.items()}, rows if exact else None


def _loaded(sort: str, band: str | None, rows: list[_Candidate]) -> dict[str, Keyed]:
    """The sections of `_sections` made of rows in hand, keyed alike."""
    if sort == "risk":
        return {"scored": [((r.probability, r.id), r) for r in rows
                           if r.band is not None and band in (None, r.band)],
                "unscored": [((r.id,), r) for r in rows if r.band is None]}
    wanted = [r for r in rows if band is None or (r.band or UNSCORED) == band]
    return {"claims": [((r.created_at, r.id), r) for r in wanted]}


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
    filters = _filters(status=status, band=band, product_id=product_id, date_from=date_from,
                       date_to=date_to, search=search)
    size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    with session_scope() as session:
        _serial(session)
        counts, matching = _window(session, filters, sort)
        # Few matches (all in hand with their keys): the page is cut from them, not from an
        # index order that might pass a million rows to find them.
        loaded = None if matching is None else _loaded(sort, filters.band, matching)
        window = read_window(session, sort, _sections(sort, filters), size=size, cursor=cursor,
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
    filters = _filters(status=status, band=None, product_id=product_id, date_from=date_from,
                       date_to=date_to, search=search)
    with session_scope() as session:
        return _window(session, filters, "risk")[0]
