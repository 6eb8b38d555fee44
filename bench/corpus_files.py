"""What the held-out corpus generators share: writing their cases to a folder and their
command line (`python -m bench.heldoutN OUTDIR COUNT [--seed S]`)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

MakeDocument = Callable[[int, int], tuple[dict, bytes]]


def write_cases(out: Path, count: int, seed: int, make_document: MakeDocument,
                stem: Callable[[int, dict], str], indent: int = 1) -> list[Path]:
    """Write `count` cases as `<stem>.pdf` beside `<stem>.truth.json`; return the PDF paths
    in index order."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        truth, pdf = make_document(index, seed)
        name = stem(index, truth)
        (out / f"{name}.pdf").write_bytes(pdf)
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=indent,
                                                           ensure_ascii=False))
        paths.append(out / f"{name}.pdf")
    return paths


def corpus_main(doc: str, default_seed: int,
                write_corpus: Callable[[Path, int, int], list[Path]],
                argv: list[str] | None = None) -> None:
    """The generator's command line: write COUNT cases into OUTDIR."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=default_seed)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} documents to {args.out}")
