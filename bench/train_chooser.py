"""Train the extractor's learnt chooser from generated dev corpora, deterministically.

    python -m bench.train_chooser [--count 100] [--out ml_models/extractor/v1] [--loco]

Generates the dev corpora (the sample generator, bench.heldout, bench.heldout2, bench.heldout5
and the blind-authored bench.heldout7, 8 and 9 where present; fixed seeds, scanned documents
read by OCR included) in a temporary folder, gathers every candidate with its features and a
label (its value equals the truth, as bench.extraction compares) plus each field's "no value"
option, and fits one XGBoost ranker over the options of each (document, field), every corpus
weighing the same. It writes model.json and metadata.json (features, corpora and seeds,
parameters, metrics, sha256). Extracted documents are cached under --cache, keyed by corpus,
seed, count and the extractor's code, so reruns only refit.
--loco instead prints the leave-one-corpus-out figures (train on the others, choose on the one
left out) used to pick the features and parameters; the honest held-out corpora are never used.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.candidates import (
    Extracted,
    Gathered,
    chosen_rows,
    extract_corpus,
    label_documents,
    load_extracted,
    oracle_rows,
    save_extracted,
)
from bench.extraction import score
from core.documents.choice_features import CHOSEN_FIELDS
from core.documents.chooser import MODEL_ROOT, MODEL_VERSION, Chooser, feature_matrix

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "claimdesk" / "chooser"
# the chooser and its features: recomputed from cached candidates, so not in the cache key
CHOOSER_FILES = ("chooser.py", "choice_features.py")
Row = tuple[str, Any, dict[str, float], bool]


MONOTONE = {"left_label_own": 1, "above_label_own": 1, "left_label_field": -1,
            "above_label_field": -1, "left_label_party": -1, "above_label_party": -1,
            "left_decoy": -1, "above_decoy": -1, "decoy": -1, "firm": -1}


@dataclass(frozen=True)
class Setup:
    """How the chooser learns and decides (picked by leave-one-corpus-out)."""

    objective: str = "rank:pairwise"  # or binary:logistic, rank:ndcg
    none_option: bool = True  # each field scores a "no value" row beside its candidates
    threshold: float = 0.1  # without the none option: below this a field gets no value
    margin: float | None = 1.0  # the hand choice stands unless beaten by more than this
    equal_corpora: bool = True  # each training corpus weighs the same
    scanned: bool = True  # OCR'd documents are trained on and scored too
    rounds: int = 200
    params: dict[str, Any] = field(default_factory=lambda: {
        "eval_metric": "logloss", "max_depth": 4, "eta": 0.1, "min_child_weight": 2.0,
        "lambda": 1.0, "tree_method": "hist", "nthread": 1, "seed": 0})
    excluded: tuple[str, ...] = ()  # feature name prefixes left out
    # features whose sense holds on any layout, so the model may only rise (+1) or fall (-1)
    # with them: a label naming the field, another field or another party before the value
    monotone: dict[str, int] = field(default_factory=lambda: dict(MONOTONE))


SETUP = Setup()


def _own(out: Path, count: int, seed: int) -> None:
    from core.documents.samples import generate_corpus

    generate_corpus(out, count, seed=seed, scanned_share=0.3)


def _heldout(out: Path, count: int, seed: int) -> None:
    from bench.heldout import generate_heldout

    generate_heldout(out, count, seed, 0.3)


def _heldout2(out: Path, count: int, seed: int) -> None:
    from bench.heldout2 import generate_heldout2

    generate_heldout2(out, count, seed=seed, scanned_share=0.3)


def _heldout5(out: Path, count: int, seed: int) -> None:
    from bench.heldout5 import generate

    generate(out, count, seed)  # it scans some cases itself


def _blind(module: str) -> Callable[[Path, int, int], None]:
    """A blind-authored corpus: its module's write_corpus(out, count, seed)."""
    def generate(out: Path, count: int, seed: int) -> None:
        importlib.import_module(module).write_corpus(out, count, seed)
    return generate


# name -> (generator, seed, its module: the corpus is left out while that module is missing)
CORPORA: dict[str, tuple[Callable[[Path, int, int], None], int, str]] = {
    "samples": (_own, 11, "core.documents.samples"),
    "heldout": (_heldout, 2027, "bench.heldout"),
    "heldout2": (_heldout2, 4049, "bench.heldout2"),
    "heldout5": (_heldout5, 5151, "bench.heldout5"),
    "heldout7": (_blind("bench.heldout7"), 7373, "bench.heldout7"),
    "heldout8": (_blind("bench.heldout8"), 8383, "bench.heldout8"),
    "heldout9": (_blind("bench.heldout9"), 9393, "bench.heldout9"),
    "heldout10": (_blind("bench.heldout10"), 10101, "bench.heldout10"),
    "heldout11": (_blind("bench.heldout11"), 11111, "bench.heldout11"),
}


