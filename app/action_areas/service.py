"""Queries about action areas."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.articles.models import ArticleActionArea
from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.jurisdictions.models import JurisdictionActionArea
from app.strategies.models import StrategyActionArea

_LINKS = {
    "jurisdiction_count": JurisdictionActionArea,
    "strategy_count": StrategyActionArea,
    "article_count": ArticleActionArea,
}


def _public(session: Session, rows: list[ActionArea]) -> list[dict[str, Any]]:
    ids = [a.id for a in rows]
    counts = {
        name: dict(
            session.execute(
                select(link.action_area_id, func.count())
                .where(link.action_area_id.in_(ids))
                .group_by(link.action_area_id)
            ).all()
        )
        for name, link in _LINKS.items()
    }
    return [
        {"slug": a.slug, "name": a.name, **{name: c.get(a.id, 0) for name, c in counts.items()}}
        for a in rows
    ]


def get_all(session: Session, *, page: PageParams) -> tuple[list[dict[str, Any]], str | None]:
    """One page of action areas with usage counts."""
    rows, next_cursor = fetch_page(session, select(ActionArea), ActionArea.slug, page)
    return _public(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> dict[str, Any]:
    """One action area, or a 404."""
    found = session.scalars(select(ActionArea).where(ActionArea.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No action area has the slug '{slug}'.")
    return _public(session, [found])[0]
