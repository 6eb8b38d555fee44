"""Report rows as CSV and table rows, and the figures drawn from them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.reports import charts
from core.reports.export import rows_csv, table_rows
from core.reports.schemas import (
    CampaignRow,
    DecisionWeek,
    ReserveRow,
    ScoreBucket,
    WeekStatusCount,
)

CAMPAIGNS = [CampaignRow(3, "Renewals, November", "running", calls=4, answered=2,
                         outcomes={"interested": 1, "renewed": 1}),
             CampaignRow(None, "Single calls", None, calls=2, answered=1,
                         outcomes={"not_interested": 1})]


def test_csv_has_a_header_exact_amounts_and_a_column_per_outcome():
    assert rows_csv(CAMPAIGNS).decode() == (
        "campaign_id,name,status,calls,answered,outcomes.interested,outcomes.renewed,"
        "outcomes.not_interested\n"
        '3,"Renewals, November",running,4,2,1,1,0\n'
        ",Single calls,,2,1,0,0,1\n")
    reserve = ReserveRow("A", "Motor (A)", 2, 1, Decimal("1200.50"), Decimal("10.00"),
                         Decimal("0.00"))
    assert rows_csv([reserve]).decode().splitlines()[1] == "A,Motor (A),2,1,1200.50,10.00,0.00"


def test_table_rows_fill_missing_counts_and_show_amounts_as_numbers():
    rows = table_rows(CAMPAIGNS)
    assert rows[0]["outcomes.not_interested"] == 0 and rows[1]["outcomes.renewed"] == 0
    assert rows[1]["campaign_id"] is None
    reserve = ReserveRow("A", "Motor (A)", 2, 1, Decimal("1200.50"), Decimal("10.00"),
                         Decimal("0.00"))
    assert table_rows([reserve])[0]["open_reserve"] == 1200.5
    with pytest.raises(TypeError):
        table_rows([{"not": "a row"}])


def test_histogram_bars_take_the_colour_of_their_risk_band(settings_env):
    settings_env(CLAIMDESK_RISK_MEDIUM="0.3", CLAIMDESK_RISK_HIGH="0.7")
    buckets = [ScoreBucket(i / 20, (i + 1) / 20, i) for i in range(20)]
    bar = charts.score_histogram_chart(buckets).data[0]
    colours = list(bar.marker.color)
    assert colours[5] == charts.BAND_BAR_COLOURS["low"]  # 25-30 %
    assert colours[6] == charts.BAND_BAR_COLOURS["medium"]  # 30-35 %
    assert colours[14] == charts.BAND_BAR_COLOURS["high"]  # 70-75 %
    assert list(bar.x)[:2] == ["0-5 %", "5-10 %"] and list(bar.y) == list(range(20))


def test_weekly_chart_stacks_one_series_per_status():
    rows = [WeekStatusCount(date(2026, 11, 2), "new", 2),
            WeekStatusCount(date(2026, 11, 2), "approved", 1),
            WeekStatusCount(date(2026, 11, 9), "new", 3)]
    figure = charts.weekly_chart(rows)
    assert figure.layout.barmode == "stack"
    assert [(s.name, list(s.y)) for s in figure.data] == [("new", [2, 3]), ("approved", [1])]


def test_decision_chart_draws_median_and_90th_percentile_in_days():
    figure = charts.decision_weeks_chart([DecisionWeek(date(2026, 11, 2), 3, 1.5, 4.0, 2.0)])
    assert [(s.name, list(s.y)) for s in figure.data] == [("median", [1.5]),
                                                          ("90th percentile", [4.0])]
    assert figure.layout.yaxis.title.text == "days"
