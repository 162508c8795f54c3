"""HTTP caching as pure ASGI middleware: strong ETags keyed by the dataset version, 304 on
If-None-Match before any query runs, HEAD wherever GET works, Cache-Control and Vary."""

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import telemetry
from app.core.db import reads_from_replica
from app.core.etags import GZIP_SUFFIX
from app.core.files import format_for_accept
from app.middleware.asgi import header, route_path

NO_STORE_PATHS = ("/healthz", "/readyz", "/metrics")
PRIVATE_PREFIXES = (
    "/api/v1/audit",
    "/api/v1/imports",
)  # need a key: no early 304, no shared caching


WARMED_VARIANTS: tuple[list[tuple[bytes, bytes]], ...] = ([], [(b"accept-encoding", b"gzip")])


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

    def invalidate(self) -> None:
        """Forget the cached version (after a write in this process)."""
        self.generation += 1
        self.expires = 0.0


def _matches(if_none_match: str, etag: str) -> bool:
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in tags or etag in tags


class ResponseCache:
    """Rendered 200 responses of /api/ GETs, keyed by their version ETag (code version, dataset
    version, URL, Accept, gzip), least recently used first out, bounded in bytes.

    A response is a pure function of that key, so an entry can never be stale: any write bumps
    the dataset version and with it every key. Streamed bodies (exports) are never stored.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 16
        self.entries: OrderedDict[str, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.size = 0

    def get(self, key: str) -> tuple[list[tuple[bytes, bytes]], bytes] | None:
        """The stored headers and body, or None."""
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key: str, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        """Store a response unless it is too large; evict the least recently used to fit."""
        if len(body) > self.max_entry or key in self.entries:
            return
        self.entries[key] = (headers, body)
        self.size += len(body)
        while self.size > self.max_bytes:
            _, (_, evicted) = self.entries.popitem(last=False)
            self.size -= len(evicted)


class HttpCacheMiddleware:
    """ETag/304, HEAD, Cache-Control and Vary for every GET, and the rendered-response cache."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        versions: VersionCache,
        max_age: int,
        shared_max_age: int | None = None,
        salt: str,
        cache: ResponseCache | None = None,
        replica_versions: VersionCache | None = None,
    ) -> None:
        self.app, self.versions, self.salt = app, versions, salt
        shared = f", s-maxage={shared_max_age}" if shared_max_age is not None else ""
        self.cache_control = f"public, max-age={max_age}{shared}".encode()
        self.replica_versions = replica_versions
        self.cache = cache
        self.inflight: dict[str, anyio.Event] = {}

    def etag(self, scope: Scope, version: int) -> str:
        """A strong validator: same code (salt), data version, URL and negotiated
        representation give the same bytes (under /api/ the Accept header counts by the
        format it selects). Paths outside /api/ (docs, OpenAPI) depend on the code alone."""
        gzip = "gzip" in (header(scope, b"accept-encoding") or "")
        accept = header(scope, b"accept") or ""
        if scope["path"].startswith("/api/"):
            accept = format_for_accept(accept)
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

    async def _version(self, scope: Scope) -> int:
        """The dataset version of the database this request reads (primary or replica)."""
        if self.replica_versions is not None and reads_from_replica(scope):
            return await self.replica_versions.get()
        return await self.versions.get()

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
        data_dependent = path == "/" or path.startswith("/api/")
        etag = self.etag(scope, await self._version(scope) if data_dependent else 0)
        cache_headers = [
            (b"etag", etag.encode()),
            (b"cache-control", self.cache_control),
            (b"vary", b"Accept, Accept-Encoding"),
        ]
        if_none_match = header(scope, b"if-none-match") or ""
        if _matches(if_none_match, etag):
            await send({"type": "http.response.start", "status": 304, "headers": cache_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        out = _conditional(send, cache_headers, if_none_match)
        out = _bodiless(out) if head else out
        if self.cache is None or not data_dependent:
            await self.app(scope, receive, out)
            return
        await self._cached(scope, receive, out, etag, self.cache)

    async def warm(self, base: Scope, paths: Iterable[str], budget: int) -> int:
        """Render GETs of `paths` into the response cache ahead of any request (anonymous, as
        JSON, plain and gzip-compressed: what clients ask), one at a time, yielding between
        them; stop once the cache holds `budget` bytes. Returns how many were rendered."""
        cache, rendered = self.cache, 0
        if cache is None:
            return 0

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def discard(_message: Message) -> None:
            return None

        for path in paths:
            for headers in WARMED_VARIANTS:
                if cache.size >= budget:
                    return rendered
                scope = {**base, "path": path, "raw_path": path.encode(), "headers": headers}
                etag = self.etag(scope, await self._version(scope))
                if cache.get(etag) is None and etag not in self.inflight:
                    await self._cached(scope, receive, discard, etag, cache, warming=True)
                    rendered += 1
                await anyio.sleep(0)  # let requests in between
        return rendered

    async def _cached(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        etag: str,
        cache: ResponseCache,
        warming: bool = False,
    ) -> None:
        """Serve the rendered response stored under this ETag, or compute and store it (one
        computation at a time per ETag: concurrent requests for it wait)."""
        if etag in self.inflight:  # the same response is being computed: wait for it
            await self.inflight[etag].wait()
        hit = cache.get(etag)
        if not warming:  # the metric counts what clients asked for
            telemetry.RESPONSE_CACHE.labels("hit" if hit is not None else "miss").inc()
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
            await send({"type": "http.response.body", "body": body})
            return
        done = self.inflight.setdefault(etag, anyio.Event())
        try:
            await self.app(scope, receive, _recording(send, cache, etag, done))
        finally:
            done.set()
            if self.inflight.get(etag) is done:
                del self.inflight[etag]


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
                not_modified = _matches(if_none_match, own.decode("latin-1"))
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


def _recording(send: Send, cache: ResponseCache, key: str, done: anyio.Event) -> Send:
    """Pass messages on, storing a 200 whose body came in one piece. Waiters are released at
    the first body message: stored, or streamed (they then compute their own)."""
    headers: list[tuple[bytes, bytes]] | None = None

    async def wrapped(message: Message) -> None:
        nonlocal headers
        if message["type"] == "http.response.start":
            if message["status"] == 200:
                headers = list(message.get("headers", []))
        else:
            if headers is not None and not message.get("more_body", False):
                cache.put(key, headers, message.get("body", b""))
            headers = None
            done.set()
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
