"""Time series with stated methods: calendar buckets, aggregation weighted by days, coverage,
and transforms (change from baseline, index, per 100k residents)."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.config import get_settings
from app.core.errors import ApiError, InvalidParameterError, NotFoundError
from app.jurisdictions.models import Jurisdiction
from app.metrics.models import Metric, Observation

POPULATION = "resident_population"
METHODS = {
    "mean": "day-weighted mean of the observations overlapping the bucket (each weighs by its days inside the bucket)",
    "sum": "sum of the observations whose whole period lies inside the bucket (partial overlaps are not prorated)",
    "last": "value of the overlapping observation that ends last",
    "max": "largest value among the overlapping observations",
}
TRANSFORMS = {
    "change_from_baseline": "percent change from the baseline bucket: (value - baseline) / baseline * 100",
    "index": "index with the baseline bucket = 100: value / baseline * 100",
    "per_100k": "value / resident population * 100,000, the population being the resident_population observation that ends last among those overlapping the bucket",
}


class TooManyBucketsError(ApiError):
    """The request would produce more buckets than allowed."""

    status = 400
    code = "too_many_buckets"


@dataclass(frozen=True)
class Bucket:
    """One calendar bucket."""

    label: str
    start: date
    end: date


def _next(d: date, months: int) -> date | None:
    """First day `months` later, or None past the last representable date (9999-12-31)."""
    year, month = divmod(d.month - 1 + months, 12)
    return date(d.year + year, month + 1, 1) if d.year + year <= date.max.year else None


def buckets(interval: str, start: date, end: date) -> list[Bucket]:
    """Calendar buckets covering [start, end], aligned to month, quarter or year boundaries."""
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    first = date(start.year, 1 if months == 12 else (start.month - 1) // months * months + 1, 1)
    count = ((end.year - first.year) * 12 + end.month - first.month) // months + 1
    limit = get_settings().max_series_buckets
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


def _overlap(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days + 1)


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


def _aggregate(agg: str, bucket: Bucket, rows: list[Any]) -> float | None:
    inside = [(r, _overlap(r.period_start, r.period_end, bucket.start, bucket.end)) for r in rows]
    inside = [(r, days) for r, days in inside if days > 0]
    if agg == "sum":
        whole = [
            r.value
            for r, _ in inside
            if r.period_start >= bucket.start and r.period_end <= bucket.end
        ]
        return sum(whole) if whole else None
    if not inside:
        return None
    if agg == "mean":
        return sum(r.value * d for r, d in inside) / sum(d for _, d in inside)
    if agg == "last":
        return max(inside, key=lambda x: (x[0].period_end, x[0].period_start))[0].value
    return max(r.value for r, _ in inside)


def _rows(session: Session, jurisdiction_id: int, metric: str, start: date, end: date) -> list[Any]:
    stmt = select(Observation.period_start, Observation.period_end, Observation.value).where(
        Observation.jurisdiction_id == jurisdiction_id,
        Observation.metric_key == metric,
        Observation.period_start.is_not(None),
        Observation.period_end >= start,
        Observation.period_start <= end,
    )
    return list(session.execute(stmt.order_by(Observation.period_start)).all())


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
) -> dict[str, Any]:
    """Aligned buckets for one jurisdiction and metric, with coverage, missing flags and method."""
    jurisdiction = session.scalars(select(Jurisdiction).where(Jurisdiction.slug == slug)).first()
    if jurisdiction is None or jurisdiction.id is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    definition = session.get(Metric, metric)
    if definition is None:
        raise NotFoundError(f"No metric has the key '{metric}'.")
    all_rows = _rows(session, jurisdiction.id, metric, start or date.min, end or date.max)
    if start and end and end < start:
        raise InvalidParameterError("to", "`to` is before `from`.")
    lo = start or (min(r.period_start for r in all_rows) if all_rows else None)
    hi = end or (max(r.period_end for r in all_rows) if all_rows else None)
    data: list[dict[str, Any]] = []
    if lo and hi:
        for b in buckets(interval, lo, hi):
            rows = [r for r in all_rows if r.period_end >= b.start and r.period_start <= b.end]
            value = _aggregate(agg, b, rows)
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
    base_label = _apply_transform(session, jurisdiction.id, data, transform, baseline)
    method = f"{interval} buckets; {METHODS[agg]}"
    if transform:
        method += f"; then {TRANSFORMS[transform]}"
    meta = {
        "jurisdiction": slug,
        "metric": metric,
        "unit": "percent"
        if transform == "change_from_baseline"
        else (
            "index"
            if transform == "index"
            else (
                f"{definition.unit} per 100,000 residents"
                if transform == "per_100k"
                else definition.unit
            )
        ),
        "interval": interval,
        "agg": agg,
        "transform": transform,
        "baseline": base_label,
        "method": method,
        "coverage": "share of the bucket's days covered by at least one observation",
    }
    return {"data": data, "meta": meta}


def _apply_transform(
    session: Session,
    jurisdiction_id: int,
    data: list[dict[str, Any]],
    transform: str | None,
    baseline: str | None,
) -> str | None:
    if transform in ("change_from_baseline", "index"):
        present = [d for d in data if not d["missing"]]
        base = (
            next((d for d in data if d["period"] == baseline), None)
            if baseline
            else (present[0] if present else None)
        )
        if baseline and base is None:
            raise InvalidParameterError(
                "baseline",
                f"'{baseline}' is not one of this series' periods ({data[0]['period'] if data else '-'} ... {data[-1]['period'] if data else '-'}).",
            )
        if base is not None and (base["missing"] or not base["value"]):
            raise InvalidParameterError(
                "baseline", f"The baseline period {base['period']} has no non-zero value."
            )
        base_value = base["value"] if base is not None else None
        for d in data:
            if d["value"] is not None and base_value:
                ratio = d["value"] / base_value
                d["value"] = (
                    round((ratio - 1) * 100, 6)
                    if transform == "change_from_baseline"
                    else round(ratio * 100, 6)
                )
        return base["period"] if base else None
    if transform == "per_100k":
        lacking = []
        for d in data:
            if d["value"] is None:
                continue
            population = _rows(
                session, jurisdiction_id, POPULATION, d["period_start"], d["period_end"]
            )
            if not population:
                lacking.append(d["period"])
                continue
            denominator = max(population, key=lambda r: r.period_end).value
            d["value"] = round(d["value"] / denominator * 100_000, 6)
        if lacking:
            raise InvalidParameterError(
                "transform",
                f"per_100k needs a resident_population observation for each period; missing for: {', '.join(lacking)}.",
            )
    return None


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
