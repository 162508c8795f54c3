"""HTTP routes for strategies."""

from typing import Any

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import ActionAreaQuery, JurisdictionQuery
from app.core.schemas import SlugPath
from app.strategies import service
from app.strategies.models import StrategyPublic

router = APIRouter(prefix="/strategies", tags=["strategies"])


class StrategyList(ListEnvelope[StrategyPublic]):
    """A page of strategies."""


class StrategyItem(ItemEnvelope[StrategyPublic]):
    """One strategy."""


@router.get(
    "",
    name="list_strategies",
    summary="List strategies",
    description="Programs and practices the jurisdictions run, sorted by slug.",
    response_model=StrategyList,
    responses=problem_responses(422),
)
def list_strategies(
    request: Request,
    session: SessionDep,
    page: PageDep,
    jurisdiction: JurisdictionQuery = None,
    action_area: ActionAreaQuery = None,
) -> dict[str, Any]:
    """List strategies."""
    items, next_cursor = service.get_all(
        session, page=page, jurisdiction=jurisdiction, action_area=action_area
    )
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_strategy",
    summary="Get a strategy",
    response_model=StrategyItem,
    responses=problem_responses(404, 422),
)
def get_strategy(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one strategy."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
