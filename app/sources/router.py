"""HTTP routes for source passages (the provenance of every record)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import DocumentQuery
from app.core.schemas import SLUG_PATTERN, SlugPath
from app.lists.engine import ListParams
from app.lists.envelopes import ItemEnvelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.search.lists import respond_list
from app.sources import service
from app.sources.models import DocumentPublic, SourcePublic

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
async def list_sources(
    request: Request, session: SessionDep, params: Params, document: DocumentQuery = None
) -> Response:
    """List source passages."""
    return await respond_list(
        request, session, service.SPEC, service.SPEC.select({"document": document}), params
    )


@router.get(
    "/{id}",
    name="get_source",
    summary="Get a source passage",
    response_model=SourceItem,
    responses=problem_responses(404, 422),
)
async def get_source(session: SessionDep, id: SlugPath) -> Response:
    """Get one source passage."""
    return item_response(service.get_by_id(session, source_id=id))


documents_router = APIRouter(prefix="/documents", tags=["documents"])
DocumentParams = Annotated[ListParams, Depends(list_params(service.DOCUMENTS))]
DocumentList = service.DOCUMENTS.envelope("DocumentList", "A page of documents.")
KindQuery = Annotated[
    str | None,
    Query(
        pattern=r"^[a-z_]+$",
        max_length=50,
        description="Kind of document: blog_post, jurisdiction_profile, import_file, ...",
        examples=["jurisdiction_profile"],
    ),
]
DocumentKeyPath = Annotated[
    str, Path(pattern=SLUG_PATTERN, max_length=200, description="Key of the document.")
]


class DocumentItem(ItemEnvelope[DocumentPublic]):
    """One document."""


@documents_router.get(
    "",
    name="list_documents",
    summary="List documents",
    description="The captured pages and imported files that source passages quote.",
    response_model=DocumentList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
async def list_documents(
    request: Request, session: SessionDep, params: DocumentParams, kind: KindQuery = None
) -> Response:
    """List documents."""
    stmt = service.DOCUMENTS.select({"kind": kind})
    return await respond_list(request, session, service.DOCUMENTS, stmt, params)


@documents_router.get(
    "/{key}",
    name="get_document",
    summary="Get a document",
    response_model=DocumentItem,
    responses=problem_responses(404, 422),
)
async def get_document(session: SessionDep, key: DocumentKeyPath) -> Response:
    """Get one document."""
    return item_response(service.get_document(session, key=key))
