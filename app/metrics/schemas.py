"""Input schemas of metric definitions, observations and derived figures (seed files and
writes): metrics and observations are made from the tables' declarations (`Accepted`); a
derived figure names its inputs and formula instead of a value."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.core.fields import input_model
from app.core.inputs import RELATION_MAX, Note, SeedModel, Text
from app.metrics.models import Metric, MetricKey, Observation, ObservationKey


class MetricLinkSeed(SeedModel):
    metric: MetricKey
    relation: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$", max_length=100)]


MetricSeed = input_model(
    "MetricSeed",
    Metric,
    extra={"related": (list[MetricLinkSeed], Field(default_factory=list, max_length=RELATION_MAX))},
)
ObservationSeed = input_model("ObservationSeed", Observation)


class DerivedSeed(SeedModel):
    key: ObservationKey
    metric: Text
    formula: Literal["ratio"]
    inputs: list[Annotated[str, StringConstraints(min_length=1, max_length=300)]] = Field(
        min_length=2, max_length=2
    )
    note: Note | None = None
