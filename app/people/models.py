"""People: authors of posts and jurisdiction contacts."""

from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Label, Slug, Text
from app.core.schemas import Ref


class Person(Stamped, table=True):
    """A person named by the source (each column declared once: `Shown`, `Accepted`)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[str, Shown("Stable slug.", "mandy-potapenko"), Accepted(Slug)] = Field(
        unique=True, index=True
    )
    name: Annotated[str, Shown("Name as written."), Accepted(Text)]
    title: Annotated[
        str | None, Shown("Title as written (e.g. 'CJC Director'), or null."), Accepted(Label)
    ] = None
    organization_id: Annotated[int | None, Accepted(Slug, name="organization", by="slug")] = Field(
        default=None, foreign_key="organization.id"
    )
    source_id: Annotated[
        str | None, Shown("Passage that names the person."), Accepted(Slug, name="source")
    ] = Field(default=None, foreign_key="source.id")


PersonSummary = public_model(
    "PersonSummary",
    "A person in a list.",
    Person,
    extra={
        "organization": (
            Ref | None,
            PField(description="Affiliation; null where the source gives none."),
        )
    },
    before="source_id",
)
PersonDetail = public_model(
    "PersonDetail",
    "A person with the jurisdictions they are contact for and the articles they wrote.",
    Person,
    listed=False,
    base=PersonSummary,
    extra={
        "contact_for": (
            list[Ref],
            PField(description="Jurisdictions listing the person as contact."),
        ),
        "articles": (list[Ref], PField(description="Articles the person wrote (slug and title).")),
    },
)
