"""Input schema of a network and its members (seed files and writes)."""

from pydantic import Field

from app.core.inputs import RELATION_MAX, Note, SeedModel, Slug, Text


class MemberSeed(SeedModel):
    jurisdiction: Slug
    role: Text


class OrgMemberSeed(SeedModel):
    organization: Slug
    role: Text


class NetworkSeed(SeedModel):
    slug: Slug
    name: Text
    description: Note | None = None
    source: Slug | None = None
    jurisdictions: list[MemberSeed] = Field(default_factory=list, max_length=RELATION_MAX)
    organizations: list[OrgMemberSeed] = Field(default_factory=list, max_length=RELATION_MAX)
    note: Note | None = None
