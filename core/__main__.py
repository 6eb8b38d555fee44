"""The ClaimDesk command line: `python -m core <command>`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from core.errors import AppError, DocumentRejected


def _cmd_db(args: argparse.Namespace) -> int:
    from core.db import current_revision, downgrade_database, head_revision, upgrade_database

    if args.action == "upgrade":
        upgrade_database(revision=args.revision or "head")
    elif args.action == "downgrade":
        downgrade_database(revision=args.revision or "base")
    print(f"database at revision {current_revision() or 'none'} (code head {head_revision()})")
    return 0


def _cmd_seed_demo(args: argparse.Namespace) -> int:
    from core.config import get_settings
    from core.db import prepare_database, upgrade_database
    from core.demo import seed_demo

    if get_settings().is_sqlite:
        upgrade_database()
    prepare_database()
    report = seed_demo(today=date.fromisoformat(args.today) if args.today else None,
                       with_claims=not args.no_claims)
    print(f"demo data: {report.users} users, {report.products} products, "
          f"{report.customers} customers, {report.policies} policies "
          f"({report.expiring_within_30_days} expiring within 30 days), {report.claims} claims")
    return 0


def _cmd_create_admin(_args: argparse.Namespace) -> int:
    from core.auth.service import ensure_admin_from_settings
    from core.db import prepare_database

    prepare_database()
    created = ensure_admin_from_settings()
    print(f"created admin {created}" if created else
          "no admin created (CLAIMDESK_ADMIN_USERNAME/PASSWORD unset, or the user exists)")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from core.documents.pipeline import extract_document

    failed = 0
    for name in args.files:
        try:
            result = extract_document(Path(name).read_bytes())
            line = result.to_json(name)
        except (AppError, OSError) as exc:
            line, failed = {"file": name, "error": _reason(exc)}, failed + 1
        except Exception as exc:  # an extractor bug on one file must not stop the batch
            line, failed = {"file": name, "error": f"{type(exc).__name__}: {exc}"}, failed + 1
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DocumentRejected):
        return f"{exc.reason}: {exc}"
    if isinstance(exc, OSError):
        return f"cannot read the file ({exc.strerror or exc})"
    return str(exc)


def _pdf_files(paths: list[str]) -> Iterator[Path]:
    """The files named, and every *.pdf below the folders named, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file()
                              and p.suffix.lower() == ".pdf")
        else:
            yield path


def _cmd_ingest(args: argparse.Namespace) -> int:
    from core.auth.service import get_intake_user, require_role
    from core.claims.intake import INTAKE_ROLES
    from core.claims.service import ingest_document
    from core.db import prepare_database

    prepare_database()
    actor = require_role(get_intake_user(args.user), *INTAKE_ROLES)
    failed = 0
    for path in _pdf_files(args.paths):
        try:
            result = ingest_document(path.read_bytes(), path.name, actor=actor)
        except (AppError, OSError) as exc:
            failed += 1
            print(f"{path}: failed: {_reason(exc)}", flush=True)
            continue
        if result.status == "duplicate":
            print(f"{path}: duplicate of claim {result.claim_number} (id {result.claim_id})",
                  flush=True)
        else:
            print(f"{path}: new claim {result.claim_number} (id {result.claim_id}, "
                  f"{len(result.warnings)} warnings)", flush=True)
    return 1 if failed else 0


def _cmd_train(args: argparse.Namespace) -> int:
    import importlib.util

    if args.csv:
        # Training on a user's own table lives in core.scoring.tabular (its own engineer).
        if importlib.util.find_spec("core.scoring.tabular") is None:
            print("error: --csv needs core.scoring.tabular", file=sys.stderr)
            return 2
        from core.scoring import tabular

        return int(tabular.main_train_csv(args))
    return _train_default(args)


