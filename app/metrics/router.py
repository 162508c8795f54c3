"""HTTP routes for metric definitions and observations."""

from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select
from starlette.responses import Response

from app.audit.as_of import view_as_of
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.json import dumps
from app.core.params import (
    AsOfQuery,
    FromQuery,
    JurisdictionQuery,
    ListAsOfQuery,
    MetricQuery,
    ToQuery,
)
from app.core.routing import PlannedRoute
from app.core.schemas import SlugPath
from app.core.waits import yielding
from app.lists.engine import ListParams
from app.lists.envelopes import item_envelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.metrics import series as series_service
from app.metrics import service
from app.metrics.models import (
    CompareResponse,
    Metric,
    MetricPublic,
    ObservationPublic,
    SeriesResponse,
)
from app.metrics.tables import CSV_ALTERNATIVE, compare_csv, series_csv
from app.search.lists import respond_list

router = APIRouter(tags=["metrics"], route_class=PlannedRoute)
observations_router = APIRouter(tags=["observations"], route_class=PlannedRoute)
MetricParams = Annotated[ListParams, Depends(list_params(service.METRICS))]
ObservationParams = Annotated[ListParams, Depends(list_params(service.OBSERVATIONS))]
LIST_RESPONSES = {**list_openapi_responses(), **problem_responses(422)}

MetricKeyPath = Annotated[
    str,
    Path(
        pattern=r"^[a-z0-9_]+$",
        max_length=100,
        description="Metric key.",
        examples=["jail_bookings"],
    ),
]


IntervalQuery = Annotated[Literal["month", "quarter", "year"], Query(description="Bucket length.")]
AggQuery = Annotated[
    Literal["mean", "sum", "last", "max"],
    Query(description="How observations in a bucket combine (see meta.method)."),
]
TransformQuery = Annotated[
    Literal["change_from_baseline", "index", "per_100k"] | None,
    Query(
        description="Optional transform of the aggregated values (baseline: the first value, or `baseline=`)."
    ),
]


MetricList = service.METRICS.envelope("MetricList", "A page of metric definitions.")


MetricItem = item_envelope("MetricItem", MetricPublic, "One metric definition.")


ObservationItem = item_envelope("ObservationItem", ObservationPublic, "One observation.")


ObservationList = service.OBSERVATIONS.envelope("ObservationList", "A page of observations.")


@router.get(
    "/metrics",
    name="list_metrics",
    summary="List metric definitions",
    description="What each figure measures: key, name, unit and description.",
    response_model=MetricList,
    responses=LIST_RESPONSES,
)
async def list_metrics(request: Request, session: SessionDep, params: MetricParams) -> Response:
    """List metrics."""
    return await respond_list(request, session, service.METRICS, select(Metric), params)


@router.get(
    "/metrics/{key}",
    name="get_metric",
    summary="Get a metric definition",
    response_model=MetricItem,
    responses=problem_responses(404, 422),
)
async def get_metric(session: SessionDep, key: MetricKeyPath) -> Response:
    """Get one metric."""
    return item_response(await yielding(session, service.get_metric, session, key))


@observations_router.get(
    "/observations",
    name="list_observations",
    summary="List observations",
    description="Every figure with its period, qualifier, text as written and source passage, sorted "
    "by id. `from`/`to` keep observations whose period overlaps the range; figures the source "
    "gives without a period are left out when either is set.",
    response_model=ObservationList,
    responses=LIST_RESPONSES,
)
async def list_observations(
    request: Request,
    session: SessionDep,
    params: ObservationParams,
    jurisdiction: JurisdictionQuery = None,
    metric: MetricQuery = None,
    from_: FromQuery = None,
    to: ToQuery = None,
    as_of: ListAsOfQuery = None,
) -> Response:
    """List observations."""
    filters: dict[str, Any] = {
        "jurisdiction": jurisdiction,
        "metric": metric,
        "from": from_,
        "to": to,
    }
    stmt, matches = service.OBSERVATIONS.filtered(filters), service.OBSERVATIONS.matcher(filters)
    return await respond_list(
        request, session, service.OBSERVATIONS, stmt, params, as_of=as_of, matches=matches
    )


