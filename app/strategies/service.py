"""Queries about strategies."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.core.refs import grouped
from app.jurisdictions.models import Jurisdiction
from app.strategies.models import Strategy, StrategyActionArea


def _public(session: Session, rows: list[Strategy]) -> list[dict[str, Any]]:
    ids = [s.id for s in rows if s.id is not None]
    areas = grouped(
        session,
        StrategyActionArea.strategy_id,
        [ActionArea.slug],
        ids,
        joins=[(ActionArea, ActionArea.id == StrategyActionArea.action_area_id)],
        order_by=[ActionArea.slug],
    )
    jur_ids = {s.jurisdiction_id for s in rows}
    jurs = {
        r.id: {"slug": r.slug, "name": r.name}
        for r in session.execute(
            select(Jurisdiction.id, Jurisdiction.slug, Jurisdiction.name).where(
                Jurisdiction.id.in_(jur_ids)
            )
        )
    }
    return [
        {
            "slug": s.slug,
            "name": s.name,
            "description": s.description,
            "status": s.status,
            "jurisdiction": jurs[s.jurisdiction_id],
            "source_id": s.source_id,
            "note": s.note,
            "action_areas": [a["slug"] for a in areas.get(s.id or 0, [])],
        }
        for s in rows
    ]


def get_all(
    session: Session,
    *,
    page: PageParams,
    jurisdiction: str | None = None,
    action_area: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of strategies matching the filters."""
    stmt = select(Strategy)
    if jurisdiction:
        stmt = stmt.join(Jurisdiction, Jurisdiction.id == Strategy.jurisdiction_id).where(
            Jurisdiction.slug == jurisdiction
        )
    if action_area:
        tagged = (
            select(StrategyActionArea.strategy_id)
            .join(ActionArea, ActionArea.id == StrategyActionArea.action_area_id)
            .where(ActionArea.slug == action_area)
        )
        stmt = stmt.where(Strategy.id.in_(tagged))
    rows, next_cursor = fetch_page(session, stmt, Strategy.slug, page)
    return _public(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> dict[str, Any]:
    """One strategy, or a 404."""
    found = session.scalars(select(Strategy).where(Strategy.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No strategy has the slug '{slug}'.")
    return _public(session, [found])[0]
