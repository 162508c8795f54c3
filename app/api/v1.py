"""The only place that knows the /api/v1 prefix: every versioned router is mounted here."""

from typing import Any

from fastapi import APIRouter

from app.action_areas import writes as action_area_writes
from app.action_areas.router import ActionAreaItem
from app.action_areas.router import router as action_areas
from app.api import root as api_root
from app.api.datapackage import router as datapackage
from app.api.exports import router as exports
from app.api.snapshot import router as snapshot
from app.articles import writes as article_writes
from app.articles.router import ArticleItem
from app.articles.router import router as articles
from app.audit.deletions import router as deletions
from app.audit.router import router as audit
from app.imports.router import router as imports
from app.jurisdictions import writes as jurisdiction_writes
from app.jurisdictions.router import JurisdictionItem
from app.jurisdictions.router import router as jurisdictions
from app.lists.envelopes import ItemEnvelope
from app.metrics import writes as observation_writes
from app.metrics.router import ObservationItem, observations_router
from app.metrics.router import router as metrics
from app.networks import writes as network_writes
from app.networks.router import NetworkItem
from app.networks.router import router as networks
from app.organizations import writes as organization_writes
from app.organizations.router import OrganizationItem
from app.organizations.router import router as organizations
from app.people import writes as person_writes
from app.people.router import PersonItem
from app.people.router import router as people
from app.search.router import router as search
from app.sources import writes as source_writes
from app.sources.router import DocumentItem, SourceItem, documents_router
from app.sources.router import router as sources
from app.strategies import writes as strategy_writes
from app.strategies.router import StrategyItem
from app.strategies.router import router as strategies
from app.writes.engine import Writable
from app.writes.router import restore_router, write_router

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
api_root.install(router)
for sub in (
    jurisdictions,
    action_areas,
    strategies,
    metrics,
    observations_router,
    articles,
    organizations,
    people,
    networks,
    sources,
    documents_router,
    search,
    exports,
    imports,
    audit,
    datapackage,
    snapshot,
    deletions,
):
    router.include_router(sub)

WRITES: list[tuple[Writable, type[ItemEnvelope[Any]]]] = [
    (jurisdiction_writes.WRITABLE, JurisdictionItem),
    (action_area_writes.WRITABLE, ActionAreaItem),
    (strategy_writes.WRITABLE, StrategyItem),
    (observation_writes.WRITABLE, ObservationItem),
    (article_writes.WRITABLE, ArticleItem),
    (organization_writes.WRITABLE, OrganizationItem),
    (person_writes.WRITABLE, PersonItem),
    (network_writes.WRITABLE, NetworkItem),
    (source_writes.DOCUMENTS, DocumentItem),
    (source_writes.SOURCES, SourceItem),
]
for writable, item in WRITES:
    router.include_router(write_router(writable, item))
router.include_router(restore_router([item for _, item in WRITES]))
