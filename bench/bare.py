"""The ceiling: a bare ASGI app returning a fixed small JSON body (no framework, no database)."""

from typing import Any

BODY = b'{"data":[],"links":{"self":"/","next":null},"meta":{"limit":100}}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer every HTTP request with the same body."""
    if scope["type"] != "http":
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": BODY})
