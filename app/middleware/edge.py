"""The outermost layer: each request's id and real client, its access line and metrics, and
the answers of the response cache (`response_cache.py`) replayed from here.

A stored answer is what every layer inside sent the first time (security headers, CORS,
validators, gzip, deprecation notices), less what belongs to one answer only, so replaying it
needs none of them: a hit costs this layer's few steps instead of a pass through ten layers
(docs/benchmarks.md). What varies per answer is added here: the request id and, when rate
limits are on, the request counted and its RateLimit headers (a request over its budget is
handed to the layers inside, which refuse it with the count made here).

Most hits need not even wait for this layer's turn: `at_once` gives a stored answer while the
server is still reading the request (`at_once.py`), when nothing has to be awaited for it."""

import time
from collections.abc import Iterable, Sequence
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import telemetry
from app.middleware import access_log
from app.middleware.asgi import header, route_path
from app.middleware.at_once import AtOnce
from app.middleware.http_cache import DatasetVersions
from app.middleware.proxy import Proxies
from app.middleware.ratelimit import Limiter
from app.middleware.request_id import request_id_of
from app.middleware.response_cache import Key, ResponseCache, cached_at, request_key

HITS = telemetry.RESPONSE_CACHE.labels("hit")
MISSES = telemetry.RESPONSE_CACHE.labels("miss")
WARMED_VARIANTS: tuple[list[tuple[bytes, bytes]], ...] = ([], [(b"accept-encoding", b"gzip")])


class _Answer:
    """The client's side of a request: its status once started, the request id on it."""

    def __init__(self, send: Send, request_id: bytes) -> None:
        self.client, self.request_id, self.status = send, request_id, 500

    async def send(self, message: Message) -> None:
        """Pass a message on, with the request id on the start."""
        if message["type"] == "http.response.start":
            self.status = message["status"]
            headers = [(k, v) for k, v in message.get("headers", []) if k != b"x-request-id"]
            headers.append((b"x-request-id", self.request_id))
            message["headers"] = headers
        await self.client(message)


class EdgeMiddleware:
    """Request ids, real clients, access lines and metrics; stored answers replayed."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        trusted: Sequence[str],
        versions: DatasetVersions,
        cache: ResponseCache | None,
        limiter: Limiter | None = None,
    ) -> None:
        self.app, self.proxies, self.versions = app, Proxies(trusted), versions
        self.cache, self.limiter = cache, limiter
        self.inflight: dict[Key, anyio.Event] = {}
        self.at_once = None if cache is None else AtOnce(cache, versions, self.proxies, limiter)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request and log it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        scope = self.proxies.resolved(scope)
        request_id = request_id_of(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        answer = _Answer(send, request_id.encode())
        try:
            key = await self._key(scope)
            if key is None:
                await self.app(scope, receive, answer.send)
            elif not await self._replayed(scope, key, answer):
                await self._computed(scope, receive, answer, key)
        finally:
            access_log.PER_TURN.add(scope, answer.status, time.perf_counter() - started)

    async def _key(self, scope: Scope) -> Key | None:
        """The request's cache key; None when its answer is not cached, or when the dataset
        version cannot be read (the layers inside then answer, a failing database as 503)."""
        if self.cache is None or not cached_at(scope):
            return None  # no database read for a health check, the docs, a write
        try:
            version = await self.versions.of(scope)
        except Exception:
            return None
        return request_key(scope, version)

    async def _replayed(self, scope: Scope, key: Key, answer: _Answer) -> bool:
        """Send the stored answer to this request, if there is one (and the request is within
        its rate limit); False when the layers inside must answer it."""
        assert self.cache is not None
        reply = self.cache.reply(key, header(scope, b"if-none-match"))
        if reply is None:
            return False
        status, stored = reply
        headers = (stored.headers if status == 200 else stored.not_modified) or []
        if self.limiter is not None:
            state = scope["state"]
            verdict = state.get("rate_verdict") or await self.limiter.read(scope)
            if verdict is not None and verdict.exceeded:
                state["rate_verdict"] = verdict  # counted: the layer inside refuses it
                return False
            headers = headers if verdict is None else [*headers, *verdict.headers()]
        if status == 200:
            HITS.inc()
        scope["state"]["route"] = stored.route
        answer.status = status
        headers = [*headers, (b"x-request-id", answer.request_id)]
        await answer.client({"type": "http.response.start", "status": status, "headers": headers})
        body = b"" if status == 304 or scope["method"] == "HEAD" else stored.body or b""
        await answer.client({"type": "http.response.body", "body": body})
        return True

    async def _computed(self, scope: Scope, receive: Receive, answer: _Answer, key: Key) -> None:
        """Let the layers inside answer, storing what they send; one computation at a time
        per key (requests for a key being computed wait, then are replayed if they can be)."""
        waiting = self.inflight.get(key)
        if waiting is not None:
            await waiting.wait()
            if await self._replayed(scope, key, answer):
                return
        done = self.inflight.setdefault(key, anyio.Event())
        try:
            await self.app(scope, receive, self._recording(scope, key, answer.send, done))
        finally:
            done.set()
            if self.inflight.get(key) is done:
                del self.inflight[key]

    def _recording(self, scope: Scope, key: Key, send: Send, done: anyio.Event) -> Send:
        """Pass messages on, storing a 200 whose body came in one piece, or a 304."""
        assert self.cache is not None
        cache, state = self.cache, scope["state"]
        started: tuple[int, list[tuple[bytes, bytes]]] | None = None

        async def wrapped(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = message["status"], list(message.get("headers", []))
            elif started is not None:
                status, headers = started
                route = access_log.ROUTES.remember(route_path(scope), state.get("route"))
                if status == 304:
                    cache.put_not_modified(key, route, headers)
                elif status == 200 and scope["method"] == "GET" and not message.get("more_body"):
                    if not state.get("rendering_ahead"):
                        MISSES.inc()
                    cache.put_ok(key, route, headers, message.get("body", b""))
                started = None
                done.set()
            await send(message)

        return wrapped

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
                state = {"request_id": "rendered-ahead", "rendering_ahead": True}
                scope = {**base, "path": path, "raw_path": path.encode(), "headers": headers}
                scope["state"] = state
                key = await self._key(scope)
                if key is not None and cache.get(key) is None and key not in self.inflight:
                    await self._computed(scope, receive, _Answer(discard, b""), key)
                    rendered += 1
                await anyio.sleep(0)  # let requests in between
        return rendered


def install(app: Any, *, at_once: bool = True, **options: Any) -> None:
    """Make an EdgeMiddleware (with `options`) the outermost layer of `app`, outside the
    error layer Starlette puts first (so a 500 it renders carries the request id and is
    logged like every answer); with `at_once`, publish the answers it can give at once to the
    server as `app.state.answer_now` once the stack is built."""
    build = app.build_middleware_stack

    def built() -> EdgeMiddleware:
        layer = EdgeMiddleware(build(), **options)
        if at_once and layer.at_once is not None:
            app.state.answer_now = layer.at_once.answer
        return layer

    app.build_middleware_stack = built
