"""How much a better chooser could win: per field, the hand choice against the candidate oracle.

    python -m bench.candidates DIR [DIR ...] [--scanned] [--aggregate]

For every labelled document (<case>.pdf beside <case>.truth.json) it gathers all candidates the
extractor's stages propose and prints, per field, the F1 of the hand choice (Collector.choose),
of the learnt chooser when shipped, and of the oracle: a chooser that takes the true value
whenever some candidate has it and no value otherwise (a ceiling for any choice among the
candidates). Digital documents only unless --scanned. --aggregate prints the totals only
(for the held-out corpora, whose per-field figures are not to be looked at).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.extraction import same, score
from core.config import get_settings
from core.documents.chooser import (
    CHOSEN_FIELDS,
    MODEL_ROOT,
    MODEL_VERSION,
    candidate_features,
    hand_choice,
    load_chooser,
    pick_learnt,
)
from core.documents.fields import collect_candidates
from core.documents.pdf_text import extract_text
from core.documents.pipeline import default_ocr_engine


@dataclass
class Gathered:
    """One document's candidates as feature rows with labels, and the truth."""

    case: str
    scanned: bool
    truth: dict[str, Any]
    rows: list[tuple[str, Any, dict[str, float], bool]]  # field, value, features, is truth
    hand: dict[str, Any]
    learnt: dict[str, Any]


def _truth(pdf: Path) -> dict[str, Any]:
    return json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text())


def gather(corpus: Path, scanned: bool = False) -> list[Gathered]:
    """Candidates of every document in `corpus` (digital ones only unless `scanned`)."""
    docs = []
    for pdf in sorted(corpus.glob("*.pdf")):
        truth = _truth(pdf)
        if truth.get("scanned") and not scanned:
            continue
        document = extract_text(pdf.read_bytes(), max_pages=get_settings().max_document_pages,
                                ocr=default_ocr_engine())
        out, _ = collect_candidates(document)
        hand = hand_choice(out)
        features = candidate_features(out, document, hand)
        rows = [(c.field, c.value, row, same(c.field, c.value, truth.get(c.field)))
                for c, row in features]
        chooser = load_chooser(MODEL_ROOT / MODEL_VERSION)
        learnt = pick_learnt(features, chooser) if chooser else hand
        docs.append(Gathered(pdf.stem, bool(truth.get("scanned")), truth, rows,
                             {n: c.value for n, c in hand.items()},
                             {n: c.value for n, c in learnt.items()}))
    return docs


def oracle_rows(docs: list[Gathered]) -> list[tuple[str, Any, Any]]:
    """(field, got, want) for a chooser that always takes the truth when a candidate has it."""
    rows = []
    for doc in docs:
        for name in CHOSEN_FIELDS:
            want = doc.truth.get(name)
            hit = any(f == name and label for f, _, _, label in doc.rows)
            rows.append((name, want if hit else None, want))
    return rows


def chosen_rows(docs: list[Gathered], which: str) -> list[tuple[str, Any, Any]]:
    return [(name, getattr(doc, which).get(name), doc.truth.get(name))
            for doc in docs for name in CHOSEN_FIELDS]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", type=Path, nargs="+")
    parser.add_argument("--scanned", action="store_true", help="include scanned documents")
    parser.add_argument("--aggregate", action="store_true", help="print the totals only")
    args = parser.parse_args(argv)
    for corpus in args.dirs:
        docs = gather(corpus, args.scanned)
        tables = {k: score(rows) for k, rows in (("hand", chosen_rows(docs, "hand")),
                                                  ("learnt", chosen_rows(docs, "learnt")),
                                                  ("oracle", oracle_rows(docs)))}
        print(f"\n{corpus}: {len(docs)} documents (fields chosen among candidates: F1)")
        names = ["MICRO"] if args.aggregate else [*CHOSEN_FIELDS, "MICRO"]
        print(f"{'field':26} {'hand':>7} {'learnt':>7} {'oracle':>7} {'n':>5}")
        for name in names:
            print(f"{name:26} {tables['hand'][name]['f1']:7.3f} "
                  f"{tables['learnt'][name]['f1']:7.3f} {tables['oracle'][name]['f1']:7.3f} "
                  f"{int(tables['oracle'][name]['n']):5d}")


if __name__ == "__main__":
    main()
