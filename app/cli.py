"""The `sjc-api` command: serve, start, setup, migrate, seed, backup, import, dictionary, keys."""

import argparse
import sys
from pathlib import Path

from app.core.config import get_settings


def _migrate(_: argparse.Namespace) -> int:
    from app.core.migrations import upgrade

    changed = upgrade()
    print("database migrated to head" if changed else "database already at head")
    return 0


def _seed(_: argparse.Namespace) -> int:
    from app.core.db import get_engine
    from app.core.startup import startup_lock
    from app.seed import SeedError, seed_database

    settings = get_settings()
    try:
        with startup_lock(settings.database_url):
            report = seed_database(get_engine(), settings.seed_dir)
    except SeedError as exc:
        print(f"seed refused, nothing written: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    print(f"seed complete: {report.changed} rows inserted or updated")
    return 0


def _setup(args: argparse.Namespace) -> int:
    return _migrate(args) or _seed(args)


def _start(args: argparse.Namespace) -> int:
    return _setup(args) or _serve(args)


def _backup(args: argparse.Namespace) -> int:
    from app.core.backup import BackupError, backup_sqlite

    try:
        pages = backup_sqlite(get_settings().database_url, Path(args.out))
    except BackupError as exc:
        print(f"no backup: {exc}", file=sys.stderr)
        return 2
    print(f"backed up {pages} pages to {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    import json

    from app.core.db import get_engine
    from app.imports.layouts import MappingError, load_mapping
    from app.imports.observations import import_observations
    from app.imports.progress import TextBar

    try:
        mappings = (load_mapping(Path(args.mapping)),) if args.mapping else None
    except MappingError as exc:
        print(f"not imported: {exc}", file=sys.stderr)
        return 2
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    report = import_observations(
        get_engine(),
        Path(args.file),
        dry_run=args.dry_run,
        mappings=mappings,
        progress=TextBar(sys.stderr) if show else None,
    )
    text = json.dumps(report.as_dict(), indent=2) if args.json else report.summary()
    print(text, file=sys.stdout if report.ok or args.json else sys.stderr)
    return 0 if report.ok else 2


def _dictionary(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from app.core.db import get_engine
    from app.metrics.dictionary import render

    with Session(get_engine()) as session:
        text = render(session)
    return _write_or_check(Path(args.out), text, check=args.check, remedy="sjc-api dictionary")


def _coverage(args: argparse.Namespace) -> int:
    from app.core.config import get_settings
    from app.seed.coverage import Capture, render_map
    from app.seed.reader import read_seed_dir

    seed_dir = get_settings().seed_dir
    capture = Capture.read(seed_dir, read_seed_dir(seed_dir))
    return _write_or_check(
        Path(args.out), render_map(capture), check=args.check, remedy="sjc-api coverage"
    )


def _write_or_check(out: Path, text: str, *, check: bool, remedy: str) -> int:
    """Write a generated file, or (check) exit 1 when the file on disk differs from it."""
    if check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run `{remedy}`", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
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


def _openapi(args: argparse.Namespace) -> int:
    import json

    from app.main import create_app

    text = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"
    return _write_or_check(Path(args.out), text, check=args.check, remedy="make clients")


SERVE_SETTINGS = {  # flag -> the setting it overrides (workers read it from the environment)
    "workers": "SJC_WORKERS",
    "forwarded_allow_ips": "SJC_FORWARDED_ALLOW_IPS",
    "root_path": "SJC_ROOT_PATH",
    "public_url": "SJC_PUBLIC_URL",
}


def _serve(args: argparse.Namespace) -> int:
    import json
    import os

    from pydantic import ValidationError

    from app.server import serve

    for flag, variable in SERVE_SETTINGS.items():
        value = getattr(args, flag)
        if value is not None:
            os.environ[variable] = json.dumps(value.split(",")) if flag.endswith("ips") else value
    get_settings.cache_clear()
    try:
        settings = get_settings()
        settings.check_shared_secret()
    except (ValidationError, RuntimeError) as exc:
        print(f"not serving: {exc}", file=sys.stderr)
        return 2
    serve(settings, host=args.host, port=args.port)
    return 0


def _serve_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", help="worker processes (SJC_WORKERS; default 1)")
    parser.add_argument(
        "--forwarded-allow-ips",
        help="comma-separated proxy addresses or networks whose X-Forwarded-For is trusted "
        "(SJC_FORWARDED_ALLOW_IPS)",
    )
    parser.add_argument("--root-path", help="path prefix the proxy serves under (SJC_ROOT_PATH)")
    parser.add_argument("--public-url", help="base URL of links in responses (SJC_PUBLIC_URL)")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; every subcommand honours SJC_DATABASE_URL."""
    parser = argparse.ArgumentParser(prog="sjc-api", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the API with uvicorn")
    _serve_options(serve)
    serve.set_defaults(func=_serve)
    start = sub.add_parser(
        "start", help="setup, then serve: a container's start command (safe for N replicas)"
    )
    _serve_options(start)
    start.set_defaults(func=_start)
    sub.add_parser(
        "setup", help="migrate, then seed, each under the database's start-up lock"
    ).set_defaults(func=_setup)
    sub.add_parser("migrate", help="apply database migrations (alembic upgrade head)").set_defaults(
        func=_migrate
    )
    sub.add_parser(
        "seed", help="validate seed_data/ and upsert it in one transaction"
    ).set_defaults(func=_seed)
    backup = sub.add_parser(
        "backup", help="copy the SQLite database while it serves (PostgreSQL: use pg_dump)"
    )
    backup.add_argument("out", help="path of the copy (must not exist)")
    backup.set_defaults(func=_backup)
    importer = sub.add_parser(
        "import", help="import a CSV file (all or nothing; see docs/imports.md)"
    )
    importer.add_argument("kind", choices=["observations"], help="what the file holds")
    importer.add_argument("file", help="path of the CSV file")
    importer.add_argument(
        "--dry-run", action="store_true", help="validate and report, write nothing"
    )
    importer.add_argument(
        "--mapping",
        help="a mapping file for a county-period table (default: the shipped ones, "
        "app/imports/mappings/)",
    )
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw a progress bar on stderr (default: when stderr is a terminal)",
    )
    importer.set_defaults(func=_import)
    dictionary = sub.add_parser(
        "dictionary", help="write docs/data-dictionary.md from the metric definitions"
    )
    dictionary.add_argument("--out", default="docs/data-dictionary.md")
    dictionary.add_argument("--check", action="store_true", help="fail if the file is out of date")
    dictionary.set_defaults(func=_dictionary)
    coverage = sub.add_parser(
        "coverage", help="write docs/coverage.md: each captured sentence and its records"
    )
    coverage.add_argument("--out", default="docs/coverage.md")
    coverage.add_argument("--check", action="store_true", help="fail if the file is out of date")
    coverage.set_defaults(func=_coverage)
    document = sub.add_parser(
        "openapi", help="write the OpenAPI document (clients/openapi.json feeds the clients)"
    )
    document.add_argument("--out", default="clients/openapi.json")
    document.add_argument("--check", action="store_true", help="fail if the file is out of date")
    document.set_defaults(func=_openapi)
    keys = sub.add_parser("keys", help="create, list and revoke API keys")
    key_actions = keys.add_subparsers(dest="action", required=True)
    create = key_actions.add_parser("create", help="make a key; it is printed once")
    create.add_argument("--name", required=True, help="unique name (shown in the audit log)")
    create.add_argument("--scopes", default="write", help="comma-separated: write, admin, metrics")
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
