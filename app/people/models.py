"""People: authors of posts and jurisdiction contacts."""

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref


class Person(Stamped, table=True):
    """A person named by the source."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    title: str | None = None
    organization_id: int | None = Field(default=None, foreign_key="organization.id")
    source_id: str | None = Field(default=None, foreign_key="source.id")


class PersonSummary(BaseModel):
    """A person in a list."""

    slug: str = PField(description="Stable slug.", examples=["mandy-potapenko"])
    name: str = PField(description="Name as written.")
    title: str | None = PField(description="Title as written (e.g. 'CJC Director'), or null.")
    organization: Ref | None = PField(description="Affiliation; null where the source gives none.")
    source_id: str | None = PField(description="Passage that names the person.")


class PersonDetail(PersonSummary):
    """A person with the jurisdictions they are contact for and the articles they wrote."""

    contact_for: list[Ref] = PField(description="Jurisdictions listing the person as contact.")
    articles: list[Ref] = PField(description="Articles the person wrote (slug and title).")
