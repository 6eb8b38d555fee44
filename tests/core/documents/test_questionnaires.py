"""A questionnaire's numbered questions ("Q4. Date of the accident?") about a guest, patient or
customer, and a loss date named by its cause ("Storm date")."""

from __future__ import annotations

from tests.core.documents.test_foreign_forms import _form
from tests.core.documents.test_roles import _doc, _values


def test_a_guest_questionnaire_s_numbered_questions_are_labels():
    values = _form([
        ("Q1. Guest's full name?", "Maren Holt"),
        ("Q2. Guest's home address?", "12 Quay Street, Leeds LS1 4AP"),
        ("Q4. Date of the accident?", "18/11/2025"),
        ("Q8. Amount the guest claims?", "GBP 7,521.17"),
    ])
    assert values["claimant_name"] == "Maren Holt"
    assert values["claimant_address"] == "12 Quay Street, Leeds LS1 4AP"
    assert values["date_of_loss"] == "2025-11-18"
    assert (values["claimed_amount"], values["currency"]) == ("7521.17", "GBP")


def test_a_loss_date_named_by_its_cause_is_the_date_of_loss():
    values = _form([("Claimant name", "Maren Holt"), ("Storm date", "11 August 2025"),
                    ("Lodged", "05/09/2025")])
    assert values["date_of_loss"] == "2025-08-11"


def test_a_caption_run_into_the_account_is_not_part_of_it():
    values = _values(_doc([
        (40, [(40, "Report number"), (220, "PR-26-53070")]),
        (58, [(40, "Date of accident"), (220, "11/09/2025")]),
        (90, [(40, "Officer's summary: Vehicle 2 failed to stop at the signal and struck the "
                   "insured vehicle.")]),
    ]))
    assert values["incident_description"] == (
        "Vehicle 2 failed to stop at the signal and struck the insured vehicle.")


def test_a_joint_policyholder_s_rows_are_another_party_s_until_the_claimant_heading():
    values = _values(_doc([
        (40, [(40, "Policy number"), (220, "AZ 3597 5248")]),
        (60, [(40, "Joint policyholder / spouse")]),
        (78, [(40, "Name"), (220, "Lauren Read")]),
        (96, [(40, "E-mail"), (220, "l.read@mail.example.net")]),
        (116, [(40, "Claimant")]),
        (134, [(40, "Name"), (220, "Guy Hughes")]),
        (152, [(40, "E-mail"), (220, "g.hughes@example.com")]),
    ]))
    assert values["claimant_name"] == "Guy Hughes"
    assert values["claimant_email"] == "g.hughes@example.com"


def test_a_lone_sentence_telling_a_cause_under_the_form_rows_is_the_account():
    values = _values(_doc([
        (40, [(40, "Claimant name"), (220, "Magali Hodel")]),
        (58, [(40, "Storm date"), (220, "11 August 2025")]),
        (90, [(40, "Hail the size of golf balls broke roof tiles and the skylight.")]),
    ]))
    assert values["incident_description"] == (
        "Hail the size of golf balls broke roof tiles and the skylight.")
    assert values["incident_type"] == "weather"


def test_a_claim_statement_s_date_is_the_date_reported():
    values = _form([("Claimant", "Yvette Harvey"), ("Loss date", "08/08/2025"),
                    ("Statement date", "08/21/2025")])
    assert values["date_reported"] == "2025-08-21"
