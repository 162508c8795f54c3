"""Queries about jurisdictions: lists with filters, and the whole profile in one object."""

from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.core.errors import NotFoundError
from app.core.refs import grouped, ids_of
from app.jurisdictions.models import (
    Jurisdiction,
    JurisdictionActionArea,
    JurisdictionContact,
    JurisdictionDetail,
    JurisdictionOrganization,
    JurisdictionSummary,
)
from app.lists.engine import Facet, Include, ListSpec
from app.lists.filters import Equals, Tagged
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


def summarize(session: Session, rows: list[Any]) -> list[dict[str, Any]]:
    """Summary dicts for a page of jurisdictions (plain rows or model instances)."""
    areas = action_area_slugs(session, [j.id for j in rows])
    if rows and hasattr(rows[0], "_fields"):  # Core rows: pick columns by position
        pick = itemgetter(*(rows[0]._fields.index(f) for f in SUMMARY_FIELDS))
        values = [pick(j) for j in rows]
    else:
        values = [tuple(getattr(j, f) for f in SUMMARY_FIELDS) for j in rows]
    return [
        {**dict(zip(SUMMARY_FIELDS, v, strict=True)), "action_areas": areas.get(j.id, [])}
        for j, v in zip(rows, values, strict=True)
    ]


def _organizations(
    session: Session, rows: list[Jurisdiction], role: str
) -> dict[int, list[dict[str, Any]]]:
    return grouped(
        session,
        JurisdictionOrganization.jurisdiction_id,
        [Organization.slug, Organization.name],
        ids_of(rows),
        joins=[(Organization, Organization.id == JurisdictionOrganization.organization_id)],
        where=[JurisdictionOrganization.role == role],
        order_by=[JurisdictionOrganization.position],
    )


