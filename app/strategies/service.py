"""Queries about strategies."""

from typing import Any

from sqlalchemy import bindparam, select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.core.fields import Rows
from app.core.params import ActionAreaQuery, JurisdictionQuery
from app.core.refs import Related, ids_of, one
from app.jurisdictions.models import Jurisdiction
from app.lists.engine import Facet, Include, ListSpec
from app.lists.filters import Parent, Tagged
from app.search.index import Indexed
from app.sources.models import SourcePublic
from app.sources.service import by_ids as sources_by_ids
from app.strategies.models import Strategy, StrategyActionArea, StrategyPublic

ACTION_AREAS = Related.through(
    StrategyActionArea.strategy_id, ActionArea, StrategyActionArea.action_area_id, [ActionArea.slug]
)


JURISDICTIONS = select(Jurisdiction.id, Jurisdiction.slug, Jurisdiction.name).where(
    Jurisdiction.id.in_(bindparam("ids", expanding=True))
)


ROW = Rows.of(
    Strategy, extras=("jurisdiction", "action_areas"), before={"jurisdiction": "source_id"}
)


def public(session: Session, rows: list[Strategy]) -> list[dict[str, Any]]:
    """Strategy dicts with jurisdiction and action areas, in two extra queries."""
    areas = ACTION_AREAS.values(session, ids_of(rows))
    wanted = {"ids": list({s.jurisdiction_id for s in rows})}
    jurs = {
        r.id: {"slug": r.slug, "name": r.name}
        for r in session.connection().execute(JURISDICTIONS, wanted)
    }
    return [ROW(s, jurisdiction=jurs[s.jurisdiction_id], action_areas=areas[s.id]) for s in rows]


def include_source(session: Session, rows: list[Any]) -> dict[int, Any]:
    """The source passage of each row (strategies and observations both carry source_id)."""
    sources = sources_by_ids(session, {r.source_id for r in rows if r.source_id})
    return {r.id: sources.get(r.source_id) for r in rows}


SPEC = ListSpec(
    resource="strategies",
    model=Strategy,
    key=Strategy.slug,
    key_field="slug",
    serialize=public,
    row=StrategyPublic,
    sorts={"name": Strategy.name, "status": Strategy.status},
    default_sort="slug",
    includes={"source": Include(include_source, SourcePublic)},
    facets={
        "jurisdiction": Facet(
            Jurisdiction.slug,
            Jurisdiction.name,
            ((Jurisdiction, Jurisdiction.id == Strategy.jurisdiction_id),),
        ),
        "action_area": Facet(
            ActionArea.slug,
            ActionArea.name,
            (
                (StrategyActionArea, StrategyActionArea.strategy_id == Strategy.id),
                (ActionArea, ActionArea.id == StrategyActionArea.action_area_id),
            ),
        ),
        "status": Facet(Strategy.status, Strategy.status),
    },
    searchable=True,
    filters={
        "jurisdiction": Parent(
            Jurisdiction,
            Jurisdiction.id == Strategy.jurisdiction_id,
            Jurisdiction.slug,
            "jurisdiction",
            query=JurisdictionQuery,
        ),
        "action_area": Tagged(
            StrategyActionArea.strategy_id,
            ActionArea,
            ActionArea.id == StrategyActionArea.action_area_id,
            ActionArea.slug,
            "action_areas",
            query=ActionAreaQuery,
        ),
    },
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One strategy, or a 404."""
    found = one(session, Strategy.slug, slug, "strategy")
    return public(session, [found])[0]


SEARCH = Indexed("strategies", Strategy, title="name", block=3)
