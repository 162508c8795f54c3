"""Queries about articles."""

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.articles.models import (
    Article,
    ArticleActionArea,
    ArticleAuthor,
    ArticleJurisdiction,
    ArticleNetwork,
    ArticleOrganization,
)
from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.core.refs import grouped
from app.jurisdictions.models import Jurisdiction
from app.networks.models import Network
from app.organizations.models import Organization
from app.people.models import Person


def _summaries(session: Session, rows: list[Article]) -> list[dict[str, Any]]:
    ids = [a.id for a in rows if a.id is not None]
    authors = grouped(
        session,
        ArticleAuthor.article_id,
        [Person.slug, Person.name],
        ids,
        joins=[(Person, Person.id == ArticleAuthor.person_id)],
        order_by=[ArticleAuthor.position],
    )
    areas = grouped(
        session,
        ArticleActionArea.article_id,
        [ActionArea.slug],
        ids,
        joins=[(ActionArea, ActionArea.id == ArticleActionArea.action_area_id)],
        order_by=[ActionArea.slug],
    )
    return [
        {
            "slug": a.slug,
            "title": a.title,
            "published": a.published,
            "authors": authors.get(a.id or 0, []),
            "action_areas": [x["slug"] for x in areas.get(a.id or 0, [])],
        }
        for a in rows
    ]


def _mentioned(
    session: Session, link: Any, column: Any, model: Any, article_id: int
) -> list[dict[str, Any]]:
    rows = grouped(
        session,
        link.article_id,
        [model.slug, model.name],
        [article_id],
        joins=[(model, model.id == column)],
        order_by=[model.slug],
    )
    return rows.get(article_id, [])


def _filter_by(stmt: Any, link: Any, column: Any, model: Any, slug: str) -> Any:
    ids = select(link.article_id).join(model, model.id == column).where(model.slug == slug)
    return stmt.where(Article.id.in_(ids))


def get_all(
    session: Session,
    *,
    page: PageParams,
    action_area: str | None = None,
    author: str | None = None,
    jurisdiction: str | None = None,
    published_from: date | None = None,
    published_to: date | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of articles matching every given filter."""
    stmt = select(Article)
    if action_area:
        stmt = _filter_by(
            stmt, ArticleActionArea, ArticleActionArea.action_area_id, ActionArea, action_area
        )
    if author:
        stmt = _filter_by(stmt, ArticleAuthor, ArticleAuthor.person_id, Person, author)
    if jurisdiction:
        stmt = _filter_by(
            stmt,
            ArticleJurisdiction,
            ArticleJurisdiction.jurisdiction_id,
            Jurisdiction,
            jurisdiction,
        )
    if published_from:
        stmt = stmt.where(Article.published >= published_from)
    if published_to:
        stmt = stmt.where(Article.published <= published_to)
    rows, next_cursor = fetch_page(session, stmt, Article.slug, page)
    return _summaries(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> dict[str, Any]:
    """One article with its body and mentions, or a 404."""
    found = session.scalars(select(Article).where(Article.slug == slug)).first()
    if found is None or found.id is None:
        raise NotFoundError(f"No article has the slug '{slug}'.")
    detail = _summaries(session, [found])[0]
    detail.update(
        body=found.body,
        source_id=found.source_id,
        note=found.note,
        jurisdictions=_mentioned(
            session,
            ArticleJurisdiction,
            ArticleJurisdiction.jurisdiction_id,
            Jurisdiction,
            found.id,
        ),
        organizations=_mentioned(
            session,
            ArticleOrganization,
            ArticleOrganization.organization_id,
            Organization,
            found.id,
        ),
        networks=_mentioned(session, ArticleNetwork, ArticleNetwork.network_id, Network, found.id),
    )
    return detail
