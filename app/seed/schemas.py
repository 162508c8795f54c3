"""Validation models of the seed files: one per record kind, unknown fields refused."""

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.jurisdictions.models import JurisdictionKind
from app.metrics.models import ObservationStatus, Qualifier
from app.strategies.models import StrategyStatus

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=200)]
Text = Annotated[str, StringConstraints(min_length=1)]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Finite = Annotated[float, Field(allow_inf_nan=False)]


class SeedModel(BaseModel):
    """Base: strict about unknown fields so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentSeed(SeedModel):
    key: Slug
    kind: Text
    title: Text
    capture: str | None = None
    lines: str | None = None
    url: str | None = None


class SourceSeed(SeedModel):
    id: Slug
    document: Slug
    section: str | None = None
    section_inferred: bool = False
    passage: Text
    note: str | None = None


class ActionAreaSeed(SeedModel):
    slug: Slug
    name: Text


class OrganizationSeed(SeedModel):
    slug: Slug
    name: Text
    abbreviation: str | None = None
    parent: Slug | None = None
    state: StateCode | None = None
    source: Slug | None = None


class PersonSeed(SeedModel):
    slug: Slug
    name: Text
    title: str | None = None
    organization: Slug | None = None
    source: Slug | None = None


class JurisdictionSeed(SeedModel):
    slug: Slug
    name: Text
    kind: JurisdictionKind
    state: StateCode | None = None
    fips: Annotated[str, StringConstraints(pattern=r"^(\d{2}|\d{5})$")] | None = None
    has_profile: bool = False
    action_areas: list[Slug] = Field(default_factory=list)
    lead_agency: Slug | None = None
    partners: list[Slug] = Field(default_factory=list)
    contacts: list[Slug] = Field(default_factory=list)
    background_and_approach: str | None = None
    results: str | None = None
    remaining_challenges: str | None = None
    jail_population_change_pct: Finite | None = None
    jail_population_change_text: str | None = None
    social_handle: str | None = None
    last_updated: date | None = None
    source: Slug | None = None
    note: str | None = None


class MemberSeed(SeedModel):
    jurisdiction: Slug
    role: Text


class OrgMemberSeed(SeedModel):
    organization: Slug
    role: Text


class NetworkSeed(SeedModel):
    slug: Slug
    name: Text
    description: str | None = None
    source: Slug | None = None
    jurisdictions: list[MemberSeed] = Field(default_factory=list)
    organizations: list[OrgMemberSeed] = Field(default_factory=list)
    note: str | None = None


class StrategySeed(SeedModel):
    slug: Slug
    jurisdiction: Slug
    name: Text
    description: Text
    status: StrategyStatus | None = None
    action_areas: list[Slug] = Field(default_factory=list)
    source: Slug
    note: str | None = None


class MetricLinkSeed(SeedModel):
    metric: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
    relation: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]


class MetricSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
    name: Text
    unit: Text
    description: Text
    frequency: str | None = None
    universe: str | None = None
    lower_is_better: bool | None = None
    related: list[MetricLinkSeed] = Field(default_factory=list)


class ObservationSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    jurisdiction: Slug
    metric: Text
    period_start: date | None = None
    period_end: date | None = None
    frequency: str | None = None
    value: Finite
    qualifier: Qualifier = Qualifier.exact
    status: ObservationStatus = ObservationStatus.reported
    text_as_written: Text
    source: Slug
    strategy: Slug | None = None
    note: str | None = None


class ArticleSeed(SeedModel):
    slug: Slug
    title: Text
    authors: list[Slug] = Field(default_factory=list)
    published: date
    action_areas: list[Slug] = Field(default_factory=list)
    jurisdictions: list[Slug] = Field(default_factory=list)
    organizations: list[Slug] = Field(default_factory=list)
    networks: list[Slug] = Field(default_factory=list)
    document: Slug | None = None
    source: Slug | None = None
    note: str | None = None
    body: Text


class DerivedSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    metric: Text
    formula: Literal["ratio"]
    inputs: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        min_length=2, max_length=2
    )
    note: str | None = None
