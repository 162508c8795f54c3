"""Failures as answers: an unavailable dependency (the database: down, restarting, locked) is a
503 problem+json with Retry-After, any other unhandled error a 500 problem+json, both rendered
inside the security-header and CORS layers and without dropping the connection.

One warning is logged when an outage begins and one line when service returns, rather than a
traceback per request."""

import logging
import time

from sqlalchemy import exc as sa_exc
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.hardening import send_problem

log = logging.getLogger("sjc_api.failures")

UNAVAILABLE = (
    sa_exc.OperationalError,  # connection refused or lost, server shutting down, database locked
    sa_exc.InterfaceError,
    sa_exc.DisconnectionError,
    sa_exc.TimeoutError,  # no pooled connection free in time
)


def is_unavailable(error: BaseException) -> bool:
    """Whether an error means a dependency is unavailable (retrying later may succeed)."""
    if isinstance(error, UNAVAILABLE):
        return True
    return isinstance(error, sa_exc.DBAPIError) and bool(error.connection_invalidated)


class Outage:
    """Tracks whether the database is failing, to log an outage once, not per request."""

    def __init__(self) -> None:
        self.since: float | None = None
        self.failed_requests = 0

    def failed(self, error: BaseException) -> None:
        """A request failed for want of the database."""
        self.failed_requests += 1
        if self.since is None:
            self.since = time.monotonic()
            log.warning("database unavailable: %s", str(error).splitlines()[0][:300])

    def succeeded(self) -> None:
        """A request completed normally."""
        if self.since is not None:
            seconds = time.monotonic() - self.since
            log.warning("database available again after %.1f s", seconds)
            self.since = None


DATABASE = Outage()
"""The database's state in this process (the engine reports each successful checkout)."""


class FailureMiddleware:
    """Turn exceptions that escape the routes into problem+json answers."""

    def __init__(self, app: ASGIApp, *, retry_after: int, outage: Outage = DATABASE) -> None:
        self.app, self.retry_after, self.outage = app, retry_after, outage

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 503 or 500 when the route fails before it has started its response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            if started:
                raise  # mid-stream: nothing can be said any more; the server closes the stream
            if is_unavailable(error):
                self.outage.failed(error)
                detail = "The database is unavailable right now; retry shortly."
                retry = [(b"retry-after", str(self.retry_after).encode())]
                await send_problem(scope, send, 503, "database_unavailable", detail, retry)
                return
            request_id = scope.get("state", {}).get("request_id", "-")
            log.exception("unhandled error (request_id=%s)", request_id)
            detail = "The server failed to answer this request; it has been logged."
            await send_problem(scope, send, 500, "internal_error", detail)
