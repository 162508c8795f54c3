"""Jurisdictions (counties, states, cities, parishes) and their links."""

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, StringConstraints
from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Day, Finite, Flag, Label, Note, Slug, StateCode, Text
from app.core.schemas import Ref, RoleRef

Fips = Annotated[str, StringConstraints(pattern=r"^(\d{2}|\d{5})$", max_length=5)]


class JurisdictionKind(StrEnum):
    """What sort of place a jurisdiction is."""

    county = "county"
    parish = "parish"
    state = "state"
    city = "city"
    nation = "nation"


class Jurisdiction(Stamped, table=True):
    """A jurisdiction named by the source, with its profile texts when it has a profile.

    Each column is declared once: its public form (`Shown`) and its input form (`Accepted`);
    `JurisdictionSummary`, `JurisdictionDetail` and `JurisdictionSeed` are made from them."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[str, Shown("Stable slug.", "milwaukee-county-wi"), Accepted(Slug)] = Field(
        unique=True, index=True
    )
    name: Annotated[
        str, Shown("Name as written in the source.", "Milwaukee County"), Accepted(Text)
    ]
    kind: Annotated[
        str,
        Shown("county, parish, state, city or nation.", as_type=JurisdictionKind),
        Accepted(JurisdictionKind),
    ] = Field(index=True)
    state: Annotated[str | None, Shown("Two-letter state code.", "WI"), Accepted(StateCode)] = (
        Field(default=None, index=True)
    )
    fips: Annotated[
        str | None,
        Shown("Census FIPS code (5 digits county, 2 state).", "55079"),
        Accepted(Fips),
    ] = Field(default=None, index=True)
    has_profile: Annotated[
        bool, Shown("Whether the source has a profile page for it."), Accepted(Flag)
    ] = False
    background_and_approach: Annotated[
        str | None,
        Shown("Profile text: background and approach.", listed=False, searched=True),
        Accepted(Note),
    ] = None
    results: Annotated[
        str | None, Shown("Profile text: results.", listed=False, searched=True), Accepted(Note)
    ] = None
    remaining_challenges: Annotated[
        str | None,
        Shown("Profile text: remaining challenges.", listed=False, searched=True),
        Accepted(Note),
    ] = None
    jail_population_change_pct: Annotated[
        float | None,
        Shown("Headline change in jail population in percent (reductions negative).", -20),
        Accepted(Finite),
    ] = None
    jail_population_change_text: Annotated[
        str | None, Shown("The headline as written.", "20%"), Accepted(Note)
    ] = None
    social_handle: Annotated[
        str | None, Shown("Social media handle shown on the profile."), Accepted(Label)
    ] = None
    last_updated: Annotated[
        date | None, Shown("Profile's last-updated date; null when not shown."), Accepted(Day)
    ] = None
    source_id: Annotated[
        str | None,
        Shown("Passage that names or profiles it."),
        Accepted(Slug, name="source"),
    ] = Field(default=None, foreign_key="source.id")
    note: Annotated[
        str | None,
        Shown("What was inferred when transcribing, and why.", listed=False),
        Accepted(Note),
    ] = None


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


class StrategyShort(BaseModel):
    """A strategy in short form."""

    slug: str
    name: str
    status: str | None


class ContactRef(Ref):
    """A contact person with title."""

    title: str | None = PField(description="Title as written, or null.")


JurisdictionSummary = public_model(
    "JurisdictionSummary",
    "A jurisdiction in a list.",
    Jurisdiction,
    extra={"action_areas": (list[str], PField(description="Slugs of its action areas."))},
    before="source_id",
)
JurisdictionDetail = public_model(
    "JurisdictionDetail",
    "A whole profile page in one object.",
    Jurisdiction,
    listed=False,
    base=JurisdictionSummary,
    extra={
        "action_area_refs": (list[Ref], PField(description="Action areas with names.")),
        "lead_agency": (Ref | None, PField(description="Lead agency.")),
        "partners": (
            list[Ref],
            PField(description="Partner organizations, in the source's order."),
        ),
        "contacts": (list[ContactRef], PField(description="Contacts, in the source's order.")),
        "networks": (list[RoleRef], PField(description="Networks it belongs to, with role.")),
        "strategies": (list[StrategyShort], PField(description="Its strategies in short form.")),
        "headline_figures": (
            list[HeadlineFigure],
            PField(description="Every figure the source gives for it."),
        ),
    },
)
