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
import copy
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.extraction import same, score
from core.config import get_settings
from core.documents.candidates import Collector
from core.documents.choice_features import CHOSEN_FIELDS, candidate_features, none_rows
from core.documents.chooser import MODEL_ROOT, MODEL_VERSION, hand_choice, load_chooser, pick_learnt
from core.documents.fields import collect_candidates
from core.documents.pdf_text import DocumentText, extract_text
from core.documents.pipeline import default_ocr_engine


@dataclass
class Gathered:
    """One document's candidates as feature rows with labels, and the truth."""

    case: str
    scanned: bool
    truth: dict[str, Any]
    # field, value (None: the field's "no value" row), features, is right
    rows: list[tuple[str, Any, dict[str, float], bool]]
    hand: dict[str, Any]
    learnt: dict[str, Any]


def _truth(pdf: Path) -> dict[str, Any]:
    return json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text())


@dataclass
class Extracted:
    """One document as the extractor's stages left it: its words and every candidate."""

    case: str
    truth: dict[str, Any]
    document: DocumentText
    out: Collector


def extract_corpus(corpus: Path, scanned: bool = False) -> list[Extracted]:
    """Words and candidates of every document in `corpus` (digital ones only unless
    `scanned`); the slow part of gathering (reading, OCR, the stages)."""
    docs = []
    for pdf in sorted(corpus.glob("*.pdf")):
        truth = _truth(pdf)
        if truth.get("scanned") and not scanned:
            continue
        document = extract_text(pdf.read_bytes(), max_pages=get_settings().max_document_pages,
                                ocr=default_ocr_engine())
        out, _ = collect_candidates(document)
        docs.append(Extracted(pdf.stem, truth, document, out))
    return docs


def save_extracted(docs: list[Extracted], path: Path) -> None:
    """Keep extracted documents on disk (pickled) so that feature and model changes can be
    tried again without reading the PDFs; the caller keys `path` by the extractor's code."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    part.write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    part.replace(path)


def load_extracted(path: Path) -> list[Extracted]:
    return pickle.loads(path.read_bytes())  # noqa: S301 - our own cache, written above


def label_documents(docs: list[Extracted]) -> list[Gathered]:
    """Feature rows with labels, the hand choice and the shipped chooser's choice per document
    (the candidates are copied first: choosing lowers their scores)."""
    chooser = load_chooser(MODEL_ROOT / MODEL_VERSION)
    gathered = []
    for doc in docs:
        out = copy.deepcopy(doc.out)
        hand = hand_choice(out)
        features = candidate_features(out, doc.document, hand)
        rows = [(c.field, c.value, row, same(c.field, c.value, doc.truth.get(c.field)))
                for c, row in features]
        # a field's "no value" row is right when none of its candidates is
        rows += [(name, None, row, not any(f == name and label for f, _, _, label in rows))
                 for name, row in none_rows(features).items()]
        learnt = pick_learnt(features, chooser, hand) if chooser else hand
        gathered.append(Gathered(doc.case, bool(doc.truth.get("scanned")), doc.truth, rows,
                                 {n: c.value for n, c in hand.items()},
                                 {n: c.value for n, c in learnt.items()}))
    return gathered


def gather(corpus: Path, scanned: bool = False) -> list[Gathered]:
    """Candidates of every document in `corpus` (digital ones only unless `scanned`)."""
    return label_documents(extract_corpus(corpus, scanned))


def oracle_rows(docs: list[Gathered]) -> list[tuple[str, Any, Any]]:
    """(field, got, want) for a chooser that always takes the truth when a candidate has it."""
    rows = []
    for doc in docs:
        for name in CHOSEN_FIELDS:
            want = doc.truth.get(name)
            hit = any(f == name and label and v is not None for f, v, _, label in doc.rows)
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
