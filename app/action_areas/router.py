"""HTTP routes for action areas."""

from typing import Any

from fastapi import APIRouter, Request

from app.action_areas import service
from app.action_areas.models import ActionAreaPublic
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.schemas import SlugPath

router = APIRouter(prefix="/action-areas", tags=["action areas"])


class ActionAreaList(ListEnvelope[ActionAreaPublic]):
    """A page of action areas."""


class ActionAreaItem(ItemEnvelope[ActionAreaPublic]):
    """One action area."""


@router.get(
    "",
    name="list_action_areas",
    summary="List action areas",
    description="The taxonomy the network tags profiles, strategies and posts with, sorted by slug.",
    response_model=ActionAreaList,
    responses=problem_responses(422),
)
def list_action_areas(request: Request, session: SessionDep, page: PageDep) -> dict[str, Any]:
    """List action areas."""
    items, next_cursor = service.get_all(session, page=page)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_action_area",
    summary="Get an action area",
    response_model=ActionAreaItem,
    responses=problem_responses(404, 422),
)
def get_action_area(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one action area."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
