"""Input schema of a network and its members (seed files and writes)."""

from pydantic import Field

from app.core.fields import input_model
from app.core.inputs import RELATION_MAX, SeedModel, Slug, Text
from app.networks.models import Network


class MemberSeed(SeedModel):
    jurisdiction: Slug
    role: Text


class OrgMemberSeed(SeedModel):
    organization: Slug
    role: Text


NetworkSeed = input_model(
    "NetworkSeed",
    Network,
    extra={
        "jurisdictions": (list[MemberSeed], Field(default_factory=list, max_length=RELATION_MAX)),
        "organizations": (
            list[OrgMemberSeed],
            Field(default_factory=list, max_length=RELATION_MAX),
        ),
    },
    before="note",
)
