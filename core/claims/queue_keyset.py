"""Keyset pagination for the review queue: opaque cursors and the walk over ordered sections.

A sort is one or more sections read one after another (the risk order: scored claims by fraud
probability, then unscored claims). Each section is ordered by its key columns, all ascending
or all descending, the last of them unique; a cursor names a section and a row's key, and the
next page is `key < cursor` (or `>`) in that section, then the following sections, so a page
costs the same at row 25 and at row 500,000 where OFFSET would read every row before it.
"""

from __future__ import annotations

import base64
import binascii
import heapq
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, literal, select, tuple_
from sqlalchemy.orm import Session

from core.claims.models import Claim
from core.errors import ValidationError

Direction = Literal["after", "before", "last"]
BAD_CURSOR = "is not a position in this list; go back to the first page"


@dataclass(frozen=True)
class Section:
    """One run of a sort: a query of claim ids (`id`) and its key columns (the last unique).

    `keep` are filters tested on the claims the walk meets rather than given to the planner:
    the section is then read in chunks in key order, each chunk's claims kept or dropped by
    a second query, so the plan is an index walk whatever the planner would guess.
    """

    name: str
    stmt: Select[Any]
    key: tuple[Any, ...]  # columns (ColumnElement or mapped attributes)
    descending: bool
    keep: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Position:
    """Where a cursor points: a section and the key of a row in it."""

    section: str
    key: tuple[Any, ...]


def _plain(value: Any) -> Any:
    return {"t": value.isoformat()} if isinstance(value, datetime) else value


def _typed(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("t"), str):
        return datetime.fromisoformat(value["t"])
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("not a key value")
    return value


def encode_cursor(sort: str, position: Position) -> str:
    """An opaque, URL-safe token for `position` under `sort`."""
    raw = json.dumps([sort, position.section, [_plain(v) for v in position.key]],
                     separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str, sections: Sequence[Section]) -> Position:
    """The position a token of `encode_cursor` names; ValidationError if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        token_sort, section, key = json.loads(raw)
        by_name = {s.name: s for s in sections}
        if token_sort != sort or section not in by_name or len(key) != len(
                by_name[section].key):
            raise ValueError("another list's cursor")
        return Position(section, tuple(_typed(v) for v in key))
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ValidationError({"cursor": BAD_CURSOR}) from None


FIRST_CHUNK, LAST_CHUNK = 2_500, 40_000  # a walk's chunks grow four times each step


def _keyed(section: Section, key: tuple[Any, ...] | None, *, ascending: bool) -> Select[Any]:
    """The section's ids with their key columns (`_key0`...), after `key`, in key order."""
    stmt = section.stmt.add_columns(*(c.label(f"_key{i}") for i, c in enumerate(section.key)))
    if key is not None:
        # Bound with the columns' own types (UTC datetimes are stored naive).
        row_key = tuple_(*section.key)
        bound = tuple_(*(literal(v, c.type) for c, v in zip(section.key, key, strict=True)))
        stmt = stmt.where(row_key > bound if ascending else row_key < bound)
    return stmt.order_by(*(c.asc() if ascending else c.desc() for c in section.key))


def _positioned(section: Section, rows: Any) -> list[tuple[Position, Any]]:
    width = len(section.key)
    return [(Position(section.name, tuple(row._mapping[f"_key{i}"] for i in range(width))), row)
            for row in rows]


def _rows(session: Session, section: Section, key: tuple[Any, ...] | None, *, forward: bool,
          limit: int) -> list[tuple[Position, Any]]:
    """Up to `limit` rows of a section after (forward) or before `key`, nearest first."""
    ascending = forward != section.descending
    if not section.keep:
        return _positioned(section, session.execute(
            _keyed(section, key, ascending=ascending).limit(limit)))
    found: list[tuple[Position, Any]] = []
    chunk = FIRST_CHUNK
    while len(found) < limit:
        # The next chunk in key order (its LIMIT makes it an index walk), its claims tested
        # against the filters in the database; only the kept ones come back.
        walked = _keyed(section, key, ascending=ascending).limit(chunk).subquery()
        order = [walked.c[f"_key{i}"] for i in range(len(section.key))]
        # OFFSET 0 keeps the test a subquery per claim met (a probe by id): as a join the
        # planner may, misjudging how many claims pass, scan all claims to hash them.
        test = select(Claim.id).where(Claim.id == walked.c.id, *section.keep).offset(0)
        kept = (select(walked).where(test.exists())
                .order_by(*(c.asc() if ascending else c.desc() for c in order))
                .limit(limit - len(found)))
        found += _positioned(section, session.execute(kept))
        if len(found) >= limit:
            break
        last = session.execute(select(*order).select_from(walked).order_by(
            *(c.desc() if ascending else c.asc() for c in order)).limit(1)).first()
        if last is None:  # the section's end
            break
        key, chunk = tuple(last), min(chunk * 4, LAST_CHUNK)
    return found[:limit]


