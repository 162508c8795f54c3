"""Queries about networks."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.jurisdictions.models import Jurisdiction
from app.networks.models import Network, NetworkJurisdiction, NetworkOrganization
from app.organizations.models import Organization


def _summaries(session: Session, rows: list[Network]) -> list[dict[str, Any]]:
    ids = [n.id for n in rows]
    counts = dict(
        session.execute(
            select(NetworkJurisdiction.network_id, func.count())
            .where(NetworkJurisdiction.network_id.in_(ids))
            .group_by(NetworkJurisdiction.network_id)
        ).all()
    )
    return [
        {
            "slug": n.slug,
            "name": n.name,
            "description": n.description,
            "source_id": n.source_id,
            "member_count": counts.get(n.id, 0),
        }
        for n in rows
    ]


def get_all(session: Session, *, page: PageParams) -> tuple[list[dict[str, Any]], str | None]:
    """One page of networks."""
    rows, next_cursor = fetch_page(session, select(Network), Network.slug, page)
    return _summaries(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> dict[str, Any]:
    """One network with its member jurisdictions and organizations, or a 404."""
    found = session.scalars(select(Network).where(Network.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No network has the slug '{slug}'.")
    detail = _summaries(session, [found])[0]
    detail["note"] = found.note
    detail["jurisdictions"] = [
        dict(r)
        for r in session.execute(
            select(Jurisdiction.slug, Jurisdiction.name, NetworkJurisdiction.role)
            .join(NetworkJurisdiction, NetworkJurisdiction.jurisdiction_id == Jurisdiction.id)
            .where(NetworkJurisdiction.network_id == found.id)
            .order_by(Jurisdiction.slug)
        ).mappings()
    ]
    detail["organizations"] = [
        dict(r)
        for r in session.execute(
            select(Organization.slug, Organization.name, NetworkOrganization.role)
            .join(NetworkOrganization, NetworkOrganization.organization_id == Organization.id)
            .where(NetworkOrganization.network_id == found.id)
            .order_by(Organization.slug)
        ).mappings()
    ]
    return detail
