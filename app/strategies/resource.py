"""Strategies, declared once: every registry of the API reads this."""

from app.resources.declaration import Resource, SeedStep
from app.strategies import service, writes
from app.strategies.router import StrategyItem, router

RESOURCE = Resource(
    name="strategies",
    description="Programs and practices each jurisdiction runs.",
    router=router,
    spec=service.SPEC,
    item=StrategyItem,
    writable=writes.WRITABLE,
    search=service.SEARCH,
    seed=(SeedStep.of("strategies", writes.WRITABLE),),
    after=("jurisdictions", "action-areas", "sources"),
)
