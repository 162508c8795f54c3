"""HTTP routes for networks."""

from typing import Any

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.schemas import SlugPath
from app.networks import service
from app.networks.models import NetworkDetail, NetworkSummary

router = APIRouter(prefix="/networks", tags=["networks"])


class NetworkList(ListEnvelope[NetworkSummary]):
    """A page of networks."""


class NetworkItem(ItemEnvelope[NetworkDetail]):
    """One network."""


@router.get(
    "",
    name="list_networks",
    summary="List networks",
    description="Networks, cohorts and initiatives, sorted by slug.",
    response_model=NetworkList,
    responses=problem_responses(422),
)
def list_networks(request: Request, session: SessionDep, page: PageDep) -> dict[str, Any]:
    """List networks."""
    items, next_cursor = service.get_all(session, page=page)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_network",
    summary="Get a network with its members",
    response_model=NetworkItem,
    responses=problem_responses(404, 422),
)
def get_network(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one network."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
