"""The compression layer sends what Starlette's GZipMiddleware sends, message for message, for
clients that take gzip and clients that do not (it replaced that layer for its cost only)."""

import asyncio
import copy
from typing import Any

import pytest
from starlette.middleware.gzip import GZipMiddleware

from app.middleware.compression import CompressionMiddleware

MINIMUM = 500
BIG, SMALL = b'{"data":"' + b"x" * 600 + b'"}', b'{"data":[]}'
JSON = [(b"content-type", b"application/json")]

# Each case: the messages an app sends (the answer's start, then its body messages).
CASES: dict[str, list[dict[str, Any]]] = {
    "large": [{"status": 200, "headers": JSON}, {"body": BIG}],
    "small": [{"status": 200, "headers": JSON}, {"body": SMALL}],
    "exactly the minimum": [{"status": 200, "headers": JSON}, {"body": b"y" * MINIMUM}],
    "one below the minimum": [{"status": 200, "headers": JSON}, {"body": b"y" * (MINIMUM - 1)}],
    "vary already": [
        {"status": 200, "headers": [(b"vary", b"Accept"), *JSON, (b"etag", b'"1"')]},
        {"body": BIG},
    ],
    "two vary headers": [
        {"status": 200, "headers": [(b"vary", b"Accept"), *JSON, (b"vary", b"Origin")]},
        {"body": BIG},
    ],
    "already encoded": [
        {"status": 200, "headers": [*JSON, (b"content-encoding", b"br")]},
        {"body": BIG},
    ],
    "partial": [{"status": 206, "headers": JSON}, {"body": BIG}],
    "excluded type": [{"status": 200, "headers": [(b"content-type", b"image/png")]}, {"body": BIG}],
    "excluded family": [
        {"status": 200, "headers": [(b"content-type", b"audio/ogg")]},
        {"body": BIG},
    ],
    "grpc": [
        {"status": 200, "headers": [(b"content-type", b"application/grpc+proto")]},
        {"body": BIG},
    ],
    "type with parameters": [
        {"status": 200, "headers": [(b"content-type", b"Text/CSV; charset=utf-8")]},
        {"body": BIG},
    ],
    "two content types": [
        {"status": 200, "headers": [(b"content-type", b"image/png"), *JSON]},
        {"body": BIG},
    ],
    "no content type": [{"status": 200, "headers": []}, {"body": BIG}],
    "no headers at all": [{"status": 200}, {"body": BIG}],
    "streamed": [
        {"status": 200, "headers": [(b"content-type", b"text/csv")]},
        {"body": b"a,b\n", "more_body": True},
        {"body": b"1,2\n" * 300, "more_body": True},
        {"body": b"", "more_body": False},
    ],
    "not modified": [{"status": 304, "headers": [(b"etag", b'"1"')]}, {"body": b""}],
    "empty body": [{"status": 200, "headers": JSON}, {"body": b""}],
}


def _app(messages: list[dict[str, Any]]) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        start, *bodies = copy.deepcopy(messages)
        await send({"type": "http.response.start", **start})
        for body in bodies:
            await send({"type": "http.response.body", **body})

    return app


def _sent(layer: Any, accept_encoding: str | None) -> list[dict[str, Any]]:
    headers = [(b"accept-encoding", accept_encoding.encode())] if accept_encoding else []
    scope = {"type": "http", "method": "GET", "path": "/", "headers": headers}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(copy.deepcopy(message))

    asyncio.run(layer(scope, receive, send))
    return sent


@pytest.mark.parametrize("accept_encoding", [None, "gzip, deflate", "br", "identity"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_answers_as_starlette_does(case: str, accept_encoding: str | None) -> None:
    app = _app(CASES[case])
    ours = _sent(CompressionMiddleware(app, minimum_size=MINIMUM), accept_encoding)
    theirs = _sent(GZipMiddleware(app, minimum_size=MINIMUM), accept_encoding)
    assert ours == theirs


def test_labels_an_answer_gzip_would_apply_to() -> None:
    app = _app(CASES["vary already"])
    start = _sent(CompressionMiddleware(app, minimum_size=MINIMUM), None)[0]
    assert start["headers"][0] == (b"vary", b"Accept, Accept-Encoding")
    compressed = _sent(CompressionMiddleware(app, minimum_size=MINIMUM), "gzip")[0]
    assert (b"content-encoding", b"gzip") in compressed["headers"]
