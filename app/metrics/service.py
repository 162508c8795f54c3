"""Queries about metric definitions and observations."""

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.jurisdictions.models import Jurisdiction
from app.metrics.models import Metric, Observation
from app.strategies.models import Strategy


def _metric_rows(session: Session, stmt: Any) -> list[dict[str, Any]]:
    counts = dict(
        session.execute(
            select(Observation.metric_key, func.count()).group_by(Observation.metric_key)
        ).all()
    )
    return [
        {
            "key": x.key,
            "name": x.name,
            "unit": x.unit,
            "description": x.description,
            "observation_count": counts.get(x.key, 0),
        }
        for x in stmt
    ]


def get_metrics(session: Session, *, page: PageParams) -> tuple[list[dict[str, Any]], str | None]:
    """One page of metric definitions."""
    rows, next_cursor = fetch_page(session, select(Metric), Metric.key, page)
    return _metric_rows(session, rows), next_cursor


def get_metric(session: Session, *, key: str) -> dict[str, Any]:
    """One metric definition, or a 404."""
    found = session.get(Metric, key)
    if found is None:
        raise NotFoundError(f"No metric has the key '{key}'.")
    return _metric_rows(session, [found])[0]


def get_observations(
    session: Session,
    *,
    page: PageParams,
    jurisdiction: str | None = None,
    metric: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of observations; `start`/`end` keep periods that overlap [start, end]."""
    stmt = select(Observation)
    if jurisdiction:
        stmt = stmt.join(Jurisdiction, Jurisdiction.id == Observation.jurisdiction_id).where(
            Jurisdiction.slug == jurisdiction
        )
    if metric:
        stmt = stmt.where(Observation.metric_key == metric)
    if start:
        stmt = stmt.where(Observation.period_end >= start)
    if end:
        stmt = stmt.where(Observation.period_start <= end)
    rows, next_cursor = fetch_page(session, stmt, Observation.key, page)
    return public_observations(session, list(rows)), next_cursor


def public_observations(session: Session, rows: list[Observation]) -> list[dict[str, Any]]:
    """Observation dicts with jurisdiction, unit and strategy resolved in three queries."""
    jurs = {
        r.id: {"slug": r.slug, "name": r.name}
        for r in session.execute(
            select(Jurisdiction.id, Jurisdiction.slug, Jurisdiction.name).where(
                Jurisdiction.id.in_({o.jurisdiction_id for o in rows})
            )
        )
    }
    units = dict(session.execute(select(Metric.key, Metric.unit)).all())
    strategy_ids = {o.strategy_id for o in rows if o.strategy_id}
    strategies = (
        dict(
            session.execute(
                select(Strategy.id, Strategy.slug).where(Strategy.id.in_(strategy_ids))
            ).all()
        )
        if strategy_ids
        else {}
    )
    return [
        {
            "id": o.key,
            "jurisdiction": jurs[o.jurisdiction_id],
            "metric": o.metric_key,
            "unit": units[o.metric_key],
            "period_start": o.period_start,
            "period_end": o.period_end,
            "frequency": o.frequency,
            "value": o.value,
            "qualifier": o.qualifier,
            "status": o.status,
            "text_as_written": o.text_as_written,
            "source_id": o.source_id,
            "strategy": strategies.get(o.strategy_id) if o.strategy_id else None,
            "note": o.note,
        }
        for o in rows
    ]
