"""Reserve reports, read from the claim_reserve_days rollup (core.reports.models).

The rollup holds one row per UTC day of intake, product of the claim's policy and incident
type, kept exact by triggers; a period is whole UTC days, so the rows of the days in it give
the same figures as the claims received in it, from about a thousand times fewer rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from core.auth.schemas import CurrentUser
from core.db import session_scope
from core.policies.models import Product
from core.reports.filters import check_filters, in_days
from core.reports.models import NO_INCIDENT_TYPE, NO_PRODUCT_ID, ClaimReserveDay
from core.reports.schemas import ReserveRow

# The statuses whose reserve is still held; migration 0009's triggers use the same list.
OPEN_STATUSES = ("new", "in_review", "info_requested")
NO_PRODUCT, NO_INCIDENT = "(no policy on file)", "(not stated)"
CENT = Decimal("0.01")


def _money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENT)


def _grouped_by(key: Any, date_from: date | None, date_to: date | None,
                product_id: int | None) -> Any:
    days = ClaimReserveDay
    stmt = (select(key.label("key"), func.sum(days.claims).label("claims"),
                   func.sum(days.open_claims).label("open_claims"),
                   func.sum(days.open_reserve).label("open_reserve"),
                   func.sum(days.claimed_total).label("claimed_total"),
                   func.sum(days.approved_total).label("approved_total"))
            .where(*in_days(days.day, date_from, date_to))
            .group_by(key)
            .having(func.sum(days.claims) > 0))  # keys whose claims all moved or went
    if product_id is not None:
        stmt = stmt.where(days.product_id == product_id)
    return stmt


def _reserve_row(key: str, label: str, row: Any) -> ReserveRow:
    return ReserveRow(key=key, label=label, claims=int(row.claims),
                      open_claims=int(row.open_claims or 0),
                      open_reserve=_money(row.open_reserve),
                      claimed_total=_money(row.claimed_total),
                      approved_total=_money(row.approved_total))


def reserves_by_product(*, actor: CurrentUser, date_from: date | None = None,
                        date_to: date | None = None,
                        product_id: int | None = None) -> list[ReserveRow]:
    """Per product: claims, open claims and their reserve, claimed and approved totals.

    Claims not linked to a policy form one row of their own (key '')."""
    check_filters(actor, date_from, date_to, product_id)
    stmt = _grouped_by(ClaimReserveDay.product_id, date_from, date_to, product_id)
    with session_scope() as session:
        rows = session.execute(stmt).all()
        ids = [r.key for r in rows if r.key != NO_PRODUCT_ID]
        names = {pid: (code, name) for pid, code, name in session.execute(
            select(Product.id, Product.code, Product.name).where(Product.id.in_(ids)))}
    found = [_reserve_row(names[r.key][0], f"{names[r.key][1]} ({names[r.key][0]})", r)
             if r.key != NO_PRODUCT_ID else _reserve_row("", NO_PRODUCT, r) for r in rows]
    return sorted(found, key=lambda r: (-r.open_reserve, r.label))


def reserves_by_incident_type(*, actor: CurrentUser, date_from: date | None = None,
                              date_to: date | None = None,
                              product_id: int | None = None) -> list[ReserveRow]:
    """Per incident type: claims, open claims and their reserve, claimed and approved totals."""
    check_filters(actor, date_from, date_to, product_id)
    stmt = _grouped_by(ClaimReserveDay.incident_type, date_from, date_to, product_id)
    with session_scope() as session:
        rows = session.execute(stmt).all()
    found = [_reserve_row(r.key, r.key.replace("_", " ") if r.key != NO_INCIDENT_TYPE
                          else NO_INCIDENT, r) for r in rows]
    return sorted(found, key=lambda r: (-r.open_reserve, r.label))
