"""Input schema of a jurisdiction and its profile (seed files and writes)."""

from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.inputs import (
    RELATION_MAX,
    Day,
    Finite,
    Flag,
    Label,
    Note,
    SeedModel,
    Slug,
    StateCode,
    Text,
)
from app.jurisdictions.models import JurisdictionKind


class JurisdictionSeed(SeedModel):
    slug: Slug
    name: Text
    kind: JurisdictionKind
    state: StateCode | None = None
    fips: Annotated[str, StringConstraints(pattern=r"^(\d{2}|\d{5})$", max_length=5)] | None = None
    has_profile: Flag = False
    action_areas: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    lead_agency: Slug | None = None
    partners: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    contacts: list[Slug] = Field(default_factory=list, max_length=RELATION_MAX)
    background_and_approach: Note | None = None
    results: Note | None = None
    remaining_challenges: Note | None = None
    jail_population_change_pct: Finite | None = None
    jail_population_change_text: Note | None = None
    social_handle: Label | None = None
    last_updated: Day | None = None
    source: Slug | None = None
    note: Note | None = None
