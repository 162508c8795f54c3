"""Validation models of the seed files: one per record kind, unknown fields refused."""

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from app.core.schemas import SafeMarkdown
from app.jurisdictions.models import JurisdictionKind
from app.metrics.models import ObservationStatus, Qualifier
from app.strategies.models import StrategyStatus

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=200)]
# Every text has a documented maximum (OpenAPI shows it): names and labels, prose, Markdown.
NAME_MAX, PROSE_MAX, MARKDOWN_MAX, URL_MAX = 300, 20_000, 200_000, 2_000
Text = Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]
Label = Annotated[str, StringConstraints(max_length=NAME_MAX)]
Prose = Annotated[str, StringConstraints(min_length=1, max_length=PROSE_MAX)]
Note = Annotated[str, StringConstraints(max_length=PROSE_MAX)]
Url = Annotated[str, StringConstraints(max_length=URL_MAX)]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$", max_length=2)]


# JSON Schema types are exact where pydantic's lax mode is not: "3" is no number and 1 is no
# boolean, so such bodies are refused (422) rather than coerced (before-validators rather than
# strict mode, which would refuse 901.0 for an integer and ISO strings for dates).
def _json_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a number is written as a JSON number")
    return value


def _json_boolean(value: object) -> object:
    if not isinstance(value, bool):
        raise ValueError("a boolean is written true or false")
    return value


Finite = Annotated[float, BeforeValidator(_json_number), Field(allow_inf_nan=False)]
Flag = Annotated[bool, BeforeValidator(_json_boolean)]


def _calendar_date(value: object) -> object:
    # pydantic would read a number as seconds since 1970; a date must be written as a date
    if isinstance(value, int | float | bool):
        raise ValueError("a date is written YYYY-MM-DD, not as a number")
    return value


Day = Annotated[date, BeforeValidator(_calendar_date)]


class SeedModel(BaseModel):
    """Base: strict about unknown fields so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentSeed(SeedModel):
    key: Slug
    kind: Text
    title: Text
    capture: Label | None = None
    lines: Label | None = None
    url: Url | None = None


class SourceSeed(SeedModel):
    id: Slug
    document: Slug
    section: Label | None = None
    section_inferred: Flag = False
    passage: Prose
    note: Note | None = None


class ActionAreaSeed(SeedModel):
    slug: Slug
    name: Text


class OrganizationSeed(SeedModel):
    slug: Slug
    name: Text
    abbreviation: Label | None = None
    parent: Slug | None = None
    state: StateCode | None = None
    source: Slug | None = None


class PersonSeed(SeedModel):
    slug: Slug
    name: Text
    title: Label | None = None
    organization: Slug | None = None
    source: Slug | None = None


class JurisdictionSeed(SeedModel):
    slug: Slug
    name: Text
    kind: JurisdictionKind
    state: StateCode | None = None
    fips: Annotated[str, StringConstraints(pattern=r"^(\d{2}|\d{5})$", max_length=5)] | None = None
    has_profile: Flag = False
    action_areas: list[Slug] = Field(default_factory=list)
    lead_agency: Slug | None = None
    partners: list[Slug] = Field(default_factory=list)
    contacts: list[Slug] = Field(default_factory=list)
    background_and_approach: Note | None = None
    results: Note | None = None
    remaining_challenges: Note | None = None
    jail_population_change_pct: Finite | None = None
    jail_population_change_text: Note | None = None
    social_handle: Label | None = None
    last_updated: Day | None = None
    source: Slug | None = None
    note: Note | None = None


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
    jurisdictions: list[MemberSeed] = Field(default_factory=list)
    organizations: list[OrgMemberSeed] = Field(default_factory=list)
    note: Note | None = None


class StrategySeed(SeedModel):
    slug: Slug
    jurisdiction: Slug
    name: Text
    description: Prose
    status: StrategyStatus | None = None
    action_areas: list[Slug] = Field(default_factory=list)
    source: Slug
    note: Note | None = None


class MetricLinkSeed(SeedModel):
    metric: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=100)]
    relation: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$", max_length=100)]


class MetricSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", max_length=100)]
    name: Text
    unit: Text
    description: Prose
    frequency: Label | None = None
    universe: Label | None = None
    lower_is_better: Flag | None = None
    related: list[MetricLinkSeed] = Field(default_factory=list)


class ObservationSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    jurisdiction: Slug
    metric: Text
    period_start: Day | None = None
    period_end: Day | None = None
    frequency: Label | None = None
    value: Finite
    qualifier: Qualifier = Qualifier.exact
    status: ObservationStatus = ObservationStatus.reported
    text_as_written: Prose
    source: Slug
    strategy: Slug | None = None
    note: Note | None = None


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


class DerivedSeed(SeedModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_/.-]+$", max_length=300)]
    metric: Text
    formula: Literal["ratio"]
    inputs: list[Annotated[str, StringConstraints(min_length=1, max_length=300)]] = Field(
        min_length=2, max_length=2
    )
    note: Note | None = None
