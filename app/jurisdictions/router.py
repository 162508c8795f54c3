"""HTTP routes for jurisdictions and their sub-resources."""

from typing import Any

from fastapi import APIRouter, Request

from app.articles import service as articles
from app.articles.models import ArticleSummary
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import (
    ActionAreaQuery,
    FromQuery,
    KindQuery,
    MetricQuery,
    NetworkQuery,
    StateQuery,
    ToQuery,
)
from app.core.schemas import SlugPath
from app.jurisdictions import service
from app.jurisdictions.models import JurisdictionDetail, JurisdictionSummary
from app.metrics import service as metrics
from app.metrics.models import ObservationPublic
from app.strategies import service as strategies
from app.strategies.models import StrategyPublic

router = APIRouter(prefix="/jurisdictions", tags=["jurisdictions"])


class JurisdictionList(ListEnvelope[JurisdictionSummary]):
    """A page of jurisdictions."""


class JurisdictionItem(ItemEnvelope[JurisdictionDetail]):
    """One jurisdiction's whole profile."""


class JurisdictionStrategyList(ListEnvelope[StrategyPublic]):
    """A page of one jurisdiction's strategies."""


class JurisdictionObservationList(ListEnvelope[ObservationPublic]):
    """A page of one jurisdiction's observations."""


class JurisdictionArticleList(ListEnvelope[ArticleSummary]):
    """A page of articles that mention one jurisdiction."""


@router.get(
    "",
    name="list_jurisdictions",
    summary="List jurisdictions",
    description="Counties, states, cities and parishes the source names, sorted by slug. "
    "Filters combine with AND; a filter value that names nothing gives an empty list.",
    response_model=JurisdictionList,
    responses=problem_responses(422),
)
def list_jurisdictions(
    request: Request,
    session: SessionDep,
    page: PageDep,
    state: StateQuery = None,
    kind: KindQuery = None,
    action_area: ActionAreaQuery = None,
    network: NetworkQuery = None,
) -> dict[str, Any]:
    """List jurisdictions."""
    items, next_cursor = service.get_all(
        session,
        page=page,
        state=state.upper() if state else None,
        kind=kind.value if kind else None,
        action_area=action_area,
        network=network,
    )
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_jurisdiction",
    summary="Get a jurisdiction's profile",
    description="The whole profile page in one object: texts, action areas, lead agency, partners, "
    "contacts, networks with role, strategies (short form) and every figure with its source.",
    response_model=JurisdictionItem,
    responses=problem_responses(404, 422),
)
def get_jurisdiction(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one jurisdiction."""
    return {"data": service.get_profile(session, slug=slug), "meta": {}}


@router.get(
    "/{slug}/strategies",
    name="list_jurisdiction_strategies",
    summary="List a jurisdiction's strategies",
    response_model=JurisdictionStrategyList,
    responses=problem_responses(404, 422),
)
def list_jurisdiction_strategies(
    request: Request,
    session: SessionDep,
    slug: SlugPath,
    page: PageDep,
    action_area: ActionAreaQuery = None,
) -> dict[str, Any]:
    """List the strategies of one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    items, next_cursor = strategies.get_all(
        session, page=page, jurisdiction=slug, action_area=action_area
    )
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}/observations",
    name="list_jurisdiction_observations",
    summary="List a jurisdiction's observations",
    response_model=JurisdictionObservationList,
    responses=problem_responses(404, 422),
)
def list_jurisdiction_observations(
    request: Request,
    session: SessionDep,
    slug: SlugPath,
    page: PageDep,
    metric: MetricQuery = None,
    from_: FromQuery = None,
    to: ToQuery = None,
) -> dict[str, Any]:
    """List the figures of one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    items, next_cursor = metrics.get_observations(
        session, page=page, jurisdiction=slug, metric=metric, start=from_, end=to
    )
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}/articles",
    name="list_jurisdiction_articles",
    summary="List articles that mention a jurisdiction",
    response_model=JurisdictionArticleList,
    responses=problem_responses(404, 422),
)
def list_jurisdiction_articles(
    request: Request, session: SessionDep, slug: SlugPath, page: PageDep
) -> dict[str, Any]:
    """List the articles that mention one jurisdiction."""
    service.get_by_slug(session, slug=slug)
    items, next_cursor = articles.get_all(session, page=page, jurisdiction=slug)
    return list_body(request, items, page, next_cursor)
