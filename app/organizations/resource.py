"""Organizations, declared once: every registry of the API reads this."""

from app.organizations import service, writes
from app.organizations.models import OrganizationDetail
from app.resources.declaration import Resource, SeedStep
from app.search.routes import Collection

RESOURCE = Resource(
    name="organizations",
    description="Lead agencies, partners and other organizations.",
    spec=service.SPEC,
    collection=Collection(
        plural="organizations",
        singular="organization",
        description="Lead agencies, partners and every organization the source names, sorted "
        "by slug.",
        shape=OrganizationDetail,
        get=service.get_by_slug,
    ),
    writable=writes.WRITABLE,
    search=service.SEARCH,
    seed=(SeedStep.of("organizations", writes.WRITABLE, order=writes.parents_first),),
    after=("sources",),
)
