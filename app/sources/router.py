"""HTTP routes for source passages (the provenance of every record)."""

from typing import Any

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import DocumentQuery
from app.core.schemas import SlugPath
from app.sources import service
from app.sources.models import SourcePublic

router = APIRouter(prefix="/sources", tags=["sources"])


class SourceList(ListEnvelope[SourcePublic]):
    """A page of source passages."""


class SourceItem(ItemEnvelope[SourcePublic]):
    """One source passage."""


@router.get(
    "",
    name="list_sources",
    summary="List source passages",
    description="Every passage that backs a record, verbatim, with the page and section it sits in.",
    response_model=SourceList,
    responses=problem_responses(422),
)
def list_sources(
    request: Request,
    session: SessionDep,
    page: PageDep,
    document: DocumentQuery = None,
) -> dict[str, Any]:
    """List source passages."""
    items, next_cursor = service.get_all(session, page=page, document=document)
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{id}",
    name="get_source",
    summary="Get a source passage",
    response_model=SourceItem,
    responses=problem_responses(404, 422),
)
def get_source(session: SessionDep, id: SlugPath) -> dict[str, Any]:
    """Get one source passage."""
    return {"data": service.get_by_id(session, source_id=id), "meta": {}}
