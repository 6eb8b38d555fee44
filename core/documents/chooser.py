"""The choice among each field's candidates: by a learnt model when switched on, else by hand.

In: a Collector holding every stage's candidates for one document, and the document (for page
geometry and text source). Out: {field: the chosen Candidate} for the fields that get a value,
in FIELD_NAMES order. With field_chooser = learnt in the settings and
ml_models/extractor/<version>/model.json present, a gradient-boosted
classifier gives every candidate the probability that its value is the truth, from generic
features (field, proposing stage, hand score and its rank, support of its value, agreement,
position on the page, decoy and firm marks, length); each field takes its most probable
candidate, or no value when even that one falls below the model's threshold. Otherwise (the
default, or the model missing) the hand-set scores choose (Collector.choose).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.config import get_settings
from core.documents.candidates import Candidate, Collector
from core.documents.pdf_text import DocumentText
from core.documents.schemas import FIELD_NAMES
from core.errors import ModelTampered

MODEL_ROOT = Path(__file__).resolve().parents[2] / "ml_models" / "extractor"
MODEL_VERSION = "v1"
# fields that no stage proposes as candidates: they follow from the chosen ones
DERIVED = ("currency", "line_items")
CHOSEN_FIELDS = tuple(n for n in FIELD_NAMES if n not in DERIVED)
STAGES = ("labelled", "prose", "patterns", "items", "derived")
PARTY_FIELDS = ("claimant_name", "claimant_phone", "claimant_email")


@dataclass(frozen=True)
class Chooser:
    """A loaded candidate classifier: the booster, its feature names and its threshold."""

    booster: Any
    features: tuple[str, ...]
    threshold: float
    metadata: dict[str, Any]

    @classmethod
    def from_artifacts(cls, folder: Path) -> Chooser:
        """Load model.json after checking it against metadata.json's sha256."""
        import xgboost

        model = folder / "model.json"
        metadata = json.loads((folder / "metadata.json").read_text())
        digest = hashlib.sha256(model.read_bytes()).hexdigest()
        if digest != metadata["sha256"]:
            raise ModelTampered(f"{model} has sha256 {digest}, metadata says {metadata['sha256']}")
        booster = xgboost.Booster()
        booster.load_model(str(model))
        booster.set_param({"nthread": 1})
        return cls(booster, tuple(metadata["features"]), float(metadata["threshold"]), metadata)

    def probabilities(self, rows: list[dict[str, float]]) -> list[float]:
        """P(value is the truth) for each candidate's feature row, in one batch."""
        matrix = feature_matrix(rows, self.features)
        # in place: a DMatrix costs more than the prediction for a document's few candidates
        return [float(p) for p in self.booster.inplace_predict(matrix, validate_features=False)]


def feature_matrix(rows: list[dict[str, float]], features: tuple[str, ...] | list[str]) -> Any:
    """The rows as a float32 matrix over `features` (a feature a row lacks is 0; one the
    features do not name is left out)."""
    import numpy as np

    index = {name: i for i, name in enumerate(features)}
    matrix = np.zeros((len(rows), len(features)), dtype=np.float32)
    for r, row in enumerate(rows):
        for name, value in row.items():
            i = index.get(name)
            if i is not None:
                matrix[r, i] = value
    return matrix


@lru_cache(maxsize=4)
def load_chooser(folder: Path) -> Chooser | None:
    """The chooser in `folder` (loaded once), or None when its files are missing."""
    if not (folder / "model.json").exists() or not (folder / "metadata.json").exists():
        return None
    return Chooser.from_artifacts(folder)


def active_chooser() -> Chooser | None:
    """The shipped chooser when the settings ask for it (field_chooser = learnt), else None."""
    if get_settings().field_chooser != "learnt":
        return None
    return load_chooser(MODEL_ROOT / MODEL_VERSION)


def hand_choice(out: Collector) -> dict[str, Candidate]:
    """The hand-set scores' choice per field (the behaviour without a model)."""
    chosen: dict[str, Candidate] = {}
    for name in CHOSEN_FIELDS:
        cand = out.choose(name)
        if cand is not None:
            chosen[name] = cand
    return chosen


def _rank(values: list[float], value: float) -> int:
    return sum(1 for v in values if v > value)


