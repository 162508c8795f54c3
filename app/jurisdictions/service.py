"""Queries about jurisdictions: lists with filters, and the whole profile in one object."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.core.refs import grouped
from app.jurisdictions.models import (
    Jurisdiction,
    JurisdictionActionArea,
    JurisdictionContact,
    JurisdictionOrganization,
)
from app.metrics.models import Metric, Observation
from app.networks.models import Network, NetworkJurisdiction
from app.organizations.models import Organization
from app.people.models import Person
from app.strategies.models import Strategy

SUMMARY_FIELDS = (
    "slug",
    "name",
    "kind",
    "state",
    "fips",
    "has_profile",
    "jail_population_change_pct",
    "jail_population_change_text",
    "social_handle",
    "last_updated",
    "source_id",
)


def action_area_slugs(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Action-area slugs of many jurisdictions, in one query."""
    rows = grouped(
        session,
        JurisdictionActionArea.jurisdiction_id,
        [ActionArea.slug],
        ids,
        joins=[(ActionArea, ActionArea.id == JurisdictionActionArea.action_area_id)],
        order_by=[ActionArea.slug],
    )
    return {k: [r["slug"] for r in v] for k, v in rows.items()}


def summarize(session: Session, rows: list[Jurisdiction]) -> list[dict[str, Any]]:
    """Summary dicts for a page of jurisdictions."""
    areas = action_area_slugs(session, [j.id for j in rows if j.id is not None])
    return [
        {**{f: getattr(j, f) for f in SUMMARY_FIELDS}, "action_areas": areas.get(j.id or 0, [])}
        for j in rows
    ]


def get_all(
    session: Session,
    *,
    page: PageParams,
    state: str | None = None,
    kind: str | None = None,
    action_area: str | None = None,
    network: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of jurisdictions matching every given filter."""
    stmt = select(Jurisdiction)
    if state:
        stmt = stmt.where(Jurisdiction.state == state)
    if kind:
        stmt = stmt.where(Jurisdiction.kind == kind)
    if action_area:
        tagged = (
            select(JurisdictionActionArea.jurisdiction_id)
            .join(ActionArea, ActionArea.id == JurisdictionActionArea.action_area_id)
            .where(ActionArea.slug == action_area)
        )
        stmt = stmt.where(Jurisdiction.id.in_(tagged))
    if network:
        members = (
            select(NetworkJurisdiction.jurisdiction_id)
            .join(Network, Network.id == NetworkJurisdiction.network_id)
            .where(Network.slug == network)
        )
        stmt = stmt.where(Jurisdiction.id.in_(members))
    rows, next_cursor = fetch_page(session, stmt, Jurisdiction.slug, page)
    return summarize(session, list(rows)), next_cursor


def get_by_slug(session: Session, *, slug: str) -> Jurisdiction:
    """The jurisdiction with this slug, or a 404."""
    found = session.scalars(select(Jurisdiction).where(Jurisdiction.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    return found


def get_profile(session: Session, *, slug: str) -> dict[str, Any]:
    """Everything a profile page shows, in one object."""
    j = get_by_slug(session, slug=slug)
    jid = j.id or 0
    detail = summarize(session, [j])[0]
    detail.update(
        background_and_approach=j.background_and_approach,
        results=j.results,
        remaining_challenges=j.remaining_challenges,
        note=j.note,
    )
    detail["action_area_refs"] = [
        dict(r)
        for r in session.execute(
            select(ActionArea.slug, ActionArea.name)
            .join(JurisdictionActionArea, JurisdictionActionArea.action_area_id == ActionArea.id)
            .where(JurisdictionActionArea.jurisdiction_id == jid)
            .order_by(ActionArea.slug)
        ).mappings()
    ]
    orgs = (
        session.execute(
            select(Organization.slug, Organization.name, JurisdictionOrganization.role)
            .join(
                JurisdictionOrganization,
                JurisdictionOrganization.organization_id == Organization.id,
            )
            .where(JurisdictionOrganization.jurisdiction_id == jid)
            .order_by(JurisdictionOrganization.role, JurisdictionOrganization.position)
        )
        .mappings()
        .all()
    )
    lead = [{"slug": o["slug"], "name": o["name"]} for o in orgs if o["role"] == "lead_agency"]
    detail["lead_agency"] = lead[0] if lead else None
    detail["partners"] = [
        {"slug": o["slug"], "name": o["name"]} for o in orgs if o["role"] == "partner"
    ]
    detail["contacts"] = [
        dict(r)
        for r in session.execute(
            select(Person.slug, Person.name, Person.title)
            .join(JurisdictionContact, JurisdictionContact.person_id == Person.id)
            .where(JurisdictionContact.jurisdiction_id == jid)
            .order_by(JurisdictionContact.position)
        ).mappings()
    ]
    detail["networks"] = [
        dict(r)
        for r in session.execute(
            select(Network.slug, Network.name, NetworkJurisdiction.role)
            .join(NetworkJurisdiction, NetworkJurisdiction.network_id == Network.id)
            .where(NetworkJurisdiction.jurisdiction_id == jid)
            .order_by(Network.slug)
        ).mappings()
    ]
    detail["strategies"] = [
        dict(r)
        for r in session.execute(
            select(Strategy.slug, Strategy.name, Strategy.status)
            .where(Strategy.jurisdiction_id == jid)
            .order_by(Strategy.slug)
        ).mappings()
    ]
    detail["headline_figures"] = [
        dict(r)
        for r in session.execute(
            select(
                Observation.key.label("id"),
                Observation.metric_key.label("metric"),
                Observation.value,
                Metric.unit,
                Observation.qualifier,
                Observation.text_as_written,
                Observation.period_start,
                Observation.period_end,
                Observation.source_id,
            )
            .join(Metric, Metric.key == Observation.metric_key)
            .where(Observation.jurisdiction_id == jid)
            .order_by(Observation.key)
        ).mappings()
    ]
    return detail
