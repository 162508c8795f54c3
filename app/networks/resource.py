"""Networks, declared once: every registry of the API reads this."""

from app.networks import service, writes
from app.networks.models import NetworkDetail
from app.resources.declaration import Resource
from app.search.routes import Collection

RESOURCE = Resource(
    name="networks",
    description="Networks and initiatives with their members.",
    spec=service.SPEC,
    collection=Collection(
        plural="networks",
        singular="network",
        description="Networks, cohorts and initiatives, sorted by slug.",
        shape=NetworkDetail,
        get=service.get_by_slug,
        detail_summary="Get a network with its members",
    ),
    writable=writes.WRITABLE,
    after=("jurisdictions", "organizations", "sources"),
)
