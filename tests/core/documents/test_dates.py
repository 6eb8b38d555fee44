"""Which printed date is the date the claim was reported: e-mail threads, letters, call logs."""

from __future__ import annotations

import pytest

from tests.core.documents.test_roles import _doc, _values


def test_in_a_thread_the_claimant_reported_when_they_first_wrote_not_when_the_insurer_replied():
    values = _values(_doc([
        (40, [(40, "From: Claims Desk <claims@harbourmutual.example>")]),
        (54, [(40, "Sent: Thursday, March 12, 2026 10:02 AM")]),
        (68, [(40, "To: Oskar Brandt <o.brandt@mail.example>")]),
        (82, [(40, "Subject: RE: Water in the cellar")]),
        (110, [(40, "Thank you, we have opened a claim for you.")]),
        (150, [(40, "From: Oskar Brandt <o.brandt@mail.example>")]),
        (164, [(40, "Sent: Monday, March 9, 2026 7:45 PM")]),
        (178, [(40, "To: claims@harbourmutual.example")]),
        (192, [(40, "Subject: Water in the cellar")]),
        (220, [(40, "A pipe burst in our cellar on March 8, 2026 and flooded the floor.")]),
    ]))
    assert values["date_reported"] == "2026-03-09"


def test_a_thread_forwarded_by_a_broker_takes_its_first_message():
    values = _values(_doc([
        (40, [(40, "From: Lena Ford, Ford Insurance Brokers <lena@fordbrokers.example>")]),
        (54, [(40, "Date: 20 March 2026")]),
        (80, [(40, "From: Hollis Insurance Agency <desk@hollisagency.example>")]),
        (94, [(40, "Date: 16 March 2026")]),
        (120, [(40, "Please see the notification below from our mutual client.")]),
    ]))
    assert values["date_reported"] == "2026-03-16"


@pytest.mark.parametrize("printed", ["Tuesday, 3 March 2026", "Leeds, 3 March 2026",
                                     "3 March 2026"])
def test_a_letter_is_reported_on_the_date_at_its_top(printed):
    values = _values(_doc([
        (40, [(40, "Nadia Quint")]),
        (54, [(40, "14 Rowan Way, Leeds LS2 7QT")]),
        (80, [(40, printed)]),
        (110, [(40, "Dear Sir or Madam,")]),
        (130, [(40, "My bicycle was stolen from outside the station on 1 March 2026.")]),
    ]))
    assert values["date_reported"] == "2026-03-03"


def test_a_call_log_is_reported_when_the_call_started():
    values = _values(_doc([
        (40, [(40, "CALL START 2026-01-19 08:40"), (300, "DURATION 9m")]),
        (70, [(40, "Caller said a tree fell on the garage roof on 2026-01-17.")]),
    ]))
    assert values["date_reported"] == "2026-01-19"


@pytest.mark.parametrize(("sentence", "loss"), [
    ("Further to my call on 10 March 2026, I write about the collision on 9 March 2026.",
     "2026-03-09"),
    ("I reported it to you by letter dated 12 April 2026; the storm of 4 April 2026 tore "
     "the roof off.", "2026-04-04"),
    ("The insured reported that on 1 May 2026 a pipe burst in the loft.", "2026-05-01"),
])
def test_the_loss_date_in_a_sentence_is_not_the_date_somebody_called_or_wrote(sentence, loss):
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, sentence)]),
    ]))
    assert values["date_of_loss"] == loss


@pytest.mark.parametrize(("caption", "expected"), [("DD/MM/YYYY", "2026-02-03"),
                                                   ("MM/DD/YYYY", "2026-03-02")])
def test_a_date_written_in_boxes_reads_in_the_order_its_caption_gives(caption, expected):
    values = _values(_doc([
        (40, [(40, "Date of loss"), (240, "Date you told us")]),
        (54, [(40, "01 01 2026"), (240, "03 02 2026")]),
        (70, [(40, caption), (240, caption)]),
    ]))
    assert values["date_reported"] == expected
