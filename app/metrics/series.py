"""Time series with stated methods: calendar buckets, aggregation weighted by days, coverage,
and transforms (change from baseline, index, per 100k residents)."""

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.errors import ApiError, InvalidParameterError, NotFoundError
from app.jurisdictions.models import Jurisdiction
from app.metrics.aggregations import AGGREGATIONS, Bucket
from app.metrics.models import Metric, Observation
from app.metrics.transforms import TRANSFORMS


class TooManyBucketsError(ApiError):
    """The request would produce more buckets than allowed."""

    status = 400
    code = "too_many_buckets"


def _next(d: date, months: int) -> date | None:
    """First day `months` later, or None past the last representable date (9999-12-31)."""
    year, month = divmod(d.month - 1 + months, 12)
    return date(d.year + year, month + 1, 1) if d.year + year <= date.max.year else None


def buckets(interval: str, start: date, end: date, limit: int) -> list[Bucket]:
    """Calendar buckets covering [start, end], aligned to month, quarter or year boundaries
    (at most `limit` of them: more is a 400)."""
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    first = date(start.year, 1 if months == 12 else (start.month - 1) // months * months + 1, 1)
    count = ((end.year - first.year) * 12 + end.month - first.month) // months + 1
    if count > limit:
        raise TooManyBucketsError(
            f"The range gives {count} {interval} buckets; the maximum is {limit}. Narrow from/to or use a longer interval."
        )
    out, cursor = [], first
    for _ in range(count):
        nxt = _next(cursor, months)
        label = {
            1: f"{cursor:%Y-%m}",
            3: f"{cursor.year}-Q{(cursor.month - 1) // 3 + 1}",
            12: f"{cursor.year}",
        }[months]
        out.append(Bucket(label, cursor, nxt - timedelta(days=1) if nxt else date.max))
        if nxt is None:
            break
        cursor = nxt
    return out


def _coverage(bucket: Bucket, periods: list[tuple[date, date]]) -> float:
    """Share of the bucket's days inside at least one period (overlaps counted once)."""
    covered, reach = 0, None  # reach: the last day counted so far
    for start, end in sorted(periods):
        start, end = max(start, bucket.start), min(end, bucket.end)
        if reach is not None:
            if end <= reach:
                continue
            start = max(start, reach + timedelta(days=1))  # safe: reach < end <= date.max
        if end >= start:
            covered += (end - start).days + 1
            reach = end
    return round(covered / ((bucket.end - bucket.start).days + 1), 4)


def _rows(session: Session, jurisdiction_id: int, metric: str, start: date, end: date) -> list[Any]:
    stmt = select(Observation.period_start, Observation.period_end, Observation.value).where(
        Observation.jurisdiction_id == jurisdiction_id,
        Observation.metric_key == metric,
        Observation.period_start.is_not(None),
        Observation.period_end >= start,
        Observation.period_start <= end,
    )
    return list(session.execute(stmt.order_by(Observation.period_start)).all())


def _jurisdiction_id(session: Session, slug: str) -> int:
    found = session.scalars(select(Jurisdiction.id).where(Jurisdiction.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    return found


def _bucketed(
    all_rows: list[Any], lo: date | None, hi: date | None, interval: str, agg: str, limit: int
) -> list[dict[str, Any]]:
    """One entry per bucket: its value by `agg`, coverage, count and missing flag."""
    data: list[dict[str, Any]] = []
    for b in buckets(interval, lo, hi, limit) if lo and hi else []:
        rows = [r for r in all_rows if r.period_end >= b.start and r.period_start <= b.end]
        value = AGGREGATIONS[agg].value(b, rows)
        data.append(
            {
                "period": b.label,
                "period_start": b.start,
                "period_end": b.end,
                "value": value,
                "coverage": _coverage(b, [(r.period_start, r.period_end) for r in rows]),
                "observations": len(rows),
                "missing": value is None,
            }
        )
    return data


def series(
    session: Session,
    *,
    slug: str,
    metric: str,
    start: date | None,
    end: date | None,
    interval: str,
    agg: str,
    transform: str | None,
    baseline: str | None,
    max_buckets: int,
) -> dict[str, Any]:
    """Aligned buckets for one jurisdiction and metric, with coverage, missing flags and method."""
    jurisdiction_id = _jurisdiction_id(session, slug)
    definition = session.get(Metric, metric)
    if definition is None:
        raise NotFoundError(f"No metric has the key '{metric}'.")
    all_rows = _rows(session, jurisdiction_id, metric, start or date.min, end or date.max)
    if start and end and end < start:
        raise InvalidParameterError("to", "`to` is before `from`.")
    lo = start or min((r.period_start for r in all_rows), default=None)
    hi = end or max((r.period_end for r in all_rows), default=None)
    data = _bucketed(all_rows, lo, hi, interval, agg, max_buckets)
    method = f"{interval} buckets; {AGGREGATIONS[agg].method}"
    unit, base_label = definition.unit, None
    if transform:
        step = TRANSFORMS[transform]
        span = (data[0]["period_start"], data[-1]["period_end"]) if data else (date.max, date.min)
        base_label = step.apply(data, baseline, lambda m: _rows(session, jurisdiction_id, m, *span))
        method += f"; then {step.method}"
        unit = step.unit(definition.unit)
    meta = {
        "jurisdiction": slug,
        "metric": metric,
        "unit": unit,
        "interval": interval,
        "agg": agg,
        "transform": transform,
        "baseline": base_label,
        "method": method,
        "coverage": "share of the bucket's days covered by at least one observation",
    }
    return {"data": data, "meta": meta}


def compare(
    session: Session,
    *,
    metric: str,
    slugs: list[str],
    start: date | None,
    end: date | None,
    interval: str,
    agg: str,
    transform: str | None,
    max_buckets: int,
) -> dict[str, Any]:
    """Several jurisdictions' series for one metric, on the same buckets."""
    ids = dict(
        session.execute(
            select(Jurisdiction.slug, Jurisdiction.id).where(Jurisdiction.slug.in_(slugs))
        ).all()
    )
    unknown = [s for s in slugs if s not in ids]
    if unknown:
        raise NotFoundError(f"No jurisdiction has the slug '{unknown[0]}'.")
    if start is None or end is None:
        bounds = session.execute(
            select(func.min(Observation.period_start), func.max(Observation.period_end)).where(
                Observation.metric_key == metric,
                Observation.jurisdiction_id.in_(list(ids.values())),
                Observation.period_start.is_not(None),
            )
        ).one()
        start, end = start or bounds[0], end or bounds[1]
    series_by = {
        s: series(
            session,
            slug=s,
            metric=metric,
            start=start,
            end=end,
            interval=interval,
            agg=agg,
            transform=transform,
            baseline=None,
            max_buckets=max_buckets,
        )
        for s in slugs
    }
    first = series_by[slugs[0]]
    periods = [{k: d[k] for k in ("period", "period_start", "period_end")} for d in first["data"]]
    for i, period in enumerate(periods):
        period["values"] = {
            s: {k: series_by[s]["data"][i][k] for k in ("value", "coverage", "missing")}
            for s in slugs
        }
    meta = {
        **first["meta"],
        "jurisdictions": slugs,
        "baseline": {s: series_by[s]["meta"]["baseline"] for s in slugs},
    }
    meta.pop("jurisdiction")
    return {"data": periods, "meta": meta}
