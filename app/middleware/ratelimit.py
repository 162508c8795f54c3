"""Rate limits as pure ASGI middleware: fixed-window counters in process memory or in Redis
(shared by every replica).

Three budgets, none of which a client can pick for itself:
- reads, per client address (the peer, or the nearest untrusted hop behind trusted proxies);
- failed authentications, per client address: an unknown, forged or missing key on a write
  counts here, so keys cannot be guessed without limit and nobody can spend another's budget;
- writes, per *verified* API key (the middleware verifies the key once; routes reuse it).

When the store fails (Redis down or frozen) requests are served uncounted: a short socket
timeout, then the store is skipped for a cool-down, a warning at most once a minute, and a
counter of failures for the metrics.
"""

import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import telemetry
from app.middleware.asgi import header, route_path, send_problem

log = logging.getLogger("sjc_api.ratelimit")
EXEMPT_PATHS = ("/healthz", "/readyz", "/metrics")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
WARN_EVERY = 60.0
COOL_DOWN = 5.0

Verifier = Callable[[str], Awaitable[Any | None]]
"""Checks a bearer token; returns the verified principal (with an `id`) or None."""


class Store(Protocol):
    """Counts hits per bucket and window."""

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit; return the window's count so far."""
        ...

    async def count(self, bucket: str, window_start: int) -> int:
        """The window's count so far, without counting."""
        ...


class MemoryStore:
    """Counters in this process (one event loop, so no lock is needed between awaits)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, int], int] = {}
        self.current_window = 0

    def hit_now(self, bucket: str, window_start: int) -> int:
        """Count one hit (nothing to await); forget earlier windows when a new one starts."""
        if window_start != self.current_window:
            self.counts = {k: v for k, v in self.counts.items() if k[1] >= window_start}
            self.current_window = window_start
        key = (bucket, window_start)
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit."""
        return self.hit_now(bucket, window_start)

    async def count(self, bucket: str, window_start: int) -> int:
        """The window's count so far."""
        return self.counts.get((bucket, window_start), 0)


# One round trip and one command: the count, and the key's expiry set by its first hit (the
# window's key outlives the window). A transaction of INCR and EXPIRE cost the worker 237-256
# us of CPU a request in redis-py, this script 147-163 (docs/benchmarks.md).
_HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


class RedisStore:
    """Counters in Redis: INCR plus an expiry in one script, one round trip, atomic across
    replicas."""

    def __init__(self, url: str, timeout: float) -> None:
        import redis.asyncio as redis

        self.client: Any = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry_on_timeout=False,
            retry=None,
        )
        self._hit = self.client.register_script(_HIT)  # sent by its digest, loaded when missing

    @staticmethod
    def _key(bucket: str, window_start: int) -> str:
        return f"sjc:ratelimit:{bucket}:{window_start}"

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit in the shared counter of this window."""
        return int(await self._hit(keys=[self._key(bucket, window_start)], args=[window + 1]))

    async def count(self, bucket: str, window_start: int) -> int:
        """The shared counter of this window."""
        return int(await self.client.get(self._key(bucket, window_start)) or 0)


@dataclass(frozen=True)
class Limits:
    """Budgets per window."""

    reads: int
    writes: int
    window: int
    auth_failures: int = 20


@dataclass(frozen=True)
class Verdict:
    """One budget's state after counting a request."""

    limit: int
    count: int
    reset: int

    @property
    def exceeded(self) -> bool:
        """Whether the request is over the budget."""
        return self.count > self.limit

    def headers(self) -> list[tuple[bytes, bytes]]:
        """RateLimit-* headers (and Retry-After when exceeded)."""
        headers = [
            (b"ratelimit-limit", str(self.limit).encode()),
            (b"ratelimit-remaining", str(max(0, self.limit - self.count)).encode()),
            (b"ratelimit-reset", str(self.reset).encode()),
        ]
        return [*headers, (b"retry-after", str(self.reset).encode())] if self.exceeded else headers


