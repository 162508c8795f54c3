"""Queries about people."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.articles.models import Article, ArticleAuthor
from app.core.fields import Rows
from app.core.refs import Related, one
from app.jurisdictions.models import Jurisdiction, JurisdictionContact
from app.lists.engine import ListSpec
from app.organizations.models import Organization
from app.people.models import Person, PersonSummary

ROW = Rows.of(Person, extras=("organization",))


def summaries(session: Session, rows: list[Person]) -> list[dict[str, Any]]:
    org_ids = {p.organization_id for p in rows if p.organization_id}
    orgs = (
        {
            r.id: {"slug": r.slug, "name": r.name}
            for r in session.execute(
                select(Organization.id, Organization.slug, Organization.name).where(
                    Organization.id.in_(org_ids)
                )
            )
        }
        if org_ids
        else {}
    )
    return [
        ROW(p, organization=orgs.get(p.organization_id) if p.organization_id else None)
        for p in rows
    ]


CONTACT_FOR = Related.through(
    JurisdictionContact.person_id, Jurisdiction, JurisdictionContact.jurisdiction_id
)
ARTICLES = Related.through(
    ArticleAuthor.person_id,
    Article,
    ArticleAuthor.article_id,
    [Article.slug, Article.title.label("name")],
)


SPEC = ListSpec(
    resource="people",
    model=Person,
    key=Person.slug,
    key_field="slug",
    serialize=summaries,
    row=PersonSummary,
    sorts={"name": Person.name},
    default_sort="slug",
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One person with what they are contact for and what they wrote, or a 404."""
    found = one(session, Person.slug, slug, "person")
    detail = summaries(session, [found])[0]
    detail["contact_for"] = CONTACT_FOR.load(session, [found.id])[found.id]
    detail["articles"] = ARTICLES.load(session, [found.id])[found.id]
    return detail
