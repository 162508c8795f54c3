"""HTTP routes for jurisdictions and their sub-resources."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.articles import service as articles
from app.audit.as_of import view_as_of
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import (
    ActionAreaQuery,
    AsOfQuery,
    FromQuery,
    ListAsOfQuery,
    MetricQuery,
    NetworkQuery,
    StateQuery,
    ToQuery,
)
from app.core.routing import PlannedRoute
from app.core.schemas import SlugPath
from app.core.waits import yielding
from app.jurisdictions import service
from app.jurisdictions.models import JurisdictionDetail, JurisdictionKind
from app.lists.engine import ListParams
from app.lists.envelopes import item_envelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.metrics import service as metrics
from app.search.lists import respond_list
from app.strategies import service as strategies

KindQuery = Annotated[  # the one filter only jurisdictions have
    JurisdictionKind | None,
    Query(
        description="Kind of jurisdiction: county, parish, state, city or nation.",
        examples=["county"],
    ),
]

router = APIRouter(prefix="/jurisdictions", tags=["jurisdictions"], route_class=PlannedRoute)
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]
StrategyParams = Annotated[ListParams, Depends(list_params(strategies.SPEC))]
ObservationParams = Annotated[ListParams, Depends(list_params(metrics.OBSERVATIONS))]
ArticleParams = Annotated[ListParams, Depends(list_params(articles.SPEC))]
LIST_RESPONSES = {**list_openapi_responses(), **problem_responses(422)}
SUB_RESPONSES = {**list_openapi_responses(), **problem_responses(404, 422)}


JurisdictionList = service.SPEC.envelope("JurisdictionList", "A page of jurisdictions.")


JurisdictionItem = item_envelope(
    "JurisdictionItem", JurisdictionDetail, "One jurisdiction's whole profile."
)


JurisdictionStrategyList = strategies.SPEC.envelope(
    "JurisdictionStrategyList", "A page of one jurisdiction's strategies."
)


JurisdictionObservationList = metrics.OBSERVATIONS.envelope(
    "JurisdictionObservationList", "A page of one jurisdiction's observations."
)


JurisdictionArticleList = articles.SPEC.envelope(
    "JurisdictionArticleList", "A page of articles that mention one jurisdiction."
)


@router.get(
    "",
    name="list_jurisdictions",
    summary="List jurisdictions",
    description="Counties, states, cities and parishes the source names, sorted by slug. "
    "Filters combine with AND; a filter value that names nothing gives an empty list.",
    response_model=JurisdictionList,
    responses=LIST_RESPONSES,
)
async def list_jurisdictions(
    request: Request,
    session: SessionDep,
    params: Params,
    state: StateQuery = None,
    kind: KindQuery = None,
    action_area: ActionAreaQuery = None,
    network: NetworkQuery = None,
    as_of: ListAsOfQuery = None,
) -> Response:
    """List jurisdictions."""
    filters: dict[str, Any] = {
        "state": state,
        "kind": kind.value if kind else None,
        "action_area": action_area,
        "network": network,
    }
    stmt, matches = service.SPEC.filtered(filters), service.SPEC.matcher(filters)
    return await respond_list(
        request, session, service.SPEC, stmt, params, as_of=as_of, matches=matches
    )


@router.get(
    "/{slug}",
    name="get_jurisdiction",
    summary="Get a jurisdiction's profile",
    description="The whole profile page in one object: texts, action areas, lead agency, partners, "
    "contacts, networks with role, strategies (short form) and every figure with its source. "
    "`as_of` answers as the profile stood at that time (from the audit log).",
    response_model=JurisdictionItem,
    responses=problem_responses(404, 422),
)
async def get_jurisdiction(
    session: SessionDep, slug: SlugPath, as_of: AsOfQuery = None
) -> Response:
    """Get one jurisdiction."""
    if as_of is not None and (past := view_as_of(session, "jurisdictions", slug, as_of)):
        return item_response(past)
    return item_response(await yielding(session, service.get_profile, session, slug))


@router.get(
    "/{slug}/strategies",
    name="list_jurisdiction_strategies",
    summary="List a jurisdiction's strategies",
    response_model=JurisdictionStrategyList,
    responses=SUB_RESPONSES,
)
async def list_jurisdiction_strategies(
    request: Request,
    session: SessionDep,
    slug: SlugPath,
    params: StrategyParams,
    action_area: ActionAreaQuery = None,
) -> Response:
    """List the strategies of one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    stmt = strategies.SPEC.filtered({"jurisdiction": slug, "action_area": action_area})
    return await respond_list(request, session, strategies.SPEC, stmt, params)


@router.get(
    "/{slug}/observations",
    name="list_jurisdiction_observations",
    summary="List a jurisdiction's observations",
    response_model=JurisdictionObservationList,
    responses=SUB_RESPONSES,
)
async def list_jurisdiction_observations(
    request: Request,
    session: SessionDep,
    slug: SlugPath,
    params: ObservationParams,
    metric: MetricQuery = None,
    from_: FromQuery = None,
    to: ToQuery = None,
    as_of: ListAsOfQuery = None,
) -> Response:
    """List the figures of one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    filters: dict[str, Any] = {"jurisdiction": slug, "metric": metric, "from": from_, "to": to}
    stmt, matches = metrics.OBSERVATIONS.filtered(filters), metrics.OBSERVATIONS.matcher(filters)
    return await respond_list(
        request, session, metrics.OBSERVATIONS, stmt, params, as_of=as_of, matches=matches
    )


@router.get(
    "/{slug}/articles",
    name="list_jurisdiction_articles",
    summary="List articles that mention a jurisdiction",
    response_model=JurisdictionArticleList,
    responses=SUB_RESPONSES,
)
async def list_jurisdiction_articles(
    request: Request, session: SessionDep, slug: SlugPath, params: ArticleParams
) -> Response:
    """List the articles that mention one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    return await respond_list(
        request, session, articles.SPEC, articles.SPEC.filtered({"jurisdiction": slug}), params
    )
