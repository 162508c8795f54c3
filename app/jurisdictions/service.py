"""Queries about jurisdictions: lists with filters, and the whole profile in one object."""

from typing import Any

from sqlalchemy import bindparam, select
from sqlmodel import Session

from app.action_areas.models import ActionArea
from app.core.errors import NotFoundError
from app.core.refs import Related, one, row_together, values_of
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
from app.search.index import Indexed
from app.strategies.models import Strategy

STORED = set(Jurisdiction.__table__.columns.keys())
# A list row's stored fields and the profile's own texts, in the order the public shapes
# declare them: a column added to a shape is served (and written to CSV) with no other change.
SUMMARY_FIELDS = tuple(f for f in JurisdictionSummary.model_fields if f in STORED)
PROFILE_FIELDS = tuple(
    f for f in JurisdictionDetail.model_fields if f in STORED and f not in SUMMARY_FIELDS
)


ACTION_AREAS = Related.through(
    JurisdictionActionArea.jurisdiction_id, ActionArea, JurisdictionActionArea.action_area_id
)
ORGANIZATIONS = Related.through(
    JurisdictionOrganization.jurisdiction_id,
    Organization,
    JurisdictionOrganization.organization_id,
    [Organization.slug, Organization.name, JurisdictionOrganization.role],
    order_by=[JurisdictionOrganization.position],
)
CONTACTS = Related.through(
    JurisdictionContact.jurisdiction_id,
    Person,
    JurisdictionContact.person_id,
    [Person.slug, Person.name, Person.title],
    order_by=[JurisdictionContact.position],
)
NETWORKS = Related.through(
    NetworkJurisdiction.jurisdiction_id,
    Network,
    NetworkJurisdiction.network_id,
    [Network.slug, Network.name, NetworkJurisdiction.role],
)
STRATEGIES = Related(
    Strategy.jurisdiction_id,
    [Strategy.slug, Strategy.name, Strategy.status],
    order_by=[Strategy.slug],
)
OBSERVATIONS = Related(
    Observation.jurisdiction_id,
    [
        Observation.key.label("id"),
        Observation.metric_key.label("metric"),
        Observation.value,
        Metric.unit,
        Observation.qualifier,
        Observation.text_as_written,
        Observation.period_start,
        Observation.period_end,
        Observation.source_id,
    ],
    joins=[(Metric, Metric.key == Observation.metric_key)],
    order_by=[Observation.key],
)


SHOWN = (*SUMMARY_FIELDS, "action_areas")  # a list row's keys, in order
AREAS_RIDER = ACTION_AREAS.values_rider(Jurisdiction.id, "_action_areas")  # on PostgreSQL


def summarize(session: Session, rows: list[Any]) -> list[dict[str, Any]]:
    """Summary dicts for a page of jurisdictions (plain rows or model instances); the action
    areas from the page's rider when the rows carry it, else one query."""
    if rows and AREAS_RIDER.key in getattr(rows[0], "_fields", ()):
        rode = values_of(rows, (*SUMMARY_FIELDS, AREAS_RIDER.key))
        return [dict(zip(SHOWN, v, strict=True)) for v in rode]
    values = values_of(rows, ("id", *SUMMARY_FIELDS))
    areas = ACTION_AREAS.values(session, [v[0] for v in values])
    return [dict(zip(SHOWN, (*v[1:], areas[v[0]]), strict=True)) for v in values]


def _of_role(items: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    """The organizations of one role (slug and name), in the source's order."""
    return [{"slug": o["slug"], "name": o["name"]} for o in items if o["role"] == role]


def _with_role(grouped: dict[int, list[dict[str, Any]]], role: str) -> dict[int, list[Any]]:
    """Each jurisdiction's organizations of one role."""
    return {jid: _of_role(items, role) for jid, items in grouped.items()}


def include_lead_agency(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Lead agency of each jurisdiction (or null)."""
    leads = _with_role(ORGANIZATIONS.for_rows(session, rows), "lead_agency")
    return {k: (v[0] if v else None) for k, v in leads.items()}


def include_partners(session: Session, rows: list[Jurisdiction]) -> dict[int, Any]:
    """Partners of each jurisdiction, in the source's order."""
    return _with_role(ORGANIZATIONS.for_rows(session, rows), "partner")


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
    riders=(AREAS_RIDER,),
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
        "contacts": Include(CONTACTS.for_rows, _shown("contacts")),
        "networks": Include(NETWORKS.for_rows, _shown("networks")),
        "strategies": Include(STRATEGIES.for_rows, _shown("strategies")),
        "observations": Include(OBSERVATIONS.for_rows, _shown("headline_figures")),
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


def get_by_slug(session: Session, slug: str) -> Jurisdiction:
    """The jurisdiction with this slug, or a 404."""
    found = one(session, Jurisdiction.slug, slug, "jurisdiction")
    return found


PROFILE = select(*Jurisdiction.__table__.columns).where(Jurisdiction.slug == bindparam("slug"))
PROFILE_RELATIONS = {
    "action_areas": ACTION_AREAS,
    "organizations": ORGANIZATIONS,
    "contacts": CONTACTS,
    "networks": NETWORKS,
    "strategies": STRATEGIES,
    "observations": OBSERVATIONS,
}


def get_profile(session: Session, slug: str) -> dict[str, Any]:
    """Everything a profile page shows, in one object: the row, then its related items (one
    query on PostgreSQL, one per relation on SQLite), each statement built once."""
    found, related = row_together(
        session, PROFILE, {"slug": slug}, PROFILE_RELATIONS, Jurisdiction.id
    )
    if found is None:
        raise NotFoundError(f"No jurisdiction has the slug '{slug}'.")
    areas, organizations = related["action_areas"], related["organizations"]
    detail = {f: getattr(found, f) for f in SUMMARY_FIELDS}
    detail.update(
        action_areas=[a["slug"] for a in areas],
        action_area_refs=areas,
        **{f: getattr(found, f) for f in PROFILE_FIELDS},
    )
    lead = _of_role(organizations, "lead_agency")
    detail["lead_agency"] = lead[0] if lead else None
    detail["partners"] = _of_role(organizations, "partner")
    detail["contacts"] = related["contacts"]
    detail["networks"] = related["networks"]
    detail["strategies"] = related["strategies"]
    detail["headline_figures"] = related["observations"]
    return detail


SEARCH = Indexed("jurisdictions", Jurisdiction, title="name", block=2)
