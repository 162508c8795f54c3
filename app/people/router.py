"""HTTP routes for people."""

from typing import Any

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.schemas import SlugPath
from app.people import service
from app.people.models import PersonDetail, PersonSummary

router = APIRouter(prefix="/people", tags=["people"])


class PersonList(ListEnvelope[PersonSummary]):
    """A page of people."""


class PersonItem(ItemEnvelope[PersonDetail]):
    """One person."""


@router.get(
    "",
    name="list_people",
    summary="List people",
    description="Authors and contacts, sorted by slug.",
    response_model=PersonList,
    responses=problem_responses(422),
)
def list_people(request: Request, session: SessionDep, page: PageDep) -> dict[str, Any]:
    """List people."""
    items, next_cursor = service.get_all(session, page=page)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_person",
    summary="Get a person",
    response_model=PersonItem,
    responses=problem_responses(404, 422),
)
def get_person(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one person."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
