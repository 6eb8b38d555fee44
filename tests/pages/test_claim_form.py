"""The File a claim page: the form, the warnings after filing, the link to the claim."""

from __future__ import annotations

import pytest

from core.claims.service import get_claim, list_claims
from tests.core.helpers import audit_entries
from tests.pages.conftest import demo_user, log_in, texts

PAGE = "pages/claim_new.py"


def field(at, label: str):  # type: ignore[no-untyped-def]
    return next(w for kind in (at.text_input, at.text_area) for w in kind if w.label == label)


def test_an_adjuster_files_a_claim_and_sees_its_warnings_and_link(app):
    at = log_in(app, "adjuster", PAGE)
    assert not at.exception and texts(at.title) == ["File a claim"]
    before = list_claims(actor=demo_user("adjuster")).total
    field(at, "Claimant *").input("Maria Lopez")
    field(at, "Date of loss *").input("14 March 2026")
    field(at, "Claimed amount").input("$2,400.00")
    field(at, "VIN").input("1HGCM82633A004353")  # a wrong check digit
    field(at, "Description").input("Hail dented the roof and bonnet.")
    at.selectbox[0].set_value("weather")
    at.button(key="claim_new.submit").click().run()

    assert not at.exception and not at.error
    claims = list_claims(actor=demo_user("adjuster"))
    assert claims.total == before + 1
    newest = claims.items[0]
    assert texts(at.success) == [f"Claim {newest.number} filed."]
    assert any(w.startswith("VIN:") for w in texts(at.warning))
    assert [link.label for link in at.get("page_link")] == [f"Open claim {newest.number}"]
    detail = get_claim(newest.id, actor=demo_user("adjuster"))
    assert (detail.source, detail.documents) == ("form", [])
    assert detail.fields["date_of_loss"].value == "2026-03-14"
    assert detail.fields["claimed_amount"].value == "2400.00"
    assert detail.fields["incident_type"].value == "weather"
    assert detail.fields["vehicle_vin"].value == "1HGCM82633A004353"
    assert audit_entries("claim_filed", newest.id)[0].username == "adjuster"
    assert field(at, "Claimant *").value == ""  # the form is empty for the next call


def test_a_form_without_the_required_fields_says_so_and_files_nothing(app):
    at = log_in(app, "admin", PAGE)
    before = list_claims(actor=demo_user("admin")).total
    field(at, "Claimed amount").input("100")
    at.button(key="claim_new.submit").click().run()

    assert not at.exception
    [error] = texts(at.error)
    assert "claimant_name: is required" in error and "date_of_loss: is required" in error
    assert list_claims(actor=demo_user("admin")).total == before
    assert field(at, "Claimed amount").value == "100"  # kept to correct


def test_agents_cannot_file_claims(app):
    at = log_in(app, "agent")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)
