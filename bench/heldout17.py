"""Held-out corpus 17: claims from the UK, Ireland, Australia and New Zealand in eight layouts
(claim booklets, dotted-leader forms, adjusters' reports, mail threads, travel claims,
invoice packets, text transcripts, subrogation notices), about 30% of them scanned.

Usage: python -m bench.heldout17 OUTDIR COUNT [--seed 17171]
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus_files import corpus_main, write_cases
from bench.heldout17_case import finish_truth, start_case
from bench.heldout17_forms import booklet_form, leader_answers, travel_claim
from bench.heldout17_letters import apple_mail_thread, loss_adjuster_report, subrogation_notice
from bench.heldout17_packets import sms_transcript, vet_or_contents_invoice_packet
from bench.heldout17_scan import scan_pdf

LAYOUTS = {"booklet_form": booklet_form, "leader_answers": leader_answers,
           "loss_adjuster_report": loss_adjuster_report, "apple_mail_thread": apple_mail_thread,
           "travel_claim": travel_claim,
           "vet_or_contents_invoice_packet": vet_or_contents_invoice_packet,
           "sms_transcript": sms_transcript, "subrogation_notice": subrogation_notice}
SCANNED_SLOTS = (1, 4, 7)
DEFAULT_SEED = 17171


def make_document(index: int, seed: int) -> tuple[dict, bytes]:
    """The truth and PDF bytes of case `index`; layouts take turns, slots 1, 4, 7 are scans."""
    rng = random.Random(seed * 100_003 + index)
    layout = list(LAYOUTS)[index % len(LAYOUTS)]
    case = start_case(rng, layout)
    pdf = LAYOUTS[layout](case)
    truth = finish_truth(case)
    truth["scanned"] = index % 10 in SCANNED_SLOTS
    if truth["scanned"]:
        pdf = scan_pdf(pdf, rng)
    return truth, pdf


def write_corpus(out: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    return write_cases(out, count, seed, make_document,
                       lambda index, truth: f"h17_{index:03d}_{truth['layout']}")


def main(argv: list[str] | None = None) -> None:
    corpus_main(__doc__ or "", DEFAULT_SEED, write_corpus, argv)


if __name__ == "__main__":
    main()
