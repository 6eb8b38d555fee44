"""Original claim documents, stored content-addressed: data_dir/documents/<sha[:2]>/<sha>.pdf.

The same bytes always land on the same path, so a file is written once and never changed.
Paths kept in the database are relative to the data folder, so the folder may move.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from core.config import get_settings

DOCUMENTS_DIR = "documents"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_path(sha256: str) -> str:
    """Where a document with this digest is kept, relative to the data folder."""
    return f"{DOCUMENTS_DIR}/{sha256[:2]}/{sha256}.pdf"


def absolute_path(stored_path: str) -> Path:
    return get_settings().data_dir / stored_path


def store_document(data: bytes, sha256: str) -> tuple[str, bool]:
    """Write the bytes to their content address; (relative path, True if this call wrote it).

    The file appears whole or not at all: it is written to a temporary file in the same folder,
    flushed to disk and renamed into place.
    """
    stored = relative_path(sha256)
    target = absolute_path(stored)
    if target.is_file():
        return stored, False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return stored, True


def remove_document(stored_path: str) -> None:
    """Delete a stored file (used only to undo a write whose transaction failed)."""
    absolute_path(stored_path).unlink(missing_ok=True)


def read_document(stored_path: str) -> bytes:
    return absolute_path(stored_path).read_bytes()