def available_corpora() -> list[str]:
    return [name for name, (_, _, module) in CORPORA.items()
            if importlib.util.find_spec(module) is not None]


def code_hash(name: str) -> str:
    """The extractor's code, the settings and the corpus's generator, as one digest (the
    chooser itself is left out: features are recomputed from the cached candidates)."""
    files = [p for p in (ROOT / "core" / "documents").rglob("*")
             if p.is_file() and p.name not in CHOOSER_FILES and "__pycache__" not in p.parts]
    files += [ROOT / "core" / "config.py", *(ROOT / "bench").glob(f"{name}.py"),
              *(ROOT / "bench").glob(f"{name}_*.py")]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def extract_corpora(root: Path, count: int, scanned: bool,
                    cache: Path | None = CACHE) -> dict[str, list[Extracted]]:
    """Each available dev corpus, generated under `root` and extracted (from `cache` when it
    holds the same corpus read by the same code)."""
    extracted = {}
    for name in available_corpora():
        generate, seed, _ = CORPORA[name]
        key = f"{name}-{seed}-{count}-{'scanned' if scanned else 'digital'}-{code_hash(name)}"
        path = cache / f"{key}.pickle" if cache else None
        if path is not None and path.exists():
            extracted[name] = load_extracted(path)
            continue
        folder = root / name
        generate(folder, count, seed)
        extracted[name] = extract_corpus(folder, scanned)
        if path is not None:
            save_extracted(extracted[name], path)
    return extracted


def gather_corpora(root: Path, count: int, scanned: bool = SETUP.scanned,
                   cache: Path | None = CACHE) -> dict[str, list[Gathered]]:
    """Each available dev corpus's candidates as labelled feature rows."""
    return {name: label_documents(docs)
            for name, docs in extract_corpora(root, count, scanned, cache).items()}


def _vocabulary(docs: list[Gathered], setup: Setup) -> list[str]:
    names = {key for doc in docs for _, _, row, _ in doc.rows for key in row}
    return sorted(n for n in names if not (setup.excluded and n.startswith(setup.excluded)))


def _groups(doc: Gathered, setup: Setup) -> list[list[tuple[Row, bool]]]:
    """The document's options per field, each marked whether it is the hand's choice."""
    groups = []
    for name in CHOSEN_FIELDS:
        rows = [r for r in doc.rows if r[0] == name and (setup.none_option or r[1] is not None)]
        if rows:
            hand = doc.hand.get(name)
            groups.append([(r, name not in doc.hand if r[1] is None
                            else hand is not None and str(hand) == str(r[1])) for r in rows])
    return groups


def fit(gathered: dict[str, list[Gathered]], features: list[str], setup: Setup = SETUP) -> Any:
    """An XGBoost booster on the options of every (document, field) of the corpora."""
    import numpy as np
    import xgboost

    rows, labels, weights, sizes = [], [], [], []
    for docs in gathered.values():
        groups = [g for doc in docs for g in _groups(doc, setup)]
        ranking = setup.objective.startswith("rank:")
        # equal corpora: every corpus's groups (or rows) together weigh as one
        units = len(groups) if ranking else sum(len(g) for g in groups)
        weight = 1000.0 / max(1, units) if setup.equal_corpora else 1.0
        for group in groups:
            rows += [row for (_, _, row, _), _ in group]
            labels += [float(label) for (_, _, _, label), _ in group]
            sizes.append(len(group))
            weights += [weight] if ranking else [weight] * len(group)
    data = xgboost.DMatrix(feature_matrix(rows, features),
                           label=np.array(labels, dtype=np.float32), feature_names=features)
    data.set_weight(np.array(weights, dtype=np.float32))
    if setup.objective.startswith("rank:"):
        data.set_group(sizes)
    params = {**setup.params, "objective": setup.objective}
    if setup.monotone:
        params["monotone_constraints"] = "(" + ",".join(
            str(setup.monotone.get(name, 0)) for name in features) + ")"
    if setup.objective.startswith("rank:"):
        params["eval_metric"] = "ndcg"
    return xgboost.train(params, data, num_boost_round=setup.rounds)


def chooser_for(booster: Any, features: list[str], setup: Setup) -> Chooser:
    return Chooser(booster, tuple(features), setup.threshold, {}, setup.none_option,
                   setup.margin)


