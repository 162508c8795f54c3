"""Stored answers given while the server is still reading the request (`app/protocol.py`), past
every layer, when nothing has to be awaited for them: the dataset version is known, the rate
limit (if any) counts in process memory.

The answer is the one the edge layer (`edge.py`) would replay: the same key, the same 200 or
304, the same request id, access line and metrics. A request this module declines is handed
to the layers as usual. Through ASGI a hit cost a task, two messages and the server's checks
of each header, besides this work (docs/benchmarks.md)."""

import time
from typing import NamedTuple

from starlette.types import Scope

from app.middleware import access_log, wire
from app.middleware.http_cache import DatasetVersions
from app.middleware.proxy import Proxies
from app.middleware.ratelimit import Limiter
from app.middleware.request_id import request_id_from
from app.middleware.response_cache import (
    NOT_CACHED_WITH,
    ResponseCache,
    Stored,
    cached_at,
    request_key,
)

READS = ("GET", "HEAD")
_READ = {b"accept": 0, b"accept-encoding": 1, b"if-none-match": 2, b"x-request-id": 3}
_SHAPES_KEPT = 4096

Shape = tuple[str, bytes, str, bytes | None, bytes | None]
KeyTail = tuple[str, bytes, str, bool]  # a cache key but its dataset version
Found = tuple[Scope, int, Stored, bytes]  # the request, its status, the answer, its lines


class Early(NamedTuple):
    """A stored answer given at once: its status, header lines (those the server writes for
    every answer, such as Date, and the framing aside) and body."""

    status: int
    lines: bytes
    body: bytes


class AtOnce:
    """Stored answers given at once, from the edge layer's cache, versions and limits."""

    def __init__(
        self,
        cache: ResponseCache,
        versions: DatasetVersions,
        proxies: Proxies,
        limiter: Limiter | None,
    ) -> None:
        self.cache, self.versions, self.proxies, self.limiter = cache, versions, proxies, limiter
        self.shapes: dict[Shape, KeyTail | None] = {}

    def answer(self, scope: Scope) -> Early | None:
        """The stored answer to this request, its access line and metrics recorded; None when
        the layers must answer it (not stored, not cacheable, or something to await)."""
        limiter = self.limiter
        if scope["method"] not in READS or (limiter is not None and not limiter.at_once):
            return None
        started = time.perf_counter()
        read = _first_values(scope["headers"])
        if read is None:
            return None
        found = self._stored(scope, read)
        if found is None:
            return None
        scope, status, stored, lines = found
        state = scope.setdefault("state", {})
        if limiter is not None:
            verdict = limiter.read_at_once(scope)
            if verdict.exceeded:
                state["rate_verdict"] = verdict  # counted: the layers refuse it
                return None
            lines += wire.lines(verdict.headers())
        request_id = read[3]
        given = request_id_from(None if request_id is None else request_id.decode("latin-1"))
        state["request_id"], state["route"] = given, stored.route
        access_log.PER_TURN.add(scope, status, time.perf_counter() - started, at_once=True)
        body = b"" if status == 304 or scope["method"] == "HEAD" else stored.body or b""
        return Early(status, b"%sx-request-id: %s\r\n" % (lines, given.encode()), body)

    def _stored(self, scope: Scope, read: list[bytes | None]) -> Found | None:
        """The request (its real client resolved), the status it earns, the stored answer and
        its header lines; None when not stored or the version must be read."""
        accept, encoding, if_none_match, _ = read
        tail = self._key_tail(scope, accept, encoding)
        if tail is None:
            return None
        scope = self.proxies.resolved(scope)
        version = self.versions.known(scope)
        if version is None:
            return None
        validator = None if if_none_match is None else if_none_match.decode("latin-1")
        reply = self.cache.reply((version, *tail), validator)
        if reply is None:
            return None
        status, stored = reply
        lines = stored.ok_lines if status == 200 else stored.not_modified_lines
        return None if lines is None else (scope, status, stored, lines)

    def _key_tail(
        self, scope: Scope, accept: bytes | None, encoding: bytes | None
    ) -> KeyTail | None:
        """What the cache key holds besides the version, worked out once per request shape
        (the edge layer's own `cached_at` and `request_key`); None when not cached."""
        shape = (scope["path"], scope["query_string"], scope.get("root_path", ""), accept, encoding)
        if shape in self.shapes:
            return self.shapes[shape]
        key = request_key(scope, 0) if cached_at(scope) else None
        tail: KeyTail | None = None if key is None else key[1:]
        if len(self.shapes) >= _SHAPES_KEPT:
            self.shapes.clear()
        self.shapes[shape] = tail
        return tail


def _first_values(headers: list[tuple[bytes, bytes]]) -> list[bytes | None] | None:
    """The first value of each header the answer depends on (Accept, Accept-Encoding,
    If-None-Match, X-Request-ID); None when a header the key does not hold is present."""
    read: list[bytes | None] = [None, None, None, None]
    for name, value in headers:
        if name in NOT_CACHED_WITH:
            return None
        slot = _READ.get(name)
        if slot is not None and read[slot] is None:
            read[slot] = value
    return read
