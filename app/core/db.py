"""Engine and session plumbing: one engine per database URL, one session per request."""

import contextlib
import os
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, event, make_url
from sqlmodel import Session, create_engine
from starlette.types import Scope

from app.core import telemetry
from app.core.config import Settings, get_settings
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


@dataclass(frozen=True)
class Tuning:
    """How an engine is tuned: SQLite's busy timeout and page cache; PostgreSQL's pools (the
    read pool, and the primary's own for writes) and connect timeout."""

    busy_timeout_ms: int
    pool_size: int
    max_overflow: int
    connect_timeout: int
    sqlite_cache_kb: int = 256
    write_pool_size: int = 2
    write_max_overflow: int = 3

    @classmethod
    def of(cls, settings: Settings) -> "Tuning":
        """The tuning the settings ask for."""
        return cls(
            settings.sqlite_busy_timeout_ms,
            settings.db_pool_size,
            settings.db_max_overflow,
            settings.db_connect_timeout,
            settings.sqlite_cache_kb,
            settings.db_write_pool_size,
            settings.db_write_max_overflow,
        )

    def pool(self, *, reads: bool) -> dict[str, int]:
        """The pool sizes of the read engine or of the primary's own."""
        if reads:
            return {"pool_size": self.pool_size, "max_overflow": self.max_overflow}
        return {"pool_size": self.write_pool_size, "max_overflow": self.write_max_overflow}


_TUNINGS: "weakref.WeakKeyDictionary[Engine, Tuning]" = weakref.WeakKeyDictionary()
_READERS: "weakref.WeakSet[Engine]" = weakref.WeakSet()  # engines `reading` built


def build_engine(url: str, tuning: Tuning | None = None, *, reads: bool = False) -> Engine:
    """Create an engine tuned for the backend: WAL, busy timeout and page cache on SQLite,
    sized pool on PG (the process settings' tuning unless given; `reads`: see `reading`)."""
    tuning = tuning or Tuning.of(get_settings())
    if is_sqlite(url):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _count_connections(engine)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={tuning.busy_timeout_ms}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA cache_size=-{tuning.sqlite_cache_kb}")
            cursor.close()

        return engine
    # No ping before every checkout (a round trip per request): a connection found dead by a
    # statement is a disconnect error, which answers that request 503 and makes the pool
    # replace every connection made before it, so one request pays for an outage, not all.
    # JSON from the server (a profile's related rows come as json_agg arrays) is parsed by
    # orjson: the standard library's parser was a fifth of a profile's time on PostgreSQL.
    engine = create_engine(
        url,
        **tuning.pool(reads=reads),
        **({"isolation_level": "AUTOCOMMIT"} if reads else {}),
        pool_pre_ping=False,
        connect_args={"connect_timeout": tuning.connect_timeout},
        json_deserializer=orjson.loads,
    )
    _TUNINGS[engine] = tuning
    from app.core import paused  # psycopg and greenlet: imported where PostgreSQL is used

    event.listen(engine, "do_connect", paused.connect)  # waits a read on the loop can yield
    event.listen(engine, "checkout", paused.handed_out)
    _count_connections(engine)
    return engine


def _count_connections(engine: Engine) -> None:
    event.listen(engine, "checkout", _checked_out)
    event.listen(engine, "checkin", _checked_in)


def _checked_out(*_args: Any) -> None:
    telemetry.DB_CONNECTIONS_IN_USE.inc()
    if DATABASE.since is not None:  # a connection works again: the outage is over
        DATABASE.succeeded()


def _checked_in(*_args: Any) -> None:
    telemetry.DB_CONNECTIONS_IN_USE.dec()


@lru_cache
def _shared(url: str, tuning: Tuning) -> Engine:
    return build_engine(url, tuning)


def engine_for(url: str, tuning: Tuning | None = None) -> Engine:
    """Return the shared engine for a database URL and tuning (the process settings' unless
    given): apps with the same database and tuning share one pool."""
    return _shared(url, tuning or Tuning.of(get_settings()))


def get_engine() -> Engine:
    """The engine of the process's configured database: for the CLI and scripts. A request
    never uses it: it reads and writes the databases its app was created with."""
    return engine_for(get_settings().database_url)


