"""What may be done to a series after aggregation: one small class per transform, each
carrying the sentence that states its method and the unit it gives."""

from collections.abc import Callable
from typing import Any, ClassVar

from app.core.errors import InvalidParameterError

Rows = Callable[[str], list[Any]]  # a metric's observations over the series' range


class Transform:
    """One transform: its name, stated method and unit; `apply` changes the values in place."""

    name: ClassVar[str]
    method: ClassVar[str]

    def unit(self, metric_unit: str) -> str:
        """The unit of the transformed values."""
        raise NotImplementedError

    def apply(self, data: list[dict[str, Any]], baseline: str | None, rows: Rows) -> str | None:
        """Transform the buckets' values; the baseline bucket's label when there is one."""
        raise NotImplementedError


class Rebased(Transform):
    """A transform relative to a baseline bucket (the first with a value, or `baseline=`)."""

    def scale(self, ratio: float) -> float:
        """The transformed value from value / baseline value."""
        raise NotImplementedError

    def apply(self, data: list[dict[str, Any]], baseline: str | None, rows: Rows) -> str | None:
        """Divide every value by the baseline bucket's and scale it."""
        base = self.base(data, baseline)
        if base is None:
            return None
        base_value = base["value"]  # read once: the loop rewrites the baseline bucket too
        for d in data:
            if d["value"] is not None:
                d["value"] = round(self.scale(d["value"] / base_value), 6)
        return str(base["period"])

    @staticmethod
    def base(data: list[dict[str, Any]], baseline: str | None) -> dict[str, Any] | None:
        """The baseline bucket: named, or the first with a value; refused when it has none."""
        if not baseline:
            base = next((d for d in data if not d["missing"]), None)
        else:
            base = next((d for d in data if d["period"] == baseline), None)
            if base is None:
                first, last = (data[0]["period"], data[-1]["period"]) if data else ("-", "-")
                raise InvalidParameterError(
                    "baseline",
                    f"'{baseline}' is not one of this series' periods ({first} ... {last}).",
                )
        if base is not None and (base["missing"] or not base["value"]):
            raise InvalidParameterError(
                "baseline", f"The baseline period {base['period']} has no non-zero value."
            )
        return base


class ChangeFromBaseline(Rebased):
    """Percent change from the baseline."""

    name = "change_from_baseline"
    method = "percent change from the baseline bucket: (value - baseline) / baseline * 100"

    def unit(self, metric_unit: str) -> str:
        """Percent."""
        return "percent"

    def scale(self, ratio: float) -> float:
        """(value - baseline) / baseline * 100."""
        return (ratio - 1) * 100


class Index(Rebased):
    """Index with the baseline = 100."""

    name = "index"
    method = "index with the baseline bucket = 100: value / baseline * 100"

    def unit(self, metric_unit: str) -> str:
        """An index."""
        return "index"

    def scale(self, ratio: float) -> float:
        """value / baseline * 100."""
        return ratio * 100


class Per100k(Transform):
    """Rate per 100,000 residents."""

    name = "per_100k"
    method = "value / resident population * 100,000, the population being the resident_population observation that ends last among those overlapping the bucket"
    population = "resident_population"

    def unit(self, metric_unit: str) -> str:
        """The metric's unit per 100,000 residents."""
        return f"{metric_unit} per 100,000 residents"

    def apply(self, data: list[dict[str, Any]], baseline: str | None, rows: Rows) -> str | None:
        """Divide each value by the population that ends last in its bucket (one query)."""
        population = rows(self.population) if any(d["value"] is not None for d in data) else []
        lacking = []
        for d in data:
            if d["value"] is None:
                continue
            start, end = d["period_start"], d["period_end"]
            inside = [r for r in population if r.period_end >= start and r.period_start <= end]
            if not inside:
                lacking.append(d["period"])
                continue
            denominator = max(inside, key=lambda r: r.period_end).value
            d["value"] = round(d["value"] / denominator * 100_000, 6)
        if lacking:
            raise InvalidParameterError(
                "transform",
                f"per_100k needs a resident_population observation for each period; missing for: {', '.join(lacking)}.",
            )
        return None


TRANSFORMS: dict[str, Transform] = {t.name: t for t in (ChangeFromBaseline(), Index(), Per100k())}
