"""Rate limits as pure ASGI middleware: a fixed-window counter per client IP for reads and per
API key for writes, in process memory or in Redis (shared by every replica)."""

import logging
import math
import time
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth.service import split_token
from app.core.hardening import send_problem
from app.core.middleware import header

log = logging.getLogger("sjc_api.ratelimit")
EXEMPT_PATHS = ("/healthz", "/readyz")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


class Store(Protocol):
    """Counts hits per bucket and window."""

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit; return the window's count so far."""
        ...


class MemoryStore:
    """Counters in this process (one event loop, so no lock is needed between awaits)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, int], int] = {}
        self.current_window = 0

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit; forget earlier windows when a new one starts."""
        if window_start != self.current_window:
            self.counts = {k: v for k, v in self.counts.items() if k[1] >= window_start}
            self.current_window = window_start
        key = (bucket, window_start)
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]


class RedisStore:
    """Counters in Redis: INCR plus an expiry, one round trip, atomic across replicas."""

    def __init__(self, url: str) -> None:
        import redis.asyncio as redis

        self.client: Any = redis.Redis.from_url(url)

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        """Count one hit in the shared counter of this window."""
        key = f"sjc:ratelimit:{bucket}:{window_start}"
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, window + 1)
            count, _ = await pipe.execute()
        return int(count)


@dataclass(frozen=True)
class Limits:
    """Budgets per window."""

    reads: int
    writes: int
    window: int


class RateLimitMiddleware:
    """429 with Retry-After once a budget is spent; RateLimit-* headers on every answer."""

    def __init__(self, app: ASGIApp, *, store: Store, limits: Limits) -> None:
        self.app, self.store, self.limits = app, store, limits

    def _bucket(self, scope: Scope) -> tuple[str, int]:
        client = scope.get("client")
        ip = client[0] if client else "unknown"
        if scope["method"] not in WRITE_METHODS:
            return f"read:{ip}", self.limits.reads
        auth = header(scope, b"authorization") or ""
        key_id = split_token(auth[7:].strip()) if auth[:7].lower() == "bearer " else None
        return (f"write:key:{key_id}" if key_id else f"write:ip:{ip}"), self.limits.writes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count the request against its budget."""
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        bucket, limit = self._bucket(scope)
        window = self.limits.window
        now = time.time()
        window_start = int(now // window) * window
        try:
            count = await self.store.hit(bucket, window_start, window)
        except Exception:  # the limiter's store is down: serve rather than fail every request
            log.warning("rate-limit store unavailable; request not counted", exc_info=True)
            await self.app(scope, receive, send)
            return
        reset = max(1, math.ceil(window_start + window - now))
        headers = [
            (b"ratelimit-limit", str(limit).encode()),
            (b"ratelimit-remaining", str(max(0, limit - count)).encode()),
            (b"ratelimit-reset", str(reset).encode()),
        ]
        if count > limit:
            detail = f"Rate limit of {limit} requests per {window} s reached; retry in {reset} s."
            await send_problem(
                scope,
                send,
                429,
                "rate_limited",
                detail,
                [*headers, (b"retry-after", str(reset).encode())],
            )
            return

        async def decorate(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + headers
            await send(message)

        await self.app(scope, receive, decorate)


def build_store(url: str | None) -> Store:
    """Redis when a URL is configured, else process memory."""
    return RedisStore(url) if url else MemoryStore()
