"""PostgreSQL waits that let the event loop run: synchronous reads that do not hold the loop.

The short reads run on the event loop (docs/architecture.md, "Where reads run"). On SQLite a
read is in-process work; on PostgreSQL most of a read is waiting for the server, and a
synchronous driver waits with the loop held, so one worker sat idle a quarter to two fifths
of the time under load (docs/benchmarks.md). Handing reads to worker threads, or to
SQLAlchemy's asyncio layer, cost more CPU than the waits it saved (both measured there).

Here the same synchronous code runs inside a greenlet (`yielding`), and the driver's
connections (`core/paused.py:YieldingConnection`) hand each wait for the server to the event
loop: the greenlet pauses, the loop serves other requests, and the read resumes when the
server answers. Nothing else changes: the same session, statements, pool and errors. Outside
`yielding` (threads, the CLI) a connection waits as psycopg always does; on SQLite `yielding`
is a plain call, and neither psycopg nor greenlet is imported.
"""

import asyncio
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool
from sqlmodel import Session

T = TypeVar("T")
_limits: "weakref.WeakKeyDictionary[Pool, dict[int, asyncio.Semaphore]]" = (
    weakref.WeakKeyDictionary()
)


async def yielding(session: Session, fn: Callable[..., T], *args: Any) -> T:
    """Run `fn(*args)` (synchronous code reading through `session`) so that its waits for
    PostgreSQL let the event loop run; on other databases, call it."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "postgresql":
        return fn(*args)
    from app.core.paused import run_paused

    # A paused read holds a pooled connection; more of them than the pool holds would make
    # the next one wait for a connection on the loop's own thread, which nothing could free.
    async with _limit(engine.pool):
        return await run_paused(fn, *args)


def _limit(pool: Pool) -> asyncio.Semaphore:
    """The semaphore that keeps paused reads below the pool's size (one per event loop)."""
    per_loop = _limits.setdefault(pool, {})
    loop = id(asyncio.get_running_loop())
    limit = per_loop.get(loop)
    if limit is None:
        if len(per_loop) >= 16:  # loops that have ended (tests start one per client)
            per_loop.clear()
        limit = per_loop[loop] = asyncio.Semaphore(max(1, getattr(pool, "size", lambda: 5)()))
    return limit
