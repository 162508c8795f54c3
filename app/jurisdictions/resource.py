"""Jurisdictions, declared once: every registry of the API reads this."""

from app.jurisdictions import service, writes
from app.jurisdictions.router import JurisdictionItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="jurisdictions",
    description="Counties, states, cities and parishes, with full profiles.",
    router=router,
    spec=service.SPEC,
    item=JurisdictionItem,
    writable=writes.WRITABLE,
    search=service.SEARCH,
    seed=(SeedStep.of("jurisdictions", writes.WRITABLE),),
    after=("action-areas", "organizations", "people", "sources"),
    warm=True,  # a profile is the costliest read (seven queries): render them ahead
)
