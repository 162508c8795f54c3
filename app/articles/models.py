"""Articles (blog posts) and what they mention."""

from datetime import date
from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Day, Note, Slug, Text
from app.core.schemas import Ref


class Article(Stamped, table=True):
    """A blog post of the network's website (each column declared once: `Shown`, `Accepted`;
    its body is accepted last, after the links, as the seed files write it)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[str, Shown("Stable slug."), Accepted(Slug)] = Field(unique=True, index=True)
    title: Annotated[str, Shown("Title as written."), Accepted(Text)]
    published: Annotated[date, Shown("Publication date.", "2021-07-14"), Accepted(Day)] = Field(
        index=True
    )
    body: Annotated[
        str, Shown("Body in Markdown (bullet lists kept).", listed=False, searched=True)
    ]
    document_id: Annotated[int | None, Accepted(Slug, name="document", by="key")] = Field(
        default=None, foreign_key="document.id"
    )
    source_id: Annotated[
        str | None,
        Shown("Passage with its title, byline and tags.", listed=False),
        Accepted(Slug, name="source"),
    ] = Field(default=None, foreign_key="source.id")
    note: Annotated[
        str | None, Shown("What the capture lost, if anything.", listed=False), Accepted(Note)
    ] = None


class ArticleAuthor(SQLModel, table=True):
    """A person wrote an article."""

    __tablename__ = "article_author"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)
    position: int = 0


class ArticleActionArea(SQLModel, table=True):
    """An article is tagged with an action area."""

    __tablename__ = "article_action_area"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    action_area_id: int = Field(foreign_key="action_area.id", primary_key=True, index=True)


class ArticleJurisdiction(SQLModel, table=True):
    """An article mentions a jurisdiction."""

    __tablename__ = "article_jurisdiction"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", primary_key=True, index=True)


class ArticleOrganization(SQLModel, table=True):
    """An article mentions an organization."""

    __tablename__ = "article_organization"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", primary_key=True, index=True)


class ArticleNetwork(SQLModel, table=True):
    """An article is about a network or initiative."""

    __tablename__ = "article_network"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    network_id: int = Field(foreign_key="network.id", primary_key=True, index=True)


ArticleSummary = public_model(
    "ArticleSummary",
    "An article in a list (no body).",
    Article,
    extra={
        "authors": (list[Ref], PField(description="Authors in byline order.")),
        "action_areas": (list[str], PField(description="Slugs of its action-area tags.")),
    },
)
ArticleDetail = public_model(
    "ArticleDetail",
    "An article with its body and everything it mentions.",
    Article,
    listed=False,
    base=ArticleSummary,
    extra={
        "jurisdictions": (list[Ref], PField(description="Jurisdictions it mentions.")),
        "organizations": (list[Ref], PField(description="Organizations it mentions.")),
        "networks": (list[Ref], PField(description="Networks it is about.")),
    },
    before="source_id",
)
