"""HTTP routes for people."""

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
from app.people import service
from app.people.models import PersonDetail
from app.search.lists import respond_list

router = APIRouter(prefix="/people", tags=["people"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


PersonList = service.SPEC.envelope("PersonList", "A page of people.")


class PersonItem(ItemEnvelope[PersonDetail]):
    """One person."""


@router.get(
    "",
    name="list_people",
    summary="List people",
    description="Authors and contacts, sorted by slug.",
    response_model=PersonList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
def list_people(request: Request, session: SessionDep, params: Params) -> Response:
    """List people."""
    return respond_list(request, session, service.SPEC, service.filtered(), params)


@router.get(
    "/{slug}",
    name="get_person",
    summary="Get a person",
    response_model=PersonItem,
    responses=problem_responses(404, 422),
)
def get_person(session: SessionDep, slug: SlugPath) -> Response:
    """Get one person."""
    return item_response(service.get_by_slug(session, slug=slug))
