"""Families of a round of unseen US documents: an agency's loss memo and letters that announce
the account ("..., the following happened.") before telling it."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def _agency_memo() -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Brookside Insurance Agency")]),
        (60, [(40, "INTERNAL MEMO - LOSS NOTICE")]),
        (80, [(40, "To: Claims")]),
        (96, [(40, "Insured: Dana Whitfield")]),
        (112, [(40, "Address: 412 Pine Hollow Rd, Boise, ID 83702")]),
        (128, [(40, "Policy: HO-5512-904")]),
        (142, [(40, "Est. amount: USD 3,120.40")]),
        (150, [(40, "Loss description")]),
        (166, [(40, "Insured called in today. Per insured: On March 3, 2026, at 88 Quarry St,")]),
        (179, [(40, "Boise, ID 83702, the following happened. A frozen pipe burst in the attic")]),
        (192, [(40, "and flooded the hallway ceiling.")]),
    ]))


def test_the_place_ends_where_the_sentence_announces_the_account():
    assert _agency_memo()["incident_location"] == "88 Quarry St, Boise, ID 83702"


def test_an_agency_memos_estimated_amount_is_the_amount_claimed():
    values = _agency_memo()
    assert values["claimed_amount"] == "3120.40"
    assert values["currency"] == "USD"


def test_the_announced_account_is_the_next_sentence_not_the_loss_sentence():
    assert _agency_memo()["incident_description"] == \
        "A frozen pipe burst in the attic and flooded the hallway ceiling."


def _poa_letter() -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Nora Quinlan")]),
        (54, [(40, "55 Aspen Way, Fargo, ND 58102")]),
        (68, [(40, "Tel. 701-555-0142 | nquinlan@mailbox.org")]),
        (96, [(40, "Re: Policy HO 552 1180")]),
        (120, [(40, "Dear Claims Representative,")]),
        (140, [(40, "I hold durable power of attorney and write on behalf of my mother, "
                     "Ruth Kessler")]),
        (153, [(40, "(the policyholder), to report a loss. She lives at 19 Birch Ln, "
                     "Dayton, OH 45402")]),
        (166, [(40, "and can be reached at (937) 555-0188; please copy me on all "
                     "correspondence.")]),
        (190, [(40, "On May 2, 2026, a pipe burst in her kitchen and flooded the floor.")]),
        (220, [(40, "Sincerely,")]),
        (240, [(40, "Nora Quinlan, attorney-in-fact for Ruth Kessler")]),
    ]))


def test_a_name_spoken_for_keeps_its_surname_not_just_its_first_letter():
    assert _poa_letter()["claimant_name"] == "Ruth Kessler"


def test_the_home_of_the_person_spoken_for_is_told_with_a_pronoun():
    assert _poa_letter()["claimant_address"] == "19 Birch Ln, Dayton, OH 45402"


def test_a_best_number_closing_ones_own_message_is_the_claimants_phone():
    values = _values(_doc([
        (40, [(40, "From: Lena Brooks <lbrooks@mailbox.org>")]),
        (54, [(40, "To: claims@harborline-ins.com")]),
        (68, [(40, "Subject: Loss report")]),
        (90, [(40, "Hello, I need to report a claim on policy HO-3300946.")]),
        (104, [(40, "On March 2, 2026, a pipe burst in the upstairs bathroom.")]),
        (118, [(40, "My address is 12 Elm Rd, Reno, NV 89501. Best number: +1 775 555 0143.")]),
        (132, [(40, "Thank you, Lena Brooks")]),
    ]))
    assert values["claimant_phone"] == "+17755550143"


def test_an_estimate_by_room_claims_each_rows_replacement_cost_up_to_its_totals_row():
    values = _values(_doc([
        (40, [(40, "NOTICE OF LOSS")]),
        (60, [(40, "Insured: Carl Benton"), (300, "Policy: HO-7781220")]),
        (80, [(40, "Date of loss: April 4, 2026")]),
        (110, [(40, "DESCRIPTION"), (220, "QTY"), (270, "UNIT PRICE"), (350, "RCV"),
               (420, "DEPREC."), (490, "ACV")]),
        (126, [(40, "Bathroom")]),
        (142, [(40, "Tile floor"), (220, "5"), (270, "40.00"), (350, "200.00"), (420, "(20.00)"),
               (490, "180.00")]),
        (158, [(40, "Vanity"), (220, "1"), (270, "350.00"), (350, "350.00"), (420, "(35.00)"),
               (490, "315.00")]),
        (174, [(40, "Hallway")]),
        (190, [(40, "Baseboard"), (220, "8"), (270, "12.50"), (350, "100.00"), (420, "(10.00)"),
               (490, "90.00")]),
        (206, [(40, "Totals"), (350, "650.00"), (420, "(65.00)"), (490, "585.00")]),
    ]))
    assert values["line_items"] == [
        {"description": "Tile floor", "amount": "200.00"},
        {"description": "Vanity", "amount": "350.00"},
        {"description": "Baseboard", "amount": "100.00"},
    ]


def test_a_reported_date_run_on_after_the_date_of_loss_in_one_cell():
    values = _values(_doc([
        (40, [(40, "NOTICE OF LOSS")]),
        (60, [(40, "Insured: Carl Benton")]),
        (76, [(40, "Policy: HO-7781220")]),
        (92, [(40, "Date of loss: April 4th, 2026 Reported: 04/09/2026")]),
    ]))
    assert values["date_of_loss"] == "2026-04-04"
    assert values["date_reported"] == "2026-04-09"


def _caps_form() -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "FIRST REPORT OF LOSS")]),
        (60, [(40, "POLICY NUMBER")]),
        (72, [(44, "AU-4410-872")]),
        (92, [(40, "INSURED NAME (LAST, FIRST)")]),
        (104, [(44, "BRENNAN, OLIVE")]),
        (124, [(40, "VIN"), (300, "YEAR MAKE MODEL")]),
        (136, [(44, "1HGCM82633A004352"), (304, "TOYOTA COROLLA 2017")]),
        (160, [(40, "DESCRIPTION OF LOSS")]),
        (174, [(44, "THE INSURED CAME BACK TO THE CAR AND FOUND THE SIDE WINDOW SMASHED AND THE")]),
        (186, [(44, "RADIO TAKEN FROM THE DASH.")]),
    ]))


def test_an_account_in_capitals_runs_on_to_the_short_line_that_ends_its_sentence():
    assert _caps_form()["incident_description"] == (
        "THE INSURED CAME BACK TO THE CAR AND FOUND THE SIDE WINDOW SMASHED AND THE "
        "RADIO TAKEN FROM THE DASH.")


def test_a_model_in_capitals_is_set_like_its_make_but_codes_keep_theirs():
    assert _caps_form()["vehicle_make_model_year"] == "Toyota Corolla 2017"
    from core.documents.candidates import make_model_year
    assert make_model_year("HONDA CR-V 2019") == "Honda CR-V 2019"