def learnt_choice(docs: list[Gathered], chooser: Chooser,
                  setup: Setup = SETUP) -> list[tuple[str, Any, Any]]:
    """(field, got, want) when the chooser decides among each document's options."""
    out = []
    for doc in docs:
        options = [(r[0], r[1], r[2], is_hand) for group in _groups(doc, setup)
                   for r, is_hand in group]
        decided = chooser.decide(options)
        for name in CHOSEN_FIELDS:
            got = decided[name][0] if name in decided else None
            out.append((name, got, doc.truth.get(name)))
    return out


def micro(rows: list[tuple[str, Any, Any]]) -> float:
    return round(score(rows)["MICRO"]["f1"], 4)


def leave_one_out(gathered: dict[str, list[Gathered]],
                  setup: Setup = SETUP) -> dict[str, dict[str, float]]:
    """Per dev corpus: hand, learnt (trained on the others) and oracle micro-F1, and over all
    of them ("ALL", each document counted once)."""
    figures = {}
    pooled: dict[str, list] = {"hand": [], "learnt": [], "oracle": []}
    for test in gathered:
        train = {name: docs for name, docs in gathered.items() if name != test}
        features = _vocabulary([d for docs in train.values() for d in docs], setup)
        chooser = chooser_for(fit(train, features, setup), features, setup)
        docs = gathered[test]
        rows = {"hand": chosen_rows(docs, "hand"), "learnt": learnt_choice(docs, chooser, setup),
                "oracle": oracle_rows(docs)}
        figures[test] = {k: micro(v) for k, v in rows.items()}
        for k, v in rows.items():
            pooled[k] += v
    figures["ALL"] = {k: micro(v) for k, v in pooled.items()}
    return figures


def train(out_dir: Path, count: int, setup: Setup = SETUP,
          cache: Path | None = CACHE) -> dict[str, Any]:
    """Rebuild the shipped model in `out_dir`; return its metadata."""
    with tempfile.TemporaryDirectory() as tmp:
        gathered = gather_corpora(Path(tmp), count, setup.scanned, cache)
    loco = leave_one_out(gathered, setup)
    docs = [d for corpus in gathered.values() for d in corpus]
    features = _vocabulary(docs, setup)
    booster = fit(gathered, features, setup)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / "model.json"
    booster.save_model(str(model))
    chooser = chooser_for(booster, features, setup)
    metadata = {
        "model_name": "extractor_chooser", "version": out_dir.name,
        "task": "scores each field's candidates and its no-value option; per field the "
                "best-scoring option is taken" if setup.none_option else
                "P(candidate's normal value equals the truth); per field the most probable "
                "candidate is chosen, none below the threshold",
        "features": features, "threshold": setup.threshold, "none_option": setup.none_option,
        "margin": setup.margin, "objective": setup.objective,
        "setup": {k: v for k, v in dataclasses.asdict(setup).items() if k != "params"},
        "params": setup.params, "rounds": setup.rounds,
        "training": {"corpora": {name: {"seed": CORPORA[name][1], "generated": count,
                                        "documents": len(gathered[name])}
                                 for name in gathered},
                     "documents": len(docs),
                     "candidates": sum(1 for d in docs for r in d.rows if r[1] is not None)},
        "metrics": {"leave_one_corpus_out_micro_f1": loco,
                    "train_micro_f1": {"hand": micro(chosen_rows(docs, "hand")),
                                       "learnt": micro(learnt_choice(docs, chooser, setup))}},
        "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (out_dir / "metadata.json").write_text(json.dumps(metadata, indent=1) + "\n")
    return metadata


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="documents per dev corpus")
    parser.add_argument("--out", type=Path, default=MODEL_ROOT / MODEL_VERSION)
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out figures only")
    parser.add_argument("--cache", type=Path, default=CACHE, help="extracted documents' cache")
    parser.add_argument("--no-cache", action="store_true", help="extract every document again")
    parser.add_argument("--margin", default=str(SETUP.margin),
                        help="the hand choice stands unless beaten by more ('none': never)")
    parser.add_argument("--exclude", nargs="*", default=list(SETUP.excluded),
                        help="feature name prefixes to leave out (e.g. hand_pick)")
    args = parser.parse_args(argv)
    cache = None if args.no_cache else args.cache
    setup = dataclasses.replace(SETUP, excluded=tuple(args.exclude), margin=None
                                if args.margin.lower() == "none" else float(args.margin))
    if args.loco:
        with tempfile.TemporaryDirectory() as tmp:
            gathered = gather_corpora(Path(tmp), args.count, setup.scanned, cache)
        for name, figures in leave_one_out(gathered, setup).items():
            print(f"{name:10} " + " ".join(f"{k} {v:.4f}" for k, v in figures.items()))
        return
    metadata = train(args.out, args.count, setup, cache)
    print(json.dumps(metadata["metrics"], indent=1))
    print(f"wrote {args.out}/model.json (sha256 {metadata['sha256']})")


if __name__ == "__main__":
    main()
