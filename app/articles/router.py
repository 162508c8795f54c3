"""HTTP routes for articles."""

from typing import Any

from fastapi import APIRouter, Request

from app.articles import service
from app.articles.models import ArticleDetail, ArticleSummary
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.pagination import ItemEnvelope, ListEnvelope, PageDep, list_body
from app.core.params import (
    ActionAreaQuery,
    AuthorQuery,
    JurisdictionQuery,
    PublishedFromQuery,
    PublishedToQuery,
)
from app.core.schemas import SlugPath

router = APIRouter(prefix="/articles", tags=["articles"])


class ArticleList(ListEnvelope[ArticleSummary]):
    """A page of articles."""


class ArticleItem(ItemEnvelope[ArticleDetail]):
    """One article."""


@router.get(
    "",
    name="list_articles",
    summary="List articles",
    description="Blog posts (without body), sorted by slug. Filters combine with AND.",
    response_model=ArticleList,
    responses=problem_responses(422),
)
def list_articles(
    request: Request,
    session: SessionDep,
    page: PageDep,
    action_area: ActionAreaQuery = None,
    author: AuthorQuery = None,
    jurisdiction: JurisdictionQuery = None,
    published_from: PublishedFromQuery = None,
    published_to: PublishedToQuery = None,
) -> dict[str, Any]:
    """List articles."""
    items, next_cursor = service.get_all(
        session,
        page=page,
        action_area=action_area,
        author=author,
        jurisdiction=jurisdiction,
        published_from=published_from,
        published_to=published_to,
    )
    return list_body(request, items, page, next_cursor)


@router.get(
    "/{slug}",
    name="get_article",
    summary="Get an article",
    description="The article's Markdown body, authors, tags and every jurisdiction, organization "
    "and network it mentions.",
    response_model=ArticleItem,
    responses=problem_responses(404, 422),
)
def get_article(session: SessionDep, slug: SlugPath) -> dict[str, Any]:
    """Get one article."""
    return {"data": service.get_by_slug(session, slug=slug), "meta": {}}
