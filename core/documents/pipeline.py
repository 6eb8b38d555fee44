"""The document pipeline: PDF bytes in, an ExtractionResult out.

Stages: pdf_text (words with boxes; OCR for pages without a text layer) -> fields (contract
fields with page and box) -> validate (normal forms, warnings). Nothing here touches the
database; the intake service stores what comes out.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

from core.config import get_settings
from core.documents.fields import extract_fields
from core.documents.ocr import EasyOcrEngine, OcrEngine, RapidOcrEngine
from core.documents.pdf_text import extract_text
from core.documents.schemas import ExtractionResult, PageInfo


@lru_cache(maxsize=1)
def default_ocr_engine() -> OcrEngine | None:
    """The OCR engine named in the settings (loaded once; None when OCR is off)."""
    settings = get_settings()
    if settings.ocr_engine == "none":
        return None
    if settings.ocr_engine == "easyocr":
        return EasyOcrEngine(Path(settings.easyocr_model_dir))
    return RapidOcrEngine()


def extract_document(
    data: bytes, *, ocr: OcrEngine | None = None, max_pages: int | None = None,
    force_ocr: bool = False,
) -> ExtractionResult:
    """Extract the contract fields from one PDF; raises DocumentRejected for bad input."""
    started = time.perf_counter()
    document = extract_text(
        data,
        max_pages=max_pages or get_settings().max_document_pages,
        ocr=ocr if ocr is not None else default_ocr_engine(),
        force_ocr=force_ocr,
    )
    fields, warnings = extract_fields(document)
    return ExtractionResult(
        fields=fields,
        warnings=warnings,
        pages=[PageInfo(p.number, p.source, p.width, p.height) for p in document.pages],
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )
