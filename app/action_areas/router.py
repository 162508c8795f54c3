"""HTTP routes for action areas."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.action_areas import service
from app.action_areas.models import ActionAreaPublic
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.listing import ListParams
from app.core.listparams import list_params
from app.core.pagination import ItemEnvelope
from app.core.render import item_response, list_openapi_responses
from app.core.schemas import SlugPath
from app.search.lists import respond_list

router = APIRouter(prefix="/action-areas", tags=["action areas"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


ActionAreaList = service.SPEC.envelope("ActionAreaList", "A page of action areas.")


class ActionAreaItem(ItemEnvelope[ActionAreaPublic]):
    """One action area."""


@router.get(
    "",
    name="list_action_areas",
    summary="List action areas",
    description="The taxonomy the network tags profiles, strategies and posts with, sorted by slug.",
    response_model=ActionAreaList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
def list_action_areas(request: Request, session: SessionDep, params: Params) -> Response:
    """List action areas."""
    return respond_list(request, session, service.SPEC, service.filtered(), params)


@router.get(
    "/{slug}",
    name="get_action_area",
    summary="Get an action area",
    response_model=ActionAreaItem,
    responses=problem_responses(404, 422),
)
def get_action_area(session: SessionDep, slug: SlugPath) -> Response:
    """Get one action area."""
    return item_response(service.get_by_slug(session, slug=slug))
