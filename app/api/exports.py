"""Bulk exports: every row of a resource, streamed in keyset batches (flat memory)."""

from collections.abc import AsyncIterator, Generator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import Engine, Select, bindparam
from sqlmodel import Session
from starlette.responses import StreamingResponse

from app.core import driver, version
from app.core.db import read_engine
from app.core.errors import BadRequestError, FieldProblem, problem_responses
from app.core.params import (
    ActionAreaQuery,
    AuthorQuery,
    DocumentQuery,
    FromQuery,
    JurisdictionQuery,
    MetricQuery,
    NetworkQuery,
    PublishedFromQuery,
    PublishedToQuery,
    StateQuery,
    ToQuery,
)
from app.core.routing import PlannedRoute
from app.jurisdictions.models import JurisdictionKind
from app.lists.cells import csv_lines
from app.lists.engine import ListSpec, read_columns
from app.lists.render import MEDIA, ndjson_lines
from app.resources import registry

router = APIRouter(tags=["exports"], route_class=PlannedRoute)


EXPORTS: dict[str, ListSpec] = registry.exports()  # the filters an export takes are its list's
ExportResource = StrEnum("ExportResource", {name.replace("-", "_"): name for name in EXPORTS})  # type: ignore[misc]


class ExportFormat(StrEnum):
    """File formats of an export."""

    csv = "csv"
    ndjson = "ndjson"


async def on_the_loop(chunks: Generator[bytes, None, None]) -> AsyncIterator[bytes]:
    """The chunks made on the event loop between other requests' work, as a list page is (each
    a short keyset read): none waits for a thread hand-off, and no worker thread's allocator
    grows beside the loop's. The chunks are closed (their session with them) however the
    response ends."""
    try:
        for chunk in chunks:
            yield chunk
    finally:
        chunks.close()


def stream(
    engine: Engine, spec: ListSpec, stmt: Select[Any], fmt: str, batch_size: int
) -> Generator[bytes, None, None]:
    """Yield the export chunk by chunk, one keyset batch at a time, in its own session."""
    columns = [spec.key_field, *(f for f in spec.fields if f != spec.key_field)]
    attribute = spec.key.key
    # Built once: the first batch, and every next one after the last key of the one before.
    # Plain rows through the session's connection: no ORM instances to build per row.
    first_batch = stmt.with_only_columns(*read_columns(spec.model))
    first_batch = first_batch.order_by(spec.key).limit(batch_size)
    next_batch = first_batch.where(spec.key > bindparam("export_after", type_=spec.key.type))
    after: Any = None
    first = True
    with Session(engine) as session:
        while True:
            query, values = (first_batch, {}) if first else (next_batch, {"export_after": after})
            rows = driver.statement_rows(session.connection(), query, values)
            items = spec.serialize(session, rows) if rows else []
            if fmt == "csv":
                yield from csv_lines(columns, items, header=first)
            elif items:
                yield ndjson_lines(items)
            first = False
            if len(rows) < batch_size:
                return
            after = getattr(rows[-1], attribute)


def _filters_for(resource: str, spec: ListSpec, given: dict[str, Any]) -> dict[str, Any]:
    """The filters given, checked against those the resource takes (400 naming them if not)."""
    foreign = [name for name, value in given.items() if value is not None]
    foreign = [name for name in foreign if name not in spec.filters]
    if foreign:
        takes = ", ".join(spec.filters) or "none"
        raise BadRequestError(
            f"The {resource} export does not take {', '.join(foreign)}; its filters: {takes}.",
            errors=[
                FieldProblem(parameter=name, detail=f"Filters of {resource}: {takes}.")
                for name in foreign
            ],
        )
    return {name: given[name] for name in spec.filters}


@router.get(
    "/exports/{resource}.{fmt}",
    name="export_resource",
    summary="Export every row of a resource",
    description="Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources "
    "as slugs joined by `;`) or NDJSON (one object per line), read in keyset batches so memory "
    "stays flat however many rows there are. The resource's list filters narrow it (same names "
    "and meaning as on its list: jurisdictions take state, kind, action_area, network; "
    "strategies jurisdiction, action_area; observations jurisdiction, metric, from, to; articles "
    "action_area, author, jurisdiction, published_from, published_to; organizations state; "
    "sources document); a filter the resource does not take is a 400 naming those it does.",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The export file.",
            "content": {
                MEDIA["csv"]: {"schema": {"type": "string"}},
                MEDIA["ndjson"]: {"schema": {"type": "string"}},
            },
        },
        **problem_responses(400, 422),
    },
)
async def export_resource(
    request: Request,
    resource: Annotated[
        ExportResource, Path(description="Resource to export.", examples=["observations"])
    ],
    fmt: Annotated[ExportFormat, Path(description="File format: csv or ndjson.", examples=["csv"])],
    state: StateQuery = None,
    kind: Annotated[
        JurisdictionKind | None, Query(description="Kind of jurisdiction.", examples=["county"])
    ] = None,
    action_area: ActionAreaQuery = None,
    network: NetworkQuery = None,
    jurisdiction: JurisdictionQuery = None,
    metric: MetricQuery = None,
    from_: FromQuery = None,
    to: ToQuery = None,
    author: AuthorQuery = None,
    published_from: PublishedFromQuery = None,
    published_to: PublishedToQuery = None,
    document: DocumentQuery = None,
) -> StreamingResponse:
    """Export a resource, narrowed by its list filters."""
    spec = EXPORTS[resource.value]
    given = {
        "state": state,
        "kind": kind.value if kind else None,
        "action_area": action_area,
        "network": network,
        "jurisdiction": jurisdiction,
        "metric": metric,
        "from": from_,
        "to": to,
        "author": author,
        "published_from": published_from,
        "published_to": published_to,
        "document": document,
    }
    stmt = spec.select(_filters_for(resource.value, spec, given))
    engine = read_engine(request.scope)
    data_version = version.current(engine)
    filename = f"sjc-{resource.value}-v{data_version}.{fmt.value}"
    return StreamingResponse(
        on_the_loop(
            stream(engine, spec, stmt, fmt.value, request.app.state.settings.export_batch_size)
        ),
        media_type=MEDIA[fmt.value],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
