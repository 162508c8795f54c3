"""Input schema of an action area (seed files and writes)."""

from app.core.inputs import SeedModel, Slug, Text


class ActionAreaSeed(SeedModel):
    slug: Slug
    name: Text
