"""HTTP routes for source passages (the provenance of every record)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.listing import ListParams
from app.core.listparams import list_params
from app.core.pagination import ItemEnvelope
from app.core.params import DocumentQuery
from app.core.render import item_response, list_openapi_responses
from app.core.schemas import SlugPath
from app.search.lists import respond_list
from app.sources import service
from app.sources.models import SourcePublic

router = APIRouter(prefix="/sources", tags=["sources"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


SourceList = service.SPEC.envelope("SourceList", "A page of source passages.")


class SourceItem(ItemEnvelope[SourcePublic]):
    """One source passage."""


@router.get(
    "",
    name="list_sources",
    summary="List source passages",
    description="Every passage that backs a record, verbatim, with the page and section it sits in.",
    response_model=SourceList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
def list_sources(
    request: Request, session: SessionDep, params: Params, document: DocumentQuery = None
) -> Response:
    """List source passages."""
    return respond_list(request, session, service.SPEC, service.filtered(document=document), params)


@router.get(
    "/{id}",
    name="get_source",
    summary="Get a source passage",
    response_model=SourceItem,
    responses=problem_responses(404, 422),
)
def get_source(session: SessionDep, id: SlugPath) -> Response:
    """Get one source passage."""
    return item_response(service.get_by_id(session, source_id=id))
