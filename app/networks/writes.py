"""How networks and their memberships are written."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.networks import service
from app.networks.schemas import NetworkSeed
from app.writes.columns import form, resolve
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, referrers, replace_links


def load(session: Session, row: m.Network) -> dict[str, Any]:
    """The writable form of a network, members in slug order."""
    jurs = session.execute(
        select(m.Jurisdiction.slug, m.NetworkJurisdiction.role)
        .join(m.NetworkJurisdiction)
        .where(m.NetworkJurisdiction.network_id == row.id)
        .order_by(m.Jurisdiction.slug)
    ).all()
    orgs = session.execute(
        select(m.Organization.slug, m.NetworkOrganization.role)
        .join(m.NetworkOrganization)
        .where(m.NetworkOrganization.network_id == row.id)
        .order_by(m.Organization.slug)
    ).all()
    members = {
        "jurisdictions": [{"jurisdiction": s, "role": r} for s, r in jurs],
        "organizations": [{"organization": s, "role": r} for s, r in orgs],
    }
    return form(session, m.Network, row, NetworkSeed, members)


def save(session: Session, body: Input, row: m.Network | None) -> m.Network:
    """Insert or update the row and replace its memberships."""
    refs = Refs(session)
    jurs = refs.many(m.Jurisdiction, [x.jurisdiction for x in body.jurisdictions], "/jurisdictions")
    orgs = refs.many(m.Organization, [x.organization for x in body.organizations], "/organizations")
    values = resolve(refs, m.Network, body)
    refs.check()
    row = put_row(session, m.Network, row, values)
    replace_links(
        session,
        m.NetworkJurisdiction,
        "network_id",
        row.id,
        [
            {"jurisdiction_id": j, "role": x.role}
            for j, x in zip(jurs, body.jurisdictions, strict=True)
        ],
    )
    replace_links(
        session,
        m.NetworkOrganization,
        "network_id",
        row.id,
        [
            {"organization_id": o, "role": x.role}
            for o, x in zip(orgs, body.organizations, strict=True)
        ],
    )
    return row


def dependents(session: Session, row: m.Network) -> list[str]:
    """Articles about the network."""
    stmt = linked(m.Article.slug, m.ArticleNetwork, "network_id", row.id)
    return referrers(session, [("article", stmt)])


WRITABLE = Writable(
    resource="networks",
    singular="network",
    model=m.Network,
    key_field="slug",
    schema=NetworkSeed,
    load=load,
    save=save,
    view=service.get_by_slug,
    example={
        "slug": "example-network",
        "name": "Example Network",
        "jurisdictions": [{"jurisdiction": "milwaukee-county-wi", "role": "member"}],
    },
    dependents=dependents,
    links=((m.NetworkJurisdiction, "network_id"), (m.NetworkOrganization, "network_id")),
)
