"""How organizations are written."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.organizations import service
from app.organizations.schemas import OrganizationSeed
from app.writes.columns import resolve
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, referrers


def _creates_cycle(session: Session, slug: str, parent_id: int) -> bool:
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None and current not in seen:
        seen.add(current)
        org = session.get(m.Organization, current)
        if org is None:
            return False
        if org.slug == slug:
            return True
        current = org.parent_id
    return current is not None


def save(session: Session, body: Input, row: m.Organization | None) -> m.Organization:
    """Insert or update the row; the parent must exist and may not be itself or a descendant."""
    refs = Refs(session)
    values = resolve(refs, m.Organization, body)
    parent_id = values["parent_id"]
    if parent_id is not None and _creates_cycle(session, body.slug, parent_id):
        refs.problem("/parent", "An organization cannot be its own ancestor.")
    refs.check()
    return put_row(session, m.Organization, row, values)


def dependents(session: Session, row: m.Organization) -> list[str]:
    """Everything that names the organization."""
    return referrers(
        session,
        [
            ("organization", select(m.Organization.slug).where(m.Organization.parent_id == row.id)),
            ("person", select(m.Person.slug).where(m.Person.organization_id == row.id)),
            (
                "jurisdiction",
                linked(m.Jurisdiction.slug, m.JurisdictionOrganization, "organization_id", row.id),
            ),
            (
                "network",
                linked(m.Network.slug, m.NetworkOrganization, "organization_id", row.id),
            ),
            (
                "article",
                linked(m.Article.slug, m.ArticleOrganization, "organization_id", row.id),
            ),
        ],
    )


def parents_first(orgs: Sequence[Any]) -> list[Any]:
    """Organizations ordered so that each parent is written before its children (the seed)."""
    by_slug = {o.slug: o for o in orgs}

    def depth(o: Any) -> int:
        d = 0
        while o.parent in by_slug and d < len(orgs):
            o, d = by_slug[o.parent], d + 1
        return d

    return sorted(orgs, key=depth)


WRITABLE = Writable(
    resource="organizations",
    singular="organization",
    model=m.Organization,
    key_field="slug",
    schema=OrganizationSeed,
    save=save,
    view=service.get_by_slug,
    example={
        "slug": "example-county-sheriffs-office",
        "name": "Example County Sheriff's Office",
        "state": "WI",
    },
    dependents=dependents,
    reindex=service.SEARCH.reindex,
)
