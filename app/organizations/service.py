"""Queries about organizations."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from app.articles.models import Article, ArticleOrganization
from app.core.fields import Rows
from app.core.params import StateQuery
from app.core.refs import Related, one
from app.jurisdictions.models import Jurisdiction, JurisdictionOrganization
from app.lists.engine import Facet, Include, ListSpec
from app.lists.filters import Equals
from app.networks.models import Network, NetworkOrganization
from app.organizations.models import Organization, OrganizationDetail, OrganizationSummary
from app.search.index import Indexed

Parent = aliased(Organization)


ROW = Rows.of(Organization, extras=("parent",), before="source_id")


def summaries(session: Session, rows: list[Organization]) -> list[dict[str, Any]]:
    parent_ids = {o.parent_id for o in rows if o.parent_id}
    parents = (
        {
            r.id: {"slug": r.slug, "name": r.name}
            for r in session.execute(
                select(Parent.id, Parent.slug, Parent.name).where(Parent.id.in_(parent_ids))
            )
        }
        if parent_ids
        else {}
    )
    return [ROW(o, parent=parents.get(o.parent_id) if o.parent_id else None) for o in rows]


JURISDICTIONS = Related.through(
    JurisdictionOrganization.organization_id,
    Jurisdiction,
    JurisdictionOrganization.jurisdiction_id,
    [Jurisdiction.slug, Jurisdiction.name, JurisdictionOrganization.role],
)


NETWORKS = Related.through(
    NetworkOrganization.organization_id,
    Network,
    NetworkOrganization.network_id,
    [Network.slug, Network.name, NetworkOrganization.role],
)
ARTICLES = Related.through(
    ArticleOrganization.organization_id,
    Article,
    ArticleOrganization.article_id,
    [Article.slug, Article.title.label("name")],
)


def include_jurisdictions(session: Session, rows: list[Any]) -> dict[int, Any]:
    """Jurisdictions each organization serves, with role."""
    return JURISDICTIONS.for_rows(session, rows)


SPEC = ListSpec(
    resource="organizations",
    model=Organization,
    key=Organization.slug,
    key_field="slug",
    serialize=summaries,
    row=OrganizationSummary,
    sorts={"name": Organization.name, "state": Organization.state},
    default_sort="slug",
    includes={
        "jurisdictions": Include(
            include_jurisdictions, OrganizationDetail.model_fields["jurisdictions"].annotation
        )
    },
    facets={"state": Facet(Organization.state, Organization.state)},
    searchable=True,
    filters={"state": Equals(Organization.state, "state", StateQuery)},
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One organization with its jurisdictions, networks and articles, or a 404."""
    found = one(session, Organization.slug, slug, "organization")
    detail = summaries(session, [found])[0]
    detail["jurisdictions"] = include_jurisdictions(session, [found])[found.id]
    detail["networks"] = NETWORKS.load(session, [found.id])[found.id]
    detail["articles"] = ARTICLES.load(session, [found.id])[found.id]
    return detail


SEARCH = Indexed("organizations", Organization, title="name", block=4)
