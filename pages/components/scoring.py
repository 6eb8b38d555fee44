"""The active scoring models, loaded once per server process."""

from __future__ import annotations

import streamlit as st

from core.scoring.predict import ScoringModels, load_scoring_models


@st.cache_resource(show_spinner="Loading the scoring models...")
def scoring_models() -> ScoringModels | None:
    """Both active models, verified by sha256 (core re-loads after an activation)."""
    return load_scoring_models()
