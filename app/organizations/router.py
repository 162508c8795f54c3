"""HTTP routes for organizations."""

from typing import Any

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import StateQuery
from app.core.schemas import SlugPath
from app.organizations import service
from app.organizations.models import OrganizationDetail, OrganizationSummary

router = APIRouter(prefix="/organizations", tags=["organizations"])


class OrganizationList(ListEnvelope[OrganizationSummary]):
    """A page of organizations."""


class OrganizationItem(ItemEnvelope[OrganizationDetail]):
    """One organization."""


@router.get(
    "",
    name="list_organizations",
    summary="List organizations",
    description="Lead agencies, partners and every organization the source names, sorted by slug.",
    response_model=OrganizationList,
    responses=problem_responses(422),
)
def list_organizations(
    request: Request, session: SessionDep, page: PageDep, state: StateQuery = None
) -> dict[str, Any]:
    """List organizations."""
    items, next_cursor = service.get_all(session, page=page, state=state.upper() if state else None)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_organization",
    summary="Get an organization",
    response_model=OrganizationItem,
    responses=problem_responses(404, 422),
)
def get_organization(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one organization."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
