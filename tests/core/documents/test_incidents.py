"""What kind of loss an account tells, and which account is the loss's."""

from __future__ import annotations

import pytest

from core.documents.lexicon import classify_incident
from tests.core.documents.test_roles import _doc, _values


@pytest.mark.parametrize(("account", "kind"), [
    ("The car in front braked suddenly and I could not stop in time; my front end hit its "
     "tow bar.", "collision"),
    ("While I was turning left a van coming the other way did not stop and hit my front "
     "passenger side.", "collision"),
    ("Overnight somebody scratched a deep line along the car with a key and slashed two tyres.",
     "vandalism"),
    ("A delivery driver slipped on our front steps and broke his wrist. His solicitor has now "
     "written to us asking for compensation.", "liability"),
    ("I slipped on the ice outside the hotel and broke my ankle.", "injury"),
])
def test_an_account_tells_the_kind_of_loss(account, kind):
    found = classify_incident(account)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(("account", "kind"), [
    ("Thieves broke in through the patio door and took the television.", "theft"),
    ("Someone cut the catalytic converter off the van overnight.", "theft"),
    ("The van skidded on the wet road and ended up in the ditch.", "collision"),
    ("An electrical short circuit behind the fridge left the kitchen charred.", "fire"),
    ("The dishwasher seal gave way and the kitchen floor was soaked.", "water_damage"),
    ("A cyclone tore through the suburb and ripped off the carport.", "weather"),
    ("He was taken by ambulance with concussion and a dislocated shoulder.", "injury"),
    ("Er is ingebroken via de achterdeur en de fiets is gestolen.", "theft"),
    ("Een waterleiding is gesprongen en het water is door het plafond gelekt.", "water_damage"),
    ("Dégât des eaux: fuite sous l'évier de la cuisine.", "water_damage"),
    ("Il parabrezza è stato colpito da un sasso.", "glass"),
])
def test_accounts_in_everyday_words_and_other_languages_tell_the_kind(account, kind):
    """Causes told without the contract's own words, and in Dutch, French or Italian."""
    found = classify_incident(account)
    assert found is not None and found[0] == kind


def test_a_neighbours_tree_in_the_account_does_not_cut_the_account_short():
    values = _values(_doc([
        (40, [(40, "I need to make a claim on my policy. It happened on Jul 13, 2026 at I-11 "
                   "near exit 7, Reedland, SC.")]),
        (54, [(40, "During the storm a large branch from the neighbour's oak fell onto the car "
                   "and dented the roof.")]),
    ]))
    assert values["incident_description"] == (
        "During the storm a large branch from the neighbour's oak fell onto the car and dented "
        "the roof.")
    assert values["incident_type"] == "weather"


def test_a_neighbours_phone_in_a_possessive_sentence_is_still_theirs():
    values = _values(_doc([
        (40, [(40, "My car was stolen from the street on 3 March 2026.")]),
        (54, [(40, "The neighbour's number is (415) 555-0199 if you need a witness.")]),
    ]))
    assert values["claimant_phone"] is None
