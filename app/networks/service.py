"""Queries about networks."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.fields import Rows
from app.core.refs import Related, one
from app.jurisdictions.models import Jurisdiction
from app.lists.engine import Include, ListSpec
from app.networks.models import (
    Network,
    NetworkDetail,
    NetworkJurisdiction,
    NetworkOrganization,
    NetworkSummary,
)
from app.organizations.models import Organization

ROW, DETAIL = Rows.of(Network, extras=("member_count",)), Rows.of(Network, listed=False)


def summaries(session: Session, rows: list[Network]) -> list[dict[str, Any]]:
    ids = [n.id for n in rows]
    counts = dict(
        session.execute(
            select(NetworkJurisdiction.network_id, func.count())
            .where(NetworkJurisdiction.network_id.in_(ids))
            .group_by(NetworkJurisdiction.network_id)
        ).all()
    )
    return [ROW(n, member_count=counts.get(n.id, 0)) for n in rows]


JURISDICTIONS = Related.through(
    NetworkJurisdiction.network_id,
    Jurisdiction,
    NetworkJurisdiction.jurisdiction_id,
    [Jurisdiction.slug, Jurisdiction.name, NetworkJurisdiction.role],
)


def include_jurisdictions(session: Session, rows: list[Any]) -> dict[int, Any]:
    """Member jurisdictions of each network, with role."""
    return JURISDICTIONS.for_rows(session, rows)


ORGANIZATIONS = Related.through(
    NetworkOrganization.network_id,
    Organization,
    NetworkOrganization.organization_id,
    [Organization.slug, Organization.name, NetworkOrganization.role],
)


def include_organizations(session: Session, rows: list[Any]) -> dict[int, Any]:
    """Member organizations of each network, with role."""
    return ORGANIZATIONS.for_rows(session, rows)


SPEC = ListSpec(
    resource="networks",
    model=Network,
    key=Network.slug,
    key_field="slug",
    serialize=summaries,
    row=NetworkSummary,
    sorts={"name": Network.name},
    default_sort="slug",
    includes={
        "jurisdictions": Include(
            include_jurisdictions, NetworkDetail.model_fields["jurisdictions"].annotation
        ),
        "organizations": Include(
            include_organizations, NetworkDetail.model_fields["organizations"].annotation
        ),
    },
)


def get_by_slug(session: Session, slug: str) -> dict[str, Any]:
    """One network with its member jurisdictions and organizations, or a 404."""
    found = one(session, Network.slug, slug, "network")
    detail = summaries(session, [found])[0]
    detail.update(DETAIL(found))
    detail["jurisdictions"] = include_jurisdictions(session, [found])[found.id]
    detail["organizations"] = include_organizations(session, [found])[found.id]
    return detail
