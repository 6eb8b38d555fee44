"""The score figures: gauge, SHAP waterfall and amounts carry the right bars and units."""

from __future__ import annotations

import math
from decimal import Decimal

import plotly.graph_objects as go
import pytest

from core.scoring.charts import (
    WATERFALL_AXIS,
    band_of,
    reserve_bar,
    score_gauge,
    shap_waterfall,
)


def reason(feature: str, contribution: float, value: str = "3 days") -> dict:
    return {"feature": feature, "label": feature.replace("_", " ").capitalize(), "value": value,
            "contribution": contribution,
            "direction": "raises" if contribution > 0 else "lowers",
            "sentence": f"{feature}: {'raises' if contribution > 0 else 'lowers'} the risk"}


def logit(p: float) -> float:
    return math.log(p / (1 - p))


REASONS = [reason("days_policy_to_loss", 1.2), reason("prior_claims_12m", -0.4, "0"),
           reason("police_report", 0.3, "no")]


def test_the_waterfall_walks_from_base_value_to_the_score():
    base, p = -2.0, 0.4
    figure = shap_waterfall(REASONS, base, p)
    assert isinstance(figure, go.Figure)
    (trace,) = figure.data
    assert isinstance(trace, go.Waterfall) and trace.orientation == "h"
    # base + 3 reasons + the other features + the claim's total
    assert len(trace.x) == 6
    assert list(trace.measure) == ["absolute", "relative", "relative", "relative", "relative",
                                   "total"]
    assert trace.y[0].startswith("Base value") and trace.y[-1] == "This claim"
    assert trace.y[1] == "Days policy to loss = 3 days"
    assert trace.x[0] == base and trace.x[-1] == pytest.approx(logit(p))
    assert sum(trace.x[:-1]) == pytest.approx(logit(p))
    assert figure.layout.xaxis.title.text == WATERFALL_AXIS
    assert "log-odds" in WATERFALL_AXIS


def test_the_waterfall_leaves_room_for_the_labels_outside_its_bars():
    # A low score on a negative base: the bars reach left of the axis' data, where their
    # labels ("-2.09", "-3.40") used to be cut off by the plot's edge.
    figure = shap_waterfall([reason("tenure", 0.42), reason("report_delay", -0.31),
                             reason("liability", -0.9)], -2.09, 0.034)
    trace = figure.data[0]
    low, high = figure.layout.xaxis.range
    running, ends = 0.0, []
    for value, measure in zip(trace.x, trace.measure, strict=True):
        start = running if measure == "relative" else 0.0
        running = running + value if measure == "relative" else value
        ends += [start, running]
    span = max(ends) - min(ends)
    assert low <= min(ends) - 0.1 * span and high >= max(ends) + 0.1 * span
    assert trace.cliponaxis is False


def test_the_gauge_has_room_for_its_end_labels():
    margin = score_gauge(0.5).layout.margin
    assert margin.l >= 45 and margin.r >= 45


def test_the_waterfall_needs_no_rest_bar_when_reasons_add_up():
    base = -1.0
    p = 1 / (1 + math.exp(-(base + 1.2 - 0.4 + 0.3)))
    trace = shap_waterfall(REASONS, base, p).data[0]
    assert len(trace.x) == 5  # base, three reasons, total


def test_the_waterfall_shows_the_largest_reasons_and_sums_the_rest():
    many = [reason(f"feature_{i}", (-1) ** i * (i + 1) / 10) for i in range(15)]
    trace = shap_waterfall(many, -1.5, 0.9, top=10).data[0]
    assert len(trace.x) == 1 + 10 + 1 + 1
    assert trace.y[1] == "Feature 14 = 3 days"  # largest |contribution| first
    assert trace.y[-2] == "5 more reasons"


def test_the_waterfall_of_a_claim_without_reasons():
    trace = shap_waterfall([], -2.0, 0.2).data[0]
    assert len(trace.x) == 3 and trace.y[1] == "All other features"


def test_the_gauge_shows_percent_and_every_band():
    bands = {"low": 0.0, "medium": 0.25, "high": 0.6}
    figure = score_gauge(0.42, bands)
    (indicator,) = figure.data
    assert indicator.value == 42.0 and indicator.number.suffix == " %"
    assert [tuple(step.range) for step in indicator.gauge.steps] == [
        (0.0, 25.0), (25.0, 60.0), (60.0, 100.0)]
    assert "medium risk" in indicator.title.text
    assert band_of(0.6, bands) == "high" and band_of(0.1, bands) == "low"


def test_reserve_bars_show_the_known_amounts():
    figure = reserve_bar(Decimal("1200.00"), Decimal("950.50"), None, currency="EUR")
    (bar,) = figure.data
    assert list(bar.y) == ["Claimed", "Reserve estimate"]
    assert list(bar.x) == [1200.0, 950.5]
    assert figure.layout.xaxis.title.text == "amount (EUR)"
    assert len(reserve_bar(None, 10, 5).data[0].x) == 2


def test_without_a_base_value_the_reasons_are_taken_as_complete():
    trace = shap_waterfall(REASONS, None, 0.7).data[0]
    assert len(trace.x) == 5  # base, three reasons, total: nothing left over
    assert trace.x[0] == pytest.approx(logit(0.7) - 1.1)
