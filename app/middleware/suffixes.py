"""Files by URL suffix: `/api/v1/jurisdictions.csv` is `/api/v1/jurisdictions?format=csv`.

One URL then has one representation, so the OpenAPI document declares each JSON operation as
JSON only (generated clients get precise types) and each file as an operation of its own
(`list_jurisdictions_csv`, `text/csv`). `format=` and `Accept` keep working on the JSON URL. The
document side is `app/core/files.py`."""

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

from app.core import files
from app.core.files import SUFFIXES
from app.middleware.asgi import route_path, send_problem


def file_urls(routes: list[Any]) -> list[str]:
    """The file URLs the OpenAPI document declares (`/api/v1/jurisdictions.csv`,
    `/api/v1/jurisdictions/{slug}/series/{metric}.csv`, ...), read off the routes (as
    `dispatch.api_routes` lists them) by the rule `files.split_file_operations` writes the
    document with, so no request waits for the whole document to be built (a first `.csv`
    request once did, and the worker kept 8 MB more for good)."""
    return [f"{r.path_format}.{fmt}" for r in routes for fmt in files.file_formats(r)]


def file_paths(routes: list[Any]) -> list[re.Pattern[str]]:
    """Patterns matching the file URLs of the routes (a path parameter: one segment)."""
    return [
        re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(url)) + "$")
        for url in file_urls(routes)
    ]


def _with_format(query: bytes, fmt: str) -> bytes:
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k != "format" or v.startswith(fmt)]
    if not any(k == "format" for k, _ in kept):
        kept.append(("format", fmt))
    return urlencode(kept).encode("latin-1")


class FileSuffixMiddleware:
    """Rewrite `<list or series URL>.csv|.ndjson` to the JSON URL with `format=`, when a route
    declares that format; any other path passes through untouched (and may 404)."""

    def __init__(self, app: ASGIApp, *, routes: Callable[[], list[Any]]) -> None:
        self.app, self.routes = app, routes
        self.patterns: list[re.Pattern[str]] | None = None

    def _rewrite(self, scope: Scope) -> Scope | None:
        path = scope["path"]
        suffix = next((s for s in SUFFIXES if path.endswith(s)), None)
        if suffix is None:
            return None
        if self.patterns is None:
            self.patterns = file_paths(self.routes())
        if not any(p.match(route_path(scope)) for p in self.patterns):
            return None
        raw = scope.get("raw_path")
        return {
            **scope,
            "path": path[: -len(suffix)],
            "raw_path": raw[: -len(suffix)] if raw and raw.endswith(suffix.encode()) else raw,
            "query_string": _with_format(scope.get("query_string", b""), SUFFIXES[suffix]),
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route a suffixed file URL to its JSON operation with the format set; a file URL
        is read-only (405 for any other method, never a write on its JSON twin)."""
        if scope["type"] == "http":
            rewritten = self._rewrite(scope)
            if rewritten is not None and scope["method"] not in ("GET", "HEAD"):
                await send_problem(
                    scope, send, 405, "method_not_allowed",
                    f"{scope['method']} is not allowed on a file URL; allowed: GET, HEAD.",
                    [(b"allow", b"GET, HEAD")],
                )  # fmt: skip
                return
            scope = rewritten or scope
        await self.app(scope, receive, send)
