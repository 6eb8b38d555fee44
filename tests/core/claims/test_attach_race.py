"""Two documents attached to one claim at the same moment: one wins cleanly, the other is
refused and leaves nothing behind (committed database, both backends)."""

from __future__ import annotations

from sqlalchemy import func, select

from core.claims.attach import attach_document
from core.claims.conflicts import list_conflicts, resolve_conflict
from core.claims.form import file_claim
from core.claims.models import ClaimDocument
from core.claims.service import get_claim
from core.db import session_scope
from core.errors import Conflict, StaleUpdate
from tests.core.claims.conftest import extract_when_all_checked, stored_files
from tests.core.helpers import audit_entries, run_concurrently
from tests.factories import make_user


def attach_at_once(claim_id: int, uploads: list[tuple[bytes, str]], actor, monkeypatch) -> list:  # type: ignore[no-untyped-def]
    """Attach the uploads in threads that have all passed the early checks before any stores."""
    extract_when_all_checked(len(uploads), monkeypatch)
    return run_concurrently([lambda u=u: attach_document(claim_id, *u, actor=actor)
                             for u in uploads])


def test_two_documents_attached_at_once_one_wins_the_other_leaves_nothing(
    committed_engine, fake_extractor, data_dir, monkeypatch
):
    actor = make_user("adjuster")
    claim_id = file_claim({"claimant_name": "Ann Lee", "date_of_loss": "2026-03-02",
                           "claimed_amount": "100.00"}, actor=actor).claim_id
    uploads = [fake_extractor({"claimant_email": f"ann{i}@example.com",
                               "claimed_amount": f"{200 + i}.00"}) for i in range(2)]

    outcomes = attach_at_once(claim_id, uploads, actor, monkeypatch)

    won = [o for o in outcomes if not isinstance(o, Exception)]
    lost = [o for o in outcomes if isinstance(o, Exception)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert isinstance(lost[0], StaleUpdate) and "attach the file again" in str(lost[0])
    winner = won[0]
    winner_bytes = next(data for data, name in uploads if name == winner.file_name)
    detail = get_claim(claim_id, actor=actor)
    assert [d.id for d in detail.documents] == [winner.document_id]
    i = uploads.index((winner_bytes, winner.file_name))
    assert detail.fields["claimant_email"].value == f"ann{i}@example.com"
    [conflict] = list_conflicts(claim_id, actor=actor)
    assert conflict.document_value == f"{200 + i}.00"
    [stored] = stored_files(data_dir)  # the loser's file was removed with its rollback
    assert stored.read_bytes() == winner_bytes
    assert len(audit_entries("claim_document_attached")) == 1
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(ClaimDocument)) == 1


def test_one_conflict_settled_twice_at_once_is_settled_once(committed_engine, fake_extractor,
                                                            data_dir):
    actor = make_user("adjuster")
    claim_id = file_claim({"claimant_name": "Ann Lee", "date_of_loss": "2026-03-02",
                           "claimed_amount": "100.00"}, actor=actor).claim_id
    attach_document(claim_id, *fake_extractor({"claimed_amount": "300.00"}), actor=actor)
    [conflict] = list_conflicts(claim_id, actor=actor)

    outcomes = run_concurrently([
        lambda: resolve_conflict(conflict.id, "document", actor=actor),
        lambda: resolve_conflict(conflict.id, "claim", actor=actor)])

    assert sum(not isinstance(o, Exception) for o in outcomes) == 1, outcomes
    assert all(isinstance(o, Conflict) for o in outcomes if isinstance(o, Exception))
    [entry] = audit_entries("claim_conflict_resolved")
    settled = list_conflicts(claim_id, actor=actor, include_resolved=True)[0]
    assert settled.chosen == entry.details["chosen"]
    expected = "300.00" if settled.chosen == "document" else "100.00"
    assert get_claim(claim_id, actor=actor).fields["claimed_amount"].value == expected
