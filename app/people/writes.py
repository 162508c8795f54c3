"""How people are written."""

from typing import Any

from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.people import service
from app.people.schemas import PersonSeed
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, referrers


def load(session: Session, row: m.Person) -> dict[str, Any]:
    """The writable form of a person."""
    org = session.get(m.Organization, row.organization_id) if row.organization_id else None
    return {
        "slug": row.slug,
        "name": row.name,
        "title": row.title,
        "organization": org.slug if org else None,
        "source": row.source_id,
    }


def save(session: Session, body: Input, row: m.Person | None) -> m.Person:
    """Insert or update the row."""
    refs = Refs(session)
    org_id = refs.one(m.Organization, body.organization, "/organization")
    refs.exists(m.Source, "id", body.source, "/source")
    refs.check()
    values = body.model_dump(exclude={"organization", "source"})
    return put_row(
        session,
        m.Person,
        row,
        {**values, "organization_id": org_id, "source_id": body.source},
    )


def dependents(session: Session, row: m.Person) -> list[str]:
    """Jurisdictions listing the person as contact, articles listing them as author."""
    return referrers(
        session,
        [
            (
                "jurisdiction",
                linked(m.Jurisdiction.slug, m.JurisdictionContact, "person_id", row.id),
            ),
            (
                "article",
                linked(m.Article.slug, m.ArticleAuthor, "person_id", row.id),
            ),
        ],
    )


WRITABLE = Writable(
    resource="people",
    singular="person",
    model=m.Person,
    key_field="slug",
    schema=PersonSeed,
    load=load,
    save=save,
    view=service.get_by_slug,
    example={
        "slug": "jane-example",
        "name": "Jane Example",
        "title": "Project Director",
        "organization": "milwaukee-community-justice-council",
    },
    dependents=dependents,
)
