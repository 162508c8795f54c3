"""Input schemas of metric definitions, observations and derived figures (seed files and writes)."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.core.inputs import (
    RELATION_MAX,
    Day,
    Finite,
    Flag,
    Label,
    Note,
    Prose,
    SeedModel,
    Slug,
    Text,
)
from app.metrics.models import ObservationStatus, Qualifier


class MetricLinkSeed(SeedModel):
    metric: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=100)]
    relation: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$", max_length=100)]


class MetricSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=100)]
    name: Text
    unit: Text
    description: Prose
    frequency: Label | None = None
    universe: Label | None = None
    lower_is_better: Flag | None = None
    related: list[MetricLinkSeed] = Field(default_factory=list, max_length=RELATION_MAX)


class ObservationSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    jurisdiction: Slug
    metric: Text
    period_start: Day | None = None
    period_end: Day | None = None
    frequency: Label | None = None
    value: Finite
    qualifier: Qualifier = Qualifier.exact
    status: ObservationStatus = ObservationStatus.reported
    text_as_written: Prose
    source: Slug
    strategy: Slug | None = None
    note: Note | None = None


class DerivedSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    metric: Text
    formula: Literal["ratio"]
    inputs: list[Annotated[str, StringConstraints(min_length=1, max_length=300)]] = Field(
        min_length=2, max_length=2
    )
    note: Note | None = None
