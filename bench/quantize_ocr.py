"""Static int8 quantisation of the OCR recogniser, and an A/B of it against the fp32 model.

    python -m bench.quantize_ocr quantize --calib CORPUS --out rec_int8.onnx [--format qdq]
        [--activation quint8] [--reduce-range] [--exclude-last N] [--lines 300]
    python -m bench.quantize_ocr compare --model rec_int8.onnx --dir CORPUS [--dir ...]
        [--rounds 2]

`quantize` takes the wheel's recogniser cut the way the engine cuts it
(core.documents.ocr_model.latin_rec_model), reads the scanned pages of CALIB with the default
engine to collect the recogniser's real inputs (line crops, resized and normalised), calibrates
on those and writes a statically quantised model (per-channel int8 weights). It needs the
`onnx` package (onnxruntime.quantization imports it); the engine itself does not.

`compare` reads every scanned page of the corpora twice per round, once with the fp32
recogniser and once with the given one, back to back, and prints the process CPU per page of
each (the machine is shared, so CPU time, not wall) and the words changed: the multiset of
words a page reads, summed over pages, as a share of the fp32 words.

Measured 2026-12-07 (onnxruntime 1.32.0, avx512_vnni CPU; calibration on 300 lines of
`python -m bench.heldout5 /tmp/q5 40`'s scans; A/B on those 16 pages plus 32 pages of
`generate_corpus(..., 24, seed=101, scanned_share=1.0)`, 48 pages, 8,791 words, 2 rounds):
    QDQ, uint8 activations, all ops    CPU/page 0.662 of fp32, words changed 2.02%
    QDQ, Conv+MatMul only, MinMax      0.667 of fp32, 1.54%
    QDQ, Conv+MatMul, Percentile 99.99 0.678 of fp32, 1.29%   (fp32: 2,199 ms CPU a page)
On 120 lines alone (recogniser only): int8 activations (QInt8) were 1.17x SLOWER than fp32
(only uint8 activations take the VNNI path); QOperator as fast as QDQ and no more accurate;
keeping the depthwise convs, the first conv or the last six Conv/MatMul in fp32 left 5-6% of
lines reading otherwise; quantising only the first or second half of the network 2.5% / 4.2%
(at 0.80 / 0.77 of the recogniser's CPU). The lines that change mostly gain or lose a space
or a dot ('(503) 438-5477' as '(503)438-5477', 'Schadenart/Cause' as 'Schadenart/ Cause'),
so words split and merge. Far from the 0.1% words a change may cost: not used by the engine.
Needs `onnx` (1.23.2 resolves with the pinned protobuf 7.36.2); not in requirements-dev.txt.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bench.ocr_profile import scanned_pages
from core.documents.ocr import MODEL_FILES, RapidOcrEngine, render_page
from core.documents.ocr_model import latin_rec_model


def wheel_rec_path() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).parent / "models" / MODEL_FILES["rec"]


def _recogniser(engine: RapidOcrEngine) -> Any:
    """rapidocr's wrapper around the engine's recogniser session (loads the engine)."""
    return engine._load()._load_rec_model().session


def collect_lines(corpus: Path, limit: int, seed: int = 7) -> list[np.ndarray]:
    """The recogniser's input tensors for the lines of CORPUS's scanned pages (a sample)."""
    engine = RapidOcrEngine()
    wrapper = _recogniser(engine)
    seen: list[np.ndarray] = []
    inner = wrapper.session

    class Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(inner, name)

        def run(self, names: Any, feed: dict[str, np.ndarray]) -> Any:
            seen.extend(np.array(v) for v in feed.values())
            return inner.run(names, feed)

    wrapper.session = Recording()
    for data, index, width, height in scanned_pages(corpus):
        engine.read(render_page(data, index, width, height)[0])
    wrapper.session = inner
    random.Random(seed).shuffle(seen)
    return seen[:limit]


class _Lines:
    """onnxruntime.quantization's CalibrationDataReader over collected line tensors."""

    def __init__(self, name: str, lines: list[np.ndarray]) -> None:
        self._items: Iterator[np.ndarray] = iter(lines)
        self._name = name

    def get_next(self) -> dict[str, np.ndarray] | None:
        item = next(self._items, None)
        return None if item is None else {self._name: item}


