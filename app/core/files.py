"""Files by URL suffix as the OpenAPI document declares them: `/api/v1/jurisdictions.csv`
is `/api/v1/jurisdictions?format=csv` (the ASGI side: `app/middleware/suffixes.py`).

One URL then has one representation, so the OpenAPI document declares each JSON operation as
JSON only (generated clients get precise types) and each file as an operation of its own
(`list_jurisdictions_csv`, `text/csv`). `format=` and `Accept` keep working on the JSON URL."""

import copy
from typing import Any

MEDIA_FORMATS = {"text/csv": "csv", "application/x-ndjson": "ndjson"}
SUFFIXES = {f".{fmt}": fmt for fmt in MEDIA_FORMATS.values()}
JSON = "application/json"
_ACCEPTED = {**MEDIA_FORMATS, "application/ndjson": "ndjson"}


def format_for_accept(accept: str) -> str:
    """The list format an Accept header selects: the first CSV or NDJSON type it names before
    any JSON type or wildcard, else JSON. The HTTP cache keys on this, not on the raw header,
    so clients that phrase Accept differently share one cached representation."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in _ACCEPTED:
            return _ACCEPTED[media]
        if media in (JSON, "*/*", "application/*"):
            return "json"
    return "json"


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


def file_formats(route: Any) -> list[str]:
    """The file formats a route (an effective route context, see `dispatch.flatten`) has URLs
    for, by the rule `split_file_operations` applies to its operation: a documented GET of a
    JSON response whose 200 response also declares files, at a path without a dot."""
    declared = route.responses.get(200) or route.responses.get("200") or {}
    media = getattr(route.response_class, "value", route.response_class).media_type
    if not route.include_in_schema or "GET" not in route.methods or "." in route.path_format:
        return []
    if media != JSON:
        return []
    return [
        f
        for m, f in MEDIA_FORMATS.items()
        if any(c.startswith(m) for c in declared.get("content", {}))
    ]


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
