"""Turn results into responses: JSON envelopes, flat CSV, NDJSON, and the Link header."""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from fastapi import Request
from sqlalchemy import Connection, Engine, Select
from sqlmodel import Session
from starlette.responses import Response, StreamingResponse

from app.core.contract import EMBED_MAX, MAX_LIMIT
from app.core.files import format_for_accept
from app.core.json import dumps
from app.core.links import public_url
from app.lists.cells import csv_lines
from app.lists.engine import Filtered, ListParams, ListResult, ListSpec, run_list

MEDIA = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson",
}


def negotiate(request: Request, explicit: str | None) -> str:
    """`format=` wins; otherwise the first CSV/NDJSON type in Accept; otherwise JSON."""
    return explicit or format_for_accept(request.headers.get("accept", ""))


def ndjson_lines(rows: Iterable[dict[str, Any]]) -> bytes:
    """Encode rows as newline-delimited JSON."""
    return b"".join(dumps(row) + b"\n" for row in rows)


def _csv_fields(spec: ListSpec, params: ListParams) -> list[str]:
    # The key is always the first column, so naming it in `fields` does not repeat it.
    return [f for f in (params.fields or spec.fields) if f != spec.key_field]


def list_response(
    request: Request, spec: ListSpec, params: ListParams, result: ListResult
) -> Response:
    """Render a page in the negotiated format, with `Link: <next>; rel="next"`."""
    fmt = negotiate(request, params.format)
    next_url = public_url(request, cursor=result.next_cursor) if result.next_cursor else None
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    if fmt == "csv":
        columns = [spec.key_field, *_csv_fields(spec, params), *params.include]
        return Response(
            b"".join(csv_lines(columns, result.items)), media_type=MEDIA["csv"], headers=headers
        )
    if fmt == "ndjson":
        return Response(ndjson_lines(result.items), media_type=MEDIA["ndjson"], headers=headers)
    meta: dict[str, Any] = {"limit": params.limit, "next_cursor": result.next_cursor}
    if result.total is not None:
        meta["total"] = result.total
    if result.facets is not None:
        meta["facets"] = result.facets
    body = {
        "data": result.items,
        "links": {"self": public_url(request), "next": next_url},
        "meta": meta,
    }
    return Response(dumps(body), media_type=MEDIA["json"], headers=headers)


def entity_tag(body: bytes) -> str:
    """A strong ETag computed from the representation's bytes."""
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def item_body(data: dict[str, Any], meta: dict[str, Any] | None = None) -> bytes:
    """The bytes of one object as `{"data", "meta"}` (GET and write responses share them). An
    embedded list longer than EMBED_MAX is cut there and named in `meta.truncated`; its
    sub-collection (e.g. `/jurisdictions/{slug}/strategies`) pages through all of it."""
    meta = dict(meta or {})
    long = sorted(k for k, v in data.items() if type(v) is list and len(v) > EMBED_MAX)
    if long:
        data = {k: v[:EMBED_MAX] if k in long else v for k, v in data.items()}
        meta["truncated"] = long
    return dumps({"data": data, "meta": meta})


def item_response(
    data: dict[str, Any], *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Render one object with a content ETag: it changes exactly when the record's
    representation does, so it serves both caching and If-Match on writes."""
    body = item_body(data)
    return Response(
        body,
        status_code=status,
        media_type=MEDIA["json"],
        headers={"ETag": entity_tag(body), **(headers or {})},
    )


def list_openapi_responses() -> dict[int | str, dict[str, Any]]:
    """Document the CSV and NDJSON representations of a list's 200 response."""
    return {
        200: {
            "description": "A page: `data`, `links` (`next` while more rows match) and `meta`. "
            "The same rows as files: `<path>.csv`, `<path>.ndjson`.",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    }


def every_page(
    engine: Engine | Connection,
    spec: ListSpec,
    stmt: Select[Any] | Filtered,
    params: ListParams,
    fmt: str,
) -> StreamingResponse:
    """The whole filtered, sorted list as CSV or NDJSON, streamed page by page (500 rows at a
    time, in a session of its own), so a file holds every matching row and memory stays flat."""
    columns = [spec.key_field, *_csv_fields(spec, params), *params.include]
    page_params = replace(params, limit=MAX_LIMIT, count=False, facets=())

    def chunks() -> Iterator[bytes]:
        with Session(engine) as session:
            cursor: str | None = None
            while True:
                page = run_list(session, spec, stmt, replace(page_params, cursor=cursor))
                if fmt == "csv":
                    yield b"".join(csv_lines(columns, page.items, header=cursor is None))
                elif page.items:
                    yield ndjson_lines(page.items)
                if page.next_cursor is None:
                    return
                cursor = page.next_cursor

    return StreamingResponse(chunks(), media_type=MEDIA[fmt])
