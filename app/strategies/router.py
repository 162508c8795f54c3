"""HTTP routes for strategies."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import ActionAreaQuery, JurisdictionQuery
from app.core.schemas import SlugPath
from app.lists.engine import ListParams
from app.lists.envelopes import ItemEnvelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.search.lists import respond_list
from app.strategies import service
from app.strategies.models import StrategyPublic

router = APIRouter(prefix="/strategies", tags=["strategies"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


StrategyList = service.SPEC.envelope("StrategyList", "A page of strategies.")


class StrategyItem(ItemEnvelope[StrategyPublic]):
    """One strategy."""


@router.get(
    "",
    name="list_strategies",
    summary="List strategies",
    description="Programs and practices the jurisdictions run, sorted by slug.",
    response_model=StrategyList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
async def list_strategies(
    request: Request,
    session: SessionDep,
    params: Params,
    jurisdiction: JurisdictionQuery = None,
    action_area: ActionAreaQuery = None,
) -> Response:
    """List strategies."""
    stmt = service.SPEC.select({"jurisdiction": jurisdiction, "action_area": action_area})
    return await respond_list(request, session, service.SPEC, stmt, params)


@router.get(
    "/{slug}",
    name="get_strategy",
    summary="Get a strategy",
    response_model=StrategyItem,
    responses=problem_responses(404, 422),
)
async def get_strategy(session: SessionDep, slug: SlugPath) -> Response:
    """Get one strategy."""
    return item_response(service.get_by_slug(session, slug=slug))
