"""Strategies, declared once: every registry of the API reads this."""

from app.resources.declaration import Resource
from app.search.routes import Collection
from app.strategies import service, writes
from app.strategies.models import StrategyPublic

RESOURCE = Resource(
    name="strategies",
    description="Programs and practices each jurisdiction runs.",
    spec=service.SPEC,
    collection=Collection(
        plural="strategies",
        singular="strategy",
        description="Programs and practices the jurisdictions run, sorted by slug.",
        shape=StrategyPublic,
        get=service.get_by_slug,
    ),
    writable=writes.WRITABLE,
    search=service.SEARCH,
    after=("jurisdictions", "action-areas", "sources"),
)
