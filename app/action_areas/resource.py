"""Action areas, declared once: every registry of the API reads this."""

from app.action_areas import service, writes
from app.action_areas.router import ActionAreaItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="action-areas",
    tag="action areas",
    description="The taxonomy of reform areas.",
    router=router,
    spec=service.SPEC,
    item=ActionAreaItem,
    writable=writes.WRITABLE,
    seed=(SeedStep.of("action_areas", writes.WRITABLE),),
)
