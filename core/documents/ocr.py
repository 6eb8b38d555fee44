"""OCR behind a small engine interface; rapidocr (ONNX, models bundled in its wheel) by default.

An engine takes a page image and returns words: (text, confidence, (x0, top, x1, bottom)) in
image pixels. No engine here ever downloads a model: rapidocr uses the models inside its wheel,
and the optional easyocr adapter only loads weights from a folder the user supplies.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from core.errors import ConfigError

# (text, confidence, (x0, top, x1, bottom) in pixels, the engine's line number)
OcrWord = tuple[str, float, tuple[float, float, float, float], int]
OCR_DPI = 150
MAX_RENDER_PIXELS = 40_000_000


class OcrEngine(Protocol):
    """Reads the words on one page image."""

    name: str

    def read(self, image: Image.Image) -> list[OcrWord]: ...


def render_page(data: bytes, index: int, width: float, height: float,
                dpi: int = OCR_DPI) -> tuple[Image.Image, float]:
    """Render page `index` to a grayscale image; returns it with its pixels-per-point scale."""
    scale = dpi / 72
    pixels = width * scale * height * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
    doc = pdfium.PdfDocument(data)
    try:
        image = doc[index].render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    return image, scale


def _box(points: Any) -> tuple[float, float, float, float]:
    arr = np.asarray(points, dtype=float)
    return (float(arr[:, 0].min()), float(arr[:, 1].min()),
            float(arr[:, 0].max()), float(arr[:, 1].max()))


class RapidOcrEngine:
    """rapidocr with its bundled PP-OCR models; the angle classifier stays off."""

    name = "rapidocr"

    def __init__(self, threads: int = 0) -> None:
        self._threads = threads
        self._engine: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._engine is None:
                from rapidocr import RapidOCR

                params: dict[str, Any] = {
                    "Global.use_cls": False,  # it garbled whole lines in a measurement here
                    "Global.log_level": "error",
                    # Detection on at most 1280 px a side: half the time, the same text read.
                    "Det.limit_type": "max",
                    "Det.limit_side_len": 1280,
                }
                if self._threads:
                    params["EngineConfig.onnxruntime.intra_op_num_threads"] = self._threads
                self._engine = RapidOCR(params=params)
        return self._engine

    def read(self, image: Image.Image) -> list[OcrWord]:
        result = self._load()(np.asarray(image.convert("RGB")), return_word_box=True)
        words: list[OcrWord] = []
        for number, line in enumerate(result.word_results or ()):
            for text, score, points in line:
                if str(text).strip():
                    words.append((str(text), float(score), _box(points), number))
        return words


class EasyOcrEngine:
    """Optional adapter: easyocr with weights the user supplies (download disabled)."""

    name = "easyocr"

    def __init__(self, model_dir: Path, languages: tuple[str, ...] = ("en",)) -> None:
        try:
            import easyocr  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ConfigError("easyocr is not installed (pip install easyocr).") from exc
        if not Path(model_dir).is_dir():
            raise ConfigError(f"easyocr weights folder {model_dir} does not exist.")
        self._reader = easyocr.Reader(list(languages), gpu=False,
                                      model_storage_directory=str(model_dir),
                                      download_enabled=False)

    def read(self, image: Image.Image) -> list[OcrWord]:
        words: list[OcrWord] = []
        for number, (points, text, score) in enumerate(self._reader.readtext(np.asarray(image))):
            x0, top, x1, bottom = _box(points)
            parts = str(text).split()
            width = (x1 - x0) / max(1, len(str(text)))
            pos = 0
            for part in parts:  # share the line's box out by characters
                start = str(text).index(part, pos)
                words.append((part, float(score), (x0 + start * width, top,
                                                   x0 + (start + len(part)) * width, bottom),
                               number))
                pos = start + len(part)
        return words
