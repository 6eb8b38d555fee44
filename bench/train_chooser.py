"""Train the extractor's learnt chooser from generated dev corpora, deterministically.

    python -m bench.train_chooser [--count 150] [--out ml_models/extractor/v1] [--loco]

Generates the dev corpora (the sample generator, bench.heldout, bench.heldout2,
bench.heldout5; digital documents, fixed seeds) in a temporary folder, gathers every candidate
with its features and a label (its value equals the truth, as bench.extraction compares), and
fits one XGBoost binary classifier over all fields (the field is a feature). It writes
model.json and metadata.json (features, corpora and seeds, parameters, metrics, sha256).
--loco instead prints the leave-one-corpus-out figures (train on the others, choose on the one
left out) used to pick the features and parameters; the honest held-out corpora are never used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.candidates import Gathered, chosen_rows, gather, oracle_rows
from bench.extraction import score
from core.documents.chooser import CHOSEN_FIELDS, MODEL_ROOT, MODEL_VERSION, feature_matrix

PARAMS: dict[str, Any] = {
    "objective": "binary:logistic", "eval_metric": "logloss", "max_depth": 4, "eta": 0.1,
    "min_child_weight": 2.0, "lambda": 1.0, "tree_method": "hist", "nthread": 1, "seed": 0,
}
ROUNDS = 200
THRESHOLD = 0.1  # below this probability a field gets no value (0 and 0.3 did no better)
# features left out of training: none, as leave-one-corpus-out found no smaller set better
# (without positions, sources, lengths or the hand-score features it did worse or the same)
EXCLUDED: tuple[str, ...] = ()


def _own(out: Path, count: int, seed: int) -> None:
    from core.documents.samples import generate_corpus

    generate_corpus(out, count, seed=seed, scanned_share=0.0)


def _heldout(out: Path, count: int, seed: int) -> None:
    from bench.heldout import generate_heldout

    generate_heldout(out, count, seed, 0.0)


def _heldout2(out: Path, count: int, seed: int) -> None:
    from bench.heldout2 import generate_heldout2

    generate_heldout2(out, count, seed=seed, scanned_share=0.0)


def _heldout5(out: Path, count: int, seed: int) -> None:
    from bench.heldout5 import generate

    generate(out, count, seed)  # it scans some cases itself; gather reads the digital ones


CORPORA: dict[str, tuple[Callable[[Path, int, int], None], int]] = {
    "samples": (_own, 11), "heldout": (_heldout, 2027), "heldout2": (_heldout2, 4049),
    "heldout5": (_heldout5, 5151),
}


def gather_corpora(root: Path, count: int) -> dict[str, list[Gathered]]:
    """Generate each dev corpus under `root` and gather its candidates."""
    gathered = {}
    for name, (generate, seed) in CORPORA.items():
        folder = root / name
        generate(folder, count, seed)
        gathered[name] = gather(folder)
    return gathered


def _vocabulary(docs: list[Gathered]) -> list[str]:
    names = {key for doc in docs for _, _, row, _ in doc.rows for key in row}
    return sorted(n for n in names if n not in EXCLUDED)


def fit(docs: list[Gathered], features: list[str], params: dict[str, Any] | None = None,
        rounds: int = ROUNDS) -> Any:
    """An XGBoost booster on every candidate row of `docs`."""
    import numpy as np
    import xgboost

    rows = [(row, label) for doc in docs for _, _, row, label in doc.rows]
    matrix = feature_matrix([row for row, _ in rows], features)
    labels = np.array([float(label) for _, label in rows], dtype=np.float32)
    data = xgboost.DMatrix(matrix, label=labels, feature_names=features)
    return xgboost.train({**PARAMS, **(params or {})}, data, num_boost_round=rounds)


def learnt_choice(docs: list[Gathered], booster: Any, features: list[str],
                  threshold: float) -> list[tuple[str, Any, Any]]:
    """(field, got, want) when the booster chooses among each document's candidates."""
    from core.documents.chooser import Chooser

    chooser = Chooser(booster, tuple(features), threshold, {})
    out = []
    for doc in docs:
        best: dict[str, tuple[float, Any]] = {}
        probs = chooser.probabilities([row for _, _, row, _ in doc.rows]) if doc.rows else []
        for (name, value, _, _), prob in zip(doc.rows, probs, strict=True):
            if name not in best or prob > best[name][0]:
                best[name] = (prob, value)
        for name in CHOSEN_FIELDS:
            got = best[name][1] if name in best and best[name][0] >= threshold else None
            out.append((name, got, doc.truth.get(name)))
    return out


def micro(rows: list[tuple[str, Any, Any]]) -> float:
    return round(score(rows)["MICRO"]["f1"], 4)


def leave_one_out(gathered: dict[str, list[Gathered]], params: dict[str, Any] | None = None,
                  rounds: int = ROUNDS, threshold: float = THRESHOLD) -> dict[str, dict]:
    """Per dev corpus: hand, learnt (trained on the other two) and oracle micro-F1."""
    figures = {}
    for test in gathered:
        train = [d for name, docs in gathered.items() if name != test for d in docs]
        features = _vocabulary(train)
        booster = fit(train, features, params, rounds)
        docs = gathered[test]
        figures[test] = {"hand": micro(chosen_rows(docs, "hand")),
                         "learnt": micro(learnt_choice(docs, booster, features, threshold)),
                         "oracle": micro(oracle_rows(docs))}
    return figures


def train(out_dir: Path, count: int) -> dict[str, Any]:
    """Rebuild the shipped model in `out_dir`; return its metadata."""
    with tempfile.TemporaryDirectory() as tmp:
        gathered = gather_corpora(Path(tmp), count)
    loco = leave_one_out(gathered)
    docs = [d for corpus in gathered.values() for d in corpus]
    features = _vocabulary(docs)
    booster = fit(docs, features)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / "model.json"
    booster.save_model(str(model))
    metadata = {
        "model_name": "extractor_chooser", "version": out_dir.name,
        "task": "P(candidate's normal value equals the truth); per field the most probable "
                "candidate is chosen, none below the threshold",
        "features": features, "threshold": THRESHOLD, "params": PARAMS, "rounds": ROUNDS,
        "training": {"corpora": {name: {"seed": seed, "generated": count,
                                        "digital_documents": len(gathered[name])}
                                 for name, (_, seed) in CORPORA.items()},
                     "documents": len(docs),
                     "candidates": sum(len(d.rows) for d in docs)},
        "metrics": {"leave_one_corpus_out_micro_f1": loco,
                    "train_micro_f1": {"hand": micro(chosen_rows(docs, "hand")),
                                       "learnt": micro(learnt_choice(docs, booster, features,
                                                                     THRESHOLD))}},
        "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (out_dir / "metadata.json").write_text(json.dumps(metadata, indent=1) + "\n")
    return metadata


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=150, help="documents per dev corpus")
    parser.add_argument("--out", type=Path, default=MODEL_ROOT / MODEL_VERSION)
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out figures only")
    args = parser.parse_args(argv)
    if args.loco:
        with tempfile.TemporaryDirectory() as tmp:
            gathered = gather_corpora(Path(tmp), args.count)
        for name, figures in leave_one_out(gathered).items():
            print(f"{name:10} " + " ".join(f"{k} {v:.4f}" for k, v in figures.items()))
        return
    metadata = train(args.out, args.count)
    print(json.dumps(metadata["metrics"], indent=1))
    print(f"wrote {args.out}/model.json (sha256 {metadata['sha256'][:12]})")


if __name__ == "__main__":
    main()
