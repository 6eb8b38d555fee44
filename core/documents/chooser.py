"""The choice among each field's candidates: by a learnt model when switched on, else by hand.

In: a Collector holding every stage's candidates for one document, and the document (for page
geometry and text source). Out: {field: the chosen Candidate} for the fields that get a value,
in FIELD_NAMES order. With field_chooser = learnt in the settings and
ml_models/extractor/<version>/model.json present, a gradient-boosted model scores every
candidate from generic features (field, proposing stage, hand score and its rank, support of
its value, agreement, position on the page, decoy and firm marks, length, and the labels and
words before and above it: whether they name its own field, another field or another party),
and, when its metadata says so, each field's "no value" option too; each field takes its
best-scoring option (or, for a model without the none option, no value when even its best
candidate falls below the model's threshold), and with a margin in the metadata the hand
choice stands unless the model beats it by more. Otherwise (the default, or the model missing)
the hand-set scores choose (Collector.choose).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.config import get_settings
from core.documents.candidates import Candidate, Collector
from core.documents.choice_features import CHOSEN_FIELDS, candidate_features, none_rows
from core.documents.pdf_text import DocumentText
from core.errors import ModelTampered

MODEL_ROOT = Path(__file__).resolve().parents[2] / "ml_models" / "extractor"
MODEL_VERSION = "v1"


@dataclass(frozen=True)
class Chooser:
    """A loaded candidate scorer: the booster, its feature names and how its scores decide.

    With `none_option` every field also scores a "no value" row and the highest-scoring option
    wins; else a field gets no value when its best candidate scores below `threshold`. With a
    `margin`, the hand choice stands unless the model scores its own pick more than `margin`
    above the hand's option.
    """

    booster: Any
    features: tuple[str, ...]
    threshold: float
    metadata: dict[str, Any]
    none_option: bool = False
    margin: float | None = None

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
        margin = metadata.get("margin")
        return cls(booster, tuple(metadata["features"]), float(metadata["threshold"]), metadata,
                   bool(metadata.get("none_option", False)),
                   None if margin is None else float(margin))

    def probabilities(self, rows: list[dict[str, float]]) -> list[float]:
        """The model's score for each feature row (a probability for a binary objective), in
        one batch."""
        matrix = feature_matrix(rows, self.features)
        # in place: a DMatrix costs more than the prediction for a document's few candidates
        return [float(p) for p in self.booster.inplace_predict(matrix, validate_features=False)]

    def decide(self, options: list[tuple[str, Any, dict[str, float], bool]]
               ) -> dict[str, tuple[Any, float]]:
        """Per field the option taken, as (item, model score), from (field, item, feature row,
        is the hand's choice) options; an item of None is the field's "no value" row, and a
        field taken as no value is left out."""
        if not self.none_option:
            options = [o for o in options if o[1] is not None]
        scores = self.probabilities([row for _, _, row, _ in options]) if options else []
        best: dict[str, tuple[Any, float]] = {}
        hand: dict[str, tuple[Any, float]] = {}
        for (name, item, _, is_hand), value in zip(options, scores, strict=True):
            if name not in best or value > best[name][1]:
                best[name] = (item, value)
            if is_hand and (name not in hand or value > hand[name][1]):
                hand[name] = (item, value)
        chosen: dict[str, tuple[Any, float]] = {}
        for name, (item, value) in best.items():
            if not self.none_option and value < self.threshold:
                item = None
            if self.margin is not None:
                kept = hand.get(name, (None, self.threshold if not self.none_option else value))
                if value - kept[1] <= self.margin:
                    item, value = kept
            if item is not None:
                chosen[name] = (item, value)
        return chosen


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


def learnt_options(rows: list[tuple[Candidate, dict[str, float]]],
                   hand: dict[str, Candidate]) -> list[tuple[str, Any, dict[str, float], bool]]:
    """Every candidate and every field's "no value" row as options for Chooser.decide."""
    options: list[tuple[str, Any, dict[str, float], bool]] = [
        (c.field, c, row, c.field in hand and str(hand[c.field].value) == str(c.value))
        for c, row in rows]
    options += [(name, None, row, name not in hand) for name, row in none_rows(rows).items()]
    return options


def pick_learnt(rows: list[tuple[Candidate, dict[str, float]]], chooser: Chooser,
                hand: dict[str, Candidate] | None = None) -> dict[str, Candidate]:
    """Per field the candidate the model takes (see Chooser.decide), in CHOSEN_FIELDS order;
    its score becomes the model's confidence."""
    decided = chooser.decide(learnt_options(rows, hand or {}))
    chosen: dict[str, Candidate] = {}
    for name in CHOSEN_FIELDS:
        if name in decided:
            cand, value = decided[name]
            if not 0.0 <= value <= 1.0:
                value = 1 / (1 + math.exp(-value))  # a ranking score, not a probability
            cand.score = round(value, 3)
            chosen[name] = cand
    return chosen


def choose_fields(out: Collector, document: DocumentText,
                  chooser: Chooser | None = None) -> dict[str, Candidate]:
    """The chosen candidate per field, in FIELD_NAMES order (fields without a value left out)."""
    hand = hand_choice(out)
    chooser = chooser or active_chooser()
    if chooser is None:
        return hand
    return pick_learnt(candidate_features(out, document, hand), chooser, hand)
