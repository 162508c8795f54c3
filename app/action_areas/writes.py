"""How action areas are written (POST/PATCH/DELETE under /api/v1/action-areas)."""

from sqlmodel import Session

from app import models as m
from app.action_areas import service
from app.action_areas.schemas import ActionAreaSeed
from app.writes.engine import Writable
from app.writes.refs import linked, referrers


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
    view=service.get_by_slug,
    example={"slug": "pretrial", "name": "Pretrial"},
    dependents=dependents,
)