@observations_router.get(
    "/observations/{key:path}",
    name="get_observation",
    summary="Get an observation",
    description="One figure by key, with its source. `as_of` answers as the figure stood at that "
    "time (from the audit log), so a published value can be reproduced after a correction.",
    response_model=ObservationItem,
    responses=problem_responses(404, 422),
)
async def get_observation(
    session: SessionDep,
    key: Annotated[str, Path(max_length=300, description="Observation key.")],
    as_of: AsOfQuery = None,
) -> Response:
    """Get one observation."""
    if as_of is not None and (past := view_as_of(session, "observations", key, as_of)):
        return item_response(past)
    return item_response(await yielding(session, service.get_observation, session, key))


@observations_router.get(
    "/jurisdictions/{slug}/series/{metric}",
    name="get_series",
    summary="Get a jurisdiction's time series for one metric",
    description="Observations aligned to calendar buckets (month, quarter, year) and aggregated "
    "(`agg`), each bucket with its coverage and a missing flag, optionally transformed "
    "(`change_from_baseline`, `index`, `per_100k`). `meta.method` states the method. Requests "
    "that would produce more buckets than the configured maximum are refused (400).",
    response_model=SeriesResponse,
    responses={**CSV_ALTERNATIVE, **problem_responses(400, 404, 422)},
)
async def get_series(
    request: Request,
    session: SessionDep,
    slug: SlugPath,
    metric: MetricKeyPath,
    from_: FromQuery = None,
    to: ToQuery = None,
    interval: IntervalQuery = "quarter",
    agg: AggQuery = "mean",
    transform: TransformQuery = None,
    baseline: Annotated[
        str | None,
        Query(
            pattern=r"^\d{4}(-Q[1-4]|-\d{2})?$",
            max_length=7,
            description="Baseline bucket label (e.g. 2016-Q1); default: the first bucket with a value.",
        ),
    ] = None,
    format: Annotated[
        Literal["json", "csv"],
        Query(description="`csv`: one row per bucket with jurisdiction, metric and unit."),
    ] = "json",
) -> Response:
    """Get a series."""
    body = await yielding(
        session,
        partial(
            series_service.series,
            session,
            slug=slug,
            metric=metric,
            start=from_,
            end=to,
            interval=interval,
            agg=agg,
            transform=transform,
            baseline=baseline,
            max_buckets=request.app.state.settings.max_series_buckets,
        ),
    )
    if format == "csv":
        return series_csv(body)
    return Response(dumps(body), media_type="application/json")


@observations_router.get(
    "/compare",
    name="compare_jurisdictions",
    summary="Compare several jurisdictions' series for one metric",
    description="The series of each jurisdiction (same parameters as the series endpoint) on "
    "the same buckets: each period lists every jurisdiction's value, coverage and missing flag.",
    response_model=CompareResponse,
    responses={**CSV_ALTERNATIVE, **problem_responses(400, 404, 422)},
)
async def compare(
    request: Request,
    session: SessionDep,
    metric: Annotated[
        str,
        Query(
            pattern=r"^[a-z0-9_]+$",
            max_length=100,
            description="Metric key.",
            examples=["average_daily_population"],
        ),
    ],
    jurisdictions: Annotated[
        str,
        Query(
            pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*){0,19}$",
            max_length=20 * 201,
            description="Comma-separated jurisdiction slugs (up to 20).",
            examples=["milwaukee-county-wi,delaware"],
        ),
    ],
    from_: FromQuery = None,
    to: ToQuery = None,
    interval: IntervalQuery = "quarter",
    agg: AggQuery = "mean",
    transform: TransformQuery = None,
    format: Annotated[
        Literal["json", "csv", "csv_wide"],
        Query(
            description="`csv`: long, one row per jurisdiction and bucket; `csv_wide`: one row "
            "per bucket, one value column per jurisdiction."
        ),
    ] = "json",
) -> Response:
    """Compare jurisdictions."""
    slugs = list(dict.fromkeys(jurisdictions.split(",")))
    body = await yielding(
        session,
        partial(
            series_service.compare,
            session,
            metric=metric,
            slugs=slugs,
            start=from_,
            end=to,
            interval=interval,
            agg=agg,
            transform=transform,
            max_buckets=request.app.state.settings.max_series_buckets,
        ),
    )
    if format != "json":
        return compare_csv(body, wide=format == "csv_wide")
    return Response(dumps(body), media_type="application/json")
