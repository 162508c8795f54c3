"""The only place that knows the /api/v1 prefix: every versioned router is mounted here."""

from fastapi import APIRouter

from app.action_areas.router import router as action_areas
from app.api.exports import router as exports
from app.articles.router import router as articles
from app.jurisdictions.router import router as jurisdictions
from app.metrics.router import observations_router
from app.metrics.router import router as metrics
from app.networks.router import router as networks
from app.organizations.router import router as organizations
from app.people.router import router as people
from app.search.router import router as search
from app.sources.router import router as sources
from app.strategies.router import router as strategies

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
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
    search,
    exports,
):
    router.include_router(sub)
