"""Wordings of claimants' letters and e-mails the extractor had not met."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def test_a_claimant_saying_their_household_address_is_unchanged_gives_that_address():
    values = _values(_doc([
        (40, [(40, "From: Rhona Kells <rkells@example.net>")]),
        (58, [(40, "To: Sam Ortiz <sam.ortiz@claims.example>")]),
        (90, [(40, "Hello Sam,")]),
        (112, [(40, "Thanks for your note. On 3 Feb 2026 a gale lifted part of the roof and")]),
        (126, [(40, "rain came into the landing. The joiner's quote is attached.")]),
        (140, [(40, "Our address is unchanged: 14 Hollow Lane, Kilbride, Co. Wicklow, A98 K2P3.")]),
        (170, [(40, "Best regards,")]),
        (188, [(40, "Rhona Kells")]),
    ]))
    assert values["claimant_address"] == "14 Hollow Lane, Kilbride, Co. Wicklow, A98 K2P3"


def test_the_account_after_a_claim_opening_is_the_description_though_it_says_me_on():
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (62, [(40, "I wish to make a claim following an accident on 4 March 2026 at Mill Park,")]),
        (76, [(40, "Leeds. A cyclist who rode onto the path struck me on the knee as I")]),
        (90, [(40, "walked past, and I fell onto the kerb.")]),
        (112, [(40, "I was treated at St Anne's clinic; their invoice is attached.")]),
        (140, [(40, "Yours faithfully,")]),
        (158, [(40, "Ruth Amberley")]),
    ]))
    assert values["incident_description"].startswith("A cyclist who rode onto the path struck me")


def test_a_dutch_postcodes_letters_belong_to_the_address():
    values = _values(_doc([
        (40, [(40, "From: Joris Bakker <jbakker@example.nl>")]),
        (58, [(40, "To: Eva Smit <eva.smit@claims.example>")]),
        (90, [(40, "Hello Eva,")]),
        (112, [(40, "A gale on 5 Jan 2026 tore two panels off the shed roof. The quote is")]),
        (126, [(40, "attached.")]),
        (140, [(40, "My address is still: Prinsengracht 12, 1015 DV Amsterdam.")]),
        (160, [(40, "Best regards,")]),
        (178, [(40, "Joris Bakker")]),
    ]))
    assert values["claimant_address"] == "Prinsengracht 12, 1015 DV Amsterdam"
