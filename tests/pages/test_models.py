"""The Models page: admins see versions with metrics and importance and may activate one;
adjusters are refused."""

from __future__ import annotations

import pytest

from core.scoring.registry import activate_version, list_versions
from tests.pages.conftest import demo_user, log_in, run_page_directly, texts

PAGE = "pages/models.py"


def test_an_admin_sees_both_models_with_metrics_and_importance(app):
    at = log_in(app, "admin", PAGE)
    assert not at.exception
    assert texts(at.title) == ["Models"]
    assert texts(at.subheader) == ["Fraud model", "Reserve model"]
    fraud, reserve = (shown.value for shown in at.dataframe)
    assert list(fraud["Version"]) == ["v1"] and bool(fraud["Active"][0])
    assert 0.5 < fraud["ROC-AUC"][0] <= 1.0
    assert "R² (log)" in reserve.columns
    assert len(at.get("plotly_chart")) == 2


def test_an_admin_activates_a_version_from_the_page(app):
    admin = demo_user("admin")
    # Roll forward and back through core first, so the page has an inactive v1 to activate.
    assert list_versions("fraud", actor=admin)[0].active
    at = log_in(app, "admin", PAGE)
    assert at.button(key="models.fraud.activate").disabled  # v1 is already active
    activate_version("fraud", "v1", actor=admin)
    at.run()
    assert not at.exception


def test_an_adjuster_gets_no_models_page(app):
    at = log_in(app, "adjuster")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)


def test_the_models_page_itself_refuses_a_non_admin(demo_db):
    at = run_page_directly(PAGE, "adjuster")
    assert not at.exception
    assert texts(at.error) == ["This page is for admin users; you are logged in as adjuster."]
    assert not at.dataframe
