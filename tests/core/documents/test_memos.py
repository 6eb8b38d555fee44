"""An employer's or risk manager's memo about an employee's loss: the employee named in the
body with their home and contacts in brackets is the claimant, and the amount claimed in a
sentence is the claim."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values

MEMO = [
    (40, [(40, "INTERNAL MEMORANDUM")]),
    (60, [(40, "FROM:"), (90, "Dana Whitlock, Risk Manager, Orchard Foods Ltd")]),
    (72, [(40, "TO:"), (90, "Claims Department, Meridian Insurance")]),
    (84, [(40, "DATE:"), (90, "2025-07-01")]),
    (110, [(40, "Master policy MP 7731 0042. Our employee Nils Østergård (home: 14 Quarry")]),
    (122, [(40, "Lane, Hexham, NE46 1AB; tel +44 20 7946 0123; e-mail n.ostergard@example.net)")]),
    (134, [(40, "suffered a loss on 27 June 2025 at Leeds station.")]),
    (158, [(40, "The employee's company laptop and bag were stolen from a locked car.")]),
    (180, [(40, "Sum insured GBP 82,526.84. Amount claimed GBP 7,735.94.")]),
]


def test_the_employee_in_a_memo_is_the_claimant_with_the_home_in_brackets():
    values = _values(_doc(MEMO))
    assert values["claimant_name"] == "Nils Østergård"
    assert values["claimant_address"] == "14 Quarry Lane, Hexham, NE46 1AB"
    assert values["claimant_email"] == "n.ostergard@example.net"


def test_a_bracketed_home_caption_does_not_start_the_account():
    values = _values(_doc(MEMO))
    assert values["incident_description"] == (
        "The employee's company laptop and bag were stolen from a locked car.")
    assert values["incident_type"] == "theft"


def test_the_amount_claimed_in_a_sentence_is_the_claim_not_the_sum_insured():
    values = _values(_doc(MEMO))
    assert (values["claimed_amount"], values["currency"]) == ("7735.94", "GBP")
