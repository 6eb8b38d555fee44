"""The review queue: claims with their current score, policy, product and customer, filtered,
sorted and paginated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import CLAIM_STATUSES, Claim
from core.config import get_settings
from core.db import session_scope
from core.errors import ValidationError
from core.pagination import Page, paginate
from core.policies.models import Customer, Policy, Product
from core.scoring.models import Score

QUEUE_ROLES = ("admin", "adjuster")
RISK_BANDS = ("high", "medium", "low")
UNSCORED = "unscored"  # the band filter value for claims without a current score
SORTS = ("risk", "newest", "oldest")
QueueSort = Literal["risk", "newest", "oldest"]


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


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(
    *, status: str | None, band: str | None, product_id: int | None, date_from: date | None,
    date_to: date | None, search: str | None,
) -> list[ColumnElement[bool]]:
    problems: dict[str, str] = {}
    if status and status not in CLAIM_STATUSES:
        problems["status"] = f"must be one of {', '.join(CLAIM_STATUSES)}"
    if band and band not in (*RISK_BANDS, UNSCORED):
        problems["band"] = f"must be one of {', '.join((*RISK_BANDS, UNSCORED))}"
    if date_from and date_to and date_from > date_to:
        problems["date_to"] = "is before the first day"
    if problems:
        raise ValidationError(problems)
    where: list[ColumnElement[bool]] = []
    if status:
        where.append(Claim.status == status)
    if band == UNSCORED:
        where.append(Score.id.is_(None))
    elif band:
        where.append(Score.risk_band == band)
    if product_id is not None:
        where.append(Policy.product_id == product_id)
    if date_from:
        where.append(Claim.created_at >= _day_start(date_from))
    if date_to:  # the whole last day counts
        where.append(Claim.created_at < _day_start(date_to + timedelta(days=1)))
    if search and search.strip():
        like = f"%{_escape_like(search.strip().lower())}%"
        where.append(or_(func.lower(Claim.number).like(like, escape="\\"),
                         func.lower(Claim.claimant_name).like(like, escape="\\"),
                         func.lower(Customer.name).like(like, escape="\\")))
    return where


def _joined(*columns: Any) -> Select[Any]:
    # Outer joins: a claim with no policy, customer or score yet still belongs in the queue.
    return (
        select(*columns)
        .select_from(Claim)
        .outerjoin(Score, and_(Score.claim_id == Claim.id, Score.current.is_(True)))
        .outerjoin(Policy, Claim.policy_id == Policy.id)
        .outerjoin(Product, Policy.product_id == Product.id)
        .outerjoin(Customer, Claim.customer_id == Customer.id)
    )


def _order(sort: str) -> list[Any]:
    if sort == "risk":  # riskiest first, unscored last (NULLS LAST spelled for every backend)
        return [Score.fraud_probability.is_(None), Score.fraud_probability.desc(),
                Claim.created_at.desc(), Claim.id.desc()]
    if sort == "oldest":
        return [Claim.created_at.asc(), Claim.id.asc()]
    return [Claim.created_at.desc(), Claim.id.desc()]


def _to_item(row: Any) -> QueueItem:
    return QueueItem(
        id=row.id, number=row.number, status=row.status, claimant_name=row.claimant_name,
        customer_name=row.customer_name, policy_number=row.policy_number,
        product_name=row.product_name, incident_type=row.incident_type,
        claimed_amount=row.claimed_amount, currency=row.currency,
        fraud_probability=row.fraud_probability, risk_band=row.risk_band,
        reserve_estimate=row.reserve_estimate, created_at=row.created_at,
    )


def list_review_queue(
    *, actor: CurrentUser, status: str | None = None, band: str | None = None,
    product_id: int | None = None, date_from: date | None = None, date_to: date | None = None,
    search: str | None = None, sort: QueueSort | str = "risk", page: int = 1,
    page_size: int = 25,
) -> Page[QueueItem]:
    """One page of claims with their current score.

    Filters: status, risk band ('high', 'medium', 'low' or 'unscored'), product, the day the
    claim was received (from and to, both inclusive, UTC) and a fragment of the claim number,
    claimant or customer name. Sorts: 'risk' (fraud probability, highest first, unscored last),
    'newest' or 'oldest' received.
    """
    require_role(actor, *QUEUE_ROLES)
    if sort not in SORTS:
        raise ValidationError({"sort": f"must be one of {', '.join(SORTS)}"})
    where = _filters(status=status, band=band, product_id=product_id, date_from=date_from,
                     date_to=date_to, search=search)
    stmt = _joined(
        Claim.id, Claim.number, Claim.status, Claim.claimant_name, Claim.incident_type,
        Claim.claimed_amount, Claim.currency, Claim.created_at,
        Customer.name.label("customer_name"), Policy.number.label("policy_number"),
        Product.name.label("product_name"), Score.fraud_probability, Score.risk_band,
        Score.reserve_estimate,
    ).where(*where).order_by(*_order(sort))
    with session_scope() as session:
        return paginate(session, stmt, page=page, page_size=page_size, to_item=_to_item)


def count_review_queue_by_band(
    *, actor: CurrentUser, status: str | None = None, product_id: int | None = None,
    date_from: date | None = None, date_to: date | None = None, search: str | None = None,
) -> dict[str, int]:
    """How many claims the same filters (band aside) find per risk band, 'unscored' included."""
    require_role(actor, *QUEUE_ROLES)
    where = _filters(status=status, band=None, product_id=product_id, date_from=date_from,
                     date_to=date_to, search=search)
    band = func.coalesce(Score.risk_band, UNSCORED)
    stmt = _joined(band, func.count()).where(*where).group_by(band)
    counts = dict.fromkeys((*RISK_BANDS, UNSCORED), 0)
    with session_scope() as session:
        for name, count in session.execute(stmt):
            counts[str(name)] = int(count)
    return counts


@dataclass(frozen=True)
class ReviewScore:
    """A claim's current score as the review shows it.

    `reasons` are the score's reason records ({"feature", "label", "value", "contribution",
    "direction", "sentence"}, contributions in log-odds); `fraud_base_value` is the SHAP expected
    value in log-odds, or None when the scoring service cannot say.
    """

    fraud_probability: float
    risk_band: str
    reserve_estimate: Decimal | None
    reasons: list[dict[str, Any]]
    fraud_base_value: float | None
    reserve_reasons: list[dict[str, Any]]
    fraud_model_version: str | None
    reserve_model_version: str | None
    created_at: datetime | None
    bands: dict[str, float]  # where each risk band starts, as a fraud probability


def risk_bands() -> dict[str, float]:
    """Where each risk band starts, as a fraud probability (CLAIMDESK_RISK_MEDIUM and _HIGH)."""
    settings = get_settings()
    return {"low": 0.0, "medium": settings.risk_medium, "high": settings.risk_high}


def _version_label(version: Any) -> str | None:
    if version is None or isinstance(version, str):
        return version
    name, number = getattr(version, "model_name", None), getattr(version, "version", None)
    return f"{name} {number}" if name and number else str(number or version)


def _from_service(view: Any) -> ReviewScore:
    return ReviewScore(
        fraud_probability=float(view.fraud_probability), risk_band=str(view.risk_band),
        reserve_estimate=getattr(view, "reserve_estimate", None),
        reasons=[dict(r) for r in getattr(view, "reasons", None) or []],
        fraud_base_value=getattr(view, "fraud_base_value", None),
        reserve_reasons=[dict(r) for r in getattr(view, "reserve_reasons", None) or []],
        fraud_model_version=_version_label(getattr(view, "fraud_model_version", None)),
        reserve_model_version=_version_label(getattr(view, "reserve_model_version", None)),
        created_at=getattr(view, "created_at", None), bands=risk_bands(),
    )


def _from_table(claim_id: int) -> ReviewScore | None:
    from core.scoring.models import ModelVersion

    with session_scope() as session:
        score = session.scalar(select(Score).where(Score.claim_id == claim_id,
                                                   Score.current.is_(True))
                               .order_by(Score.created_at.desc(), Score.id.desc()).limit(1))
        if score is None:
            return None
        versions = {
            v.id: f"{v.model_name} {v.version}" for v in session.scalars(
                select(ModelVersion).where(ModelVersion.id.in_(
                    [score.fraud_model_version_id, score.reserve_model_version_id])))
        }
        return ReviewScore(
            fraud_probability=score.fraud_probability, risk_band=score.risk_band,
            reserve_estimate=score.reserve_estimate,
            reasons=[dict(r) for r in score.reasons or [] if isinstance(r, dict)],
            fraud_base_value=None, reserve_reasons=[],
            fraud_model_version=versions.get(score.fraud_model_version_id or 0),
            reserve_model_version=versions.get(score.reserve_model_version_id or 0),
            created_at=score.created_at, bands=risk_bands(),
        )


def get_review_score(claim_id: int, *, actor: CurrentUser) -> ReviewScore | None:
    """The claim's current score with its reasons and model versions; None if not scored.

    Asks core.scoring.service.get_current_score; while that module is not there, reads the
    scores table itself (then without the SHAP base value).
    """
    require_role(actor, *QUEUE_ROLES)
    try:
        from core.scoring.service import get_current_score
    except ImportError:
        return _from_table(claim_id)
    view = get_current_score(claim_id, actor=actor)
    return None if view is None else _from_service(view)
