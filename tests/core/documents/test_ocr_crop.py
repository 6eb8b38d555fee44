"""Detection sees only the inked part of a page; the words and boxes come back as without it."""

from __future__ import annotations

import random
import statistics

import numpy as np
import pypdfium2 as pdfium
import pytest
from faker import Faker

from core.documents.ocr import CROP_PAD, RapidOcrEngine, _CroppedDetection, content_box, render_page
from core.documents.samples import make_claim_record, render_claim_pdf, scan_pdf


def _paper(height: int = 1280, width: int = 992, seed: int = 1) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(0, 5, (height, width))
    return np.clip(242 + noise, 0, 255).astype(np.uint8)


def test_the_content_box_is_the_ink_with_its_padding():
    page = _paper()
    page[300:420, 150:700] = 30  # a block of "text"
    page[900:940, 400:820] = 60
    assert content_box(page) == (150 - CROP_PAD, 300 - CROP_PAD, 820 + CROP_PAD, 940 + CROP_PAD)


def test_a_lone_speck_does_not_hold_a_margin_open_and_a_blank_page_has_no_box():
    page = _paper()
    assert content_box(page) is None
    page[5, 5] = page[1270, 980] = 0  # specks of dust in two corners
    assert content_box(page) is None
    page[600:640, 300:500] = 25
    assert content_box(page) == (300 - CROP_PAD, 600 - CROP_PAD, 500 + CROP_PAD, 640 + CROP_PAD)


def _normalised(page: np.ndarray) -> np.ndarray:
    """The detector's input tensor for a grayscale page (mean 0.5, std 0.5)."""
    channel = (page.astype(np.float32) / 255.0 - 0.5) / 0.5
    return np.stack([channel] * 3)[None]


class _InkMap:
    """A stand-in model whose text map is its input's dark pixels; records the shapes it saw."""

    session = None

    def __init__(self) -> None:
        self.shapes: list[tuple[int, ...]] = []

    def __call__(self, tensor: np.ndarray) -> np.ndarray:
        self.shapes.append(tensor.shape)
        return (tensor[:, :1] < -0.5).astype(np.float32)


def test_the_cropped_map_is_pasted_back_where_it_came_from():
    page = _paper()
    page[333:377, 101:611] = 20
    page[700:760, 480:530] = 20
    tensor = _normalised(page)
    model = _InkMap()
    cropped = _CroppedDetection(model, 0.5, 0.5)(tensor)
    assert cropped.shape == (1, 1, 1280, 992)
    np.testing.assert_array_equal(cropped, _InkMap()(tensor))  # every pixel where it was
    (_, _, height, width), = model.shapes
    assert height % 32 == 0 and width % 32 == 0
    assert height * width < 0.5 * 1280 * 992  # the model saw only the inked part


def test_a_blank_page_never_reaches_the_model():
    model = _InkMap()
    out = _CroppedDetection(model, 0.5, 0.5)(_normalised(_paper()))
    assert model.shapes == [] and not out.any()


@pytest.fixture(scope="module")
def scanned_page():
    rng = random.Random(31)
    fake = Faker("en_US")
    fake.seed_instance(31)
    digital = render_claim_pdf(make_claim_record(rng, fake), "email", rng)
    scanned = scan_pdf(digital, random.Random(31))
    page = pdfium.PdfDocument(scanned)[0]
    image, _scale = render_page(scanned, 0, page.get_width(), page.get_height())
    return image


def _spied(engine: RapidOcrEngine) -> _InkMap:
    """Records the shape of every tensor the engine's detection model is given."""
    det = engine._load()._load_det_model()
    seen = _InkMap()
    if isinstance(det.session, _CroppedDetection):
        inner = det.session._session
        det.session._session = lambda tensor: (seen(tensor), inner(tensor))[1]
    else:
        inner = det.session
        det.session = lambda tensor: (seen(tensor), inner(tensor))[1]
    return seen


def test_a_scanned_page_reads_the_same_words_in_the_same_places_with_the_crop(scanned_page):
    cropping, whole = RapidOcrEngine(), RapidOcrEngine(crop=False)
    cropped_seen, whole_seen = _spied(cropping), _spied(whole)
    with_crop = cropping.read(scanned_page)
    without = whole.read(scanned_page)
    (_, _, height, width), = cropped_seen.shapes
    (_, _, full_height, full_width), = whole_seen.shapes
    assert height * width < 0.9 * full_height * full_width  # the crop did cut margins off
    assert len(without) > 100
    left = list(with_crop)
    moved: list[float] = []
    for text, _score, box, _line in without:
        same = [w for w in left if w[0] == text]
        if not same:
            continue
        best = min(same, key=lambda w: max(abs(a - b) for a, b in zip(w[2], box, strict=True)))
        left.remove(best)
        moved.append(max(abs(a - b) for a, b in zip(best[2], box, strict=True)))
    assert len(moved) >= 0.98 * max(len(without), len(with_crop))  # the same words
    # The same places: the detector pools over the whole image it is given (squeeze-excitation),
    # so a line's box may grow or shrink by a few pixels; a misplaced crop would move it by tens.
    assert statistics.median(moved) <= 2.0
    assert max(moved) <= 8.0
