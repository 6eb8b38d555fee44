"""Rules from heldout12/13's misses on other seeds: a signature's date under another party's
section, a vehicle hit on one of its parts, a wrapped account whose next line starts with a
label's word."""

from __future__ import annotations

from core.documents.candidates import Collector
from core.documents.labelled import collect_labelled
from core.documents.layout import build_lines
from core.documents.lexicon import classify_incident
from core.documents.regions import read_context
from tests.core.documents.test_roles import _doc, _values

ACCOUNT = [
    (40, [(40, "Date of loss: 03.02.2026 Ref.: 11-XX-1234")]),
    (58, [(40, "What happened:")]),
    (76, [(40, "A lorry pulling out of a side road struck the front of my car.")]),
]


def test_a_signatures_date_after_a_witness_section_still_dates_the_report():
    values = _values(_doc(ACCOUNT + [
        (94, [(40, "Witness")]),
        (112, [(40, "Tom Hill, 3 Elm Road, Leeds")]),
        (130, [(40, "Estimated cost:"), (200, "1.200,00 €")]),
        (148, [(40, "Signed (driver A):"), (200, "J. Brandt on 09.02.2026")]),
    ]))
    assert values["date_reported"] == "2026-02-09"
    assert values["date_of_loss"] == "2026-02-03"


def test_something_hitting_a_part_of_ones_vehicle_is_a_collision():
    found = classify_incident("A delivery truck clipped the rear wing of our van as we waited. "
                              "The panel is dented and a light is broken.")
    assert found is not None and found[0] == "collision"
    assert classify_incident("A bin lorry reversing out of the lane hit the passenger side of "
                             "my car.")[0] == "collision"


def test_a_branch_that_hit_a_car_in_a_storm_stays_weather():
    assert classify_incident("In the storm a branch hit the roof of my car.")[0] == "weather"



def test_a_wrapped_account_goes_on_past_a_line_starting_with_a_labels_word():
    lines = build_lines(_doc([
        (40, [(40, "09:14"), (90, "Date of loss: 12.01.2026.")]),
        (58, [(40, "09:15"), (90, "Caller states: A neighbour's ladder slipped and scratched "
                                  "the bonnet of my")]),
        (70, [(90, "car while it was parked on the drive. The paint is damaged down to the")]),
        (82, [(90, "metal and one headlamp is cracked.")]),
        (100, [(40, "09:16"), (90, "Police not informed.")]),
    ]))
    out = Collector(read_context(lines))
    collect_labelled(lines, out)
    best = max(out.found["incident_description"], key=lambda c: c.score)
    assert best.raw.startswith("A neighbour's ladder")
    assert best.raw.endswith("one headlamp is cracked.")
