"""gzip for clients that take it (Starlette's compressor), and a lean pass for those that do
not: most API clients and scripts. Starlette's layer builds a responder and parses the answer's
headers twice for every request, compressed or not (10-20 us of an observation page in
process, docs/benchmarks.md); here an answer that is not compressed costs one scan of its
headers, and is labelled exactly as Starlette labels it (`Vary: Accept-Encoding` on an answer
that would have been compressed for a client that asked), so every answer is byte for byte
what it was."""

from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.middleware.asgi import header

EXCLUDED = frozenset(t.partition(";")[0].strip().lower() for t in DEFAULT_EXCLUDED_CONTENT_TYPES)


class CompressionMiddleware:
    """gzip-compressed answers for clients whose Accept-Encoding names gzip."""

    def __init__(self, app: ASGIApp, *, minimum_size: int) -> None:
        self.app, self.minimum_size = app, minimum_size
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Compress for a client that takes gzip; label the answer for one that does not."""
        if scope["type"] != "http" or "gzip" in (header(scope, b"accept-encoding") or ""):
            await self.gzip(scope, receive, send)
            return
        await self.app(scope, receive, _Uncompressed(send, self.minimum_size).send)


class _Uncompressed:
    """The answer passed on as it is, with `Vary: Accept-Encoding` where gzip would apply."""

    def __init__(self, send: Send, minimum_size: int) -> None:
        self.client, self.minimum_size = send, minimum_size
        self.start: Message | None = None

    async def send(self, message: Message) -> None:
        """Hold the start until the first body says whether the answer is compressible."""
        if message["type"] == "http.response.start":
            if compressible(message):
                self.start = message
                return
        elif self.start is not None and message["type"] in (
            "http.response.body",
            "http.response.pathsend",
        ):
            start, self.start = self.start, None
            body, more = message.get("body", b""), message.get("more_body", False)
            if message["type"] == "http.response.body" and (more or len(body) >= self.minimum_size):
                start["headers"] = varied(start["headers"])
            await self.client(start)
        await self.client(message)


def compressible(start: Message) -> bool:
    """Whether Starlette's gzip would consider compressing this answer (not already encoded,
    not partial, not of an excluded media type); sets its headers to a list, as it does."""
    headers = start.setdefault("headers", [])
    if start["status"] == 206:
        return False
    types = [value for name, value in headers if name == b"content-type"]
    if any(name == b"content-encoding" for name, _ in headers):
        return False
    media_type = types[0].decode("latin-1").partition(";")[0].strip().lower() if types else ""
    kinds = {media_type, media_type.partition("/")[0] + "/*"}
    if media_type.startswith("application/grpc+"):
        kinds.add("application/grpc")
    return kinds.isdisjoint(EXCLUDED)


def varied(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """`headers` with Accept-Encoding added to Vary: one Vary header, where the first was."""
    values = [value for name, value in headers if name == b"vary"]
    vary = (b"vary", b", ".join([*values, b"Accept-Encoding"]))
    if not values:
        return [*headers, vary]
    first = next(i for i, (name, _) in enumerate(headers) if name == b"vary")
    rest = [(n, v) for i, (n, v) in enumerate(headers) if n != b"vary" or i == first]
    return [vary if n == b"vary" else (n, v) for n, v in rest]
