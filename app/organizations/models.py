"""Organizations: lead agencies, partners, funders and technical-assistance providers."""

from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Label, Slug, StateCode, Text
from app.core.schemas import Ref, RoleRef


class Organization(Stamped, table=True):
    """An organization named by the source (each column declared once: `Shown`, `Accepted`)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[
        str, Shown("Stable slug.", "milwaukee-community-justice-council"), Accepted(Slug)
    ] = Field(unique=True, index=True)
    name: Annotated[str, Shown("Name exactly as written in the source."), Accepted(Text)]
    abbreviation: Annotated[
        str | None, Shown("Abbreviation the source uses, if any.", searched=True), Accepted(Label)
    ] = None
    parent_id: Annotated[int | None, Accepted(Slug, name="parent", by="slug")] = Field(
        default=None, foreign_key="organization.id"
    )
    state: Annotated[
        str | None, Shown("Two-letter state, where the source places it."), Accepted(StateCode)
    ] = None
    source_id: Annotated[
        str | None,
        Shown("Passage that names it (see /sources/{id})."),
        Accepted(Slug, name="source"),
    ] = Field(default=None, foreign_key="source.id")


OrganizationSummary = public_model(
    "OrganizationSummary",
    "An organization in a list.",
    Organization,
    extra={"parent": (Ref | None, PField(description="Parent organization, if any."))},
    before="source_id",
)
OrganizationDetail = public_model(
    "OrganizationDetail",
    "An organization with every link the source gives it.",
    Organization,
    listed=False,
    base=OrganizationSummary,
    extra={
        "jurisdictions": (
            list[RoleRef],
            PField(description="Jurisdictions it serves as lead agency or partner."),
        ),
        "networks": (list[RoleRef], PField(description="Networks it takes part in, with role.")),
        "articles": (list[Ref], PField(description="Articles that mention it (slug and title).")),
    },
)
