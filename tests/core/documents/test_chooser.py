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
    from bench.train_chooser import train

    first = train(tmp_path / "a", count=3)
    second = train(tmp_path / "b", count=3)
    assert first["sha256"] == second["sha256"]
    assert first["metrics"] == second["metrics"]
    corpora = first["training"]["corpora"]
    assert first["training"]["documents"] == sum(c["digital_documents"] for c in corpora.values())
    assert set(corpora) == {"samples", "heldout", "heldout2", "heldout5"}
    assert load_chooser(tmp_path / "a") is not None
