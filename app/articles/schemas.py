"""Input schema of an article (seed files and writes)."""

from pydantic import Field

from app.core.inputs import RELATION_MAX, Day, Note, SeedModel, Slug, Text
from app.core.schemas import SafeMarkdown


class ArticleSeed(SeedModel):
    slug: Slug
    title: Text
    authors: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    published: Day
    action_areas: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    jurisdictions: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    organizations: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    networks: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    document: Slug | None = None
    source: Slug | None = None
    note: Note | None = None
    body: SafeMarkdown
