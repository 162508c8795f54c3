"""Input schema of a strategy (seed files and writes)."""

from pydantic import Field

from app.core.inputs import RELATION_MAX, Note, Prose, SeedModel, Slug, Text
from app.strategies.models import StrategyStatus


class StrategySeed(SeedModel):
    slug: Slug
    jurisdiction: Slug
    name: Text
    description: Prose
    status: StrategyStatus | None = None
    action_areas: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    source: Slug
    note: Note | None = None
