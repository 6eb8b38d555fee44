"""Where an OCR page's time goes: render, preprocessing, detection, crops, recognition, output.

    python -m bench.ocr_profile [--count 8] [--seed 101] [--repeat 1] [--dir CORPUS]

Scanned pages of the project's own generator (or the PDFs in --dir) are rendered and read by
the default engine with its stages timed. Each stage gets wall time (perf_counter) and CPU
time of the thread that ran it (thread_time); the recogniser's stages run on several threads,
so their sums can exceed the page's wall time. Totals per page: wall and process CPU (every
thread's, onnxruntime's too). The machine is shared: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.documents.ocr import RapidOcrEngine, render_page

STAGES = ("render", "to_rgb", "det_pre", "det_model", "det_post", "crop", "rec_pre",
          "rec_model", "rec_post", "rec_wall", "output")


class StageClock:
    """Wall and thread-CPU seconds per stage for the page being read."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.wall[name] += time.perf_counter() - wall
            self.cpu[name] += time.thread_time() - cpu

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return fn(*args, **kwargs)
        return timed

    def reset(self) -> None:
        self.wall.clear()
        self.cpu.clear()


def instrument(engine: RapidOcrEngine, clock: StageClock) -> None:
    """Puts the clock around every stage of a loaded engine (instance attributes only)."""
    ocr = engine._load()
    det = ocr._load_det_model()
    rec = ocr._load_rec_model()
    det.session = clock.wrap("det_model", det.session)
    det.postprocess_op = clock.wrap("det_post", det.postprocess_op)
    preprocess = det.get_preprocess
    det.get_preprocess = lambda: clock.wrap("det_pre", preprocess())
    ocr.crop_text_regions = clock.wrap("crop", ocr.crop_text_regions)
    ocr.recognize_txt = clock.wrap("rec_wall", ocr.recognize_txt)
    rec.resize_norm_img = clock.wrap("rec_pre", rec.resize_norm_img)
    rec.session = clock.wrap("rec_model", rec.session)
    rec.postprocess_op = clock.wrap("rec_post", rec.postprocess_op)
    ocr.build_final_output = clock.wrap("output", ocr.build_final_output)


def scanned_pages(corpus: Path) -> list[tuple[bytes, int, float, float]]:
    """(pdf bytes, page index, width, height) of every page without a text layer."""
    import pdfplumber

    from core.documents.pdf_text import _text_words, text_layer_usable

    pages = []
    for pdf in sorted(corpus.glob("*.pdf")):
        data = pdf.read_bytes()
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                if not text_layer_usable(_text_words(page)):
                    pages.append((data, page.page_number - 1, float(page.width),
                                  float(page.height)))
    return pages


def profile(engine: RapidOcrEngine, pages: list[tuple[bytes, int, float, float]],
            repeat: int = 1) -> dict[str, Any]:
    clock = StageClock()
    instrument(engine, clock)
    engine.read(render_page(*pages[0][:2], *pages[0][2:])[0])  # warm-up: sessions, arenas
    per_page: list[dict[str, float]] = []
    lines: list[int] = []
    for _ in range(repeat):
        for data, index, width, height in pages:
            clock.reset()
            wall, cpu = time.perf_counter(), time.process_time()
            with clock.stage("render"):
                image, _scale = render_page(data, index, width, height)
            with clock.stage("to_rgb"):
                image.convert("RGB")  # what read() does first, timed apart
            words = engine.read(image)
            row = {f"{k}.wall": v for k, v in clock.wall.items()}
            row.update({f"{k}.cpu": v for k, v in clock.cpu.items()})
            row["page.wall"] = time.perf_counter() - wall
            row["page.cpu"] = time.process_time() - cpu
            per_page.append(row)
            lines.append(len({w[3] for w in words}))
    return {"pages": per_page, "lines": lines}


def _report(out: dict[str, Any]) -> None:
    rows = out["pages"]

    def med(key: str) -> float:
        return statistics.median(r.get(key, 0.0) for r in rows) * 1000

    def p95(key: str) -> float:
        ordered = sorted(r.get(key, 0.0) for r in rows)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000

    print(f"{len(rows)} OCR pages, {statistics.median(out['lines']):.0f} lines a page (median)")
    print(f"{'stage':12} {'wall p50':>9} {'cpu p50':>9}   (ms; rec_* summed over its threads)")
    for name in STAGES:
        print(f"{name:12} {med(name + '.wall'):9.0f} {med(name + '.cpu'):9.0f}")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"page: wall p50 {med('page.wall'):.0f} ms, p95 {p95('page.wall'):.0f} ms; "
          f"CPU p50 {med('page.cpu'):.0f} ms, p95 {p95('page.cpu'):.0f} ms "
          f"(load average {load})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.dir
        if corpus is None:
            from core.documents.samples import generate_corpus

            corpus = Path(tmp)
            generate_corpus(corpus, args.count, seed=args.seed, scanned_share=1.0)
        pages = scanned_pages(corpus)
    if not pages:
        raise SystemExit("no page without a text layer in the corpus")
    _report(profile(RapidOcrEngine(), pages, args.repeat))


if __name__ == "__main__":
    main()
