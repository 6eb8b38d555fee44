"""The ClaimDesk command line: `python -m core <command>`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from core.errors import AppError


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
    report = seed_demo(today=date.fromisoformat(args.today) if args.today else None)
    print(f"demo data: {report.users} users, {report.products} products, "
          f"{report.customers} customers, {report.policies} policies "
          f"({report.expiring_within_30_days} expiring within 30 days)")
    return 0


def _cmd_create_admin(_args: argparse.Namespace) -> int:
    from core.auth.service import ensure_admin_from_settings
    from core.db import prepare_database

    prepare_database()
    created = ensure_admin_from_settings()
    print(f"created admin {created}" if created else
          "no admin created (CLAIMDESK_ADMIN_USERNAME/PASSWORD unset, or the user exists)")
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
    seed.set_defaults(func=_cmd_seed_demo)
    admin = sub.add_parser("create-admin", help="create the first admin from CLAIMDESK_ADMIN_*")
    admin.set_defaults(func=_cmd_create_admin)
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
