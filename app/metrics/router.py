"""HTTP routes for metric definitions and observations."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import FromQuery, JurisdictionQuery, MetricQuery, ToQuery
from app.metrics import service
from app.metrics.models import MetricPublic, ObservationPublic

router = APIRouter(tags=["metrics"])
observations_router = APIRouter(tags=["observations"])

MetricKeyPath = Annotated[
    str,
    Path(
        pattern=r"^[a-z0-9_]+$",
        max_length=100,
        description="Metric key.",
        examples=["jail_bookings"],
    ),
]


class MetricList(ListEnvelope[MetricPublic]):
    """A page of metric definitions."""


class MetricItem(ItemEnvelope[MetricPublic]):
    """One metric definition."""


class ObservationList(ListEnvelope[ObservationPublic]):
    """A page of observations."""


@router.get(
    "/metrics",
    name="list_metrics",
    summary="List metric definitions",
    description="What each figure measures: key, name, unit and description.",
    response_model=MetricList,
    responses=problem_responses(422),
)
def list_metrics(request: Request, session: SessionDep, page: PageDep) -> dict[str, Any]:
    """List metrics."""
    items, next_cursor = service.get_metrics(session, page=page)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/metrics/{key}",
    name="get_metric",
    summary="Get a metric definition",
    response_model=MetricItem,
    responses=problem_responses(404, 422),
)
def get_metric(session: SessionDep, key: MetricKeyPath) -> dict[str, Any]:
    """Get one metric."""
    return {"data": service.get_metric(session, key=key), "meta": {}}


@observations_router.get(
    "/observations",
    name="list_observations",
    summary="List observations",
    description="Every figure with its period, qualifier, text as written and source passage, sorted "
    "by id. `from`/`to` keep observations whose period overlaps the range; figures the source "
    "gives without a period are left out when either is set.",
    response_model=ObservationList,
    responses=problem_responses(422),
)
def list_observations(
    request: Request,
    session: SessionDep,
    page: PageDep,
    jurisdiction: JurisdictionQuery = None,
    metric: MetricQuery = None,
    from_: FromQuery = None,
    to: ToQuery = None,
) -> dict[str, Any]:
    """List observations."""
    items, next_cursor = service.get_observations(
        session, page=page, jurisdiction=jurisdiction, metric=metric, start=from_, end=to
    )
    return list_body(request, items, page, next_cursor)
