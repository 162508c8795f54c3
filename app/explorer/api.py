"""Call the public API from a page: an in-process GET through the whole ASGI application
(rate limits, caching and validation included), as if the reader's browser had asked it."""

import json
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from starlette.types import Message


class ApiAnswer:
    """The status and JSON body of one API call."""

    def __init__(self, status: int, body: Any) -> None:
        self.status, self.body = status, body

    @property
    def data(self) -> Any:
        """The `data` member of a successful answer."""
        return self.body["data"]

    @property
    def next_cursor(self) -> str | None:
        """The cursor of a list's next page (None on the last)."""
        return self.body["meta"].get("next_cursor")


async def call(request: Request, path: str, **query: Any) -> ApiAnswer:
    """GET a public API path (query values of None are left out) on behalf of `request`."""
    params = [(name, value) for name, value in query.items() if value is not None and value != ""]
    root = request.scope.get("root_path", "")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": request.scope.get("scheme", "http"),
        "path": root + path,
        "raw_path": (root + path).encode(),
        "root_path": root,
        "query_string": urlencode(params).encode(),
        "headers": [(b"accept", b"application/json"), (b"host", b"explorer")],
        "client": request.scope.get("client"),
        "server": request.scope.get("server"),
        "state": dict(request.scope.get("state", {})),
    }
    status, chunks = 500, []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await request.app(scope, receive, send)
    body = b"".join(chunks)
    return ApiAnswer(status, json.loads(body) if body else None)
