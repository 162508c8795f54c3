"""The OpenAPI document's shared parts: the Problem schema, sparse list items, and the answers
every operation can give whatever its route (rate limits, outages, conditional GETs, ...)."""

from typing import Any

from fastapi import FastAPI

from app.core.deprecation import mark_openapi
from app.core.errors import PROBLEM_MEDIA_TYPE, Problem, problem_responses

# Answers the middleware gives to any operation (docs/api.md and docs/reliability.md).
EVERY_OPERATION = (400, 429, 500, 503)
WITH_BODY = (408, 413)
NOT_MODIFIED = {
    "description": "Not Modified: the `If-None-Match` validator matches; no body.",
    "headers": {"ETag": {"description": "The current validator.", "schema": {"type": "string"}}},
}


def sparse_list_items(components: dict[str, Any]) -> None:
    """List items may be cut down by `fields=`: only their identifier stays required."""
    for schema in list(components.values()):
        ref = schema.get("properties", {}).get("data", {}).get("items", {}).get("$ref")
        if not ref:
            continue
        item = components[ref.rsplit("/", 1)[-1]]
        key = next((k for k in ("slug", "id", "key") if k in item.get("properties", {})), None)
        item["required"] = [key] if key else []


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
            if method == "get" and path not in ("/healthz", "/readyz"):
                responses.setdefault("304", NOT_MODIFIED)
            for entry in responses.values():
                for media, content in list(entry.get("content", {}).items()):
                    if media == "application/json" and "HTTPValidationError" in str(content):
                        entry["content"] = {PROBLEM_MEDIA_TYPE: problem_content()}


def problem_content() -> dict[str, Any]:
    """The content entry of a problem+json response."""
    return {"schema": {"$ref": "#/components/schemas/Problem"}}


def install(app: FastAPI) -> None:
    """Generate the document once, with the shared parts added."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["Problem"] = problem
        sparse_list_items(components)
        declare_common_responses(schema.get("paths", {}))
        mark_openapi(schema, app.state.deprecations)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
