"""Queries about metric definitions and observations."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from app.core.errors import NotFoundError
from app.core.fields import Rows
from app.core.refs import Related, one, plain_rows, values_of
from app.jurisdictions.models import Jurisdiction
from app.lists.engine import Facet, Include, ListSpec
from app.lists.filters import Bound, Equals, Parent
from app.metrics.models import (
    Metric,
    MetricPublic,
    MetricRelation,
    Observation,
    ObservationPublic,
)
from app.sources.models import SourcePublic
from app.strategies.models import Strategy
from app.strategies.service import include_source

METRIC_ROW = Rows.of(Metric, extras=("related", "observation_count"))


def metric_rows(session: Session, rows: list[Any]) -> list[dict[str, Any]]:
    """Metric dicts with their relations and observation counts (two extra queries)."""
    keys = [m.key for m in rows]
    counts = dict(
        session.execute(
            select(Observation.metric_key, func.count())
            .where(Observation.metric_key.in_(keys))
            .group_by(Observation.metric_key)
        ).all()
    )
    related: dict[str, list[dict[str, str]]] = {k: [] for k in keys}
    links = select(MetricRelation).where(MetricRelation.metric_key.in_(keys))
    for link in session.scalars(
        links.order_by(MetricRelation.metric_key, MetricRelation.related_key)
    ):
        related[link.metric_key].append({"metric": link.related_key, "relation": link.relation})
    return [
        METRIC_ROW(x, related=related[x.key], observation_count=counts.get(x.key, 0)) for x in rows
    ]


def get_metric(session: Session, key: str) -> dict[str, Any]:
    """One metric definition, or a 404."""
    found = session.get(Metric, key)
    if found is None:
        raise NotFoundError(f"No metric has the key '{key}'.")
    return metric_rows(session, [found])[0]


# What an observation shows of its jurisdiction, metric and strategy, read through the driver.
JURISDICTION_NAMES = Related(Jurisdiction.id, [Jurisdiction.slug, Jurisdiction.name])
UNITS = select(Metric.key, Metric.unit)
STRATEGY_SLUG = Related(Strategy.id, [Strategy.slug])


def _rider(column: Any, key: Any, reference: Any, label: str) -> Any:
    """`column` of the row whose `key` equals the observation's `reference`, as a labelled
    scalar subquery of a page (on an alias, so a page that joins the same table for a filter
    cannot correlate it away)."""
    table = aliased(column.class_)
    found = select(getattr(table, column.key)).where(getattr(table, key.key) == reference)
    return found.scalar_subquery().label(label)


# The same three lookups riding on a list page, so that a page of observations is one query.
RIDERS = (
    _rider(Jurisdiction.slug, Jurisdiction.id, Observation.jurisdiction_id, "_jurisdiction_slug"),
    _rider(Jurisdiction.name, Jurisdiction.id, Observation.jurisdiction_id, "_jurisdiction_name"),
    _rider(Metric.unit, Metric.key, Observation.metric_key, "_unit"),
    _rider(Strategy.slug, Strategy.id, Observation.strategy_id, "_strategy_slug"),
)
_RODE = tuple(r.key for r in RIDERS)


OBSERVATION_ROW = Rows.of(
    Observation,
    extras=("jurisdiction", "unit", "strategy"),
    before={"jurisdiction": "metric", "unit": "period_start", "strategy": "note"},
)
# what a public observation is read from: its shown columns, then the references to resolve
_READ = (*OBSERVATION_ROW.columns, "jurisdiction_id", "strategy_id")


def public_observations(session: Session, rows: list[Observation]) -> list[dict[str, Any]]:
    """Observation dicts with jurisdiction, unit and strategy: from the page's riders when the
    rows carry them, else resolved in three queries (each statement built once)."""
    if not rows:
        return []
    fields: tuple[str, ...] | None = getattr(rows[0], "_fields", None)
    read: list[Any] = rows
    if fields is None:  # model instances (an observation's detail)
        read, fields = values_of(rows, _READ), _READ
    build = OBSERVATION_ROW.at(fields)  # each column read at its place: no tuple made first
    if _RODE[0] in fields:
        slug, name, unit, strategy = (fields.index(r) for r in _RODE)
        return [build(r, {"slug": r[slug], "name": r[name]}, r[unit], r[strategy]) for r in read]
    return _looked_up(session, build, fields, read)


def _looked_up(
    session: Session, build: Callable[..., dict[str, Any]], fields: tuple[str, ...], read: list[Any]
) -> list[dict[str, Any]]:
    """Observation dicts whose jurisdiction, unit and strategy are looked up after the page."""
    jid, sid, metric = (fields.index(n) for n in ("jurisdiction_id", "strategy_id", "metric_key"))
    named = JURISDICTION_NAMES.load(session, {r[jid] for r in read})
    jurs = {j: found[0] for j, found in named.items() if found}
    units = dict(plain_rows(session, UNITS))
    slugs = STRATEGY_SLUG.values(session, {r[sid] for r in read if r[sid]})
    strategies = {s: found[0] for s, found in slugs.items() if found}
    return [
        build(r, jurs[r[jid]], units[r[metric]], strategies.get(r[sid]) if r[sid] else None)
        for r in read
    ]


def include_metric(session: Session, rows: list[Observation]) -> dict[int, Any]:
    """The metric definition of each observation."""
    metrics = {
        m["key"]: m
        for m in metric_rows(
            session,
            list(
                session.scalars(select(Metric).where(Metric.key.in_({o.metric_key for o in rows})))
            ),
        )
    }
    return {o.id: metrics[o.metric_key] for o in rows}


METRICS = ListSpec(
    resource="metrics",
    model=Metric,
    key=Metric.key,
    key_field="key",
    serialize=metric_rows,
    row=MetricPublic,
    sorts={"name": Metric.name, "unit": Metric.unit},
    default_sort="key",
)

OBSERVATIONS = ListSpec(
    resource="observations",
    model=Observation,
    key=Observation.key,
    key_field="id",
    serialize=public_observations,
    row=ObservationPublic,
    riders=RIDERS,
    sorts={
        "metric": Observation.metric_key,
        "period_start": Observation.period_start,
        "period_end": Observation.period_end,
        "value": Observation.value,
    },
    default_sort="id",
    includes={
        "source": Include(include_source, SourcePublic),
        "metric_definition": Include(include_metric, MetricPublic),
    },
    facets={
        "metric": Facet(Metric.key, Metric.name, ((Metric, Metric.key == Observation.metric_key),)),
        "jurisdiction": Facet(
            Jurisdiction.slug,
            Jurisdiction.name,
            ((Jurisdiction, Jurisdiction.id == Observation.jurisdiction_id),),
        ),
        "qualifier": Facet(Observation.qualifier, Observation.qualifier),
    },
    filters={
        "jurisdiction": Parent(
            Jurisdiction,
            Jurisdiction.id == Observation.jurisdiction_id,
            Jurisdiction.slug,
            "jurisdiction",
        ),
        "metric": Equals(Observation.metric_key, "metric"),
        "from": Bound(Observation.period_end, "period_end", at_least=True),
        "to": Bound(Observation.period_start, "period_start", at_least=False),
    },
)


def get_observation(session: Session, key: str) -> dict[str, Any]:
    """One observation by key, or a 404."""
    found = one(session, Observation.key, key, "observation")
    return public_observations(session, [found])[0]
