"""Serving: uvicorn configured from Settings, with a deadline on request headers.

uvicorn bounds idle keep-alive connections but not a request whose headers never finish (a
slow-loris client held a connection for 75 s and more). The protocol classes here close a
connection whose next request's headers are not complete within `header_timeout`; a body
that stalls is cut by the application (`BodyLimitMiddleware`, 408)."""

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.supervisors import Multiprocess

from app.core import logs, telemetry
from app.core.config import Settings, get_settings


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


class DeadlineProtocol(HeaderDeadline, HttpToolsProtocol):
    """uvicorn's httptools protocol with the header deadline (a module-level class: worker
    processes receive the configuration pickled, so the class must be importable)."""


class JsonLogConfig(uvicorn.Config):
    """uvicorn's configuration, with JSON logs set up in every process that loads it (the
    supervisor and each spawned worker, which starts with Python's default logging)."""

    def configure_logging(self) -> None:
        """Route every logger to one JSON line per record."""
        super().configure_logging()
        logs.configure()


def uvicorn_config(settings: Settings, *, host: str, port: int) -> uvicorn.Config:
    """The uvicorn configuration of `sjc-api serve`.

    Forwarded headers are resolved by the application (`middleware/proxy.py`, from
    `SJC_FORWARDED_ALLOW_IPS`), so uvicorn's own handling, which trusts 127.0.0.1 by default,
    is switched off."""
    return JsonLogConfig(
        "app.main:app",
        host=host,
        port=port,
        workers=settings.workers,
        root_path=settings.root_path,
        http=DeadlineProtocol,
        loop=settings.event_loop,
        proxy_headers=False,
        forwarded_allow_ips="",
        server_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=30,
        log_level="info",
        log_config=None,  # app.core.logs: JSON lines for every logger
        access_log=False,  # one sjc_api.access line per request instead
    )


def serve(settings: Settings, *, host: str, port: int) -> None:
    """Serve until interrupted; in-flight requests finish on shutdown (SIGTERM or SIGINT).

    With several workers, one supervisor process binds the socket and restarts workers that
    die; Prometheus counters are shared through files in `metrics_multiproc_dir`."""
    config = uvicorn_config(settings, host=host, port=port)
    if settings.workers == 1:
        uvicorn.Server(config).run()
        return
    with telemetry.multiprocess_dir(settings.metrics_multiproc_dir):
        sock = config.bind_socket()
        Multiprocess(config, sockets=[sock]).run()
