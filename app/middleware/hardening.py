"""Pure ASGI middleware that protects every route: request body size limit, security headers,
and CORS that lets any origin read but only configured origins write."""

from collections.abc import Sequence

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.middleware.asgi import header, route_path, send_problem

READ_METHODS = ("GET", "HEAD")
WRITE_HEADERS = "Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-ID"
EXPOSED = "ETag, Link, Content-Disposition, X-Request-ID, Location, Retry-After, " + (
    "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed"
)
READ_LABELS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", EXPOSED.encode()),
]
CLOSE = [(b"connection", b"close")]
NOT_MODIFIED = 304
DOCS_PATHS = ("/docs", "/redoc", "/static-offline-docs")
API_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'"
)


class BodyLimitMiddleware:
    """413 for bodies over `limit` bytes, by Content-Length or while streaming; 408 when the
    next piece of a body takes longer than `timeout` seconds (a stalled or slow-loris client)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: int,
        timeout: float = 30.0,
        larger: dict[str, int] | None = None,
    ) -> None:
        self.app, self.default, self.timeout = app, limit, timeout
        self.larger = larger or {}  # paths that take bigger bodies (file uploads)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse oversize bodies before the route reads them."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope["path"], self.default)
        detail = f"The request body is larger than {limit} bytes."
        length = header(scope, b"content-length")
        if length is not None and not length.isdigit():
            await send_problem(scope, send, 400, "bad_request", "Content-Length is not a number.")
            return
        if length is not None and int(length) > limit:
            await send_problem(scope, send, 413, "payload_too_large", detail)
            return
        received = 0
        started = refused = complete = False

        async def counting_receive() -> Message:
            nonlocal received, refused, complete
            if complete:  # the body is in; later reads wait for a disconnect, without limit
                return await receive()
            with anyio.move_on_after(self.timeout) as waited:
                message = await receive()
            if waited.cancelled_caught:
                if not started and not refused:
                    refused = True
                    stalled = f"The request body did not arrive within {self.timeout:g} s."
                    await send_problem(scope, send, 408, "request_timeout", stalled, CLOSE)
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                received += len(message.get("body", b""))
                if received > limit:
                    if not started and not refused:
                        refused = True
                        await send_problem(scope, send, 413, "payload_too_large", detail)
                    return {"type": "http.disconnect"}  # the route stops reading
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 has been sent; drop what the route answers after the cut
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counting_receive, tracking_send)


class SecurityHeadersMiddleware:
    """nosniff, frame denial, no referrer, a strict CSP (a looser one for the docs pages; a
    route that renders HTML may send its own, stricter-than-docs policy, which is kept).

    Not on a 304: it has no body for them to guard, and a cache that revalidates keeps the
    stored 200's headers for those the 304 leaves out (RFC 9111, 4.3.4). RFC 9110 (15.4.5)
    asks a 304 for the validators and caching fields only; its seven extra lines held a 304 to
    0.80x of the bare ceiling's requests a second (docs/benchmarks.md)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the headers to every response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = route_path(scope).startswith(DOCS_PATHS)
        extra = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"content-security-policy", (DOCS_CSP if docs else API_CSP).encode()),
            (b"cross-origin-resource-policy", b"cross-origin"),
            (b"strict-transport-security", b"max-age=31536000; includeSubDomains"),
        ]

        async def decorate(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] != NOT_MODIFIED:
                headers = list(message.get("headers", []))
                own_policy = any(k == b"content-security-policy" for k, _ in headers)
                message["headers"] = headers + (
                    [h for h in extra if h[0] != b"content-security-policy"]
                    if own_policy
                    else extra
                )
            await send(message)

        await self.app(scope, receive, decorate)


class CorsMiddleware:
    """CORS: reads (GET/HEAD) from any origin; writes only from `write_origins`.

    Every read carries `Access-Control-Allow-Origin: *`, with an Origin or without, so an
    answer is the same for both and a shared cache (a CDN, nginx, this API's own) may store one
    for all. Preflights for a write from another origin get no Access-Control-Allow-* headers,
    so the browser never sends the write."""

    def __init__(self, app: ASGIApp, *, write_origins: Sequence[str]) -> None:
        self.app, self.write_origins = app, set(write_origins)

    def _labels(self, origin: str | None, method: str) -> list[tuple[bytes, bytes]]:
        if method in READ_METHODS:
            return READ_LABELS
        if origin is None or (method != "OPTIONS" and origin not in self.write_origins):
            return []
        return [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"vary", b"Origin"),
            (b"access-control-expose-headers", EXPOSED.encode()),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer preflights; label actual responses."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin, method = header(scope, b"origin"), scope["method"]
        requested = header(scope, b"access-control-request-method")
        if origin is not None and method == "OPTIONS" and requested is not None:
            await self._preflight(send, origin, requested.upper())
            return
        labels = self._labels(origin, method)
        if not labels:
            await self.app(scope, receive, send)
            return

        async def decorate(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *labels]
            await send(message)

        await self.app(scope, receive, decorate)

    async def _preflight(self, send: Send, origin: str, requested: str) -> None:
        status = 200
        headers: list[tuple[bytes, bytes]] = [(b"vary", b"Origin"), (b"content-length", b"0")]
        if requested in READ_METHODS:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
                (b"access-control-allow-headers", b"Accept, If-None-Match, X-Request-ID"),
                (b"access-control-max-age", b"600"),
            ]
        elif origin in self.write_origins and requested in ("POST", "PATCH", "DELETE"):
            headers += [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-methods", b"GET, HEAD, POST, PATCH, DELETE, OPTIONS"),
                (b"access-control-allow-headers", WRITE_HEADERS.encode()),
                (b"access-control-max-age", b"600"),
            ]
        else:
            status = 400  # no CORS headers: the browser will not send the write
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
