"""Fixtures of the claim tests: a data folder of the test's own and a stand-in extractor."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.auth.schemas import CurrentUser
from core.claims import intake
from core.documents.schemas import FIELD_NAMES, ExtractionResult, FieldValue, PageInfo
from tests.factories import make_user

_bytes_seq = itertools.count(1)


@pytest.fixture
def data_dir(tmp_path: Path, settings_env: Callable[..., None]) -> Path:
    """This test's data folder (where intake stores documents)."""
    folder = tmp_path / "data"
    settings_env(CLAIMDESK_DATA_DIR=str(folder))
    return folder


@pytest.fixture
def adjuster(db: str) -> CurrentUser:
    return make_user("adjuster")


def stored_files(data_dir: Path) -> list[Path]:
    """Every file under the documents folder, temporary ones included."""
    root = data_dir / "documents"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def extraction_of(values: dict[str, Any], warnings: list[str] | None = None) -> ExtractionResult:
    """An ExtractionResult stating `values` (on page 1, in a made-up box), nothing else."""
    fields: dict[str, FieldValue | None] = {name: None for name in FIELD_NAMES}
    for index, (name, value) in enumerate(values.items()):
        fields[name] = FieldValue(value=value, confidence=0.9, page=1,
                                  bbox=(72.0, 100.0 + 20 * index, 300.0, 112.0 + 20 * index))
    return ExtractionResult(fields=fields, warnings=list(warnings or []),
                            pages=[PageInfo(1, "text", 612.0, 792.0)], elapsed_ms=1.0)


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch,
                   data_dir: Path) -> Iterator[Callable[..., tuple[bytes, str]]]:
    """Make intake read given field values instead of running the pipeline.

    `upload(values, warnings=None)` returns (bytes that intake takes for a PDF, file name);
    the bytes are new each time, so they never count as a duplicate.
    """
    planned: dict[bytes, ExtractionResult] = {}

    def extract(data: bytes, **_kwargs: Any) -> ExtractionResult:
        return planned[data]

    monkeypatch.setattr(intake, "extract_document", extract)

    def upload(values: dict[str, Any], warnings: list[str] | None = None) -> tuple[bytes, str]:
        data = b"%PDF-1.7\n% stand-in document " + str(next(_bytes_seq)).encode() + b"\n%%EOF\n"
        planned[data] = extraction_of(values, warnings)
        return data, f"claim-{len(planned)}.pdf"

    yield upload


def extract_when_all_checked(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `count` concurrent intakes or attaches wait, after their early checks and before
    extraction, until all have passed them: only the database can tell them apart then."""
    extract = intake.extract_document
    all_checked = threading.Barrier(count, timeout=10)

    def after_all_checked(payload: bytes, **kwargs: Any) -> ExtractionResult:
        all_checked.wait()
        return extract(payload, **kwargs)

    monkeypatch.setattr(intake, "extract_document", after_all_checked)
