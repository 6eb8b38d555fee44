"""`python -m core extract` and `python -m core ingest`, run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import db as core_db
from core.claims.models import Claim, ClaimDocument
from core.documents.samples import make_bad_inputs
from core.documents.schemas import FIELD_NAMES
from tests.core.test_cli import run_cli
from tests.factories import claim_document


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two digital claims in docs/, the bad inputs in docs/bad/, and a text file."""
    root = tmp_path_factory.mktemp("cli-docs")
    docs = root / "docs"
    docs.mkdir()
    for seed, layout in ((301, "form_boxed"), (302, "email")):
        _record, pdf = claim_document(layout, seed=seed)
        (docs / f"{layout}.pdf").write_bytes(pdf)
    make_bad_inputs(docs / "bad")
    (docs / "notes.txt").write_text("not a claim\n")
    return root


def test_extract_prints_one_json_object_per_file_and_goes_on_after_a_failure(folder):
    files = [folder / "docs" / "form_boxed.pdf", folder / "docs" / "bad" / "truncated.pdf",
             folder / "docs" / "email.pdf"]
    result = run_cli("extract", *map(str, files), "--format", "jsonl", CLAIMDESK_MODE="demo")
    assert result.returncode == 1, result.stderr  # one file failed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == list(map(str, files))
    good, bad, other = lines
    assert set(bad) == {"file", "error"} and bad["error"].startswith("truncated:")
    for line in (good, other):
        assert set(line) == {"file", "fields", "warnings", "pages", "elapsed_ms"}
        assert set(line["fields"]) == set(FIELD_NAMES)
        assert line["pages"] == [{"number": 1, "source": "text"}]
        found = [f for f in line["fields"].values() if f is not None]
        assert found and all(set(f) == {"value", "confidence", "page", "bbox"} for f in found)


def test_extract_exits_zero_when_every_file_is_read(folder):
    result = run_cli("extract", str(folder / "docs" / "email.pdf"), CLAIMDESK_MODE="demo")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_ingest_creates_claims_from_a_folder_and_knows_them_again(folder, tmp_path):
    database = tmp_path / "claimdesk.db"
    env = {"CLAIMDESK_MODE": "demo", "DATABASE_URL": f"sqlite:///{database}",
           "CLAIMDESK_DATA_DIR": str(tmp_path / "data"),
           "CLAIMDESK_ADMIN_USERNAME": "ops", "CLAIMDESK_ADMIN_PASSWORD": "ops-password-1"}
    assert run_cli("create-admin", **env).returncode == 0

    first = run_cli("ingest", str(folder / "docs"), **env)
    assert first.returncode == 1, first.stderr  # the bad inputs failed
    lines = dict(line.split(": ", 1) for line in first.stdout.splitlines())
    docs = folder / "docs"
    assert set(lines) == {str(p) for p in docs.rglob("*.pdf")}  # not notes.txt
    assert lines[str(docs / "form_boxed.pdf")].startswith("new claim ")
    assert lines[str(docs / "email.pdf")].startswith("new claim ")
    for name, reason in (("empty", "empty"), ("not_a_pdf", "not_pdf"),
                         ("truncated", "truncated"), ("encrypted", "encrypted"),
                         ("too_many_pages", "too_many_pages"), ("image_bomb", "image_bomb")):
        assert lines[str(docs / "bad" / f"{name}.pdf")].startswith(f"failed: {reason}: ")

    again = run_cli("ingest", str(docs / "email.pdf"), "--user", "ops", **env)
    assert again.returncode == 0, again.stderr
    assert " duplicate of claim " in again.stdout

    engine = core_db.make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Claim)) == 2
            assert conn.scalar(select(func.count()).select_from(ClaimDocument)) == 2
    finally:
        engine.dispose()
    stored = list((tmp_path / "data" / "documents").rglob("*.pdf"))
    assert len(stored) == 2


def test_ingest_refuses_an_unknown_user(folder, tmp_path):
    env = {"CLAIMDESK_MODE": "demo", "DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}",
           "CLAIMDESK_DATA_DIR": str(tmp_path / "data")}
    result = run_cli("ingest", str(folder / "docs" / "email.pdf"), "--user", "nobody", **env)
    assert result.returncode == 2
    assert "No active user named 'nobody'" in result.stderr
    assert "Traceback" not in result.stderr
