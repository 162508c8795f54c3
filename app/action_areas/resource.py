"""Action areas, declared once: every registry of the API reads this."""

from app.action_areas import service, writes
from app.action_areas.models import ActionAreaPublic
from app.resources.declaration import Resource
from app.search.routes import Collection

RESOURCE = Resource(
    name="action-areas",
    tag="action areas",
    description="The taxonomy of reform areas.",
    spec=service.SPEC,
    collection=Collection(
        plural="action areas",
        singular="action area",
        description="The taxonomy the network tags profiles, strategies and posts with, "
        "sorted by slug.",
        shape=ActionAreaPublic,
        get=service.get_by_slug,
    ),
    writable=writes.WRITABLE,
)
