"""Families of a round of unseen documents: a loss adjuster's report to the insurer, supplier
invoices and bank receipts in a claim packet, quoted-reply e-mails, message transcripts, a
subrogation notice from one insurer to another, forms that ask their questions in full."""

from __future__ import annotations

from tests.core.documents.test_roles import _doc, _values


def _adjusters_report(your_ref: str) -> dict[str, object]:
    return _values(_doc([
        (40, [(40, "Harwell Loss Adjusters")]),
        (56, [(40, "4 Mill Street, Leeds, LS1 4AB | Tel 0113 496 0001 | jo@harwell-adj.co.uk")]),
        (80, [(40, "Claims Department, Granite Mutual Insurance plc"), (480, "30 March 2026")]),
        (100, [(40, f"Your ref: {your_ref}"), (300, "Our ref: HAR/55120")]),
        (124, [(40, "INTERIM REPORT")]),
        (144, [(40, "Insured:"), (160, "Tessa Marlow")]),
        (160, [(40, "Policy number:"), (160, "HH 4471 9902")]),
        (176, [(40, "Risk address:"), (160, "18 Quarry Lane, Otley, LS21 3JP")]),
        (192, [(40, "Insured's contact:"), (160, "+44 7911 123456 / tessa.marlow@mailbox.org")]),
        (208, [(40, "Date of loss:"), (160, "2 March 2026")]),
        (232, [(40, "Circumstances")]),
        (248, [(40, "The insured reports: A hose behind the dishwasher split and soaked the")]),
        (261, [(40, "kitchen floor and units. Loss location: 18 Quarry Lane, Otley, LS21 3JP.")]),
        (290, [(40, "Yours faithfully,")]),
        (320, [(40, "Jo Pennant")]),
        (334, [(40, "Senior Loss Adjuster, Harwell Loss Adjusters - direct line 0113 496 0002")]),
    ]))


def test_an_adjusters_report_quotes_the_insurers_claim_as_your_ref():
    values = _adjusters_report("CL-26-44120")
    assert values["claim_number"] == "CL-26-44120"
    assert _adjusters_report("not yet advised")["claim_number"] is None  # never its own file


def test_the_insureds_contact_line_gives_phone_and_email_and_the_risk_address_the_home():
    values = _adjusters_report("CL-26-44120")
    assert values["claimant_phone"] == "+447911123456"
    assert values["claimant_email"] == "tessa.marlow@mailbox.org"
    assert values["claimant_address"] == "18 Quarry Lane, Otley, LS21 3JP"


def test_an_account_ends_where_the_next_caption_runs_on_in_its_paragraph():
    values = _adjusters_report("CL-26-44120")
    assert values["incident_description"] == \
        "A hose behind the dishwasher split and soaked the kitchen floor and units."
