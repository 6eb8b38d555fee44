"""What the review queue walks: its filters checked and compiled, the sections of each sort,
and the same sections made of claims already in hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, exists, select

from core.claims.models import CLAIM_STATUSES, Claim
from core.claims.queue_keyset import Keyed, Section
from core.claims.queue_search import row_matches
from core.errors import ValidationError
from core.policies.models import Policy
from core.scoring.models import Score

RISK_BANDS = ("high", "medium", "low")
UNSCORED = "unscored"  # the band filter value for claims without a current score
MIN_SEARCH = 3  # shorter texts match too much to be worth a search (and defeat trigrams)


@dataclass(frozen=True)
class Filters:
    """The queue's filters: on claims alone, the band, and the search text."""

    claims: list[ColumnElement[bool]]  # on claims alone (no join needed), the search aside
    band: str | None
    search: str = ""

    @property
    def rows(self) -> list[ColumnElement[bool]]:
        """Every filter but the band, as tests of a claim row."""
        return [*self.claims, row_matches(self.search)] if self.search else self.claims


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def parse_filters(
    *, status: str | None, band: str | None, product_id: int | None, date_from: date | None,
    date_to: date | None, search: str | None,
) -> Filters:
    """Check the filters (ValidationError naming each bad one) and compile them."""
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
        where.append(Claim.created_at >= day_start(date_from))
    if date_to:  # the whole last day counts
        where.append(Claim.created_at < day_start(date_to + timedelta(days=1)))
    return Filters(claims=where, band=band or None, search=text)


def has_current_score() -> ColumnElement[bool]:
    """Whether the claim has a current score."""
    return exists().where(Score.claim_id == Claim.id, Score.current)


def sections(sort: str, filters: Filters) -> list[Section]:
    """The runs of each sort over the whole table, selecting claim ids only (names are joined
    to the page's rows afterwards); the filters are tested on the claims met in key
    order (`Section.keep`): this is only used when many claims match."""
    keep = tuple(filters.rows)
    if sort == "risk":  # riskiest first (ties: the later claim first), then the unscored
        runs = []
        if filters.band != UNSCORED:
            stmt = select(Score.claim_id.label("id")).where(Score.current)
            if filters.band:
                stmt = stmt.where(Score.risk_band == filters.band)
            runs.append(Section("scored", stmt, (Score.fraud_probability, Score.claim_id),
                                    descending=True, keep=keep))
        if filters.band in (None, UNSCORED):
            stmt = select(Claim.id).where(~has_current_score())
            runs.append(Section("unscored", stmt, (Claim.id,), descending=True, keep=keep))
        return runs
    stmt = select(Claim.id)
    if filters.band == UNSCORED:
        stmt = stmt.where(~has_current_score())
    elif filters.band:
        stmt = stmt.where(exists().where(Score.claim_id == Claim.id, Score.current,
                                         Score.risk_band == filters.band))
    return [Section("claims", stmt, (Claim.created_at, Claim.id), descending=sort == "newest",
                    keep=keep)]


class Candidate(NamedTuple):
    """A matching claim with its sort keys, as the count's window brings it."""

    id: int
    created_at: datetime | None  # only read for the time sorts (converting it costs)
    band: str | None
    probability: float | None


def loaded_sections(sort: str, band: str | None, rows: list[Candidate]) -> dict[str, Keyed]:
    """The sections of `sections` made of rows in hand, keyed alike."""
    if sort == "risk":
        return {"scored": [((r.probability, r.id), r) for r in rows
                           if r.band is not None and band in (None, r.band)],
                "unscored": [((r.id,), r) for r in rows if r.band is None]}
    wanted = [r for r in rows if band is None or (r.band or UNSCORED) == band]
    return {"claims": [((r.created_at, r.id), r) for r in wanted]}
