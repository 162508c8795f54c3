"""Input schema of an article (seed files and writes)."""

from pydantic import Field

from app.core.inputs import Day, Note, SeedModel, Slug, Text
from app.core.schemas import SafeMarkdown


class ArticleSeed(SeedModel):
    slug: Slug
    title: Text
    authors: list[Slug] = Field(default_factory=list)
    published: Day
    action_areas: list[Slug] = Field(default_factory=list)
    jurisdictions: list[Slug] = Field(default_factory=list)
    organizations: list[Slug] = Field(default_factory=list)
    networks: list[Slug] = Field(default_factory=list)
    document: Slug | None = None
    source: Slug | None = None
    note: Note | None = None
    body: SafeMarkdown
