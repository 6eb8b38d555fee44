"""Realistic sample claim documents with ground truth, and bad inputs for intake tests.

`make_claim_record` draws a claim in the contract's normal form (docs: claim-fields.md),
`render_claim_pdf` prints it in one of LAYOUTS, `scan_pdf` turns a PDF into a scanned copy,
`generate_corpus` writes PDFs beside their truth JSON, `make_bad_inputs` the files intake
must refuse.
"""

from core.documents.samples.corpus import generate_corpus, make_bad_inputs
from core.documents.samples.layouts import LAYOUTS, expected_pages, render_claim_pdf
from core.documents.samples.scan import scan_pdf
from core.documents.samples.truth import make_claim_record, vin_check_digit

__all__ = [
    "LAYOUTS",
    "expected_pages",
    "generate_corpus",
    "make_bad_inputs",
    "make_claim_record",
    "render_claim_pdf",
    "scan_pdf",
    "vin_check_digit",
]
