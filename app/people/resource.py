"""People, declared once: every registry of the API reads this."""

from app.people import service, writes
from app.people.router import PersonItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="people",
    description="Authors and contacts.",
    router=router,
    spec=service.SPEC,
    item=PersonItem,
    writable=writes.WRITABLE,
    seed=(SeedStep.of("people", writes.WRITABLE),),
    after=("organizations", "sources"),
)
