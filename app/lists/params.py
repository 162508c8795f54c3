"""Builds the documented query parameters of each list from its ListSpec."""

import inspect
import re
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Annotated, Any, Literal

from fastapi import Query, Request

from app.core.contract import MAX_LIMIT
from app.core.errors import InvalidParameterError
from app.core.params import IsoInstant
from app.lists.engine import ListParams, ListSpec, parse_sort, split_csv_param


class Format(StrEnum):
    """Representations a list can be served in."""

    json = "json"
    csv = "csv"
    ndjson = "ndjson"


def _names_pattern(names: list[str], signed: bool = False) -> str:
    token = ("-?" if signed else "") + "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return f"^{token}(?:,{token})*$"


def _param(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


def list_params(spec: ListSpec) -> Callable[..., Awaitable[ListParams]]:
    """A FastAPI dependency parsing limit, cursor, sort, fields, include, extras, facet, q."""
    sorts = sorted(spec.sorts)
    fields = list(spec.fields)
    params = [
        _param(
            "limit",
            Annotated[
                int | None,
                Query(
                    ge=1,
                    le=MAX_LIMIT,
                    description="Page size (default 50, max 500).",
                    examples=[50],
                ),
            ],
        ),
        _param(
            "cursor",
            Annotated[
                str | None,
                Query(
                    max_length=2048,
                    description="Opaque cursor from `links.next` of the previous page (it is tied to the sort).",
                ),
            ],
        ),
        _param(
            "sort",
            Annotated[
                str | None,
                Query(
                    max_length=300,
                    description=f"Comma-separated sort keys, `-` for descending. Allowed: {', '.join(sorts)}. "
                    f"Default `{spec.default_sort}`; `{spec.key_field}` always breaks ties. Missing values sort first.",
                    examples=[spec.default_sort],
                    json_schema_extra={"pattern": _names_pattern(sorts, signed=True)},
                ),
            ],
        ),
        _param(
            "fields",
            Annotated[
                str | None,
                Query(
                    max_length=500,
                    description=f"Sparse fieldset, comma-separated (`{spec.key_field}` is always kept). Allowed: {', '.join(fields)}.",
                    json_schema_extra={"pattern": _names_pattern(fields)},
                ),
            ],
        ),
        _param(
            "extras",
            Annotated[
                list[Literal["count"]] | None,
                Query(
                    max_length=1,
                    description="`count` adds `meta.total` (the number of matching rows).",
                ),
            ],
        ),
        _param(
            "format",
            Annotated[
                Format | None,
                Query(
                    description="Representation: json (default), csv or ndjson; overrides the Accept header."
                ),
            ],
        ),
    ]
    if spec.includes:
        names = sorted(spec.includes)
        params.append(
            _param(
                "include",
                Annotated[
                    str | None,
                    Query(
                        max_length=300,
                        description=f"Embed related resources, comma-separated. Allowed: {', '.join(names)}. In CSV each becomes a column of slugs joined by `;`.",
                        json_schema_extra={"pattern": _names_pattern(names)},
                    ),
                ],
            )
        )
    if spec.stamped:
        params.append(
            _param(
                "updated_since",
                Annotated[
                    IsoInstant | None,
                    Query(
                        description="Only rows created or changed after this time (ISO 8601 "
                        "with offset): pass the `Last-Modified` of your last sync to mirror "
                        "incrementally; `/api/v1/deletions` lists what was deleted.",
                        examples=["2026-11-26T12:00:00Z"],
                    ),
                ],
            )
        )
    if spec.facets:
        facet_type: Any = Literal[tuple(sorted(spec.facets))]
        params.append(
            _param(
                "facet",
                Annotated[
                    list[facet_type] | None,
                    Query(
                        max_length=len(spec.facets),
                        description="Add `meta.facets[name]`: value, label and count (the 100 most frequent values) over all matching rows. Repeatable.",
                    ),
                ],
            )
        )
    if spec.searchable:
        params.append(
            _param(
                "q",
                Annotated[
                    str | None,
                    Query(
                        min_length=1,
                        max_length=200,
                        description='Full-text search: words (stemmed, all must match) and "quoted phrases".',
                        examples=["diversion"],
                    ),
                ],
            )
        )

    patterns = {
        "sort": (_names_pattern(sorts, signed=True), sorts),
        "fields": (_names_pattern(fields), fields),
        "include": (_names_pattern(sorted(spec.includes)), sorted(spec.includes)),
    }

    params.append(_param("request", Request))  # the app's settings (its default page size)

    async def dependency(**kwargs: Any) -> ListParams:  # async: pure CPU, no thread hop
        for name, (pattern, allowed) in patterns.items():
            raw = kwargs.get(name)
            if raw is not None and not re.fullmatch(pattern, raw):
                raise InvalidParameterError(
                    name, f"'{raw}' is not a comma-separated list of: {', '.join(allowed)}."
                )
        parse_sort(spec, kwargs.get("sort"))
        return ListParams(
            limit=kwargs.get("limit") or kwargs["request"].app.state.settings.default_page_size,
            cursor=kwargs.get("cursor"),
            sort=kwargs.get("sort"),
            fields=split_csv_param("fields", kwargs.get("fields"), fields),
            include=split_csv_param("include", kwargs.get("include"), sorted(spec.includes)),
            count="count" in (kwargs.get("extras") or []),
            facets=tuple(dict.fromkeys(kwargs.get("facet") or [])),
            q=(kwargs.get("q") or "").strip() or None,
            format=kwargs.get("format"),
            updated_since=kwargs.get("updated_since"),
        )

    dependency.__signature__ = inspect.Signature(params, return_annotation=ListParams)  # type: ignore[attr-defined]
    dependency.__name__ = f"{spec.resource.replace('-', '_')}_list_params"
    return dependency
