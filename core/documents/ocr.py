"""OCR behind a small engine interface; rapidocr (ONNX, models bundled in its wheel) by default.

An engine takes a page image and returns words: (text, confidence, (x0, top, x1, bottom)) in
image pixels. No engine here ever downloads a model: rapidocr uses the models inside its wheel,
and the optional easyocr adapter only loads weights from a folder the user supplies.
"""

from __future__ import annotations

import os
import threading
import time
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
DET_SIDE = 1280  # detection looks at the page with its longer side at most this many pixels
INK_BELOW_PAPER = 40  # a pixel this much darker than the paper is ink, not scanner noise
CROP_PAD = 32  # pixels of paper kept around the ink (at detection scale), for context
# A line is padded to at least 320 px wide at 48 px high, as rapidocr does. Without the padding
# short lines read a tenth faster, but 9 words in 1,600 came out otherwise ('$3109.62' as '$'
# and '3109.62'), so it stays.
MIN_LINE_RATIO = 320 / 48


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


def content_box(pixels: np.ndarray, pad: int = CROP_PAD) -> tuple[int, int, int, int] | None:
    """The part of a grayscale page that holds ink, padded: (x0, top, x1, bottom), or None if blank.

    A row or column counts when at least two of its pixels are ink, so that a lone speck of
    noise does not hold a margin open; anything darker anywhere only makes the crop larger.
    """
    paper = float(np.percentile(pixels[:: 4, :: 4], 90))
    ink = pixels < paper - INK_BELOW_PAPER
    rows = np.flatnonzero(np.count_nonzero(ink, axis=1) >= 2)
    cols = np.flatnonzero(np.count_nonzero(ink, axis=0) >= 2)
    if rows.size == 0 or cols.size == 0:
        return None
    height, width = pixels.shape[:2]
    return (max(0, int(cols[0]) - pad), max(0, int(rows[0]) - pad),
            min(width, int(cols[-1]) + 1 + pad), min(height, int(rows[-1]) + 1 + pad))


def _box(points: Any) -> tuple[float, float, float, float]:
    arr = np.asarray(points, dtype=float)
    return (float(arr[:, 0].min()), float(arr[:, 1].min()),
            float(arr[:, 0].max()), float(arr[:, 1].max()))


class RapidOcrEngine:
    """rapidocr with its bundled PP-OCR models; the angle classifier stays off.

    With `latin` (the default) the recogniser only tells apart the characters below U+2E80
    (core.documents.ocr_model): a tenth less CPU a page. Not one word in 13,000 of the
    project's generated and held-out scanned pages read otherwise, but on heldout4's scanned
    copies one field in 103 did (an incident type found where none was); `latin=False` is the
    wheel's model whole.

    The onnxruntime sessions are made here (rapidocr takes a ready session per model) so that
    their threads stop spinning while idle: on a machine shared with other work a spinning
    thread burns a core it is not using, and measured here it cost a third more CPU a page.
    """

    name = "rapidocr"

    def __init__(self, threads: int = 0, params: dict[str, Any] | None = None,
                 crop: bool = True, latin: bool = True) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._params = dict(params or {})
        self._crop = crop
        self._latin = latin
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
                    # 1152 saves a fifth of detection but lost 0.010 scanned F1 on a held-out set.
                    "Det.limit_type": "max",
                    "Det.limit_side_len": DET_SIDE,
                    # One line at a time: batches pad every line to the widest one's width.
                    "Rec.rec_batch_num": 1,
                    **self._params,
                }
                engine: Any = RapidOCR(params=params)
                with flag_override(engine.cfg, "allow_objects", True):
                    engine.cfg.Det.session = _session(MODEL_FILES["det"], self._threads)
                    # Lines are read by one single-threaded session per core, side by side:
                    # a 48 px high line is too small a tensor to share out well inside onnxruntime.
                    engine.cfg.Rec.session = _session(MODEL_FILES["rec"], 1, latin=self._latin)
                engine.recognize_txt = _LineReader(engine, self._threads)
                if self._crop:
                    det = engine._load_det_model()
                    det.session = _CroppedDetection(det.session, float(det.mean[0]),
                                                    float(det.std[0]))
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


