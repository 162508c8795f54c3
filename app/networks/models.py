"""Networks and initiatives with their member jurisdictions and organizations."""

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import RoleRef


class Network(Stamped, table=True):
    """A network, cohort or initiative."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    description: str | None = None
    source_id: str | None = Field(default=None, foreign_key="source.id")
    note: str | None = None


class NetworkJurisdiction(SQLModel, table=True):
    """A jurisdiction belongs to a network in a role."""

    __tablename__ = "network_jurisdiction"

    network_id: int = Field(foreign_key="network.id", primary_key=True)
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", primary_key=True, index=True)
    role: str


class NetworkOrganization(SQLModel, table=True):
    """An organization takes part in a network in a role."""

    __tablename__ = "network_organization"

    network_id: int = Field(foreign_key="network.id", primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", primary_key=True, index=True)
    role: str


class NetworkSummary(BaseModel):
    """A network in a list."""

    slug: str = PField(description="Stable slug.", examples=["impact-network"])
    name: str = PField(description="Name as written.", examples=["IMPACT Network"])
    description: str | None = PField(description="The source's words for it, if any.")
    member_count: int = PField(description="Number of member jurisdictions.")
    source_id: str | None = PField(description="Passage that describes it.")


class NetworkDetail(NetworkSummary):
    """A network with its members."""

    note: str | None = PField(description="How membership was read from the source.")
    jurisdictions: list[RoleRef] = PField(description="Member jurisdictions with role.")
    organizations: list[RoleRef] = PField(description="Member organizations with role.")
