"""The audit trail search (admins only): by user, action, claim, policy and day, newest first,
paginated in SQL, and exported as CSV in batches."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from core.audit.describe import ACTION_GROUPS, describe_details
from core.audit.models import AuditEntry
from core.audit.service import record_audit
from core.auth.schemas import CurrentUser
from core.auth.service import require_role
from core.claims.models import Claim
from core.db import session_scope
from core.errors import ValidationError
from core.pagination import Page, paginate
from core.policies.models import Policy

AUDITORS = ("admin",)
EXPORT_LIMIT = 50_000  # rows in one CSV; narrow the search for more
EXPORT_BATCH = 1_000
CSV_COLUMNS = ("id", "at", "username", "action", "entity_type", "entity_id", "summary",
               "details")


@dataclass(frozen=True)
class AuditRow:
    """One audit entry with its details as stored and as one readable line."""

    id: int
    at: datetime
    username: str
    action: str
    entity_type: str
    entity_id: str | None
    summary: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditSearch:
    """What to look for; every part optional. `claim` and `policy` take a number or an id."""

    username: str | None = None
    group: str | None = None  # a key of ACTION_GROUPS
    action: str | None = None
    claim: str | None = None
    policy: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def _to_row(entry: AuditEntry) -> AuditRow:
    return AuditRow(id=entry.id, at=entry.at, username=entry.username, action=entry.action,
                    entity_type=entry.entity_type, entity_id=entry.entity_id,
                    summary=describe_details(entry.details), details=dict(entry.details or {}))


def _entity_id(session: Session, text: str | None, model: Any, label: str) -> str | None:
    """The id (as the log stores it) of the claim or policy typed as a number or an id."""
    text = (text or "").strip()
    if not text:
        return None
    found = session.scalar(select(model.id).where(func.upper(model.number) == text.upper()))
    if found is None and text.isdigit():
        found = session.scalar(select(model.id).where(model.id == int(text)))
    if found is None:
        raise ValidationError({label: f"there is no {label} numbered {text}"})
    return str(found)


def _where(session: Session, search: AuditSearch) -> list[ColumnElement[bool]]:
    problems: dict[str, str] = {}
    if search.group and search.group not in ACTION_GROUPS:
        problems["group"] = f"must be one of {', '.join(ACTION_GROUPS)}"
    if search.date_from and search.date_to and search.date_from > search.date_to:
        problems["date_to"] = "is before the first day"
    if problems:
        raise ValidationError(problems)
    where: list[ColumnElement[bool]] = []
    if search.date_from:
        where.append(AuditEntry.at >= datetime.combine(search.date_from, time.min, tzinfo=UTC))
    if search.date_to:  # the whole last day counts
        where.append(AuditEntry.at < datetime.combine(search.date_to + timedelta(days=1),
                                                      time.min, tzinfo=UTC))
    if search.username and search.username.strip():
        where.append(AuditEntry.username == search.username.strip().lower())
    if search.group:
        where.append(AuditEntry.action.in_(ACTION_GROUPS[search.group]))
    if search.action and search.action.strip():
        where.append(AuditEntry.action == search.action.strip().lower())
    for text, model, label in ((search.claim, Claim, "claim"), (search.policy, Policy, "policy")):
        entity_id = _entity_id(session, text, model, label)
        if entity_id is not None:
            where += [AuditEntry.entity_type == label, AuditEntry.entity_id == entity_id]
    return where


def _query(session: Session, search: AuditSearch) -> Select[Any]:
    return (select(AuditEntry).where(*_where(session, search))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))


def search_audit(*, actor: CurrentUser, search: AuditSearch | None = None, page: int = 1,
                 page_size: int = 50) -> Page[AuditRow]:
    """One page of the entries matching `search`, newest first (admins only)."""
    require_role(actor, *AUDITORS)
    with session_scope() as session:
        return paginate(session, _query(session, search or AuditSearch()), page=page,
                        page_size=page_size, to_item=_to_row)


def export_audit_csv(*, actor: CurrentUser, search: AuditSearch | None = None,
                     limit: int = EXPORT_LIMIT) -> bytes:
    """The entries matching `search` as CSV, newest first, at most `limit` rows; read in
    batches, never all at once. The export is itself audited."""
    require_role(actor, *AUDITORS)
    search = search or AuditSearch()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = 0
    with session_scope() as session:
        stmt = _query(session, search).limit(limit).execution_options(yield_per=EXPORT_BATCH)
        for entry in session.scalars(stmt):
            row = _to_row(entry)
            writer.writerow([row.id, row.at.isoformat(), row.username, row.action,
                             row.entity_type, row.entity_id or "", row.summary,
                             json.dumps(row.details, default=str, sort_keys=True)])
            rows += 1
        record_audit(session=session, actor=actor, action="audit_exported",
                     entity_type="audit_log",
                     details={"rows": rows, "search": {k: str(v) for k, v in vars(search).items()
                                                       if v not in (None, "")}})
    return out.getvalue().encode("utf-8")
