"""Tighten the generated OpenAPI document into the contract clients compile against: output
fields that are always sent are required, query parameters are never `null`, and every
string, integer and array in a response states the bound the service keeps to."""

from collections.abc import Iterator
from typing import Any

from app.core.config import BUCKETS_CEILING
from app.core.inputs import MARKDOWN_MAX

MAX_LIMIT = 500  # a page holds at most this many rows (`limit`)
FACET_MAX = 100  # a facet counts its most frequent values, at most this many
EMBED_MAX = 1_000  # a detail embeds at most this many related records per list (render.py)
SAFE_INTEGER = 2**53 - 1  # integers stay where JavaScript represents them exactly
# Dates are read and written YYYY-MM-DD; instants ISO 8601 with an offset, at most nanoseconds
# (app/core/params.py refuses longer forms), so these bounds hold for requests as well.
STRING_BOUNDS = {"date": 10, "date-time": 35}
SERIES_SCHEMAS = ("SeriesResponse", "CompareResponse")
INPUT_SUFFIXES = ("Create", "Patch", "Seed")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def output_schemas(document: dict[str, Any]) -> set[str]:
    """Names of the component schemas reachable from responses (and only from them)."""
    components = document["components"]["schemas"]
    responses = [
        operation.get("responses", {})
        for item in document["paths"].values()
        for operation in item.values()
    ]
    seen: set[str] = set()
    todo = list(_refs(responses))
    while todo:
        name = todo.pop()
        if name not in seen and name in components:
            seen.add(name)
            todo.extend(_refs(components[name]))
    return {name for name in seen if not name.endswith(INPUT_SUFFIXES)}


def require_output_fields(
    components: dict[str, Any], names: set[str], sparse: set[str], absent: dict[str, set[str]]
) -> None:
    """An output field the service always sends (null when unknown) is required; items that
    `fields=` can cut down keep only their key required; `absent` names the fields a schema
    leaves out when they do not apply."""
    for name in names - sparse:
        schema = components[name]
        if "properties" in schema:
            optional = absent.get(name, set())
            schema["required"] = [p for p in schema["properties"] if p not in optional]


def _bound(schema: dict[str, Any]) -> None:
    """Text, integers and arrays no bound was stated for (dates and instants have theirs from
    bound_formats; pages, series and facets from bound_outputs)."""
    kind = schema.get("type")
    if kind == "string" and not {"maxLength", "enum", "const"} & schema.keys():
        schema["maxLength"] = MARKDOWN_MAX
    elif kind == "integer":
        if "minimum" not in schema and "exclusiveMinimum" not in schema:
            schema["minimum"] = -SAFE_INTEGER
        if "maximum" not in schema and "exclusiveMaximum" not in schema:
            schema["maximum"] = SAFE_INTEGER
    elif kind == "array":
        schema.setdefault("maxItems", EMBED_MAX)


def _walk(node: Any) -> None:
    if isinstance(node, dict):
        _bound(node)
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)


def bound_outputs(components: dict[str, Any], names: set[str]) -> None:
    """State the length, range or size every output value keeps to (after bound_formats)."""
    for name in names:
        schema = components[name]
        properties = schema.get("properties", {})
        if "data" in properties and properties["data"].get("type") == "array":
            pages = BUCKETS_CEILING if name in SERIES_SCHEMAS else MAX_LIMIT
            properties["data"].setdefault("maxItems", pages)
        _bound_facets(properties.get("facets"))
        _walk(schema)


def _bound_facets(facets: dict[str, Any] | None) -> None:
    for branch in (facets or {}).get("anyOf", []):
        values = branch.get("additionalProperties")
        if isinstance(values, dict):
            values.setdefault("maxItems", FACET_MAX)
            branch.setdefault("maxProperties", FACET_MAX)


def bound_formats(node: Any) -> None:
    """Everywhere in the document: dates and instants have their length, integers are int64;
    a bound stated on an optional value (`anyOf` with null) moves onto its string branch."""
    if isinstance(node, dict):
        if "maxLength" in node and "anyOf" in node:
            limit = node.pop("maxLength")
            for branch in node["anyOf"]:
                if branch.get("type") == "string":
                    branch.setdefault("maxLength", limit)
        if node.get("type") == "string" and node.get("format") in STRING_BOUNDS:
            node.setdefault("maxLength", STRING_BOUNDS[node["format"]])
        if node.get("type") == "integer":
            node.setdefault("format", "int64")
        for value in node.values():
            bound_formats(value)
    elif isinstance(node, list):
        for value in node:
            bound_formats(value)


def no_null_parameters(paths: dict[str, Any]) -> None:
    """A query parameter is present or absent, never `null`: drop the null branch FastAPI
    derives from `T | None`, so clients type it `T` (optional)."""
    for item in paths.values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                branches = schema.get("anyOf")
                if not branches:
                    continue
                kept = [b for b in branches if b.get("type") != "null"]
                if len(kept) == 1:
                    del schema["anyOf"]
                    schema.update(kept[0])
                else:
                    schema["anyOf"] = kept


def unused_components(document: dict[str, Any]) -> None:
    """Drop component schemas nothing refers to any more."""
    components = document["components"]["schemas"]
    used: set[str] = set()
    todo = list(_refs(document["paths"]))
    while todo:
        name = todo.pop()
        if name not in used and name in components:
            used.add(name)
            todo.extend(_refs(components[name]))
    for name in set(components) - used:
        del components[name]
