"""Conventions of UK, Irish, Australian, New Zealand and Indian claim documents (statutory
declarations, broker notifications, Gmail printouts, property schedules) met on heldout15."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_bare_dollar_in_a_document_with_new_zealand_numbers_is_the_nz_dollar():
    values = _values(_doc([
        (40, [(40, "Full name of insured"), (220, "Ana Tane")]),
        (54, [(40, "Residential address"), (220, "8 Kowhai Road, Sydenham, Christchurch 8023")]),
        (68, [(40, "Phone"), (220, "022 455 1290")]),
        (82, [(40, "Date of incident"), (220, "03/04/2026")]),
        (96, [(40, "Amount of the claim"), (220, "$2,480.00")]),
    ]))
    assert values["currency"] == "NZD"
    assert values["claimant_phone"] == "+64224551290"
    assert values["date_of_loss"] == "2026-04-03"  # day first, as New Zealand writes it


def test_a_mail_domain_under_a_dollar_countrys_domain_names_the_dollar():
    values = _values(_doc([
        (40, [(40, "Insured"), (220, "Ana Tane")]),
        (54, [(40, "E-mail"), (220, "ana.tane@xtra.co.nz")]),
        (68, [(40, "Amount of the claim"), (220, "$2,480.00")]),
    ]))
    assert values["currency"] == "NZD"
