"""The ceilings: bare ASGI apps (no framework, no database) that answer every request at once.

`app` returns a fixed small JSON body. `replay` returns the very answers sjc-api gives the
benchmark's cached URL, captured from a running server into the file SJC_BARE_ANSWERS names
(`capture`): the same status, headers and body bytes, a 304 when the request carries
If-None-Match. What a cache hit costs beyond `replay` is the application's own work; what
`replay` costs beyond `app` is the size of the answer (headers and a 9.5 KB body)."""

import base64
import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

BODY = b'{"data":[],"links":{"self":"/","next":null},"meta":{"limit":100}}'
SERVER_MADE = {"date", "server", "connection"}  # the server's own (urllib asks to close)


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


def _answer(status: int, headers: list[tuple[str, str]], body: bytes) -> dict[str, Any]:
    kept = [[k.lower(), v] for k, v in headers if k.lower() not in SERVER_MADE]
    return {"status": status, "headers": kept, "body": base64.b64encode(body).decode()}


def capture(url: str, out: Path) -> None:
    """Save the answers a server gives `url` (a 200, then a 304 to its ETag) for `replay`."""
    with urllib.request.urlopen(url) as response:
        ok = _answer(response.status, response.getheaders(), response.read())
    etag = dict(ok["headers"])["etag"]
    try:
        urllib.request.urlopen(urllib.request.Request(url, headers={"If-None-Match": etag}))
        raise RuntimeError(f"{url} did not answer 304 to its own ETag")
    except urllib.error.HTTPError as error:
        if error.code != 304:
            raise
        not_modified = _answer(304, list(error.headers.items()), b"")
    out.write_text(json.dumps({"ok": ok, "not_modified": not_modified}))


def _loaded(answer: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    headers = [(k.encode(), v.encode()) for k, v in answer["headers"]]
    start = {"type": "http.response.start", "status": answer["status"], "headers": headers}
    return start, {"type": "http.response.body", "body": base64.b64decode(answer["body"])}


_ANSWERS = os.environ.get("SJC_BARE_ANSWERS")
_REPLAYED = json.loads(Path(_ANSWERS).read_text()) if _ANSWERS else {}
_OK = _loaded(_REPLAYED["ok"]) if _REPLAYED else None
_NOT_MODIFIED = _loaded(_REPLAYED["not_modified"]) if _REPLAYED else None


async def replay(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer every HTTP request with the captured 200, or the captured 304 when it carries
    If-None-Match."""
    if scope["type"] != "http" or _OK is None or _NOT_MODIFIED is None:
        return
    revalidating = any(k == b"if-none-match" for k, _ in scope["headers"])
    start, body = _NOT_MODIFIED if revalidating else _OK
    await send(start)
    await send(body)
