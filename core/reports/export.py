"""Report rows as table rows and as CSV: dataclass fields become columns, a dict field (a
campaign's outcomes) one column per key."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from decimal import Decimal
from typing import Any


def _flat(item: Any) -> dict[str, Any]:
    if not is_dataclass(item):
        raise TypeError(f"not a report row: {type(item).__name__}")
    row: dict[str, Any] = {}
    for column in fields(item):
        value = getattr(item, column.name)
        if isinstance(value, dict):
            row.update({f"{column.name}.{key}": n for key, n in value.items()})
        else:
            row[column.name] = value
    return row


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def table_rows(items: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows for st.dataframe: every column in every row (0 for a missing count), amounts as
    floats (Arrow shows no Decimal)."""
    rows = [_flat(item) for item in items]
    columns = _columns(rows)
    return [{c: float(v) if isinstance(v, Decimal) else v
             for c, v in ((c, row.get(c, 0 if "." in c else None)) for c in columns)}
            for row in rows]


def rows_csv(items: Sequence[Any]) -> bytes:
    """The rows as UTF-8 CSV with a header; amounts exactly as stored (e.g. 1200.00)."""
    rows = [_flat(item) for item in items]
    columns = _columns(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, 0 if "." in c else "") for c in columns})
    return out.getvalue().encode("utf-8")
