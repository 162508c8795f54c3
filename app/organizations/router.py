"""HTTP routes for organizations."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import StateQuery
from app.core.schemas import SlugPath
from app.lists.engine import ListParams
from app.lists.envelopes import ItemEnvelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.organizations import service
from app.organizations.models import OrganizationDetail
from app.search.lists import respond_list

router = APIRouter(prefix="/organizations", tags=["organizations"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


OrganizationList = service.SPEC.envelope("OrganizationList", "A page of organizations.")


class OrganizationItem(ItemEnvelope[OrganizationDetail]):
    """One organization."""


@router.get(
    "",
    name="list_organizations",
    summary="List organizations",
    description="Lead agencies, partners and every organization the source names, sorted by slug.",
    response_model=OrganizationList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
async def list_organizations(
    request: Request, session: SessionDep, params: Params, state: StateQuery = None
) -> Response:
    """List organizations."""
    stmt = service.SPEC.select({"state": state.upper() if state else None})
    return await respond_list(request, session, service.SPEC, stmt, params)


@router.get(
    "/{slug}",
    name="get_organization",
    summary="Get an organization",
    response_model=OrganizationItem,
    responses=problem_responses(404, 422),
)
async def get_organization(session: SessionDep, slug: SlugPath) -> Response:
    """Get one organization."""
    return item_response(service.get_by_slug(session, slug=slug))
