"""Filing a claim by form: checked, linked, scored and audited like a claim from a PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from core.claims.form import file_claim
from core.claims.service import get_claim
from core.db import session_scope
from core.errors import PermissionDenied, ValidationError
from core.scoring.models import Score
from core.scoring.service import get_current_score
from tests.core.helpers import audit_entries
from tests.core.scoring.fixtures import models_dir, shipped  # noqa: F401
from tests.factories import make_customer, make_policy, make_user

TYPED = {"claimant_name": "  jane   Doe ", "date_of_loss": "03/14/2026",
         "incident_type": "Water damage", "claimed_amount": "$1,250.50", "currency": "usd",
         "claimant_phone": "(415) 555-0134", "incident_description": "Burst pipe  in kitchen."}


def test_a_claim_filed_by_form_is_checked_stored_as_typed_and_audited(adjuster):
    result = file_claim(TYPED, actor=adjuster)
    detail = get_claim(result.claim_id, actor=adjuster)

    assert detail.source == "form" and detail.documents == []
    assert detail.claim.number == result.claim_number
    assert result.claim_number.startswith(f"CLM-{date.today().year}-")
    assert detail.claim.status == "new"
    # Normal forms, as the document pipeline would store them.
    assert detail.fields["date_of_loss"].value == "2026-03-14"
    assert detail.fields["claimed_amount"].value == "1250.50"
    assert detail.fields["claimant_phone"].value == "+14155550134"
    assert detail.fields["incident_type"].value == "water_damage"
    assert detail.fields["currency"].value == "USD"
    assert detail.claim.claimed_amount == Decimal("1250.50")
    assert detail.claim.date_of_loss == date(2026, 3, 14)
    assert detail.fields["claimant_name"].source == "typed"
    assert detail.fields["vehicle_vin"].value is None
    [filed] = audit_entries("claim_filed", entity_id=result.claim_id)
    assert filed.username == adjuster.username
    assert "claimed_amount" in filed.details["fields"]
    assert "vehicle_vin" not in filed.details["fields"]


def test_values_that_fail_their_check_are_kept_as_typed_with_warnings(adjuster):
    result = file_claim({**TYPED, "vehicle_vin": "1HGCM82633A004353",
                         "claimant_email": "jane.doe", "date_reported": "soon"}, actor=adjuster)
    detail = get_claim(result.claim_id, actor=adjuster)

    assert detail.fields["vehicle_vin"].value == "1HGCM82633A004353"  # not corrected
    assert detail.fields["claimant_email"].value == "jane.doe"
    assert detail.fields["date_reported"].value == "soon"
    flagged = {w.field for w in detail.warnings if w.source == "form"}
    assert flagged == {"vehicle_vin", "claimant_email", "date_reported"}
    assert all(m in result.warnings for m in (w.message for w in detail.warnings))


def test_the_policy_is_linked_by_its_number_with_the_same_warnings_as_intake(adjuster):
    customer = make_customer(name="Jane Doe")
    policy_id = make_policy(customer_id=customer, number="POL-2026-777001",
                            today=date(2026, 3, 1), end_in_days=200)
    linked = file_claim({**TYPED, "policy_number": "pol 2026 777001"}, actor=adjuster)
    detail = get_claim(linked.claim_id, actor=adjuster)
    assert (detail.policy_id, detail.customer_id) == (policy_id, customer)
    assert detail.claim.policy_number == "POL-2026-777001"
    assert not [w for w in detail.warnings if w.source == "policy"]

    unknown = file_claim({**TYPED, "policy_number": "POL-NOWHERE-9"}, actor=adjuster)
    assert get_claim(unknown.claim_id, actor=adjuster).policy_id is None
    assert any("not on file" in w for w in unknown.warnings)

    other = file_claim({**TYPED, "claimant_name": "Bob Stone",
                        "policy_number": "POL-2026-777001"}, actor=adjuster)
    assert any("belongs to another customer" in w for w in other.warnings)


def test_a_typed_claim_number_is_kept_when_free(adjuster):
    first = file_claim({**TYPED, "claim_number": "clm-phone-1"}, actor=adjuster)
    assert first.claim_number == "CLM-PHONE-1"
    again = file_claim({**TYPED, "claim_number": "CLM-PHONE-1"}, actor=adjuster)
    assert again.claim_number != "CLM-PHONE-1"
    assert any("already used" in w for w in again.warnings)


def test_a_claim_filed_by_form_is_scored(shipped, adjuster):  # noqa: F811
    result = file_claim(TYPED, actor=adjuster)
    score = get_current_score(result.claim_id, actor=adjuster)
    assert score is not None and score.risk_band in ("low", "medium", "high")
    with session_scope() as session:
        assert len(session.scalars(select(Score).where(
            Score.claim_id == result.claim_id)).all()) == 1


def test_required_and_unknown_fields_are_refused_and_nothing_is_filed(adjuster):
    with pytest.raises(ValidationError) as refused:
        file_claim({"claimant_name": " ", "line_items": "x"}, actor=adjuster)
    assert set(refused.value.errors) == {"claimant_name", "date_of_loss", "line_items"}
    assert audit_entries("claim_filed") == []


def test_only_admins_and_adjusters_file_claims(db):
    with pytest.raises(PermissionDenied):
        file_claim(TYPED, actor=make_user("agent"))
    assert file_claim(TYPED, actor=make_user("admin")).claim_id
