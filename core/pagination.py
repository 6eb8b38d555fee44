"""Pages of results, counted and sliced in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items, the total count and where it stands."""

    items: list[T]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def paginate(
    session: Session,
    stmt: Select[*tuple[Any, ...]],
    *,
    page: int,
    page_size: int,
    to_item: Callable[[Any], T],
) -> Page[T]:
    """Run `stmt` for one page (LIMIT/OFFSET) and count its total rows in SQL."""
    page = max(1, int(page))
    page_size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = session.execute(stmt.limit(page_size).offset((page - 1) * page_size)).all()
    items = [to_item(row[0] if len(row) == 1 else row) for row in rows]
    return Page(items=items, total=int(total), page=page, page_size=page_size)