def candidate_features(out: Collector, document: DocumentText,
                       hand: dict[str, Candidate]) -> list[tuple[Candidate, dict[str, float]]]:
    """One generic feature row per candidate of every chosen field."""
    pages = {p.number: p for p in document.pages}
    n_pages = max(1, len(document.pages))
    by_value: dict[str, set[str]] = defaultdict(set)  # value -> fields proposing it
    for name in CHOSEN_FIELDS:
        for c in out.found.get(name) or []:
            by_value[str(c.value)].add(name)
    hand_values = {str(c.value): name for name, c in hand.items()}
    rows: list[tuple[Candidate, dict[str, float]]] = []
    for name in CHOSEN_FIELDS:
        cands = out.found.get(name) or []
        if not cands:
            continue
        scores = [c.base_score for c in cands]
        # the score as the hand rules weigh it: lowered at a firm's mailbox or beside a decoy
        weighed = [c.base_score * (0.35 if "firm" in c.flags else 1.0) * (
            0.35 if name in PARTY_FIELDS and str(c.value) in out.decoys else 1.0) for c in cands]
        held: dict[str, float] = defaultdict(float)
        support: dict[str, float] = defaultdict(float)
        agreeing: dict[str, int] = defaultdict(int)
        sources: dict[str, set[str]] = defaultdict(set)
        first_seen: dict[str, int] = {}
        for i, c in enumerate(cands):
            key = str(c.value)
            support[key] += c.base_score
            held[key] += weighed[i]
            agreeing[key] += 1
            sources[key].add(f"{c.stage}.{c.source}")
            first_seen.setdefault(key, i)
        supports = list(support.values())
        total = sum(supports) or 1.0
        helds = list(held.values())
        held_total = sum(helds) or 1.0
        hand_pick = hand.get(name)
        for i, c in enumerate(cands):
            key = str(c.value)
            row: dict[str, float] = {
                f"field={name}": 1.0, f"stage={c.stage}": 1.0,
                f"source={c.stage}.{c.source}": 1.0,
                "score": c.base_score, "score_rank": _rank(scores, c.base_score),
                "score_gap": max(scores) - c.base_score,
                "support": support[key], "support_share": support[key] / total,
                "support_rank": _rank(supports, support[key]),
                "support_gap": max(supports) - support[key],
                "weighed": weighed[i], "weighed_rank": _rank(weighed, weighed[i]),
                "held": held[key], "held_share": held[key] / held_total,
                "held_rank": _rank(helds, held[key]), "held_gap": max(helds) - held[key],
                "agreeing": agreeing[key], "agreeing_sources": len(sources[key]),
                "candidates": len(cands), "values": len(support),
                "order": i / len(cands), "value_order": first_seen[key] / len(cands),
                "hand_pick": float(hand_pick is not None and str(hand_pick.value) == key),
                "other_fields": len(by_value[key] - {name}),
                "other_hand_pick": float(hand_values.get(key, name) != name),
                "decoy": float(name in PARTY_FIELDS and key in out.decoys),
                "firm": float("firm" in c.flags),
                "warning": float(c.warning is not None),
                "value_chars": len(key), "value_words": len(key.split()),
                "raw_chars": len(c.raw), "words": len(c.words),
                "pages": n_pages,
            }
            if c.words:
                word = c.words[0]
                page = pages.get(word.page)
                row["page"] = word.page
                row["last_page"] = float(word.page == n_pages)
                if page is not None:
                    row["rel_y"] = word.top / max(1.0, page.height)
                    row["rel_x"] = word.x0 / max(1.0, page.width)
                    row["ocr"] = float(page.source == "ocr")
                row["word_confidence"] = min(w.confidence for w in c.words)
            rows.append((c, row))
    return rows


def pick_learnt(rows: list[tuple[Candidate, dict[str, float]]],
                chooser: Chooser) -> dict[str, Candidate]:
    """Per field the candidate the model finds most probable, if above its threshold."""
    best: dict[str, tuple[float, Candidate]] = {}
    probs = chooser.probabilities([r for _, r in rows]) if rows else []
    for (cand, _), prob in zip(rows, probs, strict=True):
        if cand.field not in best or prob > best[cand.field][0]:
            best[cand.field] = (prob, cand)
    chosen: dict[str, Candidate] = {}
    for name in CHOSEN_FIELDS:
        if name not in best or best[name][0] < chooser.threshold:
            continue
        prob, cand = best[name]
        cand.score = round(prob, 3)
        chosen[name] = cand
    return chosen


def choose_fields(out: Collector, document: DocumentText,
                  chooser: Chooser | None = None) -> dict[str, Candidate]:
    """The chosen candidate per field, in FIELD_NAMES order (fields without a value left out)."""
    hand = hand_choice(out)
    chooser = chooser or active_chooser()
    if chooser is None:
        return hand
    return pick_learnt(candidate_features(out, document, hand), chooser)
