"""Networks, declared once: every registry of the API reads this."""

from app.networks import service, writes
from app.networks.router import NetworkItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="networks",
    description="Networks and initiatives with their members.",
    router=router,
    spec=service.SPEC,
    item=NetworkItem,
    writable=writes.WRITABLE,
    seed=(SeedStep.of("networks", writes.WRITABLE),),
    after=("jurisdictions", "organizations", "sources"),
)