class _CroppedDetection:
    """Stands in for the detector's session: the model sees only the part of the page with ink.

    The page is scaled for detection as before; the blank margins of that scaled page are cut
    off on the 32 pixel grid the model works in, and its text map is pasted back into a blank
    map of the whole page, so boxes come out in page coordinates with no mapping to get wrong.
    The model pools over the whole image it is given (squeeze-excitation blocks), so a line's
    box can still come out a few pixels larger or smaller than without the crop.
    """

    def __init__(self, session: Any, mean: float, std: float) -> None:
        self._session = session
        self.session = session.session  # the onnxruntime session, as rapidocr's wrapper has it
        self._mean, self._std = mean, std

    def __call__(self, tensor: np.ndarray) -> np.ndarray:
        _, _, height, width = tensor.shape
        found = content_box((tensor[0, 0] * self._std + self._mean) * 255.0)
        if found is None:
            return np.zeros((1, 1, height, width), dtype=np.float32)
        x0, top, x1, bottom = (found[0] // 32 * 32, found[1] // 32 * 32,
                               min(width, -(-found[2] // 32) * 32),
                               min(height, -(-found[3] // 32) * 32))
        if (x1 - x0) * (bottom - top) >= 0.95 * width * height:
            return self._session(tensor)
        part = self._session(np.ascontiguousarray(tensor[:, :, top:bottom, x0:x1]))
        whole = np.zeros((1, part.shape[1], height, width), dtype=part.dtype)
        whole[:, :, top:bottom, x0:x1] = part
        return whole


class _LineReader:
    """Stands in for RapidOCR.recognize_txt: each line read alone, the lines shared over threads.

    One line at a time: a batch pads every line to its widest one's width, and measured here a
    batch of lines of one width was no faster per line than single lines either. The longest
    lines go first and each thread takes the next line when it is free, so a thread that the
    machine's other work holds up does not leave the page waiting on its fixed share.
    """

    def __init__(self, engine: Any, workers: int) -> None:
        self._engine = engine
        self._workers = workers
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="ocr-rec")

    def __call__(self, crops: list[np.ndarray]) -> Any:
        from rapidocr.ch_ppocr_rec import TextRecOutput

        model = self._engine._load_rec_model()
        started = time.perf_counter()
        order = sorted(range(len(crops)), key=lambda i: -crops[i].shape[1] / crops[i].shape[0])
        # the pool's threads each take the next line in `order` when they are free
        results: list[Any] = [None] * len(crops)
        for index, result in zip(order, self._pool.map(lambda i: self._read(model, crops[i]),
                                                       order), strict=True):
            results[index] = result
        txts, scores, words = zip(*results, strict=True) if results else ((), (), ())
        return TextRecOutput(crops, tuple(txts), list(scores), tuple(words),
                             time.perf_counter() - started, None)

    def _read(self, model: Any, crop: np.ndarray) -> tuple[str, float, Any]:
        height, width = crop.shape[:2]
        ratio = max(width / height, MIN_LINE_RATIO)
        preds = model.session(model.resize_norm_img(crop, ratio)[np.newaxis])
        lines, words = model.postprocess_op(preds, self._engine.return_word_box,
                                            wh_ratio_list=[width / height],
                                            max_wh_ratio=ratio)
        text, score = lines[0]
        return text, score, words[0] if words else None


def _session(filename: str, threads: int, latin: bool = False) -> Any:
    """An onnxruntime session on one of the models inside the rapidocr wheel (never fetched).

    With `latin`, the recogniser is the wheel's own cut to the characters below U+2E80.
    """
    import onnxruntime as ort
    import rapidocr

    from core.documents.ocr_model import latin_rec_model

    path = Path(rapidocr.__file__).parent / "models" / filename
    if not path.is_file():
        raise ConfigError(f"rapidocr's bundled model {filename} is missing; reinstall rapidocr.")
    options = ort.SessionOptions()
    options.log_severity_level = 4
    # onnxruntime's arena keeps the buffers of one run for the next. Without it every run
    # (a line, a page) mapped fresh buffers from the system and faulted their pages in:
    # a quarter of the page faults with it, about 6% less CPU a page, a few dozen MB more.
    options.enable_cpu_mem_arena = True
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    model = latin_rec_model(path) if latin else str(path)
    return ort.InferenceSession(model, sess_options=options,
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
