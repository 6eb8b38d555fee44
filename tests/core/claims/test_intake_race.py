"""Two uploads of the same file at the same moment make one claim, and keep its stored file."""

from __future__ import annotations

from core.claims.service import ingest_document, list_claims
from tests.core.claims.conftest import extract_when_all_checked, stored_files
from tests.core.helpers import audit_entries, run_concurrently
from tests.factories import make_user


def upload_at_once(uploads: list[tuple[bytes, str]], actor, monkeypatch) -> list:  # type: ignore[no-untyped-def]
    """Ingest the uploads in threads that all pass the duplicate check before any stores."""
    extract_when_all_checked(len(uploads), monkeypatch)
    return run_concurrently([lambda u=u: ingest_document(*u, actor=actor) for u in uploads])


def test_the_same_file_uploaded_twice_at_once_makes_one_claim(committed_engine, fake_extractor,
                                                              data_dir, monkeypatch):
    actor = make_user("adjuster")
    upload = fake_extractor({"claimant_name": "Ann Lee", "claim_number": "CLM-RACE-1"})
    outcomes = upload_at_once([upload, upload], actor, monkeypatch)

    assert sorted(getattr(o, "status", repr(o)) for o in outcomes) == ["created", "duplicate"]
    created = next(o for o in outcomes if o.status == "created")
    assert [o.claim_id for o in outcomes] == [created.claim_id] * 2
    assert list_claims(actor=actor).total == 1
    [stored] = stored_files(data_dir)  # the winner's file survives the loser's rollback
    assert stored.read_bytes() == upload[0]
    assert len(audit_entries("claim_created")) == 1


def test_two_documents_printing_one_claim_number_at_once_make_two_claims(
    committed_engine, fake_extractor, data_dir, monkeypatch
):
    actor = make_user("adjuster")
    uploads = [fake_extractor({"claim_number": "CLM-RACE-2"}) for _ in range(2)]
    outcomes = upload_at_once(uploads, actor, monkeypatch)

    assert [getattr(o, "status", repr(o)) for o in outcomes] == ["created", "created"]
    assert sorted(o.claim_number == "CLM-RACE-2" for o in outcomes) == [False, True]
    assert len(stored_files(data_dir)) == 2
