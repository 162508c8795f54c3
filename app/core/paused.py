"""The PostgreSQL side of `core/waits.py`: synchronous code run in a greenlet whose driver
waits are awaited on the event loop (imported only where PostgreSQL is used)."""

import asyncio
import select
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from greenlet import getcurrent, greenlet
from psycopg import waiting

T = TypeVar("T")


class _Paused(greenlet):
    """A greenlet running synchronous code for a coroutine, which serves its waits."""


async def run_paused(fn: Callable[..., T], *args: Any) -> T:
    """Run `fn(*args)` in a greenlet, awaiting on the loop each awaitable it hands over."""
    child = _Paused(fn, getcurrent())
    child.gr_context = getcurrent().gr_context  # the request's context variables
    handed = child.switch(*args)
    while not child.dead:
        try:
            value = await handed
        except BaseException as exc:  # the paused code decides what it means
            handed = child.throw(exc)
        else:
            handed = child.switch(value)
    result: T = handed
    return result


def _await(awaitable: Awaitable[T]) -> T:
    """Wait for `awaitable` on the event loop from inside `run_paused`."""
    current = getcurrent()
    assert isinstance(current, _Paused)
    result: T = current.parent.switch(awaitable)
    return result


class YieldingConnection(psycopg.Connection[Any]):
    """A psycopg connection whose waits for the server, inside `run_paused`, are the event
    loop's once the pool has handed it out; elsewhere it waits as psycopg does."""

    # Not while the pool sets it up: SQLAlchemy configures an engine's first connection
    # holding a thread lock, which a second paused read would wait for on the loop's thread.
    handed_out = False
    _poll: Any = None  # a poll object of the connection's socket (`_polled`), made once
    _polled = -1

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        """Consume a generator operating on the connection (psycopg's own contract)."""
        if not self.handed_out or not isinstance(getcurrent(), _Paused):
            return super().wait(gen, interval, timeout)
        try:
            return _await(self._wait_async(gen, interval, timeout))
        except psycopg.Error:
            raise
        except BaseException:
            # Cancelled (or failed) mid-statement: the server may still be answering, so the
            # connection's state is unknown. Close it; the pool replaces a closed connection.
            self.pgconn.finish()
            raise

    async def _wait_async(self, gen: Any, interval: float, timeout: float | None) -> Any:
        """psycopg's `wait_async`, but a wait to read first lets the loop run one turn and looks
        again: under load the server has answered by then, and the socket is neither added to
        the loop's selector nor removed (5% of a PostgreSQL page in py-spy); else it waits as
        psycopg does."""
        socket = self.pgconn.socket
        try:
            state = next(gen)
            while state == waiting.WAIT_R:
                await asyncio.sleep(0)
                if not self._readable(socket):
                    break
                state = gen.send(waiting.READY_R)
        except StopIteration as done:
            return done.value
        except OSError as exc:  # as psycopg's own waits report a socket gone
            raise psycopg.OperationalError("connection socket closed") from exc
        return await waiting.wait_async(_resumed(state, gen), socket, interval, timeout)

    def _readable(self, socket: int) -> bool:
        """Whether the server's answer waits on the socket now (a poll of it, made once)."""
        if self._polled != socket:
            self._poll = select.poll()
            self._poll.register(socket, select.POLLIN)
            self._polled = socket
        return bool(self._poll.poll(0))


def _resumed(state: Any, gen: Any) -> Any:
    """A psycopg generator taken up where it stands: `state` first, then `gen` itself."""
    ready = yield state
    while True:
        try:
            state = gen.send(ready)
        except StopIteration as done:
            return done.value
        ready = yield state


def connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> YieldingConnection:
    """The engine's `do_connect` hook: a driver connection whose waits may be the loop's."""
    return YieldingConnection.connect(*cargs, **cparams)


def handed_out(dbapi_connection: Any, *_: Any) -> None:
    """The pool's checkout event: from now on the connection's waits may be the loop's."""
    if isinstance(dbapi_connection, YieldingConnection):
        dbapi_connection.handed_out = True
