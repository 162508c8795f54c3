"""Organizations, declared once: every registry of the API reads this."""

from app.organizations import service, writes
from app.organizations.router import OrganizationItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="organizations",
    description="Lead agencies, partners and other organizations.",
    router=router,
    spec=service.SPEC,
    item=OrganizationItem,
    writable=writes.WRITABLE,
    search=service.SEARCH,
    seed=(SeedStep.of("organizations", writes.WRITABLE, order=writes.parents_first),),
    after=("sources",),
)
