"""Global SHAP importance as a plotly bar chart (the Models page only shows it).

In: importance records `{"feature", "label", "mean_abs_shap"}` as stored with a model version
(core.scoring.explain.global_importance). Out: a horizontal bar Figure, largest at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

UNITS = {"fraud": "mean |SHAP| (log-odds of fraud)",
         "reserve": "mean |SHAP| (log of the reserve in USD)"}


def importance_figure(records: Sequence[dict[str, Any]], model_name: str,
                      version: str = "") -> go.Figure:
    """Mean |SHAP| per feature of one model version; the axis says the unit."""
    rows = sorted(records, key=lambda r: r["mean_abs_shap"])
    figure = go.Figure(go.Bar(x=[r["mean_abs_shap"] for r in rows],
                              y=[r["label"] for r in rows], orientation="h",
                              marker_color="#1f77b4"))
    figure.update_layout(
        title=f"What drives the {model_name} model {version}".strip(),
        xaxis_title=UNITS.get(model_name, "mean |SHAP|"), height=120 + 24 * len(rows),
        margin={"l": 10, "r": 10, "t": 50, "b": 40})
    return figure
