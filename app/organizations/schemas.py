"""Input schema of an organization (seed files and writes)."""

from app.core.inputs import Label, SeedModel, Slug, StateCode, Text


class OrganizationSeed(SeedModel):
    slug: Slug
    name: Text
    abbreviation: Label | None = None
    parent: Slug | None = None
    state: StateCode | None = None
    source: Slug | None = None
