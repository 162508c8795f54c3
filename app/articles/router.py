"""HTTP routes for articles."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.articles import service
from app.articles.models import ArticleDetail
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import (
    ActionAreaQuery,
    AuthorQuery,
    JurisdictionQuery,
    PublishedFromQuery,
    PublishedToQuery,
)
from app.core.schemas import SlugPath
from app.lists.engine import ListParams
from app.lists.envelopes import ItemEnvelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.search.lists import respond_list

router = APIRouter(prefix="/articles", tags=["articles"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]


ArticleList = service.SPEC.envelope("ArticleList", "A page of articles.")


class ArticleItem(ItemEnvelope[ArticleDetail]):
    """One article."""


@router.get(
    "",
    name="list_articles",
    summary="List articles",
    description="Blog posts (without body), sorted by slug. Filters combine with AND.",
    response_model=ArticleList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
async def list_articles(
    request: Request,
    session: SessionDep,
    params: Params,
    action_area: ActionAreaQuery = None,
    author: AuthorQuery = None,
    jurisdiction: JurisdictionQuery = None,
    published_from: PublishedFromQuery = None,
    published_to: PublishedToQuery = None,
) -> Response:
    """List articles."""
    stmt = service.SPEC.select(
        {
            "action_area": action_area,
            "author": author,
            "jurisdiction": jurisdiction,
            "published_from": published_from,
            "published_to": published_to,
        }
    )
    return await respond_list(request, session, service.SPEC, stmt, params)


@router.get(
    "/{slug}",
    name="get_article",
    summary="Get an article",
    description="The article's Markdown body, authors, tags and every jurisdiction, organization "
    "and network it mentions.",
    response_model=ArticleItem,
    responses=problem_responses(404, 422),
)
async def get_article(session: SessionDep, slug: SlugPath) -> Response:
    """Get one article."""
    return item_response(service.get_by_slug(session, slug=slug))
