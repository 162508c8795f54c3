"""Jurisdictions (counties, states, cities, parishes) and their links."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref, RoleRef


class JurisdictionKind(StrEnum):
    """What sort of place a jurisdiction is."""

    county = "county"
    parish = "parish"
    state = "state"
    city = "city"
    nation = "nation"


class Jurisdiction(Stamped, table=True):
    """A jurisdiction named by the source, with its profile texts when it has a profile."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    kind: str = Field(index=True)
    state: str | None = Field(default=None, index=True)
    fips: str | None = Field(default=None, index=True)
    has_profile: bool = False
    background_and_approach: str | None = None
    results: str | None = None
    remaining_challenges: str | None = None
    jail_population_change_pct: float | None = None
    jail_population_change_text: str | None = None
    social_handle: str | None = None
    last_updated: date | None = None
    source_id: str | None = Field(default=None, foreign_key="source.id")
    note: str | None = None


class JurisdictionActionArea(SQLModel, table=True):
    """A jurisdiction is tagged with an action area."""

    __tablename__ = "jurisdiction_action_area"

    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", primary_key=True)
    action_area_id: int = Field(foreign_key="action_area.id", primary_key=True, index=True)


class JurisdictionOrganization(SQLModel, table=True):
    """An organization serves a jurisdiction as `lead_agency` or `partner`."""

    __tablename__ = "jurisdiction_organization"

    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", primary_key=True, index=True)
    role: str = Field(primary_key=True)
    position: int = 0


class JurisdictionContact(SQLModel, table=True):
    """A person is listed as a jurisdiction's contact."""

    __tablename__ = "jurisdiction_contact"

    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)
    position: int = 0


class HeadlineFigure(BaseModel):
    """A figure shown on the profile, with its source passage."""

    id: str = PField(description="Observation id (see /observations).")
    metric: str = PField(description="Metric key (see /metrics).")
    value: float = PField(description="Value; reductions are negative.")
    unit: str = PField(description="Unit of the value.")
    qualifier: str = PField(description="exact, almost, approximately, more_than or less_than.")
    text_as_written: str = PField(description="The figure exactly as the source writes it.")
    period_start: date | None = PField(description="First day of the period, or null.")
    period_end: date | None = PField(description="Last day of the period, or null.")
    source_id: str = PField(description="Passage the figure comes from.")


class JurisdictionSummary(BaseModel):
    """A jurisdiction in a list."""

    slug: str = PField(description="Stable slug.", examples=["milwaukee-county-wi"])
    name: str = PField(description="Name as written in the source.", examples=["Milwaukee County"])
    kind: JurisdictionKind = PField(description="county, parish, state, city or nation.")
    state: str | None = PField(description="Two-letter state code.", examples=["WI"])
    fips: str | None = PField(
        description="Census FIPS code (5 digits county, 2 state).", examples=["55079"]
    )
    has_profile: bool = PField(description="Whether the source has a profile page for it.")
    jail_population_change_pct: float | None = PField(
        description="Headline change in jail population in percent (reductions negative).",
        examples=[-20],
    )
    jail_population_change_text: str | None = PField(
        description="The headline as written.", examples=["20%"]
    )
    social_handle: str | None = PField(description="Social media handle shown on the profile.")
    last_updated: date | None = PField(
        description="Profile's last-updated date; null when not shown."
    )
    action_areas: list[str] = PField(description="Slugs of its action areas.")
    source_id: str | None = PField(description="Passage that names or profiles it.")


class StrategyShort(BaseModel):
    """A strategy in short form."""

    slug: str
    name: str
    status: str | None


class JurisdictionDetail(JurisdictionSummary):
    """A whole profile page in one object."""

    background_and_approach: str | None = PField(
        description="Profile text: background and approach."
    )
    results: str | None = PField(description="Profile text: results.")
    remaining_challenges: str | None = PField(description="Profile text: remaining challenges.")
    note: str | None = PField(description="What was inferred when transcribing, and why.")
    action_area_refs: list[Ref] = PField(description="Action areas with names.")
    lead_agency: Ref | None = PField(description="Lead agency.")
    partners: list[Ref] = PField(description="Partner organizations, in the source's order.")
    contacts: list["ContactRef"] = PField(description="Contacts, in the source's order.")
    networks: list[RoleRef] = PField(description="Networks it belongs to, with role.")
    strategies: list[StrategyShort] = PField(description="Its strategies in short form.")
    headline_figures: list[HeadlineFigure] = PField(
        description="Every figure the source gives for it."
    )


class ContactRef(Ref):
    """A contact person with title."""

    title: str | None = PField(description="Title as written, or null.")


JurisdictionDetail.model_rebuild()