def _train_default(args: argparse.Namespace) -> int:
    import time

    from core.auth.service import get_intake_user
    from core.db import prepare_database
    from core.errors import NotFound
    from core.scoring.registry import ensure_default_models
    from core.scoring.train import retrain_models

    prepare_database()
    ensure_default_models()
    try:
        actor = get_intake_user(args.user)
    except (NotFound, AppError):
        if args.user:
            raise
        actor = None  # a fresh database without an admin: the command line acts as system
    started = time.perf_counter()
    views = retrain_models(
        actor=actor, synthetic_rows=args.synthetic_rows, history_csv=args.history,
        activate=args.activate, rounds=args.trees,
        progress=lambda message, _fraction: print(f"... {message}", flush=True))
    for view in views:
        shown = {k: v for k, v in view.metrics.items() if k != "calibration"}
        state = "active" if view.active else "not active (activate on the Models page)"
        print(f"{view.model_name} {view.version}: {state}; {json.dumps(shown)}")
    print(f"trained in {time.perf_counter() - started:.1f} s")
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    import logging

    from core.config import get_settings
    from core.db import prepare_database
    from core.tasks.queue import get_huey

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = get_settings()
    if settings.task_broker == "immediate":
        print("error: CLAIMDESK_TASK_BROKER=immediate runs tasks inline; there is nothing for "
              "a worker to do", file=sys.stderr)
        return 2
    prepare_database()
    huey = get_huey()
    where = settings.task_broker or str(settings.data_dir / "tasks.db")
    print(f"worker: queue {huey.name} on {where}, {args.workers} threads", flush=True)
    # Polling SQLite backs off to once a second at most (Huey's default waits up to 10 s, which
    # a user staring at "waiting for a worker" would notice); Redis blocks on its queue.
    huey.create_consumer(workers=args.workers, worker_type="thread", periodic=False,
                         check_worker_health=True, max_delay=1.0).run()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    db = sub.add_parser("db", help="migrate the database (DATABASE_URL)")
    db.add_argument("action", choices=("upgrade", "downgrade", "current"))
    db.add_argument("revision", nargs="?", help="target revision (upgrade: head, downgrade: base)")
    db.set_defaults(func=_cmd_db)
    seed = sub.add_parser("seed-demo", help="add the demo data set (idempotent)")
    seed.add_argument("--today", help="ISO date the demo data is built around (default today)")
    seed.add_argument("--no-claims", action="store_true",
                      help="leave out the claims made from generated documents (no OCR)")
    seed.set_defaults(func=_cmd_seed_demo)
    admin = sub.add_parser("create-admin", help="create the first admin from CLAIMDESK_ADMIN_*")
    admin.set_defaults(func=_cmd_create_admin)
    extract = sub.add_parser("extract", help="print the fields of claim PDFs (no database)")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=("jsonl",), default="jsonl",
                         help="one JSON object per file, one per line")
    extract.set_defaults(func=_cmd_extract)
    ingest = sub.add_parser("ingest", help="create claims from PDF files or folders of them")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--user", help="act as this admin or adjuster (default: the first "
                                       "active admin)")
    ingest.set_defaults(func=_cmd_ingest)
    train = sub.add_parser("train", help="train the fraud and reserve models and register "
                                          "them as new versions")
    train.add_argument("--history", metavar="CSV",
                       help="a labelled claims history whose columns are named like the "
                            "features (plus fraud and/or settled_amount)")
    train.add_argument("--synthetic-rows", type=int, default=50_000,
                       help="rows of synthetic history to add (default 50000; 0 for none)")
    train.add_argument("--trees", type=int, default=200, help="boosting rounds (default 200)")
    train.add_argument("--activate", action="store_true",
                       help="make the new versions active (re-scores open claims)")
    train.add_argument("--user", help="register as this admin (default: the first admin)")
    # --csv PATH --label COLUMN --task fraud|reserve: training on a user's own table.
    train.add_argument("--csv", metavar="PATH", help="train on any labelled claims table")
    train.add_argument("--label", help="with --csv: the label column")
    train.add_argument("--task", choices=("fraud", "reserve"), help="with --csv: what to learn")
    train.add_argument("--exclude", help="with --csv: comma-separated columns to leave out "
                                         "(leakage)")
    train.add_argument("--register", action="store_true",
                       help="with --csv: register the result as a new model version")
    train.set_defaults(func=_cmd_train)
    worker = sub.add_parser("worker", help="run background tasks (retraining, intake batches, "
                                            "campaign runs) from the task queue")
    worker.add_argument("--workers", type=int, default=2, help="tasks at once (default 2)")
    worker.set_defaults(func=_cmd_worker)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
