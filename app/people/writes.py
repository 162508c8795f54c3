"""How people are written."""

from sqlmodel import Session

from app import models as m
from app.people import service
from app.people.schemas import PersonSeed
from app.writes.engine import Writable
from app.writes.refs import linked, referrers


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
    view=service.get_by_slug,
    example={
        "slug": "jane-example",
        "name": "Jane Example",
        "title": "Project Director",
        "organization": "milwaukee-community-justice-council",
    },
    dependents=dependents,
)
