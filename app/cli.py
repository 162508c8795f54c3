"""The `sjc-api` command: serve, migrate, seed, import, dictionary, keys."""

import argparse
import sys

from app.core.config import get_settings


def _migrate(_: argparse.Namespace) -> int:
    from app.core.migrations import upgrade

    upgrade()
    print("database migrated to head")
    return 0


def _seed(_: argparse.Namespace) -> int:
    from app.core.db import get_engine
    from app.seed import SeedError, seed_database

    try:
        report = seed_database(get_engine(), get_settings().seed_dir)
    except SeedError as exc:
        print(f"seed refused, nothing written: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    print(f"seed complete: {report.changed} rows inserted or updated")
    return 0


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.core.db import get_engine
    from app.imports.observations import import_observations

    report = import_observations(get_engine(), Path(args.file), dry_run=args.dry_run)
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 2


def _dictionary(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlmodel import Session

    from app.core.db import get_engine
    from app.metrics.dictionary import render

    with Session(get_engine()) as session:
        text = render(session)
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date; run `sjc-api dictionary`", file=sys.stderr)
            return 1
        print(f"{out} is current")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def _keys(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from app.auth import service
    from app.core.db import get_engine

    with Session(get_engine()) as session, session.begin():
        if args.action == "create":
            scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
            try:
                token = service.create_key(session, args.name, scopes)
            except service.KeyCommandError as exc:
                print(f"key not created: {exc}", file=sys.stderr)
                return 2
            print(token)
            print(
                "store this key now: it is shown once and only its digest is kept", file=sys.stderr
            )
            return 0
        if args.action == "revoke":
            if not service.revoke_key(session, args.name):
                print(f"no active key named '{args.name}'", file=sys.stderr)
                return 2
            print(f"revoked {args.name}")
            return 0
        for key in service.list_keys(session):
            state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
            print(f"{key.name}\t{key.scopes}\tcreated {key.created_at:%Y-%m-%d %H:%M}\t{state}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from app.server import serve

    serve(get_settings(), host=args.host, port=args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; every subcommand honours SJC_DATABASE_URL."""
    parser = argparse.ArgumentParser(prog="sjc-api", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=_serve)
    sub.add_parser("migrate", help="apply database migrations (alembic upgrade head)").set_defaults(
        func=_migrate
    )
    sub.add_parser(
        "seed", help="validate seed_data/ and upsert it in one transaction"
    ).set_defaults(func=_seed)
    importer = sub.add_parser(
        "import", help="import a CSV file (all or nothing; see docs/imports.md)"
    )
    importer.add_argument("kind", choices=["observations"], help="what the file holds")
    importer.add_argument("file", help="path of the CSV file")
    importer.add_argument(
        "--dry-run", action="store_true", help="validate and report, write nothing"
    )
    importer.set_defaults(func=_import)
    dictionary = sub.add_parser(
        "dictionary", help="write docs/data-dictionary.md from the metric definitions"
    )
    dictionary.add_argument("--out", default="docs/data-dictionary.md")
    dictionary.add_argument("--check", action="store_true", help="fail if the file is out of date")
    dictionary.set_defaults(func=_dictionary)
    keys = sub.add_parser("keys", help="create, list and revoke API keys")
    key_actions = keys.add_subparsers(dest="action", required=True)
    create = key_actions.add_parser("create", help="make a key; it is printed once")
    create.add_argument("--name", required=True, help="unique name (shown in the audit log)")
    create.add_argument("--scopes", default="write", help="comma-separated: write, admin")
    key_actions.add_parser("list", help="every key (never the key itself)")
    revoke = key_actions.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")
    keys.set_defaults(func=_keys)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `sjc-api` console script."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
