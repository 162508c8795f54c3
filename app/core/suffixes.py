"""Files by URL suffix: `/api/v1/jurisdictions.csv` is `/api/v1/jurisdictions?format=csv`.

One URL then has one representation, so the OpenAPI document declares each JSON operation as
JSON only (generated clients get precise types) and each file as an operation of its own
(`list_jurisdictions_csv`, `text/csv`). `format=` and `Accept` keep working on the JSON URL."""

import copy
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.hardening import send_problem
from app.core.middleware import route_path

MEDIA_FORMATS = {"text/csv": "csv", "application/x-ndjson": "ndjson"}
SUFFIXES = {f".{fmt}": fmt for fmt in MEDIA_FORMATS.values()}
JSON = "application/json"


def file_paths(document: dict[str, Any]) -> list[re.Pattern[str]]:
    """Patterns of the file URLs the OpenAPI document declares (`/api/v1/jurisdictions.csv`,
    `/api/v1/jurisdictions/{slug}/series/{metric}.csv`, ...), whose JSON twin it also has."""
    patterns = []
    for path in document.get("paths", {}):
        base, dot, fmt = path.rpartition(".")
        if dot and f".{fmt}" in SUFFIXES and base in document["paths"]:
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
            patterns.append(re.compile(f"^{pattern}$"))
    return patterns


def _with_format(query: bytes, fmt: str) -> bytes:
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k != "format" or v.startswith(fmt)]
    if not any(k == "format" for k, _ in kept):
        kept.append(("format", fmt))
    return urlencode(kept).encode("latin-1")


class FileSuffixMiddleware:
    """Rewrite `<list or series URL>.csv|.ndjson` to the JSON URL with `format=`, when a route
    declares that format; any other path passes through untouched (and may 404)."""

    def __init__(self, app: ASGIApp, *, document: Callable[[], dict[str, Any]]) -> None:
        self.app, self.document = app, document
        self.patterns: list[re.Pattern[str]] | None = None

    def _rewrite(self, scope: Scope) -> Scope | None:
        path = scope["path"]
        suffix = next((s for s in SUFFIXES if path.endswith(s)), None)
        if suffix is None:
            return None
        if self.patterns is None:
            self.patterns = file_paths(self.document())
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


def _file_operation(operation: dict[str, Any], media: str, fmt: str) -> dict[str, Any]:
    clone = copy.deepcopy(operation)
    clone["operationId"] = f"{operation['operationId']}_{fmt}"
    clone["summary"] = f"{operation.get('summary', '')} ({fmt.upper()})"
    label = "CSV (RFC 4180, a header row)" if fmt == "csv" else "NDJSON (one JSON object a line)"
    clone["description"] = (
        f"The same rows as `{operation['operationId']}`, as {label}. Without `limit` or "
        "`cursor` a list answers every matching row as one streamed file."
    )
    response = clone["responses"]["200"]
    response["description"] = f"The rows as {label}."
    response["content"] = {media: {"schema": {"type": "string"}}}
    parameters = []
    for parameter in clone.get("parameters", []):
        if parameter["name"] != "format":
            parameters.append(parameter)
            continue
        variants = [v for v in parameter["schema"].get("enum", []) if v.startswith(fmt)]
        if len(variants) > 1:  # e.g. compare: csv (long) or csv_wide
            parameter["schema"] = {"type": "string", "enum": variants, "default": fmt}
            parameters.append(parameter)
    clone["parameters"] = parameters
    return clone


def split_file_operations(paths: dict[str, Any]) -> dict[str, Any]:
    """JSON operations declare JSON only; each file format becomes `<path>.<format>`."""
    result: dict[str, Any] = {}
    for path, item in paths.items():
        result[path] = item
        operation = item.get("get")
        content = (operation or {}).get("responses", {}).get("200", {}).get("content", {})
        if "." in path or JSON not in content or len(content) == 1:
            continue
        original = copy.deepcopy(operation)
        operation["responses"]["200"]["content"] = {JSON: content[JSON]}
        operation["parameters"] = [
            p for p in operation.get("parameters", []) if p["name"] != "format"
        ]
        for media in [m for m in content if m != JSON]:
            fmt = next(f for m, f in MEDIA_FORMATS.items() if media.startswith(m))
            result[f"{path}.{fmt}"] = {"get": _file_operation(original, media, fmt)}
    return result
