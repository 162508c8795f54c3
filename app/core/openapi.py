"""The OpenAPI document's shared parts: the Problem schema, sparse list items, and the answers
every operation can give whatever its route (rate limits, outages, conditional GETs, ...)."""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from app.core.contract import (
    bound_formats,
    bound_outputs,
    no_null_parameters,
    output_schemas,
    require_output_fields,
    unused_components,
)
from app.core.deprecation import mark_openapi
from app.core.errors import PROBLEM_MEDIA_TYPE, Problem, problem_responses
from app.core.files import split_file_operations

# Answers the middleware gives to any operation (docs/api.md and docs/reliability.md).
EVERY_OPERATION = (400, 429, 500, 503)
WITH_BODY = (408, 413)
# Fields sent only when they apply: a field problem names a parameter or a pointer; a page's
# meta has `total` with `extras=count` and `facets` with `facet=`; a detail's meta says
# `truncated` only when an embedded list was cut.
SOMETIMES_ABSENT = {
    "FieldProblem": {"parameter", "pointer"},
    "ListMeta": {"total", "facets"},
    "ItemMeta": {"truncated"},
}
NOT_MODIFIED = {"description": "Not Modified: the `If-None-Match` validator matches; no body."}

# Every response header the service sends, declared once (components/headers) and referenced
# from the responses that carry it. Only X-Request-ID is on every response; the others are
# optional where middleware or settings decide (rate limits can be off, a cache hit, ...).
HEADERS: dict[str, tuple[str, bool]] = {
    "X-Request-ID": ("The request's id (also in problem bodies and the logs).", True),
    "ETag": ("Strong validator of this representation (If-None-Match, If-Match).", False),
    "Cache-Control": ("`public, max-age=N` on GETs; `no-store` on probes and metrics.", False),
    "Vary": ("`Accept, Accept-Encoding`: what the representation depends on.", False),
    "Link": ('`<url>; rel="next"` on a list page with more; `rel="deprecation"` too.', False),
    "Location": ("The created record's URL.", True),
    "Last-Modified": (
        "On lists: when the dataset last changed; pass it as `updated_since` next time.",
        False,
    ),
    "RateLimit-Limit": ("Requests this budget allows per window.", False),
    "RateLimit-Remaining": ("Requests left in this window.", False),
    "RateLimit-Reset": ("Seconds until the window resets.", False),
    "Retry-After": ("Seconds to wait before retrying.", True),
    "Deprecation": ("`@<unix time>` when what the request used was deprecated (RFC 9745).", False),
    "Sunset": ("When what the request used stops working (RFC 8594).", False),
    "Access-Control-Allow-Origin": (
        "Sent when the request has an `Origin`: `*` on reads, the origin on allowed writes.",
        False,
    ),
}
HEADER_MAX = 8_192  # no header the service sends is longer
RATE_LIMIT = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def header_components() -> dict[str, Any]:
    """components/headers: each header's description, type and whether it is always sent."""
    return {
        name: {
            "description": text,
            "required": always,
            "schema": {"type": "string", "maxLength": HEADER_MAX},
        }
        for name, (text, always) in HEADERS.items()
    }


def _headers_of(method: str, status: str) -> list[str]:
    names = ["X-Request-ID", "Access-Control-Allow-Origin", *RATE_LIMIT]
    if status == "201":
        names += ["Location", "ETag"]
    elif status in ("200", "304") and method == "get":
        names += ["ETag", "Cache-Control", "Vary", "Link", "Last-Modified", "Deprecation", "Sunset"]
    elif status == "200":
        names += ["ETag"]
    elif status in ("429", "503"):
        names += ["Retry-After"]
    return names


def declare_headers(paths: dict[str, Any]) -> None:
    """Reference the headers each response carries."""
    for item in paths.values():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    continue
                declared = response.setdefault("headers", {})
                for name in _headers_of(method, status):
                    declared.setdefault(name, _ref(name))


def sparse_list_items(components: dict[str, Any]) -> set[str]:
    """Items of a paged list (`meta` is ListMeta) may be cut down by `fields=`: only their
    identifier stays required. Series, comparisons and search hits are whole."""
    sparse: set[str] = set()
    for schema in list(components.values()):
        properties = schema.get("properties", {})
        ref = properties.get("data", {}).get("items", {}).get("$ref")
        if not ref or properties.get("meta", {}).get("$ref") != "#/components/schemas/ListMeta":
            continue
        item = components[ref.rsplit("/", 1)[-1]]
        key = next((k for k in ("slug", "id", "key") if k in item.get("properties", {})), None)
        item["required"] = [key] if key else []
        sparse.add(ref.rsplit("/", 1)[-1])
    return sparse


def declare_common_responses(paths: dict[str, Any]) -> None:
    """Declare on each operation the statuses that middleware can answer it with."""
    for path, item in paths.items():
        for method, operation in item.items():
            responses = operation.setdefault("responses", {})
            statuses = list(EVERY_OPERATION)
            if method in ("post", "patch", "put"):
                statuses += WITH_BODY
            for status, entry in problem_responses(*statuses).items():
                responses.setdefault(str(status), entry)
            operation.setdefault("security", [])  # public: no key needed (and none looked at)
            if method == "get" and path not in ("/healthz", "/readyz"):
                responses.setdefault("304", NOT_MODIFIED)
            for entry in responses.values():
                for media, content in list(entry.get("content", {}).items()):
                    if media == "application/json" and "HTTPValidationError" in str(content):
                        entry["content"] = {PROBLEM_MEDIA_TYPE: problem_content()}


def problem_content() -> dict[str, Any]:
    """The content entry of a problem+json response."""
    return {"schema": {"$ref": "#/components/schemas/Problem"}}


def install(app: FastAPI, *finish: Callable[[dict[str, Any]], None]) -> None:
    """Generate the document once, with the shared parts added; each `finish` step then
    completes it (e.g. the wiring layer's response examples, the app's upload limit)."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["Problem"] = problem
        sparse = sparse_list_items(components)
        schema["paths"] = split_file_operations(schema.get("paths", {}))
        declare_common_responses(schema["paths"])
        declare_headers(schema["paths"])
        no_null_parameters(schema["paths"])
        unused_components(schema)
        outputs = output_schemas(schema)
        require_output_fields(components, outputs, sparse, SOMETIMES_ABSENT)
        bound_formats(schema)
        bound_outputs(components, outputs)
        schema["components"]["headers"] = header_components()
        mark_openapi(schema, app.state.deprecations)
        for step in finish:
            step(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
