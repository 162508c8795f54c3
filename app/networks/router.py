"""HTTP routes for networks."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.listing import ListParams
from app.core.listparams import list_params
from app.core.pagination import ItemEnvelope
from app.core.render import item_response, list_openapi_responses
from app.core.schemas import SlugPath
from app.networks import service
from app.networks.models import NetworkDetail
from app.search.lists import respond_list

router = APIRouter(prefix="/networks", tags=["networks"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


NetworkList = service.SPEC.envelope("NetworkList", "A page of networks.")


class NetworkItem(ItemEnvelope[NetworkDetail]):
    """One network."""


@router.get(
    "",
    name="list_networks",
    summary="List networks",
    description="Networks, cohorts and initiatives, sorted by slug.",
    response_model=NetworkList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
def list_networks(request: Request, session: SessionDep, params: Params) -> Response:
    """List networks."""
    return respond_list(request, session, service.SPEC, service.filtered(), params)


@router.get(
    "/{slug}",
    name="get_network",
    summary="Get a network with its members",
    response_model=NetworkItem,
    responses=problem_responses(404, 422),
)
def get_network(session: SessionDep, slug: SlugPath) -> Response:
    """Get one network."""
    return item_response(service.get_by_slug(session, slug=slug))
