"""How jurisdictions and their links (action areas, lead agency, partners, contacts) are written."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.jurisdictions import service
from app.jurisdictions.schemas import JurisdictionSeed
from app.writes.columns import form, resolve
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, referrers, replace_links, slugs


def _organizations(session: Session, row: m.Jurisdiction, role: str) -> list[str]:
    return slugs(
        session,
        select(m.Organization.slug)
        .join(m.JurisdictionOrganization)
        .where(
            m.JurisdictionOrganization.jurisdiction_id == row.id,
            m.JurisdictionOrganization.role == role,
        )
        .order_by(m.JurisdictionOrganization.position),
    )


def load(session: Session, row: m.Jurisdiction) -> dict[str, Any]:
    """The writable form of a jurisdiction: its columns and its links by slug."""
    lead = _organizations(session, row, "lead_agency")
    areas = linked(m.ActionArea.slug, m.JurisdictionActionArea, "jurisdiction_id", row.id)
    contacts = linked(m.Person.slug, m.JurisdictionContact, "jurisdiction_id", row.id)
    links = {
        "action_areas": slugs(session, areas.order_by(m.ActionArea.slug)),
        "lead_agency": lead[0] if lead else None,
        "partners": _organizations(session, row, "partner"),
        "contacts": slugs(session, contacts.order_by(m.JurisdictionContact.position)),
    }
    return form(session, m.Jurisdiction, row, JurisdictionSeed, links)


def save(session: Session, body: Input, row: m.Jurisdiction | None) -> m.Jurisdiction:
    """Insert or update the row and replace its links."""
    refs = Refs(session)
    areas = refs.many(m.ActionArea, body.action_areas, "/action_areas")
    lead = refs.one(m.Organization, body.lead_agency, "/lead_agency")
    partners = refs.many(m.Organization, body.partners, "/partners")
    contacts = refs.many(m.Person, body.contacts, "/contacts")
    values = resolve(refs, m.Jurisdiction, body)
    refs.check()
    row = put_row(session, m.Jurisdiction, row, values)
    replace_links(
        session,
        m.JurisdictionActionArea,
        "jurisdiction_id",
        row.id,
        [{"action_area_id": a} for a in areas],
    )
    orgs = [{"organization_id": lead, "role": "lead_agency", "position": 0}] if lead else []
    orgs += [
        {"organization_id": p, "role": "partner", "position": i} for i, p in enumerate(partners)
    ]
    replace_links(session, m.JurisdictionOrganization, "jurisdiction_id", row.id, orgs)
    replace_links(
        session,
        m.JurisdictionContact,
        "jurisdiction_id",
        row.id,
        [{"person_id": p, "position": i} for i, p in enumerate(contacts)],
    )
    return row


def dependents(session: Session, row: m.Jurisdiction) -> list[str]:
    """Strategies, observations, network memberships and article mentions."""
    return referrers(
        session,
        [
            ("strategy", select(m.Strategy.slug).where(m.Strategy.jurisdiction_id == row.id)),
            (
                "observation",
                select(m.Observation.key).where(m.Observation.jurisdiction_id == row.id),
            ),
            (
                "network",
                linked(m.Network.slug, m.NetworkJurisdiction, "jurisdiction_id", row.id),
            ),
            (
                "article",
                linked(m.Article.slug, m.ArticleJurisdiction, "jurisdiction_id", row.id),
            ),
        ],
    )


WRITABLE = Writable(
    resource="jurisdictions",
    singular="jurisdiction",
    model=m.Jurisdiction,
    key_field="slug",
    schema=JurisdictionSeed,
    load=load,
    save=save,
    view=service.get_profile,
    example={
        "slug": "example-county-wi",
        "name": "Example County",
        "kind": "county",
        "state": "WI",
        "fips": "55999",
        "action_areas": ["courts"],
        "lead_agency": "milwaukee-community-justice-council",
        "partners": ["medical-college-of-wisconsin"],
    },
    dependents=dependents,
    links=(
        (m.JurisdictionActionArea, "jurisdiction_id"),
        (m.JurisdictionOrganization, "jurisdiction_id"),
        (m.JurisdictionContact, "jurisdiction_id"),
    ),
    reindex=service.SEARCH.reindex,
)
