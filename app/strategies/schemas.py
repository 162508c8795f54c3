"""Input schema of a strategy (seed files and writes), made from the table's declarations
(`Accepted`) with its action areas among them."""

from pydantic import Field

from app.core.fields import input_model
from app.core.inputs import RELATION_MAX, Slug
from app.strategies.models import Strategy

StrategySeed = input_model(
    "StrategySeed",
    Strategy,
    extra={"action_areas": (list[Slug], Field(default_factory=list, max_length=RELATION_MAX))},
    before="source",
)
