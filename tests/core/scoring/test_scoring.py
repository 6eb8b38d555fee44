"""Claims are scored when created and when edited, with reasons and model versions; on
SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from core.claims.models import Claim
from core.claims.service import get_claim, ingest_document, update_claim_fields
from core.db import session_scope
from core.scoring.models import Score
from core.scoring.service import get_current_score, rescore_open_claims
from tests.core.scoring.fixtures import (  # noqa: F401
    data_dir,
    fake_extractor,
    models_dir,
    shipped,
)
from tests.factories import make_user

CLAIM = {"policy_number": "POL-NOWHERE-1", "claimant_name": "Ann Lee",
         "date_of_loss": "2026-03-02", "date_reported": "2026-03-20", "incident_type": "theft",
         "claimed_amount": "4800.00", "currency": "USD"}


def _scores(claim_id: int) -> list[Score]:
    with session_scope() as session:
        return list(session.scalars(select(Score).where(Score.claim_id == claim_id)
                                    .order_by(Score.id)))


def _reserve_amount(claim_id: int) -> Decimal | None:
    with session_scope() as session:
        return session.scalar(select(Claim.reserve_amount).where(Claim.id == claim_id))


def test_a_new_claim_is_scored_with_reasons_and_versions(shipped, fake_extractor):  # noqa: F811
    adjuster = make_user("adjuster")
    result = ingest_document(*fake_extractor(CLAIM, warnings=["a", "b"]), actor=adjuster)
    score = get_current_score(result.claim_id, actor=adjuster)

    assert score is not None
    assert 0.0 < score.fraud_probability < 1.0
    assert score.risk_band in ("low", "medium", "high")
    assert (score.fraud_model_version, score.reserve_model_version) == ("v1", "v1")
    assert score.reserve_estimate is not None and score.reserve_estimate > 0
    assert 1 <= len(score.reasons) <= 6 and score.reserve_reasons
    magnitudes = [abs(r["contribution"]) for r in score.reasons]
    assert magnitudes == sorted(magnitudes, reverse=True)
    for reason in score.reasons:
        assert set(reason) == {"feature", "label", "value", "contribution", "direction",
                               "sentence"}
        assert reason["sentence"].endswith(("raises the risk", "lowers the risk"))
        assert reason["direction"] == ("raises" if reason["contribution"] > 0 else "lowers")
    assert _reserve_amount(result.claim_id) == score.reserve_estimate
    rows = _scores(result.claim_id)
    assert len(rows) == 1 and rows[0].current and rows[0].fraud_model_version_id


def test_an_edit_rescores_the_claim(shipped, fake_extractor):  # noqa: F811
    adjuster = make_user("adjuster")
    claim_id = ingest_document(*fake_extractor(CLAIM), actor=adjuster).claim_id
    before = get_current_score(claim_id, actor=adjuster)
    claim = get_claim(claim_id, actor=adjuster)

    saved = update_claim_fields(claim_id, {"claimed_amount": "48000.00"}, actor=adjuster,
                                expected_version=claim.version)

    after = get_current_score(claim_id, actor=adjuster)
    assert before is not None and after is not None
    assert saved.version == claim.version + 1  # scoring is not an edit: no second bump
    assert after.features["claimed_amount"] == 48000.0 and after.features["field_edits"] == 1
    assert after.reserve_estimate > before.reserve_estimate
    assert _reserve_amount(claim_id) == after.reserve_estimate
    assert [s.current for s in _scores(claim_id)] == [False, True]


def test_the_claimant_name_does_not_move_the_score(shipped, fake_extractor):  # noqa: F811
    adjuster = make_user("adjuster")
    first = ingest_document(*fake_extractor(CLAIM), actor=adjuster).claim_id
    second = ingest_document(*fake_extractor({**CLAIM, "claimant_name": "Zebulon Quartermaine"}),
                             actor=adjuster).claim_id
    a, b = (get_current_score(c, actor=adjuster) for c in (first, second))
    assert a is not None and b is not None
    assert a.fraud_probability == b.fraud_probability
    assert a.reserve_estimate == b.reserve_estimate


def test_uploading_the_same_document_again_raises_the_score(shipped, fake_extractor):  # noqa: F811
    adjuster = make_user("adjuster")
    data, name = fake_extractor(CLAIM)
    claim_id = ingest_document(data, name, actor=adjuster).claim_id
    before = get_current_score(claim_id, actor=adjuster)

    assert ingest_document(data, "again.pdf", actor=adjuster).status == "duplicate"

    after = get_current_score(claim_id, actor=adjuster)
    assert before is not None and after is not None
    assert after.features["duplicate_document"] == 1.0
    assert after.fraud_probability > before.fraud_probability
    assert "duplicate_document" in {r["feature"] for r in after.reasons}


def test_without_an_active_model_claims_are_created_unscored(db, fake_extractor):  # noqa: F811
    adjuster = make_user("adjuster")
    claim_id = ingest_document(*fake_extractor(CLAIM), actor=adjuster).claim_id
    assert get_current_score(claim_id, actor=adjuster) is None
    assert _scores(claim_id) == []


def test_rescoring_open_claims_is_for_admins(shipped, fake_extractor):  # noqa: F811
    import pytest

    from core.errors import PermissionDenied

    adjuster, admin = make_user("adjuster"), make_user("admin")
    ingest_document(*fake_extractor(CLAIM), actor=adjuster)
    with pytest.raises(PermissionDenied):
        rescore_open_claims(actor=adjuster)
    assert rescore_open_claims(actor=admin) >= 1
    assert Decimal("0") < (get_current_score(
        ingest_document(*fake_extractor(CLAIM), actor=adjuster).claim_id, actor=admin)
        .reserve_estimate or Decimal("0"))