def quantize(calib: Path, out: Path, fmt: str = "qdq", activation: str = "quint8",
             reduce_range: bool = False, exclude_last: int = 0, lines: int = 300,
             method: str = "minmax", ops: list[str] | None = None) -> None:
    import onnx
    import onnx.version_converter
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    cache = Path(tempfile.gettempdir()) / f"quantize_ocr_{calib.resolve().name}_{lines}.npz"
    if cache.is_file():
        with np.load(cache) as saved:
            samples = [saved[k] for k in sorted(saved.files, key=int)]
    else:
        samples = collect_lines(calib, lines)
        np.savez(cache, **{str(i): s for i, s in enumerate(samples)})
    if method == "percentile":
        # the histogram calibrator stacks its batches, so every line is padded to the widest
        # (with zeros, as rapidocr pads a batch of lines); 60 of them keep its memory in bounds
        widest = max(x.shape[3] for x in samples)
        samples = [np.pad(x, ((0, 0), (0, 0), (0, 0), (0, widest - x.shape[3])))
                   for x in samples[:60]]
    print(f"calibrating on {len(samples)} lines of {calib}")
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "rec_fp32.onnx"
        # per-channel scales on QuantizeLinear/DequantizeLinear need opset 13; the wheel's is 11
        upgraded = onnx.version_converter.convert_version(
            onnx.load_from_string(latin_rec_model(wheel_rec_path())), 13)
        onnx.save(upgraded, str(fp32))
        prepared = Path(tmp) / "rec_prep.onnx"
        quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
        model = onnx.load(str(prepared))
        compute = [n for n in model.graph.node if n.op_type in ("Conv", "MatMul", "Gemm")]
        exclude = [n.name for n in compute[len(compute) - exclude_last:]] if exclude_last else []
        if exclude:
            print("kept in fp32:", ", ".join(exclude))
        quantize_static(
            str(prepared), str(out), _Lines(model.graph.input[0].name, samples),
            quant_format=QuantFormat.QDQ if fmt == "qdq" else QuantFormat.QOperator,
            per_channel=True, reduce_range=reduce_range,
            activation_type=QuantType.QUInt8 if activation == "quint8" else QuantType.QInt8,
            weight_type=QuantType.QInt8, nodes_to_exclude=exclude, op_types_to_quantize=ops,
            calibrate_method=(CalibrationMethod.Percentile if method == "percentile"
                              else CalibrationMethod.MinMax),
            extra_options={"ActivationSymmetric": activation == "qint8",
                           "CalibPercentile": 99.99})
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")


def _engine_with(model: Path | None) -> RapidOcrEngine:
    """The default engine; with `model`, its recogniser's session runs that file instead."""
    engine = RapidOcrEngine()
    if model is not None:
        import onnxruntime as ort

        wrapper = _recogniser(engine)
        old = wrapper.session
        options = ort.SessionOptions()
        options.log_severity_level = 4
        options.enable_cpu_mem_arena = True
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        wrapper.session = ort.InferenceSession(str(model), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        assert [i.name for i in old.get_inputs()] == [
            i.name for i in wrapper.session.get_inputs()]
    return engine


def compare(models: list[Path], corpora: list[Path], rounds: int = 2,
            base: Path | None = None) -> None:
    pages = [p for corpus in corpora for p in scanned_pages(corpus)]
    images = [render_page(*p)[0] for p in pages]
    engines = {"fp32": _engine_with(base), **{m.name: _engine_with(m) for m in models}}
    for engine in engines.values():
        engine.read(images[0])  # warm-up: sessions, arenas
    cpu: dict[str, list[float]] = {name: [0.0] * len(images) for name in engines}
    words: dict[str, list[Counter[str]]] = {}
    for round_ in range(rounds):
        order = list(engines) if round_ % 2 == 0 else list(engines)[::-1]
        for i, image in enumerate(images):
            for name in order:
                started = time.process_time()
                read = engines[name].read(image)
                cpu[name][i] += (time.process_time() - started) / rounds
                if round_ == 0:
                    words.setdefault(name, []).append(Counter(w[0] for w in read))
    total = sum(sum(c.values()) for c in words["fp32"])
    print(f"{len(images)} pages, {total} fp32 words, {rounds} rounds")
    for name in engines:
        # a substituted word counts twice (one gone, one new): halved for "words changed"
        changed = sum(sum(((a - b) + (b - a)).values()) / 2
                      for a, b in zip(words["fp32"], words[name], strict=True))
        ratio = statistics.mean(cpu[name]) / statistics.mean(cpu["fp32"])
        print(f"{name}: CPU per page mean {statistics.mean(cpu[name]) * 1000:.0f} ms, "
              f"median {statistics.median(cpu[name]) * 1000:.0f} ms, {ratio:.3f} of fp32; "
              f"words changed {changed:.0f} ({changed / max(1, total):.3%})")
        shown = [(i, a, b) for i, (a, b) in enumerate(zip(words["fp32"], words[name],
                                                         strict=True)) if a != b]
        for i, a, b in shown[:4]:
            print(f"  page {i}: -{sorted((a - b).elements())} +{sorted((b - a).elements())}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quantize")
    q.add_argument("--calib", type=Path, required=True)
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--format", choices=("qdq", "qoperator"), default="qdq")
    q.add_argument("--activation", choices=("quint8", "qint8"), default="quint8")
    q.add_argument("--reduce-range", action="store_true")
    q.add_argument("--exclude-last", type=int, default=0)
    q.add_argument("--lines", type=int, default=300)
    q.add_argument("--method", choices=("minmax", "percentile"), default="minmax")
    q.add_argument("--ops", nargs="*", help="op types to quantise (default: all onnxruntime can)")
    c = sub.add_parser("compare")
    c.add_argument("--model", type=Path, action="append", required=True)
    c.add_argument("--base", type=Path)
    c.add_argument("--dir", type=Path, action="append", required=True)
    c.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    if args.command == "quantize":
        quantize(args.calib, args.out, args.format, args.activation, args.reduce_range,
                 args.exclude_last, args.lines, args.method, args.ops)
    else:
        compare(args.model, args.dir, args.rounds, args.base)


if __name__ == "__main__":
    main()
