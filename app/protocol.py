"""This project's HTTP/1.1 protocol: uvicorn's httptools protocol with a deadline on request
headers, its keep-alive timeout kept with one timer, and stored answers given while the
request is read.

uvicorn bounds idle keep-alive connections but not a request whose headers never finish (a
slow-loris client held a connection for 75 s and more). `HeaderDeadline` closes a connection
whose next request's headers are not complete within `header_timeout`; a body that stalls is
cut by the application (`BodyLimitMiddleware`, 408)."""

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.httptools_impl import (
    STATUS_LINE,
    HttpToolsProtocol,
    RequestResponseCycle,
)

from app.core.config import get_settings
from app.middleware.at_once import Early


class HeaderDeadline:
    """Mixin for a uvicorn HTTP protocol: each request must deliver its headers in time (from
    the connection's start, or from the first byte after the previous answer).

    One timer a connection, not one a request: it fires at the earliest moment a wait could
    be overdue and, if the awaited headers came meanwhile, lets the next wait arm it again;
    arming a timer per request was a tenth of a cached answer's time (docs/benchmarks.md)."""

    cycle: Any
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _timer: asyncio.TimerHandle | None = None
    _since = 0.0  # when the awaited headers began to be awaited (loop time)
    _since_cycle: Any = None  # the request cycle current then (a new one: the headers came)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Start the clock for the first request."""
        super().connection_made(transport)  # type: ignore[misc]
        self._timeout = get_settings().header_timeout  # SJC_HEADER_TIMEOUT, in every worker
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        """Start the clock when bytes of a new request arrive on a kept-alive connection (more
        bytes of headers already awaited do not restart it)."""
        idle = self.cycle is None or self.cycle.response_complete
        if idle and self._since_cycle is not self.cycle:
            self._await_headers()
        super().data_received(data)  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the clock."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        super().connection_lost(exc)  # type: ignore[misc]

    def _await_headers(self) -> None:
        self._since, self._since_cycle = self.loop.time(), self.cycle
        if self._timer is None:
            self._timer = self.loop.call_later(self._timeout, self._check)

    def _check(self) -> None:
        self._timer = None
        if self.transport.is_closing() or self.cycle is not self._since_cycle:
            return  # closed, or the awaited headers came: the next wait arms the timer
        left = self._since + self._timeout - self.loop.time()
        if left > 0:
            self._timer = self.loop.call_later(left, self._check)
        else:
            self.transport.close()  # no new request got its headers through in time


class IdleDeadline:
    """Mixin for uvicorn's httptools protocol: its keep-alive timeout (a connection idle that
    long after an answer is closed) kept with one timer a connection.

    uvicorn arms a timer after each answer and cancels it when the next request's bytes come.
    Under load the event loop's heap of timers filled with cancelled ones: a stored answer
    took 34 us of the worker's time with them, 27-28 without (docs/benchmarks.md). Here an
    answer notes when the connection went idle and arms the timer only if none is pending;
    when it fires, it closes a connection idle for the whole timeout, else waits out the rest."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    flow: Any
    pipeline: Any
    server_state: Any
    timeout_keep_alive: int
    _idle_since: float | None = None  # loop time the last answer left the connection idle
    _idle_timer: asyncio.TimerHandle | None = None

    def on_response_complete(self) -> None:
        """uvicorn's: count the answer, start a pipelined request, or note the idle time."""
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self._unset_keepalive_if_required()
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)  # type: ignore[attr-defined]
            return
        self._idle_since = self.loop.time()
        if self._idle_timer is None:
            self._idle_timer = self.loop.call_later(self.timeout_keep_alive, self._check_idle)

    def _unset_keepalive_if_required(self) -> None:
        """No longer idle (bytes came, or the connection is closing)."""
        self._idle_since = None

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the clock."""
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        super().connection_lost(exc)  # type: ignore[misc]

    def _check_idle(self) -> None:
        self._idle_timer = None
        if self._idle_since is None or self.transport.is_closing():
            return  # busy: the next answer arms the timer again
        left = self._idle_since + self.timeout_keep_alive - self.loop.time()
        if left > 0:
            self._idle_timer = self.loop.call_later(left, self._check_idle)
        else:
            self.transport.close()


class EarlyAnswers:
    """Mixin for uvicorn's httptools protocol: a request the application can answer without
    awaiting anything (a stored answer: `AtOnce.answer` in `app/middleware/at_once.py`, which
    the app publishes as `state.answer_now`) is answered as soon as its headers are read, with
    no ASGI task.

    A cache hit through ASGI cost a task, two messages and uvicorn's checks of each header
    (docs/benchmarks.md). The answer written here is the one uvicorn would write for the same
    messages: its status line and Date, the stored lines, `connection: close` when the
    connection is not kept alive, the body unless HEAD. Everything else takes uvicorn's way: a
    pipelined request (answers stay in order), a paused or closing transport, a request over
    the concurrency limit, and any request `answer_now` declines or fails on."""

    app: Any
    cycle: Any
    flow: Any
    transport: asyncio.Transport
    _reading_headers = False
    _answer_now: Callable[[Any], Early | None] | None = None
    _defaults: tuple[list[tuple[bytes, bytes]], bytes] = ([], b"")

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Find the application's `answer_now`, if it publishes one."""
        super().connection_made(transport)  # type: ignore[misc]
        self._answer_now = getattr(getattr(self.app, "state", None), "answer_now", None)

    def on_headers_complete(self) -> None:
        """Mark the task uvicorn may start now as one for the request just read."""
        self._reading_headers = True
        try:
            super().on_headers_complete()  # type: ignore[misc]
        finally:
            self._reading_headers = False

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: Any) -> None:
        early = self._ask(cycle) if self._may_answer(app) else None
        if early is None:
            super()._start_asgi_task(cycle, app)  # type: ignore[misc]
        else:
            self._write(cycle, early)

    def _may_answer(self, app: Any) -> bool:
        ready = self._reading_headers and app is self.app and self._answer_now is not None
        return ready and not self.flow.write_paused and not self.transport.is_closing()

    def _ask(self, cycle: RequestResponseCycle) -> Early | None:
        try:
            return self._answer_now(cycle.scope)  # type: ignore[misc]  # set: see _may_answer
        except Exception:
            logging.getLogger("sjc_api.server").exception("answering at once failed")
            return None  # the layers answer it

    def _write(self, cycle: RequestResponseCycle, early: Early) -> None:
        defaults, lines = self._defaults
        if defaults is not cycle.default_headers:  # the Date line changes once a second
            defaults = cycle.default_headers
            lines = b"".join(b"%s: %s\r\n" % (k.lower(), v) for k, v in defaults)
            self._defaults = defaults, lines
        close = b"" if cycle.keep_alive else b"connection: close\r\n"
        head = b"%s%s%s%s\r\n" % (STATUS_LINE[early.status], lines, early.lines, close)
        cycle.response_started = cycle.response_complete = True
        self.transport.write(head + early.body)
        if not cycle.keep_alive:
            self.transport.close()
        cycle.on_response()


class Protocol(HeaderDeadline, IdleDeadline, EarlyAnswers, HttpToolsProtocol):
    """uvicorn's httptools protocol with the header and idle deadlines and answers given at
    once (a module-level class: worker processes receive the configuration pickled, so the
    class must be importable)."""
