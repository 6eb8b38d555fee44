"""Models (admins only): retrain, compare versions, see what drives them, activate or roll back."""

from __future__ import annotations

import streamlit as st

from core.scoring.charts_importance import importance_figure
from core.scoring.registry import MODEL_NAMES, activate_version, list_versions
from core.tasks.schemas import TaskRunView
from core.tasks.service import enqueue_retrain
from pages.components.feedback import fetch, run_action, show_flash
from pages.components.session import require_page_role
from pages.components.tasks import task_panel

METRICS = {"fraud": {"roc_auc": "ROC-AUC", "pr_auc": "PR-AUC", "brier": "Brier"},
           "reserve": {"mae_log": "MAE (log)", "rmse_log": "RMSE (log)", "r2_log": "R² (log)",
                       "mae_usd": "MAE (USD)"}}


def show_retrained(run: TaskRunView) -> None:
    versions = (run.result or {}).get("versions") or []
    st.caption("New versions: " + ", ".join(
        f"{v['model_name']} {v['version']}{' (active)' if v['active'] else ''}"
        for v in versions))


admin = require_page_role("admin")
st.title("Models")
show_flash()

with st.expander("Retrain both models"), st.form("models.retrain"):
    st.caption("Trains on the claims adjusters decided plus the synthetic history, in the "
               "background; the new versions are registered and stay inactive unless you "
               "tick the box.")
    rows = st.number_input("Synthetic history rows", min_value=0, max_value=200_000,
                           value=50_000, step=10_000)
    activate_now = st.checkbox("Activate the new versions (re-scores open claims)")
    if st.form_submit_button("Retrain", type="primary"):
        run_action(lambda: enqueue_retrain(actor=admin, synthetic_rows=int(rows),
                                           activate=activate_now),
                   lambda run: f"Retraining started (task {run.id}).")
task_panel("retrain", admin, title="Retraining", render_result=show_retrained,
           key="models.retrain")

for name in MODEL_NAMES:
    st.subheader(f"{name.title()} model")
    versions = fetch(list_versions, name, actor=admin)
    if not versions:
        st.info(f"No {name} model is registered yet.")
        continue
    st.dataframe([
        {"Version": v.version, "Active": v.active,
         **{label: v.metrics.get(key) for key, label in METRICS[name].items()},
         "Training rows": (v.details.get("training_data") or {}).get("rows"),
         "Created (UTC)": v.created_at, "Activated (UTC)": v.activated_at}
        for v in versions], hide_index=True, use_container_width=True)
    labels = [f"{v.version}{' (active)' if v.active else ''}" for v in versions]
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    index = left.selectbox(f"{name.title()} version", range(len(versions)),
                           format_func=labels.__getitem__, key=f"models.{name}.version")
    chosen = versions[index or 0]
    if right.button("Activate", key=f"models.{name}.activate", disabled=chosen.active):
        run_action(lambda model=name, version=chosen.version: activate_version(
                       model, version, actor=admin),
                   lambda v: f"{v.model_name} {v.version} is active; "
                             f"{v.details.get('rescored_claims', 0)} open claims re-scored.")
    importance = chosen.details.get("importance") or []
    if importance:
        st.plotly_chart(importance_figure(importance, name, chosen.version),
                        use_container_width=True, key=f"models.{name}.importance")
