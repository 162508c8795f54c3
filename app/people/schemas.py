"""Input schema of a person (seed files and writes)."""

from app.core.inputs import Label, SeedModel, Slug, Text


class PersonSeed(SeedModel):
    slug: Slug
    name: Text
    title: Label | None = None
    organization: Slug | None = None
    source: Slug | None = None
