"""An online backup of the SQLite database: a consistent copy taken while the API serves."""

import sqlite3
from pathlib import Path

from sqlalchemy import make_url


class BackupError(Exception):
    """The backup cannot be taken; the message says why and what to do instead."""


def backup_sqlite(database_url: str, out: Path) -> int:
    """Copy the database to `out` with SQLite's online backup API (readers and writers carry
    on meanwhile); the number of pages copied."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupError("the database is not SQLite; back PostgreSQL up with pg_dump -Fc")
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory database has nothing to back up")
    if out.exists():
        raise BackupError(f"{out} exists; choose a new file")
    try:
        source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True)
        target = sqlite3.connect(out)
    except sqlite3.Error as exc:  # a missing database or an unwritable folder
        raise BackupError(f"cannot open {url.database} or {out}: {exc}") from exc
    try:
        source.backup(target)
        return int(target.execute("PRAGMA page_count").fetchone()[0])
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)  # no partial copy left behind
        raise BackupError(f"the backup failed: {exc}") from exc
    finally:
        target.close()
        source.close()
