"""Queries about organizations."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from app.articles.models import Article, ArticleOrganization
from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.jurisdictions.models import Jurisdiction, JurisdictionOrganization
from app.networks.models import Network, NetworkOrganization
from app.organizations.models import Organization

Parent = aliased(Organization)


def _summaries(session: Session, rows: list[Organization]) -> list[dict[str, Any]]:
    parent_ids = {o.parent_id for o in rows if o.parent_id}
    parents = (
        {
            r.id: {"slug": r.slug, "name": r.name}
            for r in session.execute(
                select(Parent.id, Parent.slug, Parent.name).where(Parent.id.in_(parent_ids))
            )
        }
        if parent_ids
        else {}
    )
    return [
        {
            "slug": o.slug,
            "name": o.name,
            "abbreviation": o.abbreviation,
            "state": o.state,
            "parent": parents.get(o.parent_id) if o.parent_id else None,
            "source_id": o.source_id,
        }
        for o in rows
    ]


def get_all(
    session: Session, *, page: PageParams, state: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of organizations."""
    stmt = select(Organization)
    if state:
        stmt = stmt.where(Organization.state == state)
    rows, next_cursor = fetch_page(session, stmt, Organization.slug, page)
    return _summaries(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> dict[str, Any]:
    """One organization with its jurisdictions, networks and articles, or a 404."""
    found = session.scalars(select(Organization).where(Organization.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No organization has the slug '{slug}'.")
    detail = _summaries(session, [found])[0]
    detail["jurisdictions"] = [
        dict(r)
        for r in session.execute(
            select(Jurisdiction.slug, Jurisdiction.name, JurisdictionOrganization.role)
            .join(
                JurisdictionOrganization,
                JurisdictionOrganization.jurisdiction_id == Jurisdiction.id,
            )
            .where(JurisdictionOrganization.organization_id == found.id)
            .order_by(Jurisdiction.slug)
        ).mappings()
    ]
    detail["networks"] = [
        dict(r)
        for r in session.execute(
            select(Network.slug, Network.name, NetworkOrganization.role)
            .join(NetworkOrganization, NetworkOrganization.network_id == Network.id)
            .where(NetworkOrganization.organization_id == found.id)
            .order_by(Network.slug)
        ).mappings()
    ]
    detail["articles"] = [
        {"slug": r.slug, "name": r.title}
        for r in session.execute(
            select(Article.slug, Article.title)
            .join(ArticleOrganization, ArticleOrganization.article_id == Article.id)
            .where(ArticleOrganization.organization_id == found.id)
            .order_by(Article.slug)
        )
    ]
    return detail
