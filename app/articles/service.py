"""Queries about articles."""

from typing import Any

from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.articles.models import (
    Article,
    ArticleActionArea,
    ArticleAuthor,
    ArticleDetail,
    ArticleJurisdiction,
    ArticleNetwork,
    ArticleOrganization,
    ArticleSummary,
)
from app.core.fields import Rows
from app.core.params import (
    ActionAreaQuery,
    AuthorQuery,
    JurisdictionQuery,
    PublishedFromQuery,
    PublishedToQuery,
)
from app.core.refs import Related, ids_of, one
from app.jurisdictions.models import Jurisdiction
from app.lists.engine import Facet, Include, ListSpec
from app.lists.filters import Bound, Tagged
from app.networks.models import Network
from app.organizations.models import Organization
from app.people.models import Person
from app.search.index import Indexed

AUTHORS = Related.through(
    ArticleAuthor.article_id,
    Person,
    ArticleAuthor.person_id,
    None,
    order_by=[ArticleAuthor.position],
)
ACTION_AREAS = Related.through(
    ArticleActionArea.article_id, ActionArea, ArticleActionArea.action_area_id, [ActionArea.slug]
)


ROW, DETAIL = Rows.of(Article, extras=("authors", "action_areas")), Rows.of(Article, listed=False)


# On PostgreSQL a page reads its authors and action areas in its own statement.
AUTHORS_RIDER = AUTHORS.items_rider(Article.id, "_authors")
AREAS_RIDER = ACTION_AREAS.values_rider(Article.id, "_action_areas")


def summaries(session: Session, rows: list[Any]) -> list[dict[str, Any]]:
    """Summary dicts for a page of articles: authors and action areas from the page's riders
    when the rows carry them, else one query each."""
    if not rows:
        return []
    fields: tuple[str, ...] | None = getattr(rows[0], "_fields", None)
    build = ROW if fields is None else ROW.at(fields)
    if fields is not None and AREAS_RIDER.key in fields:
        authors, areas = fields.index(AUTHORS_RIDER.key), fields.index(AREAS_RIDER.key)
        return [
            build(a, authors=AUTHORS.as_loaded(a[authors]), action_areas=a[areas]) for a in rows
        ]
    ids = ids_of(rows)
    loaded, tagged = AUTHORS.load(session, ids), ACTION_AREAS.values(session, ids)
    return [build(a, authors=loaded[a.id], action_areas=tagged[a.id]) for a in rows]


def include_mentions(link: Any, column: Any, model: Any) -> Any:
    """An include loader for one kind of mention (jurisdictions, organizations, networks)."""
    return Related(
        link.article_id,
        [model.slug, model.name],
        joins=[(model, model.id == column)],
        order_by=[model.slug],
    ).for_rows


include_jurisdictions = include_mentions(
    ArticleJurisdiction, ArticleJurisdiction.jurisdiction_id, Jurisdiction
)
include_organizations = include_mentions(
    ArticleOrganization, ArticleOrganization.organization_id, Organization
)
include_networks = include_mentions(ArticleNetwork, ArticleNetwork.network_id, Network)

SPEC = ListSpec(
    resource="articles",
    model=Article,
    key=Article.slug,
    key_field="slug",
    serialize=summaries,
    row=ArticleSummary,
    riders=(AUTHORS_RIDER, AREAS_RIDER),
    sorts={"title": Article.title, "published": Article.published},
    default_sort="slug",
    includes={
        name: Include(load, ArticleDetail.model_fields[name].annotation)
        for name, load in (
            ("jurisdictions", include_jurisdictions),
            ("organizations", include_organizations),
            ("networks", include_networks),
        )
    },
    facets={
        "action_area": Facet(
            ActionArea.slug,
            ActionArea.name,
            (
                (ArticleActionArea, ArticleActionArea.article_id == Article.id),
                (ActionArea, ActionArea.id == ArticleActionArea.action_area_id),
            ),
        ),
        "author": Facet(
            Person.slug,
            Person.name,
            (
                (ArticleAuthor, ArticleAuthor.article_id == Article.id),
                (Person, Person.id == ArticleAuthor.person_id),
            ),
        ),
        "jurisdiction": Facet(
            Jurisdiction.slug,
            Jurisdiction.name,
            (
                (ArticleJurisdiction, ArticleJurisdiction.article_id == Article.id),
                (Jurisdiction, Jurisdiction.id == ArticleJurisdiction.jurisdiction_id),
            ),
        ),
    },
    searchable=True,
    filters={
        "action_area": Tagged(
            ArticleActionArea.article_id,
            ActionArea,
            ActionArea.id == ArticleActionArea.action_area_id,
            ActionArea.slug,
            "action_areas",
            query=ActionAreaQuery,
        ),
        "author": Tagged(
            ArticleAuthor.article_id,
            Person,
            Person.id == ArticleAuthor.person_id,
            Person.slug,
            "authors",
            "slug",
            query=AuthorQuery,
        ),
        "jurisdiction": Tagged(
            ArticleJurisdiction.article_id,
            Jurisdiction,
            Jurisdiction.id == ArticleJurisdiction.jurisdiction_id,
            Jurisdiction.slug,
            "jurisdictions",
            "slug",
            query=JurisdictionQuery,
        ),
        "published_from": Bound(Article.published, "published", True, PublishedFromQuery),
        "published_to": Bound(Article.published, "published", False, PublishedToQuery),
    },
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One article with its body and mentions, or a 404."""
    found = one(session, Article.slug, slug, "article")
    detail = summaries(session, [found])[0]
    detail.update(
        DETAIL(found),
        jurisdictions=include_jurisdictions(session, [found])[found.id],
        organizations=include_organizations(session, [found])[found.id],
        networks=include_networks(session, [found])[found.id],
    )
    return detail


SEARCH = Indexed("articles", Article, title="title", block=1)
