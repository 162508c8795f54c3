"""Articles (blog posts) and what they mention."""

from datetime import date

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref


class Article(Stamped, table=True):
    """A blog post of the network's website."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str
    published: date = Field(index=True)
    body: str
    document_id: int | None = Field(default=None, foreign_key="document.id")
    source_id: str | None = Field(default=None, foreign_key="source.id")
    note: str | None = None


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


class ArticleSummary(BaseModel):
    """An article in a list (no body)."""

    slug: str = PField(description="Stable slug.")
    title: str = PField(description="Title as written.")
    published: date = PField(description="Publication date.", examples=["2021-07-14"])
    authors: list[Ref] = PField(description="Authors in byline order.")
    action_areas: list[str] = PField(description="Slugs of its action-area tags.")


class ArticleDetail(ArticleSummary):
    """An article with its body and everything it mentions."""

    body: str = PField(description="Body in Markdown (bullet lists kept).")
    jurisdictions: list[Ref] = PField(description="Jurisdictions it mentions.")
    organizations: list[Ref] = PField(description="Organizations it mentions.")
    networks: list[Ref] = PField(description="Networks it is about.")
    source_id: str | None = PField(description="Passage with its title, byline and tags.")
    note: str | None = PField(description="What the capture lost, if anything.")
