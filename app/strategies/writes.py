"""How strategies (and their action areas) are written."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.strategies import service
from app.strategies.schemas import StrategySeed
from app.writes.columns import form, resolve
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, referrers, replace_links, slugs


def load(session: Session, row: m.Strategy) -> dict[str, Any]:
    """The writable form of a strategy."""
    areas = linked(m.ActionArea.slug, m.StrategyActionArea, "strategy_id", row.id)
    links = {"action_areas": slugs(session, areas.order_by(m.ActionArea.slug))}
    return form(session, m.Strategy, row, StrategySeed, links)


def save(session: Session, body: Input, row: m.Strategy | None) -> m.Strategy:
    """Insert or update the row and replace its action areas."""
    refs = Refs(session)
    areas = refs.many(m.ActionArea, body.action_areas, "/action_areas")
    values = resolve(refs, m.Strategy, body)
    refs.check(order=StrategySeed.model_fields)
    row = put_row(session, m.Strategy, row, values)
    replace_links(
        session, m.StrategyActionArea, "strategy_id", row.id, [{"action_area_id": a} for a in areas]
    )
    return row


def dependents(session: Session, row: m.Strategy) -> list[str]:
    """Observations attributed to the strategy."""
    stmt = select(m.Observation.key).where(m.Observation.strategy_id == row.id)
    return referrers(session, [("observation", stmt)])


WRITABLE = Writable(
    resource="strategies",
    singular="strategy",
    model=m.Strategy,
    key_field="slug",
    schema=StrategySeed,
    load=load,
    save=save,
    view=service.get_by_slug,
    example={
        "slug": "example-pretrial-pilot",
        "jurisdiction": "milwaukee-county-wi",
        "name": "Pretrial pilot",
        "description": "A pilot described by the source.",
        "status": "planned",
        "action_areas": ["courts"],
        "source": "milwaukee-county-wi-approach",
    },
    dependents=dependents,
    links=((m.StrategyActionArea, "strategy_id"),),
    reindex=service.SEARCH.reindex,
)
