"""OCR behind a small engine interface; rapidocr (ONNX, models bundled in its wheel) by default.

An engine takes a page image and returns words: (text, confidence, (x0, top, x1, bottom)) in
image pixels. No engine here ever downloads a model: rapidocr uses the models inside its wheel,
and the optional easyocr adapter only loads weights from a folder the user supplies.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
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
# The models rapidocr 3.10.0 picks by default, as shipped in its wheel.
MODEL_FILES = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx"}


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
    """rapidocr with its bundled PP-OCR models; the angle classifier stays off.

    The onnxruntime sessions are made here (rapidocr takes a ready session per model) so that
    their threads stop spinning while idle: on a machine shared with other work a spinning
    thread burns a core it is not using, and measured here it cost a third more CPU a page.
    """

    name = "rapidocr"

    def __init__(self, threads: int = 0, params: dict[str, Any] | None = None) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._params = dict(params or {})
        self._engine: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._engine is None:
                from omegaconf import flag_override
                from rapidocr import RapidOCR

                params: dict[str, Any] = {
                    "Global.use_cls": False,  # it garbled whole lines in a measurement here
                    "Global.log_level": "error",
                    # Detection on at most 1280 px a side: half the time, the same text read.
                    "Det.limit_type": "max",
                    "Det.limit_side_len": 1280,
                    # One line at a time: batches pad every line to the widest one's width.
                    "Rec.rec_batch_num": 1,
                    **self._params,
                }
                engine: Any = RapidOCR(params=params)
                with flag_override(engine.cfg, "allow_objects", True):
                    engine.cfg.Det.session = _session(MODEL_FILES["det"], self._threads)
                    # Lines are read by one single-threaded session per core, side by side:
                    # a 48 px high line is too small a tensor to share out well inside onnxruntime.
                    engine.cfg.Rec.session = _session(MODEL_FILES["rec"], 1)
                if self._threads > 1:
                    engine.recognize_txt = _SplitRecognizer(engine, self._threads)
                self._engine = engine
        return self._engine

    def read(self, image: Image.Image) -> list[OcrWord]:
        result = self._load()(np.asarray(image.convert("RGB")), return_word_box=True)
        words: list[OcrWord] = []
        for number, line in enumerate(result.word_results or ()):
            for text, score, points in line:
                if str(text).strip():
                    words.append((str(text), float(score), _box(points), number))
        return words


class _SplitRecognizer:
    """Stands in for RapidOCR.recognize_txt: the page's lines shared out over threads."""

    def __init__(self, engine: Any, workers: int) -> None:
        self._engine = engine
        self._whole = engine.recognize_txt
        self._workers = workers
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="ocr-rec")

    def __call__(self, crops: list[np.ndarray]) -> Any:
        from rapidocr.ch_ppocr_rec import TextRecInput, TextRecOutput

        if len(crops) < 2 * self._workers:
            return self._whole(crops)
        model = self._engine._load_rec_model()
        # Dealt out by width so that each thread gets about the same amount of line to read.
        order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / crops[i].shape[0])
        shares = [order[k::self._workers] for k in range(self._workers)]
        outputs = list(self._pool.map(
            lambda share: model(TextRecInput(img=[crops[i] for i in share],
                                             return_word_box=self._engine.return_word_box)),
            shares))
        txts: list[Any] = [""] * len(crops)
        scores: list[Any] = [0.0] * len(crops)
        words: list[Any] = [None] * len(crops)
        for share, out in zip(shares, outputs, strict=True):
            for k, i in enumerate(share):
                txts[i], scores[i], words[i] = out.txts[k], out.scores[k], out.word_results[k]
        return TextRecOutput(crops, tuple(txts), scores, tuple(words),
                             max(out.elapse or 0.0 for out in outputs), outputs[0].viser)


def _session(filename: str, threads: int) -> Any:
    """An onnxruntime session on one of the models inside the rapidocr wheel (never fetched)."""
    import onnxruntime as ort
    import rapidocr

    path = Path(rapidocr.__file__).parent / "models" / filename
    if not path.is_file():
        raise ConfigError(f"rapidocr's bundled model {filename} is missing; reinstall rapidocr.")
    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.enable_cpu_mem_arena = False  # as rapidocr does: line widths vary page to page
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=options,
                                providers=["CPUExecutionProvider"])


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
