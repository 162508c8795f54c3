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
from app.metrics.schemas import DerivedSeed, ObservationSeed
from app.writes.columns import read_row, resolve, save_columns
from app.writes.engine import Writable
from app.writes.refs import Refs, put_row, replace_links


def save(session: Session, body: Input, row: m.Observation | None) -> m.Observation:
    """Insert or update the row after the seed loader's checks: references resolve, the figure
    appears verbatim in its source passage, the period runs forwards."""
    refs = Refs(session)
    values = resolve(refs, m.Observation, body)
    source = session.get(m.Source, body.source)
    if source is not None and body.text_as_written not in source.passage:
        refs.problem("/text_as_written", f"Not found verbatim in source '{body.source}'.")
    if body.period_start and body.period_end and body.period_end < body.period_start:
        refs.problem("/period_end", "Ends before period_start.")
    refs.check(order=ObservationSeed.model_fields)
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
            by_key[key] = ObservationSeed.model_validate(read_row(session, found))
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
    return {**read_row(session, row), "inputs": row.inputs, "formula": row.formula}


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


def save_metric(session: Session, body: Input, row: m.Metric | None) -> m.Metric:
    """Insert or update a metric definition (no HTTP writes yet; the seed writes through it)."""
    return save_columns(session, m.Metric, body, row)


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
