"""The one registry of resources: the routes, tags, writes, exports, search types and seed
order of the API are all read off the declarations listed here."""

from collections.abc import Iterable
from typing import Any

from app.action_areas.resource import RESOURCE as ACTION_AREAS
from app.articles.resource import RESOURCE as ARTICLES
from app.jurisdictions.resource import RESOURCE as JURISDICTIONS
from app.lists.engine import ListSpec
from app.lists.envelopes import ItemEnvelope
from app.metrics.resource import METRICS, OBSERVATIONS
from app.networks.resource import RESOURCE as NETWORKS
from app.organizations.resource import RESOURCE as ORGANIZATIONS
from app.people.resource import RESOURCE as PEOPLE
from app.resources.declaration import Resource, SeedStep
from app.search.index import Indexed
from app.sources.resource import DOCUMENTS, SOURCES
from app.strategies.resource import RESOURCE as STRATEGIES
from app.writes.engine import Writable

# In the order the API presents them (tags, routes, the OpenAPI document).
RESOURCES: tuple[Resource, ...] = (
    JURISDICTIONS,
    ACTION_AREAS,
    STRATEGIES,
    METRICS,
    OBSERVATIONS,
    ARTICLES,
    ORGANIZATIONS,
    PEOPLE,
    NETWORKS,
    SOURCES,
    DOCUMENTS,
)


def tags() -> list[dict[str, str]]:
    """The OpenAPI tags of the resources, in order."""
    return [{"name": r.tag_name, "description": r.description} for r in RESOURCES]


def writes() -> list[tuple[Writable, type[ItemEnvelope[Any]]]]:
    """What the write API stores, each with the one-record envelope it answers with."""
    return [(r.writable, r.item) for r in RESOURCES if r.writable and r.item]


def exports() -> dict[str, ListSpec]:
    """Export name -> the list it streams (an export takes exactly its list's filters)."""
    return {r.name: r.spec for r in RESOURCES if r.exported}


def indexed() -> list[Indexed]:
    """How each searchable resource enters the full-text index."""
    return [r.search for r in RESOURCES if r.search is not None]


def searchable() -> tuple[str, ...]:
    """The resource types /search finds."""
    return tuple(i.resource for i in indexed())


def warmed() -> list[Resource]:
    """The resources whose details are rendered ahead of requests."""
    return [r for r in RESOURCES if r.warm]


def seed_order(resources: Iterable[Resource] = RESOURCES) -> list[Resource]:
    """The resources in an order that writes every one after those it refers to (`after`),
    otherwise in registry order; an unknown or circular reference is a ValueError."""
    pending, placed = list(resources), []
    names: set[str] = set()
    while pending:
        ready = next((r for r in pending if set(r.after) <= names), None)
        if ready is None:
            raise ValueError(f"seed references cannot be ordered: {[r.name for r in pending]}")
        pending.remove(ready)
        placed.append(ready)
        names.add(ready.name)
    return placed


def seed_steps() -> tuple[SeedStep, ...]:
    """Every seed step, resource by resource in seed order."""
    return tuple(step for r in seed_order() for step in r.seed or ())
