"""Plotly figures of the reports: in, the rows core.reports.service returns; out, Figures that
pages pass to st.plotly_chart. Each axis says what it counts and in which unit."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from core.calls.schemas import ProductOfferRow
from core.config import get_settings
from core.reports.schemas import (
    BandCount,
    CallOutcomeCount,
    CampaignRow,
    DecisionWeek,
    DurationBucket,
    RenewalRow,
    ReserveRow,
    ScoreBucket,
    StatusCount,
    WeekStatusCount,
)
from core.scoring.charts import band_of

STATUS_COLOURS = {
    "new": "#1f77b4", "in_review": "#9467bd", "info_requested": "#ff7f0e",
    "approved": "#2ca02c", "rejected": "#d62728", "withdrawn": "#7f7f7f", "closed": "#8c564b",
}
BAND_BAR_COLOURS = {"high": "#d62728", "medium": "#ff7f0e", "low": "#2ca02c",
                    "unscored": "#bbbbbb"}
RENEWAL_SERIES = (("expiring_30", "Expiring in 0-30 days", "#d62728"),
                  ("expiring_60", "Expiring in 31-60 days", "#ff7f0e"),
                  ("expiring_90", "Expiring in 61-90 days", "#ffbb78"),
                  ("renewed", "Renewed", "#2ca02c"), ("declined", "Declined", "#7f7f7f"))
MARGIN = {"l": 10, "r": 10, "t": 50, "b": 40}


def _label(code: str | None) -> str:
    return (code or "none").replace("_", " ")


def _layout(figure: go.Figure, title: str, x: str, y: str, height: int = 340) -> go.Figure:
    figure.update_layout(title=title, xaxis_title=x, yaxis_title=y, height=height,
                         margin=MARGIN, legend={"orientation": "h", "y": -0.25})
    return figure


def status_chart(rows: Sequence[StatusCount]) -> go.Figure:
    """Claims by current status, one bar each."""
    figure = go.Figure(go.Bar(
        x=[_label(r.status) for r in rows], y=[r.claims for r in rows],
        text=[r.claims for r in rows], textposition="auto",
        marker={"color": [STATUS_COLOURS.get(r.status, "#999999") for r in rows]}))
    return _layout(figure, "Claims by status", "current status", "claims")


def weekly_chart(rows: Sequence[WeekStatusCount]) -> go.Figure:
    """Claims received per week, stacked by current status."""
    figure = go.Figure()
    for status in sorted({r.status for r in rows}, key=list(STATUS_COLOURS).index):
        mine = [r for r in rows if r.status == status]
        figure.add_bar(name=_label(status), x=[r.week for r in mine], y=[r.claims for r in mine],
                       marker={"color": STATUS_COLOURS.get(status, "#999999")})
    figure.update_layout(barmode="stack")
    return _layout(figure, "Claims received per week (UTC, weeks from Monday)",
                   "week starting", "claims")


def score_histogram_chart(rows: Sequence[ScoreBucket]) -> go.Figure:
    """The current fraud probabilities in 5 % buckets, coloured by the risk band they fall in
    (the thresholds in settings)."""
    settings = get_settings()
    bands = {"low": 0.0, "medium": settings.risk_medium, "high": settings.risk_high}
    figure = go.Figure(go.Bar(
        x=[f"{100 * r.low:.0f}-{100 * r.high:.0f} %" for r in rows], y=[r.claims for r in rows],
        marker={"color": [BAND_BAR_COLOURS.get(band_of(r.low, bands), "#999999")
                          for r in rows]},
        hovertemplate="%{x}: %{y} claims<extra></extra>"))
    return _layout(figure, "Fraud-score distribution (current scores)",
                   "fraud probability", "claims")


def band_chart(rows: Sequence[BandCount]) -> go.Figure:
    """Claims per risk band, with those not scored."""
    figure = go.Figure(go.Bar(
        x=[_label(r.band) for r in rows], y=[r.claims for r in rows],
        text=[r.claims for r in rows], textposition="auto",
        marker={"color": [BAND_BAR_COLOURS.get(r.band, "#999999") for r in rows]}))
    return _layout(figure, "Claims per risk band", "risk band", "claims", height=300)


def reserves_chart(rows: Sequence[ReserveRow], by: str) -> go.Figure:
    """Reserves on open claims and approved amounts per product or incident type (USD)."""
    labels = [r.label for r in rows]
    figure = go.Figure()
    figure.add_bar(name="Reserve on open claims", y=labels, x=[float(r.open_reserve) for r in rows],
                   orientation="h", marker={"color": "#9467bd"})
    figure.add_bar(name="Approved", y=labels, x=[float(r.approved_total) for r in rows],
                   orientation="h", marker={"color": "#2ca02c"})
    figure.update_layout(barmode="group", yaxis={"autorange": "reversed"})
    return _layout(figure, f"Reserves by {by}", "amount (USD)", "",
                   height=140 + 44 * max(len(rows), 1))


def decision_weeks_chart(rows: Sequence[DecisionWeek]) -> go.Figure:
    """Median and 90th-percentile days from intake to decision, per week of decision."""
    weeks = [r.week for r in rows]
    figure = go.Figure()
    figure.add_scatter(name="median", x=weeks, y=[r.median_days for r in rows],
                       mode="lines+markers", line={"color": "#1f77b4"})
    figure.add_scatter(name="90th percentile", x=weeks, y=[r.p90_days for r in rows],
                       mode="lines+markers", line={"color": "#d62728", "dash": "dash"})
    return _layout(figure, "Days from intake to decision, by week decided",
                   "week starting", "days")


def decision_distribution_chart(rows: Sequence[DurationBucket]) -> go.Figure:
    """Decided claims by how long the decision took."""
    figure = go.Figure(go.Bar(x=[r.label for r in rows], y=[r.claims for r in rows],
                              text=[r.claims for r in rows], textposition="auto",
                              marker={"color": "#1f77b4"}))
    return _layout(figure, "Time from intake to decision", "days to decision", "claims",
                   height=300)


def renewal_chart(rows: Sequence[RenewalRow]) -> go.Figure:
    """Per product: terms expiring in 30/60/90 days, renewed and declined, side by side."""
    labels = [r.product_name if r.product_name else r.product_code for r in rows]
    figure = go.Figure()
    for name, title, colour in RENEWAL_SERIES:
        figure.add_bar(name=title, x=labels, y=[getattr(r, name) for r in rows],
                       marker={"color": colour})
    figure.update_layout(barmode="group")
    return _layout(figure, "Renewal pipeline", "product", "policies")


def call_outcomes_chart(rows: Sequence[CallOutcomeCount]) -> go.Figure:
    """Calls by final status, stacked by the outcome reported on answered calls."""
    figure = go.Figure()
    for outcome in sorted({r.outcome or "" for r in rows}):
        mine = [r for r in rows if (r.outcome or "") == outcome]
        figure.add_bar(name=_label(outcome) if outcome else "no outcome",
                       x=[_label(r.status) for r in mine], y=[r.calls for r in mine])
    figure.update_layout(barmode="stack")
    return _layout(figure, "Calls by status and outcome", "call status", "calls")


def campaign_chart(rows: Sequence[CampaignRow]) -> go.Figure:
    """Per campaign: calls answered, stacked by outcome, beside all calls placed."""
    names = [r.name for r in rows]
    figure = go.Figure()
    figure.add_bar(name="calls placed", x=names, y=[r.calls for r in rows],
                   marker={"color": "#cccccc"}, offsetgroup="placed")
    for outcome in sorted({o for r in rows for o in r.outcomes}):
        figure.add_bar(name=_label(outcome), x=names,
                       y=[r.outcomes.get(outcome, 0) for r in rows], offsetgroup="outcomes")
    figure.update_layout(barmode="stack")
    return _layout(figure, "Campaign outcomes", "campaign", "calls")


def offers_chart(rows: Sequence[ProductOfferRow]) -> go.Figure:
    """Per product offered: calls, answered, interested and customers converted, side by side."""
    labels = [r.product_name or r.product_code for r in rows]
    figure = go.Figure()
    for name, title, colour in (("calls", "calls", "#cccccc"), ("answered", "answered", "#1f77b4"),
                                ("interested", "interested", "#ff7f0e"),
                                ("converted", "customers converted", "#2ca02c")):
        figure.add_bar(name=title, x=labels, y=[getattr(r, name) for r in rows],
                       marker={"color": colour})
    figure.update_layout(barmode="group")
    return _layout(figure, "Product offers: interest and conversion", "product", "calls")
