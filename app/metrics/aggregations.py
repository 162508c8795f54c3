"""How a series bucket's value is computed from the observations overlapping it: one small
class per method, each carrying the sentence that states it."""

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar


@dataclass(frozen=True)
class Bucket:
    """One calendar bucket."""

    label: str
    start: date
    end: date

    def overlap(self, start: date, end: date) -> int:
        """Days of [start, end] inside the bucket."""
        return max(0, (min(end, self.end) - max(start, self.start)).days + 1)


class Aggregation:
    """One aggregation method: its name, its stated method, and its value for a bucket."""

    name: ClassVar[str]
    method: ClassVar[str]

    def value(self, bucket: Bucket, rows: list[Any]) -> float | None:
        """The bucket's value from the rows (period_start, period_end, value) overlapping it."""
        inside = [(r, bucket.overlap(r.period_start, r.period_end)) for r in rows]
        inside = [(r, days) for r, days in inside if days > 0]
        return self.combine(inside) if inside else None

    def combine(self, inside: list[tuple[Any, int]]) -> float | None:
        """The value from (row, days inside the bucket) pairs, at least one."""
        raise NotImplementedError


class Mean(Aggregation):
    """Day-weighted mean."""

    name = "mean"
    method = "day-weighted mean of the observations overlapping the bucket (each weighs by its days inside the bucket)"

    def combine(self, inside: list[tuple[Any, int]]) -> float | None:
        """Each value weighs by its days inside the bucket."""
        return sum(r.value * d for r, d in inside) / sum(d for _, d in inside)


class Sum(Aggregation):
    """Sum of whole periods."""

    name = "sum"
    method = "sum of the observations whose whole period lies inside the bucket (partial overlaps are not prorated)"

    def value(self, bucket: Bucket, rows: list[Any]) -> float | None:
        """Only observations lying wholly inside the bucket count."""
        whole = [
            r.value
            for r in rows
            if bucket.overlap(r.period_start, r.period_end) > 0
            and r.period_start >= bucket.start
            and r.period_end <= bucket.end
        ]
        return sum(whole) if whole else None


class Last(Aggregation):
    """Latest value."""

    name = "last"
    method = "value of the overlapping observation that ends last"

    def combine(self, inside: list[tuple[Any, int]]) -> float | None:
        """The value of the row that ends last (then starts last)."""
        latest = max(inside, key=lambda x: (x[0].period_end, x[0].period_start))
        return latest[0].value


class Max(Aggregation):
    """Largest value."""

    name = "max"
    method = "largest value among the overlapping observations"

    def combine(self, inside: list[tuple[Any, int]]) -> float | None:
        """The largest value."""
        return max(r.value for r, _ in inside)


AGGREGATIONS: dict[str, Aggregation] = {a.name: a for a in (Mean(), Sum(), Last(), Max())}
