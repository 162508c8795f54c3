"""The response cache: answers to anonymous GETs of the API as clients received them (every
layer's headers on them), replayed by the edge layer (`edge.py`) past every other layer.

A stored answer is a pure function of its key: the dataset version, the URL, the format the
Accept header selects, and gzip or not (CORS labels every read alike, Origin or not). No other
request header reaches a cacheable answer: a request carrying one that could (Authorization,
which also picks the database; a body) is not cached. Any write bumps the
dataset version and with it every key, so an entry can never be stale."""

from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import Scope

from app.core.files import format_for_accept
from app.middleware import wire
from app.middleware.asgi import header, route_path

PRIVATE_PREFIXES = ("/api/v1/audit", "/api/v1/imports")  # need a key: never stored or shared
NOT_CACHED_WITH = frozenset((b"authorization", b"content-length", b"transfer-encoding"))
PER_REQUEST = frozenset(  # headers of one answer only: never stored
    {
        b"x-request-id",
        b"ratelimit-limit",
        b"ratelimit-remaining",
        b"ratelimit-reset",
        b"retry-after",
        b"date",
        b"server",
    }
)
ENTRY_OVERHEAD = 1024  # bytes counted for an entry's key and headers besides its body and lines

Headers = list[tuple[bytes, bytes]]
Key = tuple[int, str, bytes, str, bool]


def data_dependent(path: str) -> bool:
    """Whether the answer at `path` (as routed) changes with the dataset: the API and `/`."""
    return path == "/" or path.startswith("/api/")


def cached_at(scope: Scope) -> bool:
    """Whether the answer to this request's method and path may be cached: a GET or HEAD of
    the API (not its private paths) or of `/` (nothing else reads the dataset version)."""
    path = route_path(scope)
    return (
        scope["method"] in ("GET", "HEAD")
        and data_dependent(path)
        and not path.startswith(PRIVATE_PREFIXES)
    )


def negotiated(scope: Scope) -> tuple[str, bool]:
    """The representation a request asks for, as the layers read it (each header by its first
    occurrence): under /api/ the format its Accept header selects, elsewhere the Accept header
    itself; and whether it takes gzip."""
    accept, encoding = header(scope, b"accept"), header(scope, b"accept-encoding")
    return _negotiated(scope, accept or "", encoding or "")


def _negotiated(scope: Scope, accept: str, encoding: str) -> tuple[str, bool]:
    selected = format_for_accept(accept) if route_path(scope).startswith("/api/") else accept
    return selected, "gzip" in encoding


def request_key(scope: Scope, version: int) -> Key | None:
    """The cache key of a request `cached_at` its path, at this dataset version, or None when
    it carries a header that could change the answer (the headers read in one pass)."""
    accept = encoding = None
    for name, value in scope["headers"]:
        if name in NOT_CACHED_WITH:
            return None
        if name == b"accept" and accept is None:
            accept = value.decode("latin-1")
        elif name == b"accept-encoding" and encoding is None:
            encoding = value.decode("latin-1")
    chosen = _negotiated(scope, accept or "", encoding or "")
    return (version, scope["path"], scope["query_string"], *chosen)


def matches(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match value names this ETag (weakly compared, or `*`)."""
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in tags or etag in tags


@dataclass(slots=True)
class Stored:
    """One URL's answers: the 200 (headers and body) and the 304 its validator earns, each
    with its header lines as HTTP/1.1 writes them (None when only the server may write them)."""

    etag: str
    route: str | None
    headers: Headers | None = None
    body: bytes | None = None
    not_modified: Headers | None = None
    ok_lines: bytes | None = None
    not_modified_lines: bytes | None = None

    @property
    def weight(self) -> int:
        """Bytes counted against the cache's bound."""
        lines = len(self.ok_lines or b"") + len(self.not_modified_lines or b"")
        return len(self.body or b"") + lines + ENTRY_OVERHEAD


def kept(headers: Headers) -> Headers:
    """An answer's headers less those of one answer only (request id, rate limits, date)."""
    return [(k, v) for k, v in headers if k not in PER_REQUEST]


def storable(headers: Headers) -> str | None:
    """The ETag of an answer that may be stored (its Cache-Control public), else None."""
    fields = dict(headers)
    if not fields.get(b"cache-control", b"").startswith(b"public") or b"etag" not in fields:
        return None
    return fields[b"etag"].decode("latin-1")


class ResponseCache:
    """Stored answers by key, least recently used first out, bounded in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 16
        self.entries: OrderedDict[Key, Stored] = OrderedDict()
        self.size = 0

    def get(self, key: Key) -> Stored | None:
        """The answers stored under `key`, or None."""
        stored = self.entries.get(key)
        if stored is not None:
            self.entries.move_to_end(key)
        return stored

    def reply(self, key: Key, if_none_match: str | None) -> tuple[int, Stored] | None:
        """The stored answer a request with this key earns: a 304 when its If-None-Match names
        the stored validator, else the 200; None when that one is not stored."""
        stored = self.get(key)
        if stored is None:
            return None
        if if_none_match is not None and matches(if_none_match, stored.etag):
            return None if stored.not_modified is None else (304, stored)
        return None if stored.headers is None else (200, stored)

    def put_ok(self, key: Key, route: str | None, headers: Headers, body: bytes) -> None:
        """Store a 200 (unless its body is too large or it may not be stored)."""
        etag = storable(headers)
        if etag is None or len(body) > self.max_entry:
            return
        stored = self._entry(key, etag, route)
        before = stored.weight
        stored.headers, stored.body = kept(headers), body
        stored.ok_lines = wire.fields(stored.headers, len(body))
        self.size += stored.weight - before
        self._bound()

    def put_not_modified(self, key: Key, route: str | None, headers: Headers) -> None:
        """Store the 304 of `key`'s validator."""
        etag = storable(headers)
        if etag is not None:
            stored = self._entry(key, etag, route)
            before = stored.weight
            stored.not_modified = kept(headers)
            stored.not_modified_lines = wire.fields(stored.not_modified, None)
            self.size += stored.weight - before
            self._bound()

    def _entry(self, key: Key, etag: str, route: str | None) -> Stored:
        stored = self.entries.get(key)
        if stored is None or stored.etag != etag:
            if stored is not None:
                self.size -= stored.weight
            stored = self.entries[key] = Stored(etag, route)
            self.size += stored.weight
        self.entries.move_to_end(key)
        return stored

    def _bound(self) -> None:
        while self.size > self.max_bytes and self.entries:
            _, evicted = self.entries.popitem(last=False)
            self.size -= evicted.weight
