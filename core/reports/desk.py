"""Reports on the policy and call desks: the renewal pipeline, call and campaign outcomes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select

from core.auth.schemas import CurrentUser
from core.calls.models import Call, Campaign
from core.calls.offers import product_offer_summary
from core.calls.schemas import ProductOfferRow
from core.db import session_scope
from core.policies.models import Policy, Product
from core.reports.filters import check_filters, in_days, in_period
from core.reports.schemas import CallOutcomeCount, CampaignRow, RenewalRow

EXPIRING_WINDOWS = (30, 60, 90)  # days ahead: 0-30, 31-60, 61-90
NOT_YET_RENEWED = ("not_due", "due")
SINGLE_CALLS = "Single calls (no campaign)"


def renewal_pipeline(*, actor: CurrentUser, date_from: date | None = None,
                     date_to: date | None = None, product_id: int | None = None,
                     today: date | None = None) -> list[RenewalRow]:
    """Per product: active terms not yet renewed ending within 30, 31-60 and 61-90 days of
    `today`; and terms renewed or declined, counted when their end date is in the period."""
    check_filters(actor, date_from, date_to, product_id)
    today = today or date.today()
    days = [today + timedelta(days=n) for n in EXPIRING_WINDOWS]
    of_product = [Policy.product_id == product_id] if product_id is not None else []
    window = case((Policy.end_date <= days[0], 0), (Policy.end_date <= days[1], 1), else_=2)
    expiring = (select(Policy.product_id.label("product_id"), window.label("window"))
                .where(Policy.status == "active", Policy.renewal_status.in_(NOT_YET_RENEWED),
                       Policy.end_date >= today, Policy.end_date <= days[2], *of_product)
                .subquery())
    expiring_counts = (select(expiring.c.product_id, expiring.c.window, func.count())
                       .group_by(expiring.c.product_id, expiring.c.window))
    settled = (select(Policy.product_id, Policy.renewal_status, func.count())
               .where(Policy.renewal_status.in_(("renewed", "declined")),
                      *in_days(Policy.end_date, date_from, date_to), *of_product)
               .group_by(Policy.product_id, Policy.renewal_status))
    products = select(Product.id, Product.code, Product.name).order_by(Product.code)
    if product_id is not None:
        products = products.where(Product.id == product_id)
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    with session_scope() as session:
        for pid, index, n in session.execute(expiring_counts):
            counts[pid][f"expiring_{EXPIRING_WINDOWS[int(index)]}"] = int(n)
        for pid, status, n in session.execute(settled):
            counts[pid][status] = int(n)
        names = session.execute(products).all()
    return [RenewalRow(product_id=pid, product_code=code, product_name=name,
                       expiring_30=counts[pid].get("expiring_30", 0),
                       expiring_60=counts[pid].get("expiring_60", 0),
                       expiring_90=counts[pid].get("expiring_90", 0),
                       renewed=counts[pid].get("renewed", 0),
                       declined=counts[pid].get("declined", 0))
            for pid, code, name in names]


def _call_filters(date_from: date | None, date_to: date | None,
                  product_id: int | None) -> list[ColumnElement[bool]]:
    where = in_period(Call.created_at, date_from, date_to)
    if product_id is not None:
        # A call is about a product directly (offers) or through the policy it is about.
        where.append(or_(Call.product_id == product_id,
                         Call.policy_id.in_(select(Policy.id)
                                            .where(Policy.product_id == product_id))))
    return where


def call_outcomes(*, actor: CurrentUser, date_from: date | None = None,
                  date_to: date | None = None,
                  product_id: int | None = None) -> list[CallOutcomeCount]:
    """Calls placed in the period by status and outcome, most frequent first."""
    check_filters(actor, date_from, date_to, product_id)
    stmt = (select(Call.status, Call.outcome, func.count())
            .where(*_call_filters(date_from, date_to, product_id))
            .group_by(Call.status, Call.outcome))
    with session_scope() as session:
        rows = session.execute(stmt).all()
    found = [CallOutcomeCount(status, outcome, int(n)) for status, outcome, n in rows]
    return sorted(found, key=lambda r: (-r.calls, r.status, r.outcome or ""))


def campaign_outcomes(*, actor: CurrentUser, date_from: date | None = None,
                      date_to: date | None = None,
                      product_id: int | None = None) -> list[CampaignRow]:
    """Per campaign (and single calls): calls placed in the period, answered, by outcome."""
    check_filters(actor, date_from, date_to, product_id)
    answered = func.sum(case((Call.answered_at.is_not(None), 1), else_=0))
    stmt = (select(Call.campaign_id, Call.outcome, func.count(), answered)
            .where(*_call_filters(date_from, date_to, product_id))
            .group_by(Call.campaign_id, Call.outcome))
    totals: dict[int | None, dict[str, Any]] = defaultdict(
        lambda: {"calls": 0, "answered": 0, "outcomes": {}})
    with session_scope() as session:
        for campaign_id, outcome, calls, picked_up in session.execute(stmt):
            entry = totals[campaign_id]
            entry["calls"] += int(calls)
            entry["answered"] += int(picked_up or 0)
            if outcome is not None:
                entry["outcomes"][outcome] = int(calls)
        ids = [cid for cid in totals if cid is not None]
        campaigns = {cid: (name, status) for cid, name, status in session.execute(
            select(Campaign.id, Campaign.name, Campaign.status).where(Campaign.id.in_(ids)))}
    rows = [CampaignRow(campaign_id=cid,
                        name=campaigns[cid][0] if cid is not None else SINGLE_CALLS,
                        status=campaigns[cid][1] if cid is not None else None,
                        calls=entry["calls"], answered=entry["answered"],
                        outcomes=dict(sorted(entry["outcomes"].items())))
            for cid, entry in totals.items()]
    return sorted(rows, key=lambda r: (r.campaign_id is None, -r.calls, r.name))


def offers_by_product(*, actor: CurrentUser, date_from: date | None = None,
                      date_to: date | None = None,
                      product_id: int | None = None) -> list[ProductOfferRow]:
    """Interest and conversion per product over the offer calls placed in the period (the
    calls domain's product_offer_summary, under the reports' filters)."""
    check_filters(actor, date_from, date_to, product_id)
    return product_offer_summary(actor=actor, date_from=date_from, date_to=date_to,
                                 product_id=product_id)
