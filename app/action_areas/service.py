"""Queries about action areas."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.action_areas.models import ActionArea, ActionAreaPublic
from app.articles.models import ArticleActionArea
from app.core.fields import Rows
from app.core.refs import one
from app.jurisdictions.models import JurisdictionActionArea
from app.lists.engine import ListSpec
from app.strategies.models import StrategyActionArea

_LINKS = {
    "jurisdiction_count": JurisdictionActionArea,
    "strategy_count": StrategyActionArea,
    "article_count": ArticleActionArea,
}


ROW = Rows.of(ActionArea, extras=_LINKS)


def public(session: Session, rows: list[ActionArea]) -> list[dict[str, Any]]:
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
    return [ROW(a, **{name: c.get(a.id, 0) for name, c in counts.items()}) for a in rows]


SPEC = ListSpec(
    resource="action-areas",
    model=ActionArea,
    key=ActionArea.slug,
    key_field="slug",
    serialize=public,
    row=ActionAreaPublic,
    sorts={"name": ActionArea.name},
    default_sort="slug",
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One action area, or a 404."""
    found = one(session, ActionArea.slug, slug, "action area")
    return public(session, [found])[0]
