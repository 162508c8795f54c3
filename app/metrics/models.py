"""Metric definitions and observations (every figure with its source)."""

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, StringConstraints
from pydantic import Field as PField
from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Day, Finite, Flag, Label, Note, Prose, Slug, Text
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


MetricKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=100)]
ObservationKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]


class Metric(Stamped, table=True):
    """What a figure measures (each column declared once: `Shown`, `Accepted`)."""

    key: Annotated[str, Shown("Stable key.", "jail_bookings"), Accepted(MetricKey)] = Field(
        primary_key=True
    )
    name: Annotated[str, Shown("Human name."), Accepted(Text)]
    unit: Annotated[str, Shown("Unit of its values.", "bookings"), Accepted(Text)]
    description: Annotated[str, Shown("What it counts."), Accepted(Prose)]
    frequency: Annotated[
        str | None,
        Shown("Usual period length (year, quarter, ...); null if none."),
        Accepted(Label),
    ] = None
    universe: Annotated[
        str | None, Shown("What population or events it counts."), Accepted(Label)
    ] = None
    lower_is_better: Annotated[
        bool | None,
        Shown("Direction: true if a lower value is the aim; null if it depends."),
        Accepted(Flag),
    ] = None


class MetricRelation(SQLModel, table=True):
    """How one metric relates to another (derived_from, compare_with, target_for, ...)."""

    __tablename__ = "metric_relation"

    metric_key: str = Field(foreign_key="metric.key", primary_key=True)
    related_key: str = Field(foreign_key="metric.key", primary_key=True)
    relation: str


class Observation(Stamped, table=True):
    """One figure for one jurisdiction, metric and period, with the passage it came from
    (each column declared once: `Shown`, `Accepted`; a derived figure's `inputs` and `formula`
    are given by `DerivedSeed`)."""

    # A jurisdiction's observations in key order, the default order of a page (no sort).
    __table_args__ = (Index("ix_observation_jurisdiction_id_key", "jurisdiction_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: Annotated[
        str,
        Shown("Stable id.", "milwaukee-county-wi/jail_bookings/2015", name="id"),
        Accepted(ObservationKey),
    ] = Field(unique=True, index=True)
    jurisdiction_id: Annotated[int, Accepted(Slug, name="jurisdiction", by="slug")] = Field(
        foreign_key="jurisdiction.id"  # indexed with the key: __table_args__
    )
    metric_key: Annotated[
        str, Shown("Metric key (see /metrics).", name="metric"), Accepted(Text, name="metric")
    ] = Field(foreign_key="metric.key", index=True)
    period_start: Annotated[
        date | None,
        Shown("First day of the period; null when the source gives none."),
        Accepted(Day),
    ] = None
    period_end: Annotated[
        date | None,
        Shown("Last day of the period; null when the source gives none."),
        Accepted(Day),
    ] = None
    frequency: Annotated[
        str | None,
        Shown("Length of the period (year, quarter, month, day)."),
        Accepted(Label),
    ] = None
    value: Annotated[float, Shown("The value; reductions are negative.", 33500), Accepted(Finite)]
    qualifier: Annotated[
        str,
        Shown("How exact the source says it is.", as_type=Qualifier),
        Accepted(Qualifier),
    ] = "exact"
    status: Annotated[
        str,
        Shown("reported, estimated or derived.", as_type=ObservationStatus),
        Accepted(ObservationStatus),
    ] = "reported"
    text_as_written: Annotated[
        str, Shown("The figure exactly as the source writes it."), Accepted(Prose)
    ]
    source_id: Annotated[
        str, Shown("Passage it comes from (see /sources/{id})."), Accepted(Slug, name="source")
    ] = Field(foreign_key="source.id")
    strategy_id: Annotated[int | None, Accepted(Slug, name="strategy", by="slug")] = Field(
        default=None, foreign_key="strategy.id"
    )
    note: Annotated[str | None, Shown("What was inferred, and why."), Accepted(Note)] = None
    inputs: Annotated[
        list[str] | None,
        Shown("Derived figures: ids of the observations it is computed from.", optional=True),
    ] = Field(default=None, sa_type=JSON)
    formula: Annotated[
        str | None,
        Shown(
            "Derived figures: how it is computed (e.g. ratio = inputs[0] / inputs[1]).",
            optional=True,
        ),
    ] = None


class MetricLink(BaseModel):
    """A relation to another metric."""

    metric: str = PField(description="Key of the related metric.")
    relation: str = PField(
        description="derived_from, compare_with, target_for, denominator_of_disparity_ratio."
    )


MetricPublic = public_model(
    "MetricPublic",
    "A metric definition (one entry of the data dictionary).",
    Metric,
    extra={
        "related": (list[MetricLink], PField(description="How it relates to other metrics.")),
        "observation_count": (int, PField(description="Observations recorded for it.")),
    },
)
ObservationPublic = public_model(
    "ObservationPublic",
    "A figure with its period, qualifier, text as written and source.",
    Observation,
    extra={
        "jurisdiction": (Ref, PField(description="The jurisdiction it describes.")),
        "unit": (str, PField(description="Unit of the value.")),
        "strategy": (str | None, PField(description="Slug of the strategy it measures, if any.")),
    },
    before={"jurisdiction": "metric", "unit": "period_start", "strategy": "note"},
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
