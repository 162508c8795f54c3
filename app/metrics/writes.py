"""How observations are written; derived figures follow their inputs and are never written."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.errors import UnprocessableError
from app.core.inputs import Input
from app.metrics import service
from app.metrics.derive import derive
from app.metrics.models import ObservationStatus
from app.metrics.schemas import DerivedSeed, MetricSeed, ObservationSeed
from app.writes.engine import Writable
from app.writes.refs import Refs, jsonable, put_row, replace_links

LINK_FIELDS = {"jurisdiction", "metric", "source", "strategy"}  # written as references
COLUMNS = [f for f in ObservationSeed.model_fields if f not in LINK_FIELDS]  # as stored


def load(session: Session, row: m.Observation) -> dict[str, Any]:
    """The writable form of an observation."""
    jurisdiction = session.get(m.Jurisdiction, row.jurisdiction_id)
    strategy = session.get(m.Strategy, row.strategy_id) if row.strategy_id else None
    return jsonable(
        {
            **{c: getattr(row, c) for c in COLUMNS},
            "jurisdiction": jurisdiction.slug if jurisdiction else None,
            "metric": row.metric_key,
            "source": row.source_id,
            "strategy": strategy.slug if strategy else None,
        }
    )


def save(session: Session, body: Input, row: m.Observation | None) -> m.Observation:
    """Insert or update the row after the seed loader's checks: references resolve, the figure
    appears verbatim in its source passage, the period runs forwards."""
    refs = Refs(session)
    jurisdiction = refs.one(m.Jurisdiction, body.jurisdiction, "/jurisdiction")
    strategy = refs.one(m.Strategy, body.strategy, "/strategy")
    refs.exists(m.Metric, "key", body.metric, "/metric")
    source = session.get(m.Source, body.source)
    if source is None:
        refs.missing(m.Source, body.source, "/source")
    elif body.text_as_written not in source.passage:
        refs.problem("/text_as_written", f"Not found verbatim in source '{body.source}'.")
    if body.period_start and body.period_end and body.period_end < body.period_start:
        refs.problem("/period_end", "Ends before period_start.")
    refs.check()
    values = {
        **body.model_dump(exclude={"jurisdiction", "metric", "source", "strategy"}),
        "qualifier": body.qualifier.value,
        "status": body.status.value,
        "jurisdiction_id": jurisdiction,
        "metric_key": body.metric,
        "source_id": body.source,
        "strategy_id": strategy,
    }
    return put_row(session, m.Observation, row, values)


def _derived_from(session: Session, key: str) -> list[m.Observation]:
    rows = session.scalars(select(m.Observation).where(m.Observation.status == "derived"))
    return [r for r in rows if key in (r.inputs or [])]


def _observation(session: Session, key: str) -> m.Observation | None:
    return session.scalars(select(m.Observation).where(m.Observation.key == key)).first()


def save_derived(session: Session, body: DerivedSeed, row: m.Observation | None) -> m.Observation:
    """Compute a derived figure from its inputs as stored now, and insert or update its row."""
    refs = Refs(session)
    by_key = {}
    for i, key in enumerate(body.inputs):
        found = _observation(session, key)
        if found is None:
            refs.missing(m.Observation, key, f"/inputs/{i}")
        else:
            by_key[key] = ObservationSeed.model_validate(load(session, found))
    refs.check()
    if by_key[body.inputs[1]].value == 0:
        raise UnprocessableError(f"'{body.key}' would divide by zero.")
    figure = derive(body, by_key)
    jurisdiction = refs.one(m.Jurisdiction, figure.pop("jurisdiction"), "/inputs/0")
    metric, source = figure.pop("metric"), figure.pop("source")
    values = {
        **figure,
        "qualifier": figure["qualifier"].value,
        "status": ObservationStatus.derived.value,
        "jurisdiction_id": jurisdiction,
        "metric_key": metric,
        "source_id": source,
        "strategy_id": None,
    }
    return put_row(session, m.Observation, row, values)


def load_derived(session: Session, row: m.Observation) -> dict[str, Any]:
    """The stored form of a derived figure: its definition and what was computed from it."""
    return {**load(session, row), "inputs": row.inputs, "formula": row.formula}


def recompute_derived(session: Session, key: str) -> None:
    """Recompute every derived figure that has `key` among its inputs."""
    for derived in _derived_from(session, key):
        definition = DerivedSeed(
            key=derived.key,
            metric=derived.metric_key,
            formula="ratio",
            inputs=list(derived.inputs or []),
            note=derived.note,
        )
        save_derived(session, definition, derived)


def load_metric(_session: Session, row: m.Metric) -> dict[str, Any]:
    """The stored form of a metric definition (its relations apart: they name other metrics)."""
    return {c: getattr(row, c) for c in MetricSeed.model_fields if c != "related"}


def save_metric(session: Session, body: Input, row: m.Metric | None) -> m.Metric:
    """Insert or update a metric definition (no HTTP writes yet; the seed writes through it)."""
    return put_row(session, m.Metric, row, body.model_dump(exclude={"related"}))


def load_relations(session: Session, row: m.Metric) -> dict[str, Any]:
    """How a metric relates to others, in key order."""
    relations = session.execute(
        select(m.MetricRelation.related_key, m.MetricRelation.relation)
        .where(m.MetricRelation.metric_key == row.key)
        .order_by(m.MetricRelation.related_key, m.MetricRelation.relation)
    )
    return {"key": row.key, "related": [{"metric": k, "relation": r} for k, r in relations]}


def save_relations(session: Session, body: Input, row: m.Metric | None) -> m.Metric:
    """Replace a stored metric's relations (after every metric exists: they refer to each other)."""
    if row is None:
        raise UnprocessableError(f"No metric '{body.key}' exists.")
    links = [{"related_key": r.metric, "relation": r.relation} for r in body.related]
    replace_links(session, m.MetricRelation, "metric_key", row.key, links)
    return row


def refuse(record: Any) -> str | None:
    """Derived figures are computed, so the API neither writes nor deletes them directly."""
    if getattr(record, "status", None) in (ObservationStatus.derived, "derived"):
        return "Derived figures are computed from their inputs; write the inputs instead."
    return None


def dependents(session: Session, row: m.Observation) -> list[str]:
    """Derived figures computed from this one."""
    return [f"derived observation '{d.key}'" for d in _derived_from(session, row.key)]


WRITABLE = Writable(
    resource="observations",
    singular="observation",
    model=m.Observation,
    key_field="key",
    key_is_path=True,
    schema=ObservationSeed,
    load=load,
    save=save,
    view=service.get_observation,
    example={
        "key": "milwaukee-county-wi/jail_bookings/2015-restated",
        "jurisdiction": "milwaukee-county-wi",
        "metric": "jail_bookings",
        "period_start": "2015-01-01",
        "period_end": "2015-12-31",
        "frequency": "year",
        "value": 33500,
        "text_as_written": "33,500 jail bookings per year",
        "source": "milwaukee-county-wi-bookings-2015",
    },
    dependents=dependents,
    after_write=recompute_derived,
    refuse=refuse,
)
