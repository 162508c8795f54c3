"""How action areas are written (POST/PATCH/DELETE under /api/v1/action-areas)."""

from typing import Any

from sqlmodel import Session

from app import models as m
from app.action_areas import service
from app.action_areas.schemas import ActionAreaSeed
from app.core.inputs import Input
from app.writes.engine import Writable
from app.writes.refs import linked, put_row, referrers


def load(_session: Session, row: m.ActionArea) -> dict[str, Any]:
    """The writable form of an action area."""
    return {"slug": row.slug, "name": row.name}


def save(session: Session, body: Input, row: m.ActionArea | None) -> m.ActionArea:
    """Insert or update the row."""
    return put_row(session, m.ActionArea, row, body.model_dump())


def dependents(session: Session, row: m.ActionArea) -> list[str]:
    """Jurisdictions, strategies and articles tagged with it."""
    return referrers(
        session,
        [
            (
                "jurisdiction",
                linked(m.Jurisdiction.slug, m.JurisdictionActionArea, "action_area_id", row.id),
            ),
            (
                "strategy",
                linked(m.Strategy.slug, m.StrategyActionArea, "action_area_id", row.id),
            ),
            (
                "article",
                linked(m.Article.slug, m.ArticleActionArea, "action_area_id", row.id),
            ),
        ],
    )


WRITABLE = Writable(
    resource="action-areas",
    singular="action_area",
    model=m.ActionArea,
    key_field="slug",
    schema=ActionAreaSeed,
    load=load,
    save=save,
    view=service.get_by_slug,
    example={"slug": "pretrial", "name": "Pretrial"},
    dependents=dependents,
)
