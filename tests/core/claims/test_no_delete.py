"""Withdraw, never delete: the database refuses DELETE on claims, their documents, scores and
calls (triggers of migration 0004, both backends), and no service or page has a delete path
for them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError

from core.calls.models import Call
from core.claims.models import Claim, ClaimDocument
from core.db import session_scope
from core.scoring.models import Score
from tests.core.claims.rows import make_claim, make_score
from tests.factories import make_customer

ROOT = Path(__file__).resolve().parents[3]
KEPT = {"claims": Claim, "claim_documents": ClaimDocument, "scores": Score, "calls": Call}
KEPT_MODELS = {model.__name__ for model in KEPT.values()}
RAW_DELETE = re.compile(
    r"\b(delete\s+from|truncate(\s+table)?)\s+(only\s+)?\"?(claims|claim_documents|scores|calls)\b",
    re.IGNORECASE)
# The one delete a service may do: a customer without policies (policies/customers.py).
ALLOWED_SESSION_DELETES = {("core/policies/customers.py", "customer")}


def make_rows() -> dict[str, int]:
    """One row in each kept table; their ids by table."""
    customer_id = make_customer()
    claim_id = make_claim(customer_id=customer_id)
    score_id = make_score(claim_id, 0.2, "low")
    with session_scope() as session:
        document = ClaimDocument(claim_id=claim_id, sha256="ab" * 32, file_name="a.pdf",
                                 size_bytes=10, pages=1, stored_path="documents/ab/x.pdf")
        call = Call(customer_id=customer_id, claim_id=claim_id, purpose="claim_follow_up",
                    phone="+16175550123")
        session.add_all([document, call])
        session.flush()
        return {"claims": claim_id, "claim_documents": document.id, "scores": score_id,
                "calls": call.id}


def row_exists(table: str, row_id: int) -> bool:
    model = KEPT[table]
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(model)
                              .where(model.id == row_id)) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("table", sorted(KEPT))
@pytest.mark.parametrize("how", ["orm-session", "orm-delete", "sql"])
def test_the_database_refuses_to_delete_a_row(db, table, how):
    ids = make_rows()
    model = KEPT[table]
    with pytest.raises(DBAPIError, match="never deleted"), session_scope() as session:
        if how == "orm-session":
            session.delete(session.get(model, ids[table]))
            session.flush()
        elif how == "orm-delete":
            session.execute(delete(model).where(model.id == ids[table]))  # type: ignore[attr-defined]
        else:
            session.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": ids[table]})
    assert all(row_exists(name, row_id) for name, row_id in ids.items())


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no TRUNCATE
@pytest.mark.parametrize("table", sorted(KEPT))
def test_postgresql_refuses_truncate_too(backend, db, table):
    ids = make_rows()
    with pytest.raises(DBAPIError, match="never deleted"), session_scope() as session:
        session.execute(text(f"TRUNCATE {table} CASCADE"))
    assert row_exists(table, ids[table])


def test_rows_are_still_inserted_and_updated(db):
    ids = make_rows()
    with session_scope() as session:
        claim = session.get(Claim, ids["claims"])
        assert claim is not None
        claim.status = "withdrawn"
    with session_scope() as session:
        assert session.scalar(select(Claim.status).where(Claim.id == ids["claims"])) == \
            "withdrawn"


def delete_paths(source: str, path: str) -> list[str]:
    """The delete paths for kept tables in one module's source: delete(Model), x.delete(...)
    not allowed, and DELETE FROM / TRUNCATE of a kept table in a string."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", None)
            if name != "delete":
                continue
            args = {a.id for a in node.args if isinstance(a, ast.Name)}
            if args & KEPT_MODELS:
                found.append(f"{path}:{node.lineno} delete({', '.join(sorted(args))})")
            elif isinstance(node.func, ast.Attribute) and not {
                    (path, arg) for arg in args} <= ALLOWED_SESSION_DELETES | {(path, "")}:
                found.append(f"{path}:{node.lineno} .delete({', '.join(sorted(args))})")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and RAW_DELETE.search(
                node.value):
            found.append(f"{path}:{node.lineno} {node.value.strip()[:40]}")
    return found


def test_the_scan_finds_delete_paths_where_there_are_some():
    source = ("session.delete(claim)\nsession.execute(delete(Score))\n"
              "conn.execute(text('DELETE FROM calls'))\nsession.delete(customer)\n")
    assert len(delete_paths(source, "core/x.py")) == 4  # a customer only in customers.py
    assert delete_paths("session.delete(customer)\n", "core/policies/customers.py") == []


def test_no_service_or_page_deletes_claims_documents_scores_or_calls():
    files = [*sorted((ROOT / "core").rglob("*.py")), *sorted((ROOT / "pages").rglob("*.py")),
             ROOT / "app.py"]
    assert len(files) > 50
    found = [hit for file in files
             for hit in delete_paths(file.read_text(), file.relative_to(ROOT).as_posix())]
    assert found == []
