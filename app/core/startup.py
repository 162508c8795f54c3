"""Start-up steps that many replicas may run at once: one at a time, across processes.

`sjc-api migrate` and `sjc-api seed` (run by every container at start) take one lock for the
whole database: a PostgreSQL session advisory lock, or an exclusive `flock` on a file beside
the SQLite database. The second replica waits, then finds the work done (migrations at head,
seed rows unchanged) and does nothing."""

import contextlib
import fcntl
import hashlib
from collections.abc import Iterator

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

LOCK_NAME = "sjc-api:startup"
LOCK_KEY = int.from_bytes(hashlib.sha256(LOCK_NAME.encode()).digest()[:8], "big", signed=True)


@contextlib.contextmanager
def startup_lock(database_url: str) -> Iterator[None]:
    """Hold the database-wide start-up lock for the duration of the block."""
    if database_url.startswith("sqlite"):
        with _file_lock(database_url):
            yield
        return
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                conn.commit()
    finally:
        engine.dispose()


@contextlib.contextmanager
def _file_lock(database_url: str) -> Iterator[None]:
    path = make_url(database_url).database
    if not path or path == ":memory:" or path.startswith("file:"):
        yield  # a private in-memory database: nobody to race with
        return
    with open(f"{path}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
