"""Networks and initiatives with their member jurisdictions and organizations."""

from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Note, Slug, Text
from app.core.schemas import RoleRef


class Network(Stamped, table=True):
    """A network, cohort or initiative (each column declared once: `Shown`, `Accepted`)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[str, Shown("Stable slug.", "impact-network"), Accepted(Slug)] = Field(
        unique=True, index=True
    )
    name: Annotated[str, Shown("Name as written.", "IMPACT Network"), Accepted(Text)]
    description: Annotated[
        str | None, Shown("The source's words for it, if any."), Accepted(Note)
    ] = None
    source_id: Annotated[
        str | None, Shown("Passage that describes it."), Accepted(Slug, name="source")
    ] = Field(default=None, foreign_key="source.id")
    note: Annotated[
        str | None,
        Shown("How membership was read from the source.", listed=False),
        Accepted(Note),
    ] = None


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


NetworkSummary = public_model(
    "NetworkSummary",
    "A network in a list.",
    Network,
    extra={"member_count": (int, PField(description="Number of member jurisdictions."))},
    before="source_id",
)
NetworkDetail = public_model(
    "NetworkDetail",
    "A network with its members.",
    Network,
    listed=False,
    base=NetworkSummary,
    extra={
        "jurisdictions": (list[RoleRef], PField(description="Member jurisdictions with role.")),
        "organizations": (list[RoleRef], PField(description="Member organizations with role.")),
    },
)