Keyed = list[tuple[tuple[Any, ...], Any]]  # (key, row) of each row of a section
Fetch = Callable[[Section, "tuple[Any, ...] | None", bool, int], list[tuple[Position, Any]]]


def _rows_in_memory(keyed: Keyed, section: Section, key: tuple[Any, ...] | None, *,
                    forward: bool, limit: int) -> list[tuple[Position, Any]]:
    """What `_rows` would read, from rows already loaded with their keys."""
    ascending = forward != section.descending
    if key is not None:
        keyed = [(k, row) for k, row in keyed if (k > key if ascending else k < key)]
    pick = heapq.nsmallest if ascending else heapq.nlargest
    return [(Position(section.name, k), row)
            for k, row in pick(limit, keyed, key=lambda item: item[0])]


def _walk(fetch: Fetch, sections: Sequence[Section], start: Position | None, *,
          forward: bool, limit: int) -> list[tuple[Position, Any]]:
    """Up to `limit` rows from `start` (exclusive; None: the very start or end) on, nearest
    first, crossing into the following (or, backwards, preceding) sections as needed."""
    order = list(sections) if forward else list(reversed(sections))
    names = [s.name for s in order]
    begin = names.index(start.section) if start else 0
    found: list[tuple[Position, Any]] = []
    for index in range(begin, len(order)):
        key = start.key if start and index == begin else None
        found += fetch(order[index], key, forward, limit - len(found))
        if len(found) >= limit:
            break
    return found


@dataclass(frozen=True)
class Window:
    """One page of rows and the cursors around it (None where the list ends)."""

    rows: list[Any]
    next_cursor: str | None
    previous_cursor: str | None


def read_window(session: Session, sort: str, sections: Sequence[Section], *, size: int,
                cursor: str | None = None, direction: Direction = "after",
                loaded: dict[str, Keyed] | None = None) -> Window:
    """The page after or before `cursor` (no cursor: the first page), or the last page.

    With `loaded` (each section's rows with their keys, when the caller already holds them
    all) the page is cut in memory by the same rules instead of in SQL.
    """
    def fetch(section: Section, key: tuple[Any, ...] | None, forward: bool,
              limit: int) -> list[tuple[Position, Any]]:
        if loaded is not None:
            return _rows_in_memory(loaded.get(section.name, []), section, key,
                                   forward=forward, limit=limit)
        return _rows(session, section, key, forward=forward, limit=limit)

    if direction == "last":
        found = _walk(fetch, sections, None, forward=False, limit=size + 1)
        more_before, found = len(found) > size, found[:size][::-1]
        more_after = False
    elif direction == "before" and cursor:
        found = _walk(fetch, sections, decode_cursor(cursor, sort, sections), forward=False,
                      limit=size + 1)
        more_before, found = len(found) > size, found[:size][::-1]
        more_after = True
    else:
        start = decode_cursor(cursor, sort, sections) if cursor else None
        found = _walk(fetch, sections, start, forward=True, limit=size + 1)
        more_after, found = len(found) > size, found[:size]
        more_before = start is not None
    if not found:  # rows went away past the cursor: the way back is the cursor itself
        return Window([], cursor if direction == "before" else None,
                      cursor if direction == "after" else None)
    return Window(
        rows=[row for _, row in found],
        next_cursor=encode_cursor(sort, found[-1][0]) if more_after else None,
        previous_cursor=encode_cursor(sort, found[0][0]) if more_before else None,
    )
