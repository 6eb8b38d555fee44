"""Plotly figures of a claim's score: the fraud gauge, the SHAP waterfall, the amounts.

In: plain numbers and the reason records of a score (see core.scoring explain: each
{"feature", "label", "value", "contribution", "direction", "sentence"}, contribution in
log-odds). Out: plotly Figures; pages only pass them to st.plotly_chart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import plotly.graph_objects as go

# Where each band starts, as a fraud probability; the settings may give others.
DEFAULT_BANDS: Mapping[str, float] = {"low": 0.0, "medium": 0.3, "high": 0.7}
BAND_COLOURS = {"low": "#c8e6c9", "medium": "#ffe0b2", "high": "#ffcdd2"}
RAISES, LOWERS, TOTAL = "#d62728", "#2ca02c", "#1f77b4"
AMOUNT_COLOURS = {"Claimed": TOTAL, "Reserve estimate": "#9467bd", "Approved": LOWERS}
WATERFALL_AXIS = "contribution to fraud risk (log-odds)"
MAX_REASON_BARS = 10
EPSILON = 1e-6


def _logit(probability: float) -> float:
    p = min(max(probability, EPSILON), 1 - EPSILON)
    return math.log(p / (1 - p))


def _band_ranges(bands: Mapping[str, float]) -> list[tuple[str, float, float]]:
    """(band, from, to) in percent, in rising order."""
    starts = sorted(bands.items(), key=lambda item: item[1])
    ends = [start for _name, start in starts[1:]] + [1.0]
    return [(name, 100 * start, 100 * end) for (name, start), end in zip(starts, ends, strict=True)]


def band_of(probability: float, bands: Mapping[str, float] = DEFAULT_BANDS) -> str:
    """The band a probability falls in (the last band whose start it reaches)."""
    found = min(bands, key=lambda name: bands[name])
    for name, start in sorted(bands.items(), key=lambda item: item[1]):
        if probability >= start:
            found = name
    return found


def score_gauge(probability: float, bands: Mapping[str, float] = DEFAULT_BANDS) -> go.Figure:
    """A 0-100 % gauge of the fraud probability with each risk band shaded."""
    band = band_of(probability, bands)
    steps = [{"range": [low, high], "color": BAND_COLOURS.get(name, "#eeeeee"), "name": name}
             for name, low, high in _band_ranges(bands)]
    figure = go.Figure(go.Indicator(
        mode="gauge+number", value=round(100 * probability, 1),
        number={"suffix": " %", "valueformat": ".1f"},
        title={"text": f"Fraud probability: {band} risk"},
        gauge={"axis": {"range": [0, 100], "ticksuffix": " %"},
               "bar": {"color": "#333333", "thickness": 0.3}, "steps": steps,
               "threshold": {"line": {"color": "#333333", "width": 3}, "thickness": 0.9,
                             "value": 100 * probability}},
    ))
    # The axis' end labels ("0 %", "100 %") stand outside the arc: room for them on both sides.
    figure.update_layout(height=260, margin={"l": 50, "r": 50, "t": 60, "b": 10})
    return figure


def _reason_label(reason: Mapping[str, Any]) -> str:
    label = str(reason.get("label") or reason.get("feature") or "?")
    value = reason.get("value")
    return f"{label} = {value}" if value not in (None, "") else label


def shap_waterfall(reasons: Sequence[Mapping[str, Any]], base_value: float | None,
                   probability: float, *, top: int = MAX_REASON_BARS) -> go.Figure:
    """A horizontal waterfall from the model's base value (log-odds) through the largest SHAP
    contributions to the claim's score.

    Bars: the base value, up to `top` reasons (largest |contribution| first), one bar for the
    rest when they add up to anything (the other features, or reasons past `top`), and the
    claim's score, logit(probability). All in log-odds; the hover shows probabilities too.
    Without a base value, the reasons are taken as complete and the base is what they leave.
    """
    ranked = sorted(reasons, key=lambda r: abs(float(r.get("contribution") or 0)), reverse=True)
    shown = ranked[:top]
    contributions = [float(r.get("contribution") or 0) for r in shown]
    final = _logit(probability)
    if base_value is None:
        base_value = final - sum(float(r.get("contribution") or 0) for r in ranked)
    rest = final - base_value - sum(contributions)
    labels = ["Base value (average claim)"] + [_reason_label(r) for r in shown]
    measures = ["absolute"] + ["relative"] * len(shown)
    values = [base_value, *contributions]
    hovers = [f"{1 / (1 + math.exp(-base_value)):.1%} before this claim's features"] + [
        str(r.get("sentence") or "") for r in shown]
    if abs(rest) >= 0.005:
        others = len(ranked) - len(shown)
        labels.append(f"{others} more reasons" if others else "All other features")
        measures.append("relative")
        values.append(rest)
        hovers.append("The features not shown, together")
    labels.append("This claim")
    measures.append("total")
    values.append(final)
    hovers.append(f"Fraud probability {probability:.1%}")
    ends, running = [], 0.0  # where each bar starts and stops, to leave room for its label
    for value, measure in zip(values, measures, strict=True):
        start = 0.0 if measure in ("absolute", "total") else running
        running = value if measure in ("absolute", "total") else running + value
        ends += [start, running]
    low, high = min(ends), max(ends)
    pad = 0.18 * ((high - low) or 1.0)
    figure = go.Figure(go.Waterfall(
        orientation="h", y=labels, x=values, measure=measures, cliponaxis=False,
        text=[f"{v:+.2f}" if m == "relative" else f"{v:.2f}" for v, m in
              zip(values, measures, strict=True)],
        textposition="outside", hovertext=hovers, hoverinfo="text+x",
        increasing={"marker": {"color": RAISES}}, decreasing={"marker": {"color": LOWERS}},
        totals={"marker": {"color": TOTAL}}, connector={"line": {"color": "#999999"}},
    ))
    figure.update_layout(
        title="Why this score: red raises the fraud risk, green lowers it",
        xaxis={"title": WATERFALL_AXIS, "range": [low - pad, high + pad]},
        yaxis={"autorange": "reversed"}, showlegend=False, height=120 + 32 * len(labels),
        margin={"l": 10, "r": 40, "t": 50, "b": 40},
    )
    return figure


def reserve_bar(claimed: Decimal | float | None, reserve: Decimal | float | None,
                approved: Decimal | float | None = None, *, currency: str = "USD") -> go.Figure:
    """Bars of the claimed amount, the reserve estimate and the approved amount (those known)."""
    rows = [(name, float(amount)) for name, amount in
            (("Claimed", claimed), ("Reserve estimate", reserve), ("Approved", approved))
            if amount is not None]
    figure = go.Figure(go.Bar(
        orientation="h", y=[name for name, _ in rows], x=[amount for _, amount in rows],
        text=[f"{amount:,.2f}" for _, amount in rows], textposition="auto",
        marker={"color": [AMOUNT_COLOURS[name] for name, _ in rows]},
    ))
    figure.update_layout(xaxis_title=f"amount ({currency})", yaxis={"autorange": "reversed"},
                         height=80 + 40 * len(rows), margin={"l": 10, "r": 10, "t": 10, "b": 40})
    return figure
