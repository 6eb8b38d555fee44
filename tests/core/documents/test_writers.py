"""Who wrote the document and whose claim it is; the account and the vehicle inside a letter."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_spouse_writing_for_the_policyholder_is_not_the_claimant():
    values = _values(_doc([
        (40, [(40, "From:"), (100, "Gary Olsen <gary.olsen@mail.example>")]),
        (54, [(40, "To:"), (100, "claims@insurer.example")]),
        (80, [(40, "I am writing on behalf of my wife Nora Olsen, who is the policyholder "
                   "(policy POL-2022-118811).")]),
        (94, [(40, "You can reach Nora directly by e-mail at n.olsen@post.example. Our home "
                   "address is 41 Alder Way, Dover, DE 19901.")]),
        (130, [(40, "Thanks,")]),
        (150, [(40, "Gary Olsen")]),
        (164, [(40, "(302) 555-0177")]),
    ]))
    assert values["claimant_name"] == "Nora Olsen"
    assert values["claimant_email"] == "n.olsen@post.example"
    assert values["claimant_phone"] is None
    assert values["claimant_address"] == "41 Alder Way, Dover, DE 19901"


def test_an_account_after_a_colon_in_the_loss_sentence_is_the_description():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "On May 3, 2026 at Elm Street and Oak Lane, Dover, DE this happened: "
                   "Someone keyed both doors of the car while it was parked overnight.")]),
        (90, [(40, "The car is our 2021 Kia Sorento, VIN SEZFPGBZ2BT4KWYPV.")]),
    ]))
    assert values["incident_location"] == "Elm Street and Oak Lane, Dover, DE"
    assert values["incident_description"] == \
        "Someone keyed both doors of the car while it was parked overnight."
    assert values["vehicle_vin"] == "SEZFPGBZ2BT4KWYPV"
