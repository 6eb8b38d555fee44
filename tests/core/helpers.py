"""Small read and write helpers the core tests use to look behind the services."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, select, update

from core.audit.models import AuditEntry
from core.auth.models import User
from core.db import session_scope


def audit_entries(
    action: str | None = None, entity_id: object = None, entity_type: str | None = None
) -> list[AuditEntry]:
    """Audit rows in insertion order, optionally only one action and/or one entity."""
    stmt = select(AuditEntry).order_by(AuditEntry.id)
    if entity_type is not None:
        stmt = stmt.where(AuditEntry.entity_type == entity_type)
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == str(entity_id))
    with session_scope() as session:
        return list(session.scalars(stmt))


def set_user_columns(user_id: int, **values: Any) -> None:
    """Write columns of a user directly, as time passing or another process would."""
    with session_scope() as session:
        session.execute(update(User).where(User.id == user_id).values(**values))


def get_user_row(user_id: int) -> User:
    with session_scope() as session:
        user = session.get(User, user_id)
        assert user is not None
        return user


@contextmanager
def captured_sql() -> Iterator[list[str]]:
    """Collect the SQL statements every engine sends while the block runs."""
    statements: list[str] = []

    def capture(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()).upper())

    event.listen(Engine, "before_cursor_execute", capture)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", capture)


def run_concurrently(calls: list[Callable[[], Any]], timeout: float = 30) -> list[Any]:
    """Run each call in its own thread, all started together; what each returned or raised,
    in the order they finished."""
    start = threading.Barrier(len(calls), timeout=10)
    outcomes: list[Any] = []

    def run(call: Callable[[], Any]) -> None:
        start.wait()
        try:
            outcomes.append(call())
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever came out
            outcomes.append(exc)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(t.is_alive() for t in threads), "a concurrent call hung"
    return outcomes
