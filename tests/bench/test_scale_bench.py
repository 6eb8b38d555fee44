"""The scale bench on 2,000 claims on PostgreSQL: the loader's counts, its distributions, and
every queue case timed (timings printed, never asserted)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from bench.scale import drop_schema, main, schema_engine
from bench.scale_load import counts
from tests.conftest import PG_SKIP_REASON, postgres_url

pytestmark = pytest.mark.skipif(postgres_url() is None, reason=PG_SKIP_REASON)


@pytest.fixture
def schema():  # type: ignore[no-untyped-def]
    name = f"claimdesk_scale_smoke_{os.getpid()}"
    yield name
    drop_schema(schema_engine(str(postgres_url()), name, fresh=False), name)


def test_a_small_load_has_its_rows_and_every_queue_query_is_timed(schema, capsys):
    main(["--url", str(postgres_url()), "--schema", schema, "--claims", "2000", "--runs", "1",
          "--keep"])
    out = capsys.readouterr().out
    engine = schema_engine(str(postgres_url()), schema, fresh=False)
    rows = counts(engine)
    assert {t: rows[t] for t in ("claims", "customers", "policies", "calls", "campaigns",
                                 "products")} == {
        "claims": 2000, "customers": 400, "policies": 600, "calls": 400, "campaigns": 24,
        "products": 10}
    assert 1850 <= rows["scores (current)"] <= 2000  # 97% scored
    assert rows["scores"] == rows["scores (current)"] + 200  # one claim in ten rescored
    with engine.connect() as conn:
        bands = dict(conn.execute(text(
            "SELECT risk_band, count(*) FROM scores WHERE current GROUP BY risk_band")).all())
        wrong_band = conn.execute(text(
            "SELECT count(*) FROM scores WHERE (fraud_probability >= 0.6) <> (risk_band = "
            "'high') OR (fraud_probability < 0.3) <> (risk_band = 'low')")).scalar_one()
        orphans = conn.execute(text(
            "SELECT count(*) FROM claims c JOIN policies p ON p.id = c.policy_id "
            "WHERE c.customer_id <> p.customer_id")).scalar_one()
        statuses = conn.execute(text("SELECT count(DISTINCT status) FROM claims")).scalar_one()
        # The rollups, filled apart while the triggers were off, match the claims.
        rollup = conn.execute(text(
            "SELECT product_id, incident_type, sum(claims), sum(open_claims), sum(open_reserve),"
            " sum(claimed_total), sum(approved_total) FROM claim_reserve_days"
            " GROUP BY 1, 2 ORDER BY 1, 2")).all()
        status_days = conn.execute(text(
            "SELECT day, product_id, status, claims FROM claim_status_days ORDER BY 1, 2, 3")).all()
        status_direct = conn.execute(text(
            "SELECT CAST(c.created_at AS DATE), coalesce(p.product_id, 0), c.status, count(*)"
            " FROM claims c LEFT JOIN policies p ON p.id = c.policy_id"
            " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")).all()
        direct = conn.execute(text(
            "SELECT coalesce(p.product_id, 0), coalesce(c.incident_type, ''), count(*),"
            " sum(CASE WHEN c.status IN ('new', 'in_review', 'info_requested') THEN 1 ELSE 0"
            " END), coalesce(sum(CASE WHEN c.status IN ('new', 'in_review', 'info_requested')"
            " THEN c.reserve_amount END), 0), coalesce(sum(c.claimed_amount), 0),"
            " coalesce(sum(CASE WHEN c.status = 'approved' THEN c.approved_amount END), 0)"
            " FROM claims c LEFT JOIN policies p ON p.id = c.policy_id"
            " GROUP BY 1, 2 ORDER BY 1, 2")).all()
    engine.dispose()
    assert set(bands) == {"high", "medium", "low"} and bands["low"] > bands["high"]
    assert wrong_band == 0 and orphans == 0 and statuses == 7
    assert rollup == direct and sum(r[2] for r in rollup) == 2000
    assert status_days == status_direct
    assert "load time:" in out and "ERROR" not in out
    for case in ("first page, by risk", "filtered:", "search: claim number",
                 "deep page (row", "last page", "band counts"):
        assert f"queue {case}" in out
    assert out.count(" ms  target 200 ms") == 17
    from core.reports import service

    for name in service.__all__:  # every report, over all time and over a filtered period
        assert f"report {name} (all time)" in out
        assert f"report {name} (90 days, product 1)" in out