def include_lead_agency(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Lead agency of each jurisdiction (or null)."""
    return {
        k: (v[0] if v else None) for k, v in _organizations(session, rows, "lead_agency").items()
    }


def include_partners(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Partners of each jurisdiction, in the source's order."""
    return dict(_organizations(session, rows, "partner"))


def include_contacts(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Contacts of each jurisdiction, with titles."""
    return dict(
        grouped(
            session,
            JurisdictionContact.jurisdiction_id,
            [Person.slug, Person.name, Person.title],
            ids_of(rows),
            joins=[(Person, Person.id == JurisdictionContact.person_id)],
            order_by=[JurisdictionContact.position],
        )
    )


def include_networks(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Networks of each jurisdiction, with role."""
    return dict(
        grouped(
            session,
            NetworkJurisdiction.jurisdiction_id,
            [Network.slug, Network.name, NetworkJurisdiction.role],
            ids_of(rows),
            joins=[(Network, Network.id == NetworkJurisdiction.network_id)],
            order_by=[Network.slug],
        )
    )


def include_strategies(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Strategies of each jurisdiction, short form."""
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids_of(rows)}
    query = (
        select(Strategy.jurisdiction_id, Strategy.slug, Strategy.name, Strategy.status)
        .where(Strategy.jurisdiction_id.in_(ids_of(rows)))
        .order_by(Strategy.slug)
    )
    for row in session.connection().execute(query).mappings():
        values = dict(row)
        out[values.pop("jurisdiction_id")].append(values)
    return out


def include_observations(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Every figure of each jurisdiction, with its source id."""
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids_of(rows)}
    query = (
        select(
            Observation.jurisdiction_id,
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
        .where(Observation.jurisdiction_id.in_(ids_of(rows)))
        .order_by(Observation.key)
    )
    for row in session.connection().execute(query).mappings():
        values = dict(row)
        out[values.pop("jurisdiction_id")].append(values)
    return out


def _shown(field: str) -> Any:
    """The type the profile gives a related list (a list row embeds the same)."""
    return JurisdictionDetail.model_fields[field].annotation


SPEC = ListSpec(
    resource="jurisdictions",
    model=Jurisdiction,
    key=Jurisdiction.slug,
    key_field="slug",
    serialize=summarize,
    row=JurisdictionSummary,
    sorts={
        "name": Jurisdiction.name,
        "state": Jurisdiction.state,
        "kind": Jurisdiction.kind,
        "fips": Jurisdiction.fips,
        "jail_population_change_pct": Jurisdiction.jail_population_change_pct,
    },
    default_sort="slug",
    includes={
        "lead_agency": Include(include_lead_agency, _shown("lead_agency")),
        "partners": Include(include_partners, _shown("partners")),
        "contacts": Include(include_contacts, _shown("contacts")),
        "networks": Include(include_networks, _shown("networks")),
        "strategies": Include(include_strategies, _shown("strategies")),
        "observations": Include(include_observations, _shown("headline_figures")),
    },
    facets={
        "state": Facet(Jurisdiction.state, Jurisdiction.state),
        "kind": Facet(Jurisdiction.kind, Jurisdiction.kind),
        "action_area": Facet(
            ActionArea.slug,
            ActionArea.name,
            (
                (JurisdictionActionArea, JurisdictionActionArea.jurisdiction_id == Jurisdiction.id),
                (ActionArea, ActionArea.id == JurisdictionActionArea.action_area_id),
            ),
        ),
        "network": Facet(
            Network.slug,
            Network.name,
            (
                (NetworkJurisdiction, NetworkJurisdiction.jurisdiction_id == Jurisdiction.id),
                (Network, Network.id == NetworkJurisdiction.network_id),
            ),
        ),
    },
    searchable=True,
    filters={
        "state": Equals(Jurisdiction.state, "state"),
        "kind": Equals(Jurisdiction.kind, "kind"),
        "action_area": Tagged(
            JurisdictionActionArea.jurisdiction_id,
            ActionArea,
            ActionArea.id == JurisdictionActionArea.action_area_id,
            ActionArea.slug,
            "action_areas",
        ),
        "network": Tagged(
            NetworkJurisdiction.jurisdiction_id,
            Network,
            Network.id == NetworkJurisdiction.network_id,
            Network.slug,
            "networks",
            "slug",
        ),
    },
)


def get_by_slug(session: Session, *, slug: str) -> Jurisdiction:
    """The jurisdiction with this slug, or a 404."""
    found = session.scalars(select(Jurisdiction).where(Jurisdiction.slug == slug)).first()
    if found is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    return found


def get_profile(session: Session, *, slug: str) -> dict[str, Any]:
    """Everything a profile page shows, in one object (seven small queries)."""
    found = (
        session.connection()
        .execute(select(*Jurisdiction.__table__.columns).where(Jurisdiction.slug == slug))
        .first()
    )
    if found is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    jid, rows = found.id, [found]
    areas = grouped(
        session,
        JurisdictionActionArea.jurisdiction_id,
        [ActionArea.slug, ActionArea.name],
        [jid],
        joins=[(ActionArea, ActionArea.id == JurisdictionActionArea.action_area_id)],
        order_by=[ActionArea.slug],
    )[jid]
    detail = {f: getattr(found, f) for f in SUMMARY_FIELDS}
    detail.update(
        action_areas=[a["slug"] for a in areas],
        action_area_refs=areas,
        background_and_approach=found.background_and_approach,
        results=found.results,
        remaining_challenges=found.remaining_challenges,
        note=found.note,
    )
    organizations = grouped(
        session,
        JurisdictionOrganization.jurisdiction_id,
        [Organization.slug, Organization.name, JurisdictionOrganization.role],
        [jid],
        joins=[(Organization, Organization.id == JurisdictionOrganization.organization_id)],
        order_by=[JurisdictionOrganization.position],
    )[jid]
    lead = [
        {"slug": o["slug"], "name": o["name"]} for o in organizations if o["role"] == "lead_agency"
    ]
    detail["lead_agency"] = lead[0] if lead else None
    detail["partners"] = [
        {"slug": o["slug"], "name": o["name"]} for o in organizations if o["role"] == "partner"
    ]
    detail["contacts"] = include_contacts(session, rows)[jid]
    detail["networks"] = include_networks(session, rows)[jid]
    detail["strategies"] = include_strategies(session, rows)[jid]
    detail["headline_figures"] = include_observations(session, rows)[jid]
    return detail
