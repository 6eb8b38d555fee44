"""The recogniser cut to Latin-script classes is the wheel's own model, made alike each time."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pypdfium2 as pdfium
import pytest
from faker import Faker

from core.documents.ocr import MODEL_FILES, RapidOcrEngine, render_page
from core.documents.ocr_model import KEEP_BELOW, kept_characters, latin_rec_model
from core.documents.samples import make_claim_record, render_claim_pdf, scan_pdf


@pytest.fixture(scope="module")
def wheel_model() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).parent / "models" / MODEL_FILES["rec"]


@pytest.fixture(scope="module")
def sessions(wheel_model):
    full = ort.InferenceSession(str(wheel_model), providers=["CPUExecutionProvider"])
    cut = ort.InferenceSession(latin_rec_model(wheel_model), providers=["CPUExecutionProvider"])
    return full, cut


def _characters(session) -> list[str]:
    return session.get_modelmeta().custom_metadata_map["character"].splitlines()


def test_the_cut_model_keeps_the_latin_script_characters_in_their_order(sessions):
    full, cut = sessions
    everything, kept = _characters(full), _characters(cut)
    assert kept == [ch for ch in everything if ord(ch) < KEEP_BELOW]
    assert kept == [everything[i] for i in kept_characters(everything)]
    assert 1_000 < len(kept) < len(everything) // 5
    for needed in "AZaz09@$£€%/.,:-#&'()éüß":
        assert needed in kept
    assert not any(ord(ch) >= KEEP_BELOW for ch in kept)  # no ideograph, kana or hangul


def test_a_kept_class_scores_as_in_the_wheels_model_renormalised(sessions):
    full, cut = sessions
    everything = _characters(full)
    classes = np.array([0, *(1 + i for i in kept_characters(everything)), len(everything) + 1])
    line = (np.random.default_rng(3).random((1, 3, 48, 400)) * 2 - 1).astype(np.float32)
    whole = full.run(None, {"x": line})[0]
    part = cut.run(None, {"x": line})[0]
    assert part.shape == (*whole.shape[:2], len(classes))
    expected = whole[..., classes] / whole[..., classes].sum(axis=-1, keepdims=True)
    np.testing.assert_allclose(part, expected, atol=1e-4)


def test_the_cut_model_is_made_the_same_each_time_and_the_wheels_file_is_untouched(wheel_model):
    before = hashlib.sha256(wheel_model.read_bytes()).hexdigest()
    first, second = latin_rec_model(wheel_model), latin_rec_model(wheel_model)
    assert hashlib.sha256(first).digest() == hashlib.sha256(second).digest()
    assert hashlib.sha256(wheel_model.read_bytes()).hexdigest() == before
    assert len(first) < 0.7 * wheel_model.stat().st_size  # the classifier was most of the file


def test_a_model_without_the_expected_classifier_is_refused(tmp_path):
    import rapidocr

    detector = Path(rapidocr.__file__).parent / "models" / MODEL_FILES["det"]
    with pytest.raises(KeyError):
        latin_rec_model(detector)  # no character list: not a recogniser


def test_a_scanned_page_reads_the_same_lines_with_the_cut_model():
    rng = random.Random(41)
    fake = Faker("en_US")
    fake.seed_instance(41)
    scanned = scan_pdf(render_claim_pdf(make_claim_record(rng, fake), "form_boxed", rng),
                       random.Random(41))
    page = pdfium.PdfDocument(scanned)[0]
    image, _scale = render_page(scanned, 0, page.get_width(), page.get_height())
    cut = RapidOcrEngine(latin=True).read(image)
    full = RapidOcrEngine(latin=False).read(image)
    assert len(full) > 100
    assert [(w[0], w[3]) for w in cut] == [(w[0], w[3]) for w in full]  # words, in line order
    for a, b in zip(cut, full, strict=True):
        assert a[2] == pytest.approx(b[2], abs=1.0)