class Limiter:
    """Counts against budgets; fails open (and says so, rarely) when the store fails."""

    def __init__(self, store: Store, limits: Limits) -> None:
        self.store, self.limits = store, limits
        self.memory = store if isinstance(store, MemoryStore) else None
        self.store_failures = 0
        self.skip_until = 0.0
        self.last_warning = -WARN_EVERY

    @property
    def at_once(self) -> bool:
        """Whether a read is counted without awaiting (the counters are in process memory)."""
        return self.memory is not None

    def _failed(self) -> None:
        self.store_failures += 1
        telemetry.RATE_LIMIT_STORE_FAILURES.inc()
        now = time.monotonic()
        self.skip_until = now + COOL_DOWN
        if now - self.last_warning >= WARN_EVERY:
            self.last_warning = now
            log.warning(
                "rate-limit store unavailable; serving requests uncounted (%d failures so far)",
                self.store_failures,
            )

    async def charge(self, bucket: str, limit: int) -> Verdict | None:
        """Count one request; None when the store is unavailable (the request is served)."""
        return await self._ask(bucket, limit, count=True)

    async def read(self, scope: Scope) -> Verdict | None:
        """Count one read against its client's budget."""
        return await self.charge(_read_bucket(scope), self.limits.reads)

    def read_at_once(self, scope: Scope) -> Verdict:
        """`read`, with counters in process memory (`at_once`)."""
        assert self.memory is not None
        now, start = self._window()
        seen = self.memory.hit_now(_read_bucket(scope), start)
        return self._verdict(self.limits.reads, seen, start, now)

    async def spent(self, bucket: str, limit: int) -> Verdict | None:
        """The budget's state without counting (None when unknown)."""
        return await self._ask(bucket, limit, count=False)

    def _window(self) -> tuple[float, int]:
        now = time.time()
        return now, int(now // self.limits.window) * self.limits.window

    def _verdict(self, limit: int, seen: int, start: int, now: float) -> Verdict:
        return Verdict(limit, seen, max(1, math.ceil(start + self.limits.window - now)))

    async def _ask(self, bucket: str, limit: int, *, count: bool) -> Verdict | None:
        if time.monotonic() < self.skip_until:
            return None  # the store failed lately: leave it alone for the cool-down
        now, start = self._window()
        try:
            if count:
                seen = await self.store.hit(bucket, start, self.limits.window)
            else:
                seen = await self.store.count(bucket, start)
        except Exception:
            self._failed()
            return None
        return self._verdict(limit, seen, start, now)


def _read_bucket(scope: Scope) -> str:
    client = scope.get("client")
    return f"read:{client[0] if client else 'unknown'}"


def _bearer(scope: Scope) -> str | None:
    auth = header(scope, b"authorization") or ""
    return auth[7:].strip() if auth[:7].lower() == "bearer " else None


class RateLimitMiddleware:
    """429 with Retry-After once a budget is spent; RateLimit-* headers on every answer."""

    def __init__(self, app: ASGIApp, *, limiter: Limiter, verify: Verifier) -> None:
        self.app, self.limiter, self.verify = app, limiter, verify

    async def _verdict(self, scope: Scope) -> Verdict | None:
        if scope["method"] not in WRITE_METHODS:
            counted = scope.get("state", {}).get("rate_verdict")  # by the edge, over budget
            return counted if counted is not None else await self.limiter.read(scope)
        limits = self.limiter.limits
        client = scope.get("client")
        ip = client[0] if client else "unknown"
        failures = f"authfail:{ip}"
        spent = await self.limiter.spent(failures, limits.auth_failures)
        if spent is not None and spent.count >= limits.auth_failures:
            return Verdict(spent.limit, spent.count + 1, spent.reset)  # no more guesses
        token = _bearer(scope)
        principal = await self.verify(token) if token else None
        if principal is None:
            return await self.limiter.charge(failures, limits.auth_failures)
        scope.setdefault("state", {})["principal"] = principal
        return await self.limiter.charge(f"write:key:{principal.id}", limits.writes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count the request against its budget."""
        exempt = scope["type"] != "http" or scope["method"] == "OPTIONS"
        exempt = exempt or scope.get("state", {}).get("rendering_ahead", False)  # no client
        if exempt or route_path(scope) in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        verdict = await self._verdict(scope)
        if verdict is None:
            await self.app(scope, receive, send)
            return
        headers = verdict.headers()
        if verdict.exceeded:
            window = self.limiter.limits.window
            detail = (
                f"Rate limit of {verdict.limit} requests per {window} s reached; "
                f"retry in {verdict.reset} s."
            )
            await send_problem(scope, send, 429, "rate_limited", detail, headers)
            return

        async def decorate(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + headers
            await send(message)

        await self.app(scope, receive, decorate)


def build_store(url: str | None, timeout: float = 0.2) -> Store:
    """Redis when a URL is configured, else process memory."""
    return RedisStore(url, timeout) if url else MemoryStore()
