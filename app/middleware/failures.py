"""Failures as answers: an unavailable dependency (the database: down, restarting, locked) is a
503 problem+json with Retry-After, any other unhandled error a 500 problem+json, both rendered
inside the security-header and CORS layers and without dropping the connection (what counts
as unavailable, and the outage log, are in `app/core/failures.py`)."""

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.failures import DATABASE, Outage, is_unavailable
from app.middleware.asgi import send_problem

log = logging.getLogger("sjc_api.failures")


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
