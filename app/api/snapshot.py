"""`GET /api/v1/snapshot.sqlite`: the whole public dataset as one SQLite file, dated and named
by its dataset version, that opens in Datasette, pandas (`read_sql`) or R (RSQLite) with its
column types. Built once per dataset version (under a file lock, so replicas and workers do not
build it twice) and kept in `<data_dir>/snapshots/`; private tables (keys, audit log,
idempotency records, the search index) are left out."""

import fcntl
import sqlite3
from pathlib import Path

from fastapi import APIRouter, Request
from sqlalchemy import Engine, create_engine, insert, select
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse

import app.models  # noqa: F401  (every table in the metadata)
from app.core import version
from app.core.backup import backup_sqlite
from app.core.db import read_engine

router = APIRouter(tags=["exports"])
PRIVATE = ("api_key", "audit_event", "idempotency_record", "alembic_version")
MEDIA_TYPE = "application/vnd.sqlite3"
KEEP = 2  # snapshots kept on disk: the current one and the one before


def public_tables() -> list[str]:
    """The tables a snapshot holds, parents before children."""
    return [t.name for t in SQLModel.metadata.sorted_tables if t.name not in PRIVATE]


def _copy_postgres(engine: Engine, out: Path) -> None:
    target = create_engine(f"sqlite:///{out}", poolclass=NullPool)
    tables = [SQLModel.metadata.tables[name] for name in public_tables()]
    SQLModel.metadata.create_all(target, tables=tables)
    consistent = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with consistent as source, target.begin() as sink:
        for table in tables:
            result = source.execution_options(yield_per=5000).execute(select(table))
            for chunk in result.partitions():
                sink.execute(insert(table), [dict(row._mapping) for row in chunk])
    target.dispose()


def _copy_sqlite(engine: Engine, out: Path) -> None:
    backup_sqlite(engine.url.render_as_string(hide_password=False), out)
    db = sqlite3.connect(out, isolation_level=None)  # autocommit: each statement on its own
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in names:
            if name in PRIVATE or name == "search_index":
                db.execute(f'DROP TABLE IF EXISTS "{name}"')
        db.execute("PRAGMA journal_mode=DELETE")  # one self-contained file: no WAL beside it
        db.execute("VACUUM")
    finally:
        db.close()


def snapshot(engine: Engine, folder: Path) -> Path:
    """The snapshot of the current dataset version, built if it is not on disk yet."""
    folder.mkdir(parents=True, exist_ok=True)
    current = folder / f"sjc-api-v{version.current(engine)}.sqlite"
    if current.exists():
        return current
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if current.exists():  # another worker built it meanwhile
            return current
        part = current.with_suffix(".part")
        part.unlink(missing_ok=True)
        (_copy_sqlite if engine.dialect.name == "sqlite" else _copy_postgres)(engine, part)
        part.rename(current)
        for old in sorted(folder.glob("sjc-api-v*.sqlite"), key=lambda p: p.stat().st_mtime)[
            :-KEEP
        ]:
            old.unlink(missing_ok=True)
    return current


@router.get(
    "/snapshot.sqlite",
    name="get_snapshot",
    summary="Download the whole dataset as a SQLite file",
    description="Every public table (jurisdictions, strategies, observations, sources, articles "
    "and their links) as one SQLite database, named by its dataset version and date. Opens in "
    "Datasette, pandas (`read_sql`) and R (RSQLite) with its column types. "
    "`/api/v1/datapackage.json` describes the same data as CSV.",
    response_class=FileResponse,
    responses={200: {"content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}}},
)
async def get_snapshot(request: Request) -> FileResponse:
    """The dataset snapshot."""
    engine = read_engine(request.scope)
    path = await run_in_threadpool(
        snapshot, engine, request.app.state.settings.data_dir / "snapshots"
    )
    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        day = (db.execute("SELECT updated_at FROM dataset_version").fetchone() or ["undated"])[0]
    finally:
        db.close()
    name = f"{path.stem}-{str(day)[:10]}.sqlite"
    return FileResponse(path, media_type=MEDIA_TYPE, filename=name)
