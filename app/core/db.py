"""Engine and session plumbing: one engine per database URL, one session per request."""

import contextlib
import os
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import Engine, event, make_url
from sqlmodel import Session, create_engine

from app.core.config import get_settings
from app.core.failures import DATABASE


def is_sqlite(url: str) -> bool:
    """True when the URL points at SQLite."""
    return url.startswith("sqlite")


def _private_sqlite_file(url: str) -> None:
    """Create the SQLite file readable by its owner only (SQLite gives -wal/-shm the same)."""
    path = make_url(url).database
    if path and path != ":memory:" and not path.startswith("file:"):
        with contextlib.suppress(OSError):  # unreachable: SQLite reports it on connect (503)
            os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))


def build_engine(url: str) -> Engine:
    """Create an engine tuned for the backend: WAL + busy timeout on SQLite, sized pool on PG."""
    settings = get_settings()
    if is_sqlite(url):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "checkout", _available)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={settings.sqlite_busy_timeout_ms}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    engine = create_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
    )
    event.listen(engine, "checkout", _available)
    return engine


def _available(*_args: Any) -> None:
    if DATABASE.since is not None:
        DATABASE.succeeded()


@lru_cache
def engine_for(url: str) -> Engine:
    """Return the shared engine for a database URL."""
    return build_engine(url)


def get_engine() -> Engine:
    """Return the engine of the configured database."""
    return engine_for(get_settings().database_url)


async def get_session() -> AsyncIterator[Session]:
    """Yield a request-scoped session; reads only, so it is closed (rolled back) at the end.

    An async dependency on purpose: a sync generator dependency costs two thread-pool hops per
    request (enter and exit). Creating a Session does no I/O; queries still run in the sync
    route's worker thread, never on the event loop.
    """
    session = Session(get_engine())
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]
