"""Organizations: lead agencies, partners, funders and technical-assistance providers."""

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref, RoleRef


class Organization(Stamped, table=True):
    """An organization named by the source."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    abbreviation: str | None = None
    parent_id: int | None = Field(default=None, foreign_key="organization.id")
    state: str | None = None
    source_id: str | None = Field(default=None, foreign_key="source.id")


class OrganizationSummary(BaseModel):
    """An organization in a list."""

    slug: str = PField(description="Stable slug.", examples=["milwaukee-community-justice-council"])
    name: str = PField(description="Name exactly as written in the source.")
    abbreviation: str | None = PField(description="Abbreviation the source uses, if any.")
    state: str | None = PField(description="Two-letter state, where the source places it.")
    parent: Ref | None = PField(description="Parent organization, if any.")
    source_id: str | None = PField(description="Passage that names it (see /sources/{id}).")


class OrganizationDetail(OrganizationSummary):
    """An organization with every link the source gives it."""

    jurisdictions: list[RoleRef] = PField(
        description="Jurisdictions it serves as lead agency or partner."
    )
    networks: list[RoleRef] = PField(description="Networks it takes part in, with role.")
    articles: list[Ref] = PField(description="Articles that mention it (slug and title).")
