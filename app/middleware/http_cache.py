"""HTTP caching as pure ASGI middleware: strong ETags keyed by the dataset version, 304 on
If-None-Match before any query runs, HEAD wherever GET works, Cache-Control and Vary. (The
rendered answers themselves are stored and replayed by the edge layer, `edge.py`.)"""

import hashlib
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.db import reads_from_replica
from app.core.etags import GZIP_SUFFIX
from app.middleware.asgi import header, route_path
from app.middleware.response_cache import (
    PRIVATE_PREFIXES,
    data_dependent,
    matches,
    negotiated,
)

NO_STORE_PATHS = ("/healthz", "/readyz", "/metrics")


class VersionCache:
    """The dataset version, re-read from the database at most every `ttl` seconds (with `ttl`
    0: on every request), by the first request that finds it older.

    The read is one indexed row, made right on the event loop like every short read. Made in
    a worker thread, it waited for the GIL behind every request the loop was serving, and the
    requests that needed it waited with it: under 32 connections the slowest 1% of list
    requests took 0.6-1.6 s with a 1 s ttl against 0.19-0.31 s with the version read once a
    minute (docs/benchmarks.md). After `invalidate()` (a write in this process) the next
    request reads it again; a read a write overlapped is used once but not kept."""

    def __init__(self, read: Callable[[], int], ttl: float) -> None:
        self.read, self.ttl = read, ttl
        self.value, self.expires = 0, 0.0
        self.generation = 0

    async def get(self) -> int:
        """Current version (read again when older than the ttl)."""
        if time.monotonic() < self.expires:
            return self.value
        generation, started = self.generation, time.monotonic()
        value = self.read()
        if generation == self.generation:  # no write in this process happened meanwhile
            self.value, self.expires = value, started + self.ttl
        return value

    def known(self) -> int | None:
        """The version while it is younger than the ttl, without reading; else None."""
        return self.value if time.monotonic() < self.expires else None

    def invalidate(self) -> None:
        """Forget the cached version (after a write in this process)."""
        self.generation += 1
        self.expires = 0.0


class DatasetVersions:
    """The dataset version a request reads: the replica's for anonymous reads when a replica
    is configured, else the primary's."""

    def __init__(self, primary: VersionCache, replica: VersionCache | None = None) -> None:
        self.primary, self.replica = primary, replica

    def _source(self, scope: Scope) -> VersionCache:
        if self.replica is not None and reads_from_replica(scope):
            return self.replica
        return self.primary

    async def of(self, scope: Scope) -> int:
        """The version of the database this request reads, read once per request (the edge's
        cache key and the ETag inside then name the same version)."""
        state = scope.setdefault("state", {})
        version: int | None = state.get("dataset_version")
        if version is None:
            version = state["dataset_version"] = await self._source(scope).get()
        return version

    def known(self, scope: Scope) -> int | None:
        """`of` when it needs no read (the version younger than the ttl), else None."""
        state = scope.setdefault("state", {})
        version: int | None = state.get("dataset_version")
        if version is None:
            version = self._source(scope).known()
            if version is not None:
                state["dataset_version"] = version
        return version


class HttpCacheMiddleware:
    """ETag/304, HEAD, Cache-Control and Vary for every GET."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        versions: DatasetVersions,
        max_age: int,
        shared_max_age: int | None = None,
        salt: str,
    ) -> None:
        self.app, self.versions, self.salt = app, versions, salt
        shared = f", s-maxage={shared_max_age}" if shared_max_age is not None else ""
        self.cache_control = f"public, max-age={max_age}{shared}".encode()

    def etag(self, scope: Scope, version: int) -> str:
        """A strong validator: same code (salt), data version, URL and negotiated
        representation give the same bytes (under /api/ the Accept header counts by the
        format it selects). Paths outside /api/ (docs, OpenAPI) depend on the code alone."""
        accept, gzip = negotiated(scope)
        key = "|".join(
            [
                self.salt,
                str(version),
                scope["path"],
                scope.get("query_string", b"").decode("latin-1"),
                accept,
                "gz" if gzip else "",
            ]
        )
        return '"' + hashlib.blake2b(key.encode(), digest_size=16).hexdigest() + '"'

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 304s early; decorate 200s with validators; serve HEAD as a bodiless GET."""
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        path = route_path(scope)
        if path in NO_STORE_PATHS or path.startswith(PRIVATE_PREFIXES):
            await self.app(scope, receive, _bodiless(send) if head else send)
            return
        dependent = data_dependent(path)
        etag = self.etag(scope, await self.versions.of(scope) if dependent else 0)
        cache_headers = [
            (b"etag", etag.encode()),
            (b"cache-control", self.cache_control),
            (b"vary", b"Accept, Accept-Encoding"),
        ]
        if_none_match = header(scope, b"if-none-match") or ""
        if matches(if_none_match, etag):
            await send({"type": "http.response.start", "status": 304, "headers": cache_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        out = _conditional(send, cache_headers, if_none_match)
        await self.app(scope, receive, _bodiless(out) if head else out)


def _conditional(send: Send, cache_headers: list[tuple[bytes, bytes]], if_none_match: str) -> Send:
    """Put the validators on a 200; when the route computed its own content ETag (single
    records) and the client holds it, answer 304 instead of the body."""
    not_modified = False

    async def wrapped(message: Message) -> None:
        nonlocal not_modified
        if message["type"] == "http.response.start" and message["status"] == 200:
            headers = message.get("headers", [])
            own = next((v for k, v in headers if k == b"etag"), None)
            validators = cache_headers
            if own is not None:
                if (b"content-encoding", b"gzip") in headers:
                    own = own[:-1] + GZIP_SUFFIX.encode() + b'"'
                validators = [(b"etag", own), *cache_headers[1:]]
                not_modified = matches(if_none_match, own.decode("latin-1"))
            if not_modified:
                message = {"type": message["type"], "status": 304, "headers": validators}
            else:
                kept = [(k, v) for k, v in headers if k not in (b"etag", b"vary", b"cache-control")]
                message["headers"] = kept + validators
        elif message["type"] == "http.response.body" and not_modified:
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b""}
        await send(message)

    return wrapped


def _bodiless(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return wrapped
