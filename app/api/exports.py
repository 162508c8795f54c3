"""Bulk exports: every row of a resource, streamed in keyset batches (flat memory)."""

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from sqlalchemy import Engine, Select, select
from sqlmodel import Session
from starlette.responses import StreamingResponse

from app.action_areas import service as action_areas
from app.articles import service as articles
from app.core import version
from app.core.config import get_settings
from app.core.db import read_engine
from app.core.errors import problem_responses
from app.core.listing import ListSpec
from app.core.render import MEDIA, csv_lines, ndjson_lines
from app.jurisdictions import service as jurisdictions
from app.metrics import service as metrics
from app.metrics.models import Metric
from app.networks import service as networks
from app.organizations import service as organizations
from app.people import service as people
from app.sources import service as sources
from app.strategies import service as strategies

router = APIRouter(tags=["exports"])

EXPORTS: dict[str, tuple[ListSpec, Select[Any]]] = {
    "jurisdictions": (jurisdictions.SPEC, jurisdictions.filtered()),
    "action-areas": (action_areas.SPEC, action_areas.filtered()),
    "strategies": (strategies.SPEC, strategies.filtered()),
    "metrics": (metrics.METRICS, select(Metric)),
    "observations": (metrics.OBSERVATIONS, metrics.filtered_observations()),
    "articles": (articles.SPEC, articles.filtered()),
    "organizations": (organizations.SPEC, organizations.filtered()),
    "people": (people.SPEC, people.filtered()),
    "networks": (networks.SPEC, networks.filtered()),
    "sources": (sources.SPEC, sources.filtered()),
}
ExportResource = StrEnum("ExportResource", {name.replace("-", "_"): name for name in EXPORTS})  # type: ignore[misc]


class ExportFormat(StrEnum):
    """File formats of an export."""

    csv = "csv"
    ndjson = "ndjson"


def stream(
    engine: Engine, spec: ListSpec, stmt: Select[Any], fmt: str, batch_size: int
) -> Iterator[bytes]:
    """Yield the export chunk by chunk, one keyset batch at a time, in its own session."""
    columns = [spec.key_field, *(f for f in spec.fields if f != spec.key_field)]
    attribute = spec.key.key
    after: Any = None
    first = True
    with Session(engine) as session:
        while True:
            page = stmt if after is None else stmt.where(spec.key > after)
            page = page.with_only_columns(*spec.model.__table__.columns)
            rows = list(session.execute(page.order_by(spec.key).limit(batch_size)).all())
            items = spec.serialize(session, rows) if rows else []
            if fmt == "csv":
                yield from csv_lines(columns, items, header=first)
            elif items:
                yield ndjson_lines(items)
            first = False
            if len(rows) < batch_size:
                return
            after = getattr(rows[-1], attribute)


@router.get(
    "/exports/{resource}.{fmt}",
    name="export_resource",
    summary="Export every row of a resource",
    description="Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources "
    "as slugs joined by `;`) or NDJSON (one object per line), read in keyset batches so memory "
    "stays flat however many rows there are.",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The export file.",
            "content": {
                MEDIA["csv"]: {"schema": {"type": "string"}},
                MEDIA["ndjson"]: {"schema": {"type": "string"}},
            },
        },
        **problem_responses(422),
    },
)
def export_resource(
    request: Request,
    resource: Annotated[
        ExportResource, Path(description="Resource to export.", examples=["observations"])
    ],
    fmt: Annotated[ExportFormat, Path(description="File format: csv or ndjson.", examples=["csv"])],
) -> StreamingResponse:
    """Export a resource."""
    spec, stmt = EXPORTS[resource.value]
    engine = read_engine(request.scope)
    data_version = version.current(engine)
    filename = f"sjc-{resource.value}-v{data_version}.{fmt.value}"
    return StreamingResponse(
        stream(engine, spec, stmt, fmt.value, get_settings().export_batch_size),
        media_type=MEDIA[fmt.value],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
