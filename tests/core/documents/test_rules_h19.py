"""Families of a round of unseen documents from South Africa, Singapore, Canada, the UK and
Australia: an insurer's web-form submission e-mail that prints its fields as snake_case keys,
amounts in rand ("R 12 345,67") and Singapore dollars ("S$")."""

from __future__ import annotations

from core.documents.lexicon import match_label
from core.documents.validate import parse_amount
from tests.core.documents.test_roles import _doc, _values


def test_web_form_snake_case_keys_are_read_as_labels() -> None:
    assert match_label("policy_number: PX-1 2345")[0] == "policy_number"
    assert match_label("full_name: Nomsa Khumalo")[0] == "claimant_name"
    assert match_label("loss_date: 03-02-2026")[0] == "date_of_loss"
    assert match_label("amount_claimed: R 1 200,00")[0] == "claimed_amount"
    # a key that spells no label, or no colon after it, is no label
    assert match_label("submission_id: SUB123") is None
    assert match_label("policy_number PX-1") is None


def test_web_form_submission_email_fields() -> None:
    values = _values(_doc([
        (40, [(40, "From: noreply@sunbird.example")]),
        (56, [(40, "Subject: New claim submission")]),
        (80, [(40, "policy_number: PX-77 120045")]),
        (96, [(40, "full_name: Nomsa Khumalo")]),
        (112, [(40, "loss_date: 03-02-2026")]),
        (128, [(40, "loss_location: 12 Jacaranda Road, Durbanville, Cape Town, 7550")]),
        (144, [(40, "amount_claimed: R 12 345,67")]),
    ]))
    assert values["policy_number"] == "PX-77 120045"
    assert values["claimant_name"] == "Nomsa Khumalo"
    assert values["date_of_loss"] == "2026-02-03"
    assert values["claimed_amount"] == "12345.67"
    assert values["currency"] == "ZAR"


def test_rand_and_singapore_dollar_marks() -> None:
    assert parse_amount("R 12 345,67") == (parse_amount("12 345,67")[0], "ZAR")
    assert parse_amount("S$ 1,234.50")[1] == "SGD"
    assert parse_amount("SGD 80.00")[1] == "SGD"
    assert parse_amount("ZAR 80.00")[1] == "ZAR"
    assert parse_amount("R 12")[1] is None  # a bare "R" before a small number is no rand


def test_line_items_with_a_country_dollar_sign_glued_to_the_amount() -> None:
    values = _values(_doc([
        (40, [(40, "Claim for stolen property, policy PL 44 120981")]),
        (64, [(40, "Item Value (CAD)")]),
        (80, [(40, "Mountain bike (Giant) C$1,250.00")]),
        (96, [(40, "Cordless drill C$310.40")]),
        (112, [(40, "Total C$1,560.40")]),
    ]))
    items = values["line_items"]
    assert [i["description"] for i in items] == ["Mountain bike (Giant)", "Cordless drill"]


def test_a_letters_loss_place_ends_before_the_following_happened() -> None:
    values = _values(_doc([
        (40, [(40, "Dear Sir or Madam,")]),
        (60, [(40, "I am writing to notify you of a claim. My policy number is MT-22-418830. On")]),
        (74, [(40, "the evening of 04-03-2026, at Harbour Road near the ferry terminal, "
                   "Oban, the")]),
        (88, [(40, "following happened. A delivery van reversed into the side of my parked car.")]),
        (110, [(40, "Yours faithfully,")]),
        (130, [(40, "Morag Sinclair")]),
    ]))
    assert values["incident_location"] == "Harbour Road near the ferry terminal, Oban"


def _call() -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Wattle Mutual - recorded call transcript")]),
        (56, [(40, "Call ref 88120 | 2026-05-12 | Agent Lara Quinn (ext. 210)")]),
        (80, [(40, "[00:10] Agent: Wattle Mutual claims, Lara speaking. How can I help?")]),
        (96, [(40, "[00:21] Caller: Hello, I'd like to make a claim.")]),
        (112, [(40, "[00:35] Agent: Could I take your full name and policy number?")]),
        (128, [(40, "[00:49] Caller: It's Dana Whitcombe, policy HM-40-771203.")]),
        (144, [(40, "[01:05] Agent: When and where did it happen?")]),
        (160, [(40, "[01:20] Caller: On 2026-05-02, at 8 Orchard Lane, Bendigo VIC 3550.")]),
        (176, [(40, "[01:41] Agent: Tell me what happened.")]),
        (192, [(40, "[01:58] Caller: A storm blew a tree branch through the kitchen window.")]),
    ]))


def test_a_call_question_that_asks_for_two_fields_takes_both_from_the_answer() -> None:
    values = _call()
    assert values["claimant_name"] == "Dana Whitcombe"
    assert values["policy_number"] == "HM-40-771203"


def test_a_when_and_where_answer_gives_the_place_without_its_date() -> None:
    values = _call()
    assert values["incident_location"] == "8 Orchard Lane, Bendigo VIC 3550"
    assert values["date_of_loss"] == "2026-05-02"


def test_a_call_logs_heading_dates_the_report() -> None:
    assert _call()["date_reported"] == "2026-05-12"


def test_a_sworn_statements_deponent_gives_home_and_phone_not_the_id_number() -> None:
    values = _values(_doc([
        (40, [(40, "AFFIDAVIT")]),
        (60, [(40, "I, THABO MOLEFE, ID number 8001015009087, residing at 14 Jacaranda Street,")]),
        (74, [(40, "Hatfield, Pretoria, 0083, contactable on +27 82 555 0143 and at "
                   "thabo@example.co.za,")]),
        (88, [(40, "do hereby make oath and state:")]),
        (104, [(40, "1. On 02-03-2026 my laptop was stolen from my car at the Menlyn mall.")]),
    ]))
    assert values["claimant_address"] == "14 Jacaranda Street, Hatfield, Pretoria, 0083"
    assert values["claimant_phone"] == "+27825550143"


def test_a_letter_headed_by_its_writers_address_alone() -> None:
    values = _values(_doc([
        (40, [(400, "27 Heather Close")]),
        (54, [(400, "Norwich NR4 7TJ")]),
        (80, [(400, "3 March 2026")]),
        (110, [(40, "Claims Department")]),
        (124, [(40, "Oakfield Insurance")]),
        (150, [(40, "Dear Sir or Madam,")]),
        (170, [(40, "My policy number is HH-31-552019. On 1 March 2026 a pipe burst in "
                    "our loft.")]),
        (200, [(40, "Yours faithfully,")]),
        (230, [(40, "Gemma Hollis")]),
    ]))
    assert values["claimant_address"] == "27 Heather Close, Norwich NR4 7TJ"


def test_an_invoice_billed_to_the_insurer_is_dated_the_day_the_claim_was_reported() -> None:
    values = _values(_doc([
        (40, [(40, "Brightside Windscreens")]),
        (56, [(40, "TAX INVOICE")]),
        (72, [(40, "Invoice no.: INV-20931")]),
        (88, [(40, "Invoice date: 14 April 2026")]),
        (104, [(40, "Bill to: Kestrel Insurance Ltd, Claims Department")]),
        (120, [(40, "Insured: Priya Naidoo")]),
        (136, [(40, "Date of damage: 9 April 2026")]),
        (160, [(40, "Windscreen (laminated) GBP 412.00")]),
        (176, [(40, "Amount claimed from insurer GBP 412.00")]),
    ]))
    assert values["date_reported"] == "2026-04-14"
    assert values["date_of_loss"] == "2026-04-09"
