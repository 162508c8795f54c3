"""Metric definitions and observations (every figure with its source)."""

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from pydantic import Field as PField
from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref


class Qualifier(StrEnum):
    """How exact the source says a figure is."""

    exact = "exact"
    almost = "almost"
    approximately = "approximately"
    more_than = "more_than"
    less_than = "less_than"


class ObservationStatus(StrEnum):
    """Where a figure comes from."""

    reported = "reported"
    estimated = "estimated"
    derived = "derived"


class Metric(Stamped, table=True):
    """What a figure measures."""

    key: str = Field(primary_key=True)
    name: str
    unit: str
    description: str
    frequency: str | None = None
    universe: str | None = None
    lower_is_better: bool | None = None


class MetricRelation(SQLModel, table=True):
    """How one metric relates to another (derived_from, compare_with, target_for, ...)."""

    __tablename__ = "metric_relation"

    metric_key: str = Field(foreign_key="metric.key", primary_key=True)
    related_key: str = Field(foreign_key="metric.key", primary_key=True)
    relation: str


class Observation(Stamped, table=True):
    """One figure for one jurisdiction, metric and period, with the passage it came from."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", index=True)
    metric_key: str = Field(foreign_key="metric.key", index=True)
    period_start: date | None = None
    period_end: date | None = None
    frequency: str | None = None
    value: float
    qualifier: str = "exact"
    status: str = "reported"
    text_as_written: str
    source_id: str = Field(foreign_key="source.id")
    strategy_id: int | None = Field(default=None, foreign_key="strategy.id")
    note: str | None = None
    inputs: list[str] | None = Field(default=None, sa_type=JSON)
    formula: str | None = None


class MetricLink(BaseModel):
    """A relation to another metric."""

    metric: str = PField(description="Key of the related metric.")
    relation: str = PField(
        description="derived_from, compare_with, target_for, denominator_of_disparity_ratio."
    )


class MetricPublic(BaseModel):
    """A metric definition (one entry of the data dictionary)."""

    key: str = PField(description="Stable key.", examples=["jail_bookings"])
    name: str = PField(description="Human name.")
    unit: str = PField(description="Unit of its values.", examples=["bookings"])
    description: str = PField(description="What it counts.")
    frequency: str | None = PField(
        description="Usual period length (year, quarter, ...); null if none."
    )
    universe: str | None = PField(description="What population or events it counts.")
    lower_is_better: bool | None = PField(
        description="Direction: true if a lower value is the aim; null if it depends."
    )
    related: list[MetricLink] = PField(description="How it relates to other metrics.")
    observation_count: int = PField(description="Observations recorded for it.")


class ObservationPublic(BaseModel):
    """A figure with its period, qualifier, text as written and source."""

    id: str = PField(description="Stable id.", examples=["milwaukee-county-wi/jail_bookings/2015"])
    jurisdiction: Ref = PField(description="The jurisdiction it describes.")
    metric: str = PField(description="Metric key (see /metrics).")
    unit: str = PField(description="Unit of the value.")
    period_start: date | None = PField(
        description="First day of the period; null when the source gives none."
    )
    period_end: date | None = PField(
        description="Last day of the period; null when the source gives none."
    )
    frequency: str | None = PField(description="Length of the period (year, quarter, month, day).")
    value: float = PField(description="The value; reductions are negative.", examples=[33500])
    qualifier: Qualifier = PField(description="How exact the source says it is.")
    status: ObservationStatus = PField(description="reported, estimated or derived.")
    text_as_written: str = PField(description="The figure exactly as the source writes it.")
    source_id: str = PField(description="Passage it comes from (see /sources/{id}).")
    strategy: str | None = PField(description="Slug of the strategy it measures, if any.")
    note: str | None = PField(description="What was inferred, and why.")
    inputs: list[str] | None = PField(
        default=None, description="Derived figures: ids of the observations it is computed from."
    )
    formula: str | None = PField(
        default=None,
        description="Derived figures: how it is computed (e.g. ratio = inputs[0] / inputs[1]).",
    )


class SeriesPoint(BaseModel):
    """One bucket of a series."""

    period: str = PField(description="Bucket label: 2016-01, 2016-Q1 or 2016.")
    period_start: date = PField(description="First day of the bucket.")
    period_end: date = PField(description="Last day of the bucket.")
    value: float | None = PField(
        description="Aggregated (and transformed) value; null when missing."
    )
    coverage: float = PField(
        description="Share of the bucket's days covered by observations (0-1)."
    )
    observations: int = PField(description="Observations overlapping the bucket.")
    missing: bool = PField(description="True when the bucket has no value.")


class SeriesMeta(BaseModel):
    """How a series was computed."""

    jurisdiction: str
    metric: str
    unit: str = PField(description="Unit of the values after any transform.")
    interval: str
    agg: str
    transform: str | None
    baseline: str | None = PField(description="Baseline bucket of change_from_baseline or index.")
    method: str = PField(description="The method, in words.")
    coverage: str = PField(description="What coverage means.")


class SeriesResponse(BaseModel):
    """A jurisdiction's series for one metric."""

    data: list[SeriesPoint]
    meta: SeriesMeta


class ComparePoint(BaseModel):
    """One jurisdiction's value in one bucket."""

    value: float | None
    coverage: float
    missing: bool


class ComparePeriod(BaseModel):
    """One bucket across jurisdictions."""

    period: str
    period_start: date
    period_end: date
    values: dict[str, ComparePoint] = PField(description="By jurisdiction slug.")


class CompareResponse(BaseModel):
    """Several jurisdictions' series on the same buckets."""

    data: list[ComparePeriod]
    meta: dict[str, Any] = PField(
        description="Metric, unit, interval, agg, transform, baselines and method."
    )