@dataclass(frozen=True)
class Databases:
    """The databases one app serves from, chosen once by `create_app(settings)`."""

    primary: Engine
    replica: Engine | None = None

    @classmethod
    def of(cls, settings: Settings) -> "Databases":
        """The primary and (when set) the streaming replica the settings name."""
        replica, tuning = settings.database_replica_url, Tuning.of(settings)
        return cls(
            engine_for(settings.database_url, tuning),
            engine_for(replica, tuning) if replica else None,
        )

    def reads_from_replica(self, scope: Scope) -> bool:
        """Whether a request reads from the replica: an anonymous GET or HEAD does; a request
        with an Authorization header reads from the primary, so whoever writes (always with a
        key) reads their own writes at once."""
        if self.replica is None or scope.get("method") not in ("GET", "HEAD"):
            return False
        return not any(name == b"authorization" for name, _ in scope.get("headers", ()))

    def reader(self, scope: Scope) -> Engine:
        """The engine a request reads from (reads only: see `reading`)."""
        if self.replica is not None and self.reads_from_replica(scope):
            return reading(self.replica)
        return reading(self.primary)


@lru_cache
def reading(engine: Engine) -> Engine:
    """The engine for read-only work on an engine's database: on SQLite the engine itself; on
    PostgreSQL an engine of its own whose pooled connections are in autocommit from the start.

    A read is then its statements alone, without the BEGIN and ROLLBACK round trips a
    transaction adds; nothing is lost, since under READ COMMITTED every statement takes its own
    snapshot anyway (work that needs one snapshot asks for it: the dataset snapshot reads in
    REPEATABLE READ). A pool of its own, not the primary's with autocommit as an execution
    option: that sets autocommit on every checkout and resets it on every checkin, 2% of a
    search (docs/benchmarks.md). The read pool is `SJC_DB_POOL_SIZE` + `SJC_DB_MAX_OVERFLOW`;
    the engine given keeps its own (`SJC_DB_WRITE_POOL_SIZE`), and disposing it disposes both."""
    if engine.dialect.name != "postgresql" or engine in _READERS:
        return engine
    tuning = _TUNINGS.get(engine) or Tuning.of(get_settings())
    reader = build_engine(engine.url.render_as_string(hide_password=False), tuning, reads=True)
    event.listen(engine, "engine_disposed", lambda _engine: reader.dispose())
    _READERS.add(reader)
    return reader


def databases(scope: Scope) -> Databases:
    """The databases of the app serving this request."""
    chosen: Databases = scope["app"].state.databases
    return chosen


def reads_from_replica(scope: Scope) -> bool:
    """Whether this request reads from its app's replica."""
    return databases(scope).reads_from_replica(scope)


def read_engine(scope: Scope) -> Engine:
    """The engine this request reads from: the replica for anonymous reads when one is set."""
    return databases(scope).reader(scope)


def write_engine(scope: Scope) -> Engine:
    """The engine this request writes to: its app's primary database."""
    return databases(scope).primary


class ReadSession(Session):
    """A request's read-only session: all its statements, the ORM's and Core's, run on one
    pooled connection of its engine, taken at the first statement and given back at `close`,
    without the ORM's transaction bookkeeping around them.

    A plain Session begins a SessionTransaction on first use and, for every statement, passes
    through its state checks to find the connection again; on a page of observations that
    was 60 us of about 1,040 (docs/benchmarks.md). The same connection gives the same reads:
    on SQLite each SELECT reads in its own implicit transaction either way, on PostgreSQL the
    read engine is in autocommit. Anything that asks for its own execution options, another
    engine, or writes (a flush begins the ORM's own transaction) is served as by a Session."""

    _read: Connection | None = None

    def _connection_for_bind(
        self, engine: Any, execution_options: Any = None, **kw: Any
    ) -> Connection:
        """The request's connection for its own engine; otherwise as a Session does."""
        own = isinstance(engine, Engine) and engine is self.bind
        if execution_options or kw or not own or self._transaction is not None:
            return super()._connection_for_bind(engine, execution_options, **kw)
        if self._read is None:
            self._read = engine.connect()
        return self._read

    def close(self) -> None:
        """Close as a Session does, and give the connection back to the pool. A session that
        holds nothing (no ORM object loaded or added, no transaction: a page read in Core, say)
        has nothing to close but its connection (Session.close was 1.5% of such a page)."""
        try:
            if self.identity_map or self._new or self._deleted or self._transaction is not None:
                super().close()
        finally:
            read, self._read = self._read, None
            if read is not None:
                read.close()


async def get_session(request: Request) -> AsyncIterator[Session]:
    """Yield a request-scoped session; reads only, so it is closed (rolled back) at the end.

    An async dependency on purpose: a sync generator dependency costs two thread-pool hops per
    request (enter and exit). Creating a Session does no I/O; queries still run in the sync
    route's worker thread, never on the event loop.
    """
    session = ReadSession(read_engine(request.scope))
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]
