"""The learnt chooser among field candidates: its behaviour, its fallback and its artifacts."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict

import pytest

from core.config import reset_settings
from core.documents import chooser as chooser_module
from core.documents.candidates import Collector, Context
from core.documents.choice_features import candidate_features
from core.documents.chooser import (
    MODEL_ROOT,
    MODEL_VERSION,
    Chooser,
    choose_fields,
    hand_choice,
    load_chooser,
)
from core.documents.fields import collect_candidates
from core.documents.pdf_text import DocumentText, PageText, Word, extract_text
from core.documents.pipeline import extract_document
from core.errors import ModelTampered
from tests.core.documents.test_fields import _record_and_pdf

SHIPPED = MODEL_ROOT / MODEL_VERSION


def _shipped() -> Chooser:
    chooser = load_chooser(SHIPPED)
    assert chooser is not None, f"no model shipped in {SHIPPED}"
    return chooser


def _phones(decoy: str) -> tuple[Collector, DocumentText]:
    """Two phone candidates proposed the same way, one of them also seen beside a witness."""
    words = [Word("Phone:", 1, 50, 100, 90, 110), Word("(415) 555-0134", 1, 95, 100, 180, 110),
             Word("Phone:", 1, 50, 600, 90, 610), Word("(212) 555-0199", 1, 95, 600, 180, 610)]
    document = DocumentText([PageText(1, 612, 792, "text", words)])
    out = Collector(Context(), found=defaultdict(list))
    with out.proposing("labelled"):
        out.add("claimant_phone", "(415) 555-0134", words[1:2], 0.9)
        out.add("claimant_phone", "(212) 555-0199", words[3:4], 0.9)
    out.add_decoy(f"Witness: Jane Roe {decoy}")
    return out, document


@pytest.mark.parametrize("decoy, claimants", [("(415) 555-0134", "+12125550199"),
                                              ("(212) 555-0199", "+14155550134")])
def test_a_phone_seen_beside_another_party_loses_to_the_claimants(decoy, claimants):
    out, document = _phones(decoy)
    chosen = choose_fields(out, document, chooser=_shipped())
    assert chosen["claimant_phone"].value == claimants


def test_the_learnt_choice_keeps_the_core_fields_of_a_generated_claim():
    for layout, seed in (("form_inline", 3), ("letter", 4)):
        record, pdf = _record_and_pdf(layout, seed)
        document = extract_text(pdf, max_pages=20, ocr=None)
        out, _ = collect_candidates(document)
        chosen = choose_fields(out, document, chooser=_shipped())
        for name in ("claim_number", "policy_number", "claimant_name", "claimed_amount"):
            assert chosen[name].value == record[name], (layout, name)
            assert 0 < chosen[name].score <= 1


def test_without_the_model_the_hand_choice_stands(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMDESK_FIELD_CHOOSER", "learnt")
    monkeypatch.setattr(chooser_module, "MODEL_ROOT", tmp_path)  # no model files there
    reset_settings()
    try:
        assert chooser_module.active_chooser() is None
        _, pdf = _record_and_pdf("form_inline", 6)
        document = extract_text(pdf, max_pages=20, ocr=None)
        out, _ = collect_candidates(document)
        fallback = {n: c.value for n, c in choose_fields(out, document).items()}
        again, _ = collect_candidates(document)
        assert fallback == {n: c.value for n, c in hand_choice(again).items()}
        assert extract_document(pdf, ocr=None).value("claim_number") == fallback["claim_number"]
    finally:
        monkeypatch.undo()
        reset_settings()


def test_the_shipped_model_matches_its_metadata(tmp_path):
    metadata = json.loads((SHIPPED / "metadata.json").read_text())
    assert hashlib.sha256((SHIPPED / "model.json").read_bytes()).hexdigest() == metadata["sha256"]
    assert _shipped().features == tuple(metadata["features"])
    assert not any("heldout3" in c or "heldout4" in c for c in metadata["training"]["corpora"])
    copy = tmp_path / "v1"
    shutil.copytree(SHIPPED, copy)
    (copy / "model.json").write_text((copy / "model.json").read_text().replace("1", "2", 1))
    with pytest.raises(ModelTampered):
        Chooser.from_artifacts(copy)


def test_training_rebuilds_the_same_model_from_a_tiny_corpus(tmp_path):
    from bench.train_chooser import available_corpora, train

    first = train(tmp_path / "a", count=3, cache=None)
    second = train(tmp_path / "b", count=3, cache=tmp_path / "cache")  # fills the cache
    third = train(tmp_path / "c", count=3, cache=tmp_path / "cache")  # reads it
    assert first["sha256"] == second["sha256"] == third["sha256"]
    assert first["metrics"] == second["metrics"] == third["metrics"]
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == len(available_corpora())
    corpora = first["training"]["corpora"]
    assert first["training"]["documents"] == sum(c["documents"] for c in corpora.values())
    assert {"samples", "heldout", "heldout2", "heldout5", "heldout7"} <= set(corpora)
    assert set(corpora) == set(available_corpora())
    assert load_chooser(tmp_path / "a") is not None


class _Column:
    """A stand-in booster whose score for a row is its feature "s"."""

    def inplace_predict(self, matrix, validate_features=False):
        return matrix[:, 0]


def _options(hand_score: float, other_score: float, none_score: float):
    return [("claim_number", "HAND", {"s": hand_score}, True),
            ("claim_number", "OTHER", {"s": other_score}, False),
            ("claim_number", None, {"s": none_score}, False)]


@pytest.mark.parametrize("margin, other, taken", [
    (None, 0.6, "OTHER"),  # no margin: the best score wins
    (0.2, 0.6, "HAND"),  # beaten by less than the margin: the hand choice stands
    (0.2, 0.8, "OTHER"),  # beaten by more: the model's pick
])
def test_the_hand_choice_stands_unless_the_model_beats_it_by_the_margin(margin, other, taken):
    chooser = Chooser(_Column(), ("s",), 0.0, {}, none_option=True, margin=margin)
    decided = chooser.decide(_options(0.5, other, 0.1))
    assert decided["claim_number"][0] == taken
    assert decided["claim_number"][1] == pytest.approx(other if taken == "OTHER" else 0.5)


def test_a_field_whose_no_value_option_scores_best_gets_no_value():
    with_none = Chooser(_Column(), ("s",), 0.0, {}, none_option=True)
    assert with_none.decide(_options(0.5, 0.4, 0.9)) == {}
    # without the none option its row is ignored and the threshold decides
    assert Chooser(_Column(), ("s",), 0.3, {}).decide(_options(0.5, 0.4, 0.9))[
        "claim_number"][0] == "HAND"
    assert Chooser(_Column(), ("s",), 0.6, {}).decide(_options(0.5, 0.4, 0.9)) == {}


def _labelled_ids() -> tuple[Collector, DocumentText]:
    """Two identifiers after two labels on one line: 'Claim no: C-100 Policy no: P-200'."""
    words = [Word("Claim", 1, 50, 100, 80, 110), Word("no:", 1, 82, 100, 98, 110),
             Word("C-1001", 1, 100, 100, 140, 110), Word("Policy", 1, 200, 100, 230, 110),
             Word("no:", 1, 232, 100, 248, 110), Word("P-2002", 1, 250, 100, 290, 110)]
    document = DocumentText([PageText(1, 612, 792, "text", words)])
    out = Collector(Context(), found=defaultdict(list))
    with out.proposing("patterns"):
        for name in ("claim_number", "policy_number"):
            for word in (words[2], words[5]):
                out.add(name, word.text, [word], 0.5)
    return out, document


def test_a_candidate_knows_whether_the_label_before_it_names_its_field():
    out, document = _labelled_ids()
    rows = {(c.field, c.value): row
            for c, row in candidate_features(out, document, hand_choice(out))}
    assert rows["claim_number", "C-1001"]["left_label_own"] == 1.0
    assert rows["claim_number", "P-2002"]["left_label_own"] == 0.0
    assert rows["claim_number", "P-2002"]["left_label_field"] == 1.0
    assert rows["policy_number", "P-2002"]["left_label_own"] == 1.0
    assert rows["policy_number", "C-1001"]["left_label_field"] == 1.0


def test_a_label_naming_the_field_never_lowers_a_candidates_learnt_score():
    out, document = _labelled_ids()
    hand = hand_choice(out)
    rows = [row for _, row in candidate_features(out, document, hand)]
    chooser = _shipped()
    own = [{**r, "left_label_own": 1.0, "left_label_field": 0.0} for r in rows]
    other = [{**r, "left_label_own": 0.0, "left_label_field": 1.0} for r in rows]
    party = [{**r, "left_label_own": 0.0, "left_label_party": 1.0} for r in rows]
    for high, low, mid in zip(chooser.probabilities(own), chooser.probabilities(other),
                              chooser.probabilities(party), strict=True):
        assert high >= low and high >= mid
    # and the shipped model does use the labels: some row scores higher under its own
    assert any(h > lo for h, lo in zip(chooser.probabilities(own), chooser.probabilities(other),
                                       strict=True))
