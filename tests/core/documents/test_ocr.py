"""OCR only where a page has no text layer, with boxes kept, and never a model download."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from faker import Faker

from core.documents.ocr import RapidOcrEngine
from core.documents.pipeline import extract_document
from core.documents.samples import make_claim_record, render_claim_pdf, scan_pdf


@pytest.fixture(scope="module")
def engine() -> RapidOcrEngine:
    return RapidOcrEngine()


def _claim(seed: int, layout: str) -> tuple[dict, bytes]:
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    record = make_claim_record(rng, fake)
    return record, render_claim_pdf(record, layout, rng)


def _join(first: bytes, second: bytes) -> bytes:
    out = pdfium.PdfDocument.new()
    for data in (first, second):
        src = pdfium.PdfDocument(data)
        out.import_pages(src)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def test_a_scanned_claim_is_read_by_ocr_with_boxes(engine):
    record, digital = _claim(21, "form_inline")
    scanned = scan_pdf(digital, random.Random(21))
    result = extract_document(scanned, ocr=engine)
    assert [p.source for p in result.pages] == ["ocr"]
    for name in ("claim_number", "policy_number", "claimant_email", "date_of_loss"):
        found = result.fields[name]
        assert found is not None and found.value == record[name], name
        assert found.page == 1 and found.bbox is not None
        x0, top, x1, bottom = found.bbox
        assert 0 <= x0 < x1 <= result.pages[0].width and 0 <= top < bottom


def test_only_the_page_without_a_text_layer_goes_through_ocr(engine):
    _record, cover = _claim(22, "letter")
    other, digital = _claim(23, "dotted")
    mixed = _join(cover, scan_pdf(digital, random.Random(23)))
    result = extract_document(mixed, ocr=engine)
    assert [p.source for p in result.pages] == ["text", "ocr"]


def test_without_an_ocr_engine_a_scanned_page_is_refused_with_a_reason():
    from core.documents.pdf_text import extract_text
    from core.errors import DocumentRejected

    _record, digital = _claim(24, "email")
    with pytest.raises(DocumentRejected) as refused:
        extract_text(scan_pdf(digital, random.Random(24)), max_pages=5, ocr=None)
    assert refused.value.reason == "needs_ocr"


def test_the_engine_keeps_its_models_local_and_the_angle_classifier_off(engine):
    loaded = engine._load()
    assert loaded.use_cls is False


def test_the_easyocr_adapter_never_downloads_weights(tmp_path):
    from core.documents.ocr import EasyOcrEngine
    from core.errors import ConfigError

    with pytest.raises(ConfigError) as refused:
        EasyOcrEngine(tmp_path / "no-such-folder")
    assert "easyocr" in str(refused.value)


def test_the_onnx_sessions_are_the_wheels_own_models(engine):
    import rapidocr

    from core.documents.ocr import MODEL_FILES

    loaded = engine._load()
    bundled = Path(rapidocr.__file__).parent / "models"
    det = loaded._load_det_model().session.session
    assert Path(det._model_path) == bundled / MODEL_FILES["det"]
    # The recogniser is the wheel's, cut in memory to its Latin-script classes (test_ocr_model).
    rec = loaded._load_rec_model().session.session
    characters = rec.get_modelmeta().custom_metadata_map["character"].splitlines()
    assert "A" in characters and "€" in characters and "中" not in characters


def test_lines_read_on_two_threads_come_back_as_on_one(engine):
    from core.documents.ocr import render_page

    _record, digital = _claim(25, "form_boxed")
    scanned = scan_pdf(digital, random.Random(25))
    page = pdfium.PdfDocument(scanned)[0]
    image, _scale = render_page(scanned, 0, page.get_width(), page.get_height())
    top = image.crop((0, 0, image.width, image.height // 3))
    split = RapidOcrEngine(threads=2).read(top)
    whole = RapidOcrEngine(threads=1).read(top)
    assert len({w[3] for w in split}) >= 4  # enough lines to be shared out
    assert [(w[0], w[3]) for w in split] == [(w[0], w[3]) for w in whole]
    for a, b in zip(split, whole, strict=True):
        assert a[2] == pytest.approx(b[2], abs=1.0)  # boxes: det may round a little apart
